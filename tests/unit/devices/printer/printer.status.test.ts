import { describe, expect, it } from 'vitest';
import { DeviceError } from '../../../../src-main/contract/errors.js';
import {
  decodeOfflineCause,
  decodePaperSensor,
  decodePaperStatusReply,
  isPaperStatusReply,
  isRealtimeStatusByte,
  stateFromBytes,
} from '../../../../src-main/devices/printer/printer.status.js';
import { PrinterError, reasonForState } from '../../../../src-main/devices/printer/printer.types.js';

describe('DLE EOT 4 (roll paper sensor)', () => {
  it('decodes near end (bits 2-3) and paper end (bits 5-6)', () => {
    expect(decodePaperSensor(0x12)).toEqual({ nearEnd: false, paperEnd: false });
    expect(decodePaperSensor(0x1e)).toEqual({ nearEnd: true, paperEnd: false });
    expect(decodePaperSensor(0x72)).toEqual({ nearEnd: false, paperEnd: true });
    expect(decodePaperSensor(0x7e)).toEqual({ nearEnd: true, paperEnd: true });
  });

  it('refuses bytes that break the fixed-bit pattern 0x12', () => {
    for (const b of [0x00, 0xff, 0x13, 0x02, 0x10, 0x92]) expect(() => decodePaperSensor(b)).toThrow();
  });
});

describe('DLE EOT 2 (offline cause)', () => {
  it('decodes cover open, feed button, paper-end stop and error', () => {
    expect(decodeOfflineCause(0x12)).toEqual({
      coverOpen: false,
      feedButton: false,
      paperEndStop: false,
      error: false,
    });
    expect(decodeOfflineCause(0x16).coverOpen).toBe(true);
    expect(decodeOfflineCause(0x1a).feedButton).toBe(true);
    expect(decodeOfflineCause(0x32).paperEndStop).toBe(true);
    expect(decodeOfflineCause(0x52).error).toBe(true);
    expect(() => decodeOfflineCause(0x04)).toThrow();
  });
});

describe('printer state', () => {
  it.each([
    [0x12, 0x12, 'ready'],
    [0x1e, 0x12, 'paper-low'],
    [0x7e, 0x32, 'paper-out'],
    [0x72, 0x12, 'paper-out'],
    [0x12, 0x32, 'paper-out'],
    [0x12, 0x16, 'cover-open'],
    [0x7e, 0x36, 'cover-open'],
    [0x12, 0x52, 'offline'],
    [0x12, 0x1a, 'offline'],
    [0x1e, 0x52, 'offline'],
  ] as const)('paper 0x%s, cause 0x%s → %s', (paper, cause, state) => {
    expect(stateFromBytes(paper, cause)).toBe(state);
  });

  it('tells a GS r answer from a DLE EOT answer for every byte', () => {
    for (let b = 0; b < 256; b++) expect(isRealtimeStatusByte(b) && isPaperStatusReply(b)).toBe(false);
    expect(decodePaperStatusReply(0x00)).toEqual({ nearEnd: false, paperEnd: false });
    expect(decodePaperStatusReply(0x03)).toEqual({ nearEnd: true, paperEnd: false });
    expect(decodePaperStatusReply(0x0c)).toEqual({ nearEnd: false, paperEnd: true });
    expect(() => decodePaperStatusReply(0x12)).toThrow();
  });

  it('refuses jobs for every state but ready and paper-low, with a typed Chinese error', () => {
    expect(reasonForState('ready')).toBeUndefined();
    expect(reasonForState('paper-low')).toBeUndefined();
    for (const s of ['paper-out', 'cover-open', 'offline', 'no-answer'] as const)
      expect(reasonForState(s)).toBe(s);
    const err = new PrinterError('paper-out', 'before-job', 'printer paper-out: job refused');
    expect(err).toBeInstanceOf(DeviceError);
    expect(err.code).toBe('DEVICE');
    expect(err.device).toBe('printer');
    expect(err.reason).toBe('paper-out');
    expect(err.userMessage).toMatch(/缺纸/);
    expect(new PrinterError('cover-open', 'during-job', 'x').userMessage).toMatch(/可能没有打印完整.*盖/);
  });
});
