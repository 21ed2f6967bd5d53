import { describe, expect, it } from 'vitest';
import { DeviceError } from '../../../../src-main/contract/errors.js';
import {
  DRIVER_ERRORS,
  driverError,
  errorForSw3,
  SW3_ERRORS,
} from '../../../../src-main/devices/idcard/idcard.errors.js';

const CHINESE = /[\u4e00-\u9fa5]/;

describe('SW3 error table', () => {
  const expected: [number, string][] = [
    [0x80, 'no-card'],
    [0x81, 'select-failed'],
    [0x41, 'read-failed'],
    [0x10, 'frame-checksum'],
    [0x11, 'frame-length'],
    [0x21, 'bad-command'],
    [0x23, 'not-authorised'],
    [0x66, 'not-authorised'],
    [0x31, 'auth-card'],
    [0x32, 'auth-sam'],
    [0x33, 'auth-verify'],
    [0x40, 'unknown-card-type'],
    [0x60, 'sam-self-test'],
    [0x91, 'no-content'],
  ];

  it.each(expected)('maps SW3 %i to reason %s', (sw3, reason) => {
    const e = errorForSw3(sw3);
    expect(e).toBeInstanceOf(DeviceError);
    expect(e.code).toBe('DEVICE');
    expect(e.device).toBe('idcard');
    expect(e.reason).toBe(reason);
    expect(e.userMessage).toMatch(CHINESE);
    expect(e.message).toContain(`0x${sw3.toString(16).toUpperCase().padStart(2, '0')}`);
  });

  it('covers every code the table lists with a Chinese message', () => {
    for (const [, entry] of SW3_ERRORS) {
      expect(entry.reason).toMatch(/^[a-z0-9-]+$/);
      expect(entry.userMessage).toMatch(CHINESE);
    }
  });

  it('gives unknown codes a stable reason', () => {
    const e = errorForSw3(0xee);
    expect(e.reason).toBe('sw3-ee');
    expect(e.userMessage).toMatch(CHINESE);
  });

  it('maps driver failures, each with a Chinese message', () => {
    for (const kind of Object.keys(DRIVER_ERRORS) as (keyof typeof DRIVER_ERRORS)[]) {
      const e = driverError(kind, 'detail');
      expect(e).toBeInstanceOf(DeviceError);
      expect(e.device).toBe('idcard');
      expect(e.reason).toBe(DRIVER_ERRORS[kind].reason);
      expect(e.userMessage).toMatch(CHINESE);
      expect(e.message).toContain('detail');
    }
  });
});
