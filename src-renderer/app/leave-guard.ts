/**
 * Guards typed data against the top bar: a flow that holds what a citizen typed registers a guard
 * while it does, and the top bar's 返回 and 首页 then ask before leaving (退出 does not ask: it is the
 * citizen's own "end and wipe"). One guard at a time: the screen on display.
 */
import { useEffect } from 'react';

let active: string | null = null;

/** What the confirmation says, or null when nothing typed would be lost. */
export function leaveGuard(): string | null {
  return active;
}

/** While `message` is not null, leaving through the top bar asks first. */
export function useLeaveGuard(message: string | null): void {
  useEffect(() => {
    if (message === null) return;
    active = message;
    return () => {
      if (active === message) active = null;
    };
  }, [message]);
}
