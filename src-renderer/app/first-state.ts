/**
 * The app's first state before its first render: index.html preloads `app.info` while the script loads,
 * so the answer is usually there when the script runs, and home is then the first screen drawn (no
 * "正在启动" frame, no second layout). A core still starting is not waited for past a short while: the
 * app then shows that it is starting and asks again itself.
 */
import type { AppInfo } from '../../src-main/contract/types.js';
import { unwrap, type KioskBridge } from '../api/client.js';

/** How long the first render waits for the first state. */
export const FIRST_STATE_WAIT_MS = 150;

export function firstState(bridge: KioskBridge, waitMs = FIRST_STATE_WAIT_MS): Promise<AppInfo | undefined> {
  const answer = unwrap(bridge.api.app.info({})).catch(() => undefined);
  const late = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), waitMs));
  return Promise.race([answer, late]);
}
