import type { ReactElement, ReactNode } from 'react';
import type { AsyncState } from '../app/use-async.js';

export function LoadState<T>({
  state,
  children,
}: {
  state: AsyncState<T>;
  children: (value: T) => ReactNode;
}): ReactElement {
  if (state.status === 'loading')
    return (
      <p className="loading" role="status">
        正在加载，请稍候……
      </p>
    );
  if (state.status === 'error')
    return (
      <p className="error-message" role="alert">
        {state.message}
      </p>
    );
  return <>{children(state.value)}</>;
}
