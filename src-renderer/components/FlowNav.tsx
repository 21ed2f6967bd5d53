/**
 * A flow's head row: 上一步 (when there is a step to go back to) and the step progress beside it, on one
 * row, so the step below keeps the screen's height (a keyboard in landscape most of all).
 */
import type { ReactElement, ReactNode } from 'react';

export function FlowNav({
  onBack,
  children,
}: {
  onBack?: (() => void) | null | undefined;
  children: ReactNode;
}): ReactElement {
  return (
    <div className="flow-nav">
      {onBack ? (
        <button type="button" className="btn btn-secondary flow-back" data-flow-back onClick={onBack}>
          上一步
        </button>
      ) : null}
      {children}
    </div>
  );
}
