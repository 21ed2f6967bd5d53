/**
 * The hidden door to admin mode: five taps within three seconds in the top-left corner (80 × 80 px) of
 * the screen. It listens on the window, so there is no element for a citizen to focus or a screen reader
 * to announce, and taps still reach whatever lies beneath.
 */
import { useEffect } from 'react';

export const CORNER_PX = 80;
export const CORNER_TAPS = 5;
export const CORNER_WINDOW_MS = 3000;

export function useCornerTaps(enabled: boolean, onOpen: () => void): void {
  useEffect(() => {
    if (!enabled) return;
    let taps: number[] = [];
    const onDown = (event: PointerEvent): void => {
      if (event.clientX > CORNER_PX || event.clientY > CORNER_PX) {
        taps = [];
        return;
      }
      const now = performance.now();
      taps = [...taps.filter((t) => now - t < CORNER_WINDOW_MS), now];
      if (taps.length >= CORNER_TAPS) {
        taps = [];
        onOpen();
      }
    };
    window.addEventListener('pointerdown', onDown, { capture: true });
    return () => window.removeEventListener('pointerdown', onDown, { capture: true });
  }, [enabled, onOpen]);
}
