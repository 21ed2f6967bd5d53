/** The heartbeat reports how the document camera last answered the screen, and whether one is chosen. */
import { describe, expect, it } from 'vitest';
import { CameraSettings } from '../../../../src-main/services/materials/camera-setting.js';
import { kioskHealth } from '../../../../src-main/services/sync/kiosk-health.js';
import type { SettingsRepository } from '../../../../src-main/store/settings.repository.js';

function memorySettings(): SettingsRepository {
  const values = new Map<string, unknown>();
  return {
    get: (key: string) => values.get(key),
    set: (key: string, value: unknown) => void values.set(key, value),
    all: () => Object.fromEntries(values),
  } as unknown as SettingsRepository;
}

describe('camera health in the heartbeat', () => {
  it('is unknown until the screen opens the camera, then says how it answered', () => {
    const camera = new CameraSettings(memorySettings(), () => new Date('2026-12-06T08:00:00Z'));
    const health = kioskHealth({
      outbox: { counts: () => ({ pending: 0, sent: 0, dead: 0 }), oldestPending: () => [] },
      dataDir: '.',
      camera,
    });
    expect(health()['camera']).toEqual({ state: 'unknown', checkedAt: null, configured: false });
    camera.set({ deviceId: 'abc', label: '高拍仪', width: 1920, height: 1080 });
    camera.record('not-found');
    expect(health()['camera']).toEqual({
      state: 'not-found',
      checkedAt: '2026-12-06T08:00:00.000Z',
      configured: true,
    });
  });
});
