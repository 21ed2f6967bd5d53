/** The first state before the first render: taken when it comes in time, left to the app otherwise. */
import { describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../../src-main/contract/types.js';
import type { Result } from '../../../../src-main/contract/result.js';
import type { KioskBridge } from '../../../../src-renderer/api/client.js';
import { firstState } from '../../../../src-renderer/app/first-state.js';

const INFO = { hallName: '淄川区昆仑镇便民服务中心' } as AppInfo;

/** A bridge whose app.info answers `answer` after `ms`. */
function bridgeAnswering(answer: Result<AppInfo>, ms: number): KioskBridge & { calls: number } {
  const bridge = {
    calls: 0,
    api: {
      app: {
        info: () => {
          bridge.calls++;
          return new Promise<Result<AppInfo>>((resolve) => setTimeout(() => resolve(answer), ms));
        },
      },
    },
    on: () => () => undefined,
  };
  return bridge as unknown as KioskBridge & { calls: number };
}

describe('firstState', () => {
  it('is the preloaded answer when it comes within the wait', async () => {
    const bridge = bridgeAnswering({ ok: true, value: INFO }, 5);
    expect(await firstState(bridge, 200)).toBe(INFO);
    expect(bridge.calls).toBe(1);
  });

  it('is nothing when the core is still starting past the wait, so the app shows that it starts', async () => {
    expect(await firstState(bridgeAnswering({ ok: true, value: INFO }, 300), 20)).toBeUndefined();
  });

  it('is nothing when the answer is an error, which the app then asks for and shows itself', async () => {
    const failed: Result<AppInfo> = { ok: false, error: { code: 'INTERNAL', message: '系统繁忙。' } };
    expect(await firstState(bridgeAnswering(failed, 1), 200)).toBeUndefined();
  });
});
