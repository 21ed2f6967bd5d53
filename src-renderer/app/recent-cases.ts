/**
 * The cases this session handed in or looked up, so that 评价 offers them instead of asking for the
 * number again. Held in memory only, and forgotten when the session ends.
 */
import type { KioskBridge } from '../api/client.js';

export interface RecentCase {
  number: string;
  itemName: string;
}

let cases: RecentCase[] = [];
let offEnded: (() => void) | null = null;

export function rememberCases(bridge: KioskBridge, found: readonly RecentCase[]): void {
  for (const c of found) if (!cases.some((k) => k.number === c.number)) cases = [...cases, c];
  offEnded ??= bridge.on('session.ended', () => {
    cases = [];
    offEnded?.();
    offEnded = null;
  });
}

export function recentCases(): readonly RecentCase[] {
  return cases;
}
