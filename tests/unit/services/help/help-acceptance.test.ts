/** HelpAcceptanceWatch against a scripted district: 404 until uploaded, open while waiting, then accepted. */
import { describe, expect, it, vi } from 'vitest';
import { OfflineError } from '../../../../src-main/contract/errors.js';
import type { DistrictClient } from '../../../../src-main/district/district.client.js';
import { RejectedError } from '../../../../src-main/district/district.errors.js';
import type { HelpStatusAnswer } from '../../../../src-main/district/protocol.types.js';
import { HelpAcceptanceWatch } from '../../../../src-main/services/help/help-acceptance.js';

import type { Logger } from '../../../../src-main/log/logger.js';

const log: Logger = {
  debug: vi.fn(),
  info: vi.fn(),
  warn: vi.fn(),
  error: vi.fn(),
  child: () => log,
};

function scripted(steps: (() => HelpStatusAnswer)[]): {
  live: <T>(call: (client: DistrictClient) => Promise<T>) => Promise<T>;
  waits: number[];
} {
  const waits: number[] = [];
  let i = 0;
  const client = {
    helpStatus: (_callId: string, wait: number) => {
      waits.push(wait);
      const step = steps[Math.min(i++, steps.length - 1)];
      return Promise.resolve().then(() => step!());
    },
  } as unknown as DistrictClient;
  return { live: (call) => call(client), waits };
}

const open = (): HelpStatusAnswer => ({ callId: 'c-12345678', state: 'open', acceptedAt: null });
const accepted = (): HelpStatusAnswer => ({
  callId: 'c-12345678',
  state: 'accepted',
  acceptedAt: '2026-11-25T02:00:05.000Z',
});

describe('HelpAcceptanceWatch', () => {
  it('retries while the call is not uploaded or offline, and reports the acceptance once', async () => {
    const notYet = (): HelpStatusAnswer => {
      throw new RejectedError(404, 'NOT_FOUND', '没有这次呼叫');
    };
    const offline = (): HelpStatusAnswer => {
      throw new OfflineError('down', '网络不通');
    };
    const { live, waits } = scripted([notYet, offline, open, accepted]);
    const seen: string[] = [];
    const done = new Promise<void>((resolve) => {
      const watch = new HelpAcceptanceWatch({
        live,
        isOpen: () => true,
        accepted: (callId, at) => {
          seen.push(`${callId} ${at}`);
          resolve();
        },
        log,
        waitSeconds: 8,
        retryMs: 1,
        offlineRetryMs: 1,
      });
      watch.watch('c-12345678');
      watch.watch('c-12345678');
    });
    await done;
    expect(seen).toEqual(['c-12345678 2026-11-25T02:00:05.000Z']);
    expect(waits).toEqual([8, 8, 8, 8]);
  });

  it('stops when the call closed at the kiosk, without reporting', async () => {
    let isOpen = true;
    const { live, waits } = scripted([
      () => {
        isOpen = false;
        return open();
      },
      accepted,
    ]);
    const accept = vi.fn();
    const watch = new HelpAcceptanceWatch({ live, isOpen: () => isOpen, accepted: accept, log, retryMs: 1 });
    watch.watch('c-12345678');
    await vi.waitFor(() => expect(waits.length).toBe(1));
    await new Promise((resolve) => setImmediate(resolve));
    expect(accept).not.toHaveBeenCalled();
  });
});
