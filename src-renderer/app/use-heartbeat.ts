/**
 * The page's heartbeat (`app.heartbeat`), sent while the app's React tree is mounted. A renderer that
 * crashed, hangs or lost its tree (a white screen) stops beating, and the shell's watchdog reloads it
 * to the home screen. The core answers when to beat next.
 */
import { useEffect } from 'react';
import { unwrap, type KioskBridge } from '../api/client.js';

const FALLBACK_MS = 5000;

export function useHeartbeat(bridge: KioskBridge): void {
  useEffect(() => {
    let stopped = false;
    let timer: number | undefined;
    const beat = async (): Promise<void> => {
      const screen = document.body.dataset['screen'] ?? 'loading';
      const next = await unwrap(bridge.api.app.heartbeat({ screen })).then(
        (answer) => answer.nextInMs,
        () => FALLBACK_MS,
      );
      if (stopped) return;
      timer = window.setTimeout(() => void beat(), next);
    };
    void beat();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [bridge]);
}
