/**
 * The web host before the kiosk core exists. The shell binds its port and launches Chromium first, so
 * the browser's own start (over a second on a kiosk's CPU) overlaps loading the core and opening the
 * database. Until the core is there the host serves the page's files; an API call waits for the core,
 * and log lines and event subscriptions are handed to it once it exists.
 */
import type { Dispatch } from '../../api/dispatch.js';
import type { Logger } from '../../log/logger.js';
import type { EventBus } from '../../services/event-bus.js';

export interface CoreParts {
  dispatch: Dispatch;
  bus: Pick<EventBus, 'onAny'>;
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
}

export interface LateCore extends CoreParts {
  /** Hands over the core: waiting calls go on, buffered log lines are written, streams subscribe. */
  ready(core: CoreParts): void;
}

export function lateCore(): LateCore {
  let resolve: (core: CoreParts) => void = () => undefined;
  const core = new Promise<CoreParts>((r) => (resolve = r));
  let current: CoreParts | undefined;
  const logLater =
    (level: 'info' | 'warn' | 'error') =>
    (obj: object, msg?: string): void => {
      if (current) current.log[level](obj, msg);
      else void core.then((c) => c.log[level](obj, msg));
    };
  return {
    dispatch: (method, input) =>
      current ? current.dispatch(method, input) : core.then((c) => c.dispatch(method, input)),
    bus: {
      onAny(listener) {
        if (current) return current.bus.onAny(listener);
        let off: (() => void) | undefined;
        let cancelled = false;
        void core.then((c) => {
          if (!cancelled) off = c.bus.onAny(listener);
        });
        return () => {
          cancelled = true;
          off?.();
        };
      },
    },
    log: { info: logLater('info'), warn: logLater('warn'), error: logLater('error') },
    ready(parts) {
      current = parts;
      resolve(parts);
    },
  };
}
