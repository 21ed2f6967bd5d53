/**
 * Only the newest request's answer reaches the screen. A staff member who changes a filter twice (a date,
 * a hall, a page) sends two requests; when the first one's answer arrives last it must not replace the
 * second's, or the screen shows one day's bookings under another day's date picker.
 */
import { useRef } from 'react';

/** Wraps requests so that an answer (or error) settles only if no later request was wrapped since. */
export type LatestOnly = <T>(request: Promise<T>) => Promise<T>;

export function latestOnly(): LatestOnly {
  let newest = 0;
  return <T>(request: Promise<T>): Promise<T> => {
    const mine = ++newest;
    return new Promise<T>((resolve, reject) => {
      request.then(
        (value) => {
          if (mine === newest) resolve(value);
        },
        (error: unknown) => {
          if (mine === newest) reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  };
}

/** One `latestOnly` for the life of a component. */
export function useLatestOnly(): LatestOnly {
  const ref = useRef<LatestOnly | null>(null);
  ref.current ??= latestOnly();
  return ref.current;
}
