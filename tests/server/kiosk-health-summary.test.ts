import { describe, expect, it } from 'vitest';
import { kioskHealthProblems, summarizeKioskHealth } from '../../src-server/core/kiosk-health-summary.js';

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
    // An older kiosk's bare state strings are still read.
    expect(summarizeKioskHealth({ printer: 'paper-out', reader: 'ready' })).toBe('打印机缺纸，读卡器正常');
  });
});

describe("kioskHealthProblems (the console 设备 screen's 需要处理)", () => {
  it('reads what the kiosk heartbeat actually sends', () => {
    expect(
      kioskHealthProblems({
        printer: { state: 'paper-out', paper: 'out', coverOpen: false, simulated: false },
        reader: { state: 'disconnected', simulated: false },
        outbox: { pending: 0, dead: 0, oldestPendingAgeSec: 0 },
        disk: { freeBytes: 1, totalBytes: 2, usedPct: 99, low: true },
      }),
    ).toEqual(['打印机缺纸', '读卡器未连接', '磁盘空间不足']);
    expect(
      kioskHealthProblems({
        printer: { state: 'cover-open', paper: 'unknown', coverOpen: true },
        reader: { state: 'error' },
      }),
    ).toEqual(['打印机盖未关', '读卡器故障']);
    expect(
      kioskHealthProblems({ printer: { state: 'ready', paper: 'ok' }, reader: { state: 'ready' } }),
    ).toEqual([]);
  });

  it('reads only the fields a kiosk sends, not made-up ones', () => {
    expect(
      kioskHealthProblems({ printer: { paperOut: true, connected: false }, reader: { connected: false } }),
    ).toEqual([]);
    expect(kioskHealthProblems('paper-out')).toEqual([]);
    expect(kioskHealthProblems({ printer: 'offline', reader: 'error' })).toEqual([
      '打印机未连接',
      '读卡器故障',
    ]);
  });
});
