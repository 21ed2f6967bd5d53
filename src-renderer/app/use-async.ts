import { useEffect, useState } from 'react';

export type AsyncState<T> =
  { status: 'loading' } | { status: 'ok'; value: T } | { status: 'error'; message: string };

/** Runs a loader when its deps change; errors become a Chinese message for the screen. */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    load().then(
      (value) => live && setState({ status: 'ok', value }),
      (error: unknown) =>
        live &&
        setState({ status: 'error', message: error instanceof Error ? error.message : '加载失败，请重试。' }),
    );
    return () => {
      live = false;
    };
  }, deps);
  return state;
}
