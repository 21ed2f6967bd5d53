import { describe, expect, it } from 'vitest';
import { summarizeKioskHealth } from '../../src-server/core/kiosk-health-summary.js';

describe('summarizeKioskHealth', () => {
  it('reads the kiosk health report as one Chinese line', () => {
    expect(
      summarizeKioskHealth({
        printer: { state: 'cover-open' },
        reader: { state: 'disconnected' },
        outbox: { oldestPendingAgeSec: 90 },
        disk: { usedPct: 40 },
      }),
    ).toBe('打印机盖未关，读卡器未连接，最久待发 1 分钟，磁盘已用 40%');
  });

  it('never reads a missing or malformed report as fine', () => {
    expect(summarizeKioskHealth(null)).toBe('未上报');
    expect(summarizeKioskHealth({ devices: 'unknown' })).toBe('打印机未知，读卡器未知');
    expect(summarizeKioskHealth({ printer: 'ok', reader: { state: 42 } })).toBe('打印机未知，读卡器未知');
  });
});
