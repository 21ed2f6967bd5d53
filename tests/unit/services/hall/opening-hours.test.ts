import { describe, expect, it } from 'vitest';
import { adminLimiter } from '../../../../src-main/services/admin/admin-mode.js';
import { configSchema } from '../../../../src-main/services/config/config.schema.js';
import { openingState } from '../../../../src-main/services/hall/opening-hours.js';

/** China time (UTC+8) as a Date. */
const at = (local: string): Date => new Date(`${local}+08:00`);
const hall = configSchema.parse({ holidays: ['2026-12-01'] });

describe('opening hours (default: weekdays 08:30-12:00、13:30-17:30, 延时服务 Saturday 09:00-12:00)', () => {
  it('open inside a span', () => {
    expect(openingState(hall, at('2026-11-30T09:00:00'))).toEqual({
      todayHours: '08:30-12:00、13:30-17:30',
      openNow: true,
      nextOpening: null,
      closedNotice: null,
    });
  });

  it('before the first span, at lunch, after the last span', () => {
    expect(openingState(hall, at('2026-11-30T07:10:00')).closedNotice).toBe(
      '窗口还没上班，今天 08:30 开始办理；查询、打印指南仍可使用',
    );
    expect(openingState(hall, at('2026-11-30T12:30:00')).nextOpening).toBe('今天 13:30');
    expect(openingState(hall, at('2026-11-30T12:30:00')).closedNotice).toMatch(/^窗口休息中/);
    // Monday evening; Tuesday 12-01 is a holiday, so the windows open on Wednesday.
    expect(openingState(hall, at('2026-11-30T18:00:00')).closedNotice).toBe(
      '窗口已下班，后天 08:30 开始办理；查询、打印指南仍可使用',
    );
    const longBreak = configSchema.parse({ holidays: ['2026-12-01', '2026-12-02', '2026-12-03'] });
    expect(openingState(longBreak, at('2026-11-30T18:00:00')).nextOpening).toBe('12月4日（周五） 08:30');
    expect(openingState(hall, at('2026-12-02T17:30:00')).closedNotice).toBe(
      '窗口已下班，明天 08:30 开始办理；查询、打印指南仍可使用',
    );
  });

  it('延时服务 counts as open; a closed day says so', () => {
    expect(openingState(hall, at('2026-12-05T10:00:00')).openNow).toBe(true); // Saturday
    const sunday = openingState(hall, at('2026-12-06T10:00:00'));
    expect(sunday).toMatchObject({ todayHours: null, openNow: false, nextOpening: '明天 08:30' });
    expect(sunday.closedNotice).toBe('今天窗口不办理业务，明天 08:30 开始办理；查询、打印指南仍可使用');
  });
});

describe('admin PIN lockout', () => {
  it('five wrong PINs lock for five minutes, then tries are allowed again', () => {
    let now = 0;
    const limiter = adminLimiter(() => now);
    for (let i = 0; i < 4; i++) expect(limiter.begin().fail()).toBe(4 - i);
    expect(limiter.begin().fail()).toBe(0);
    const message = (): string | undefined => {
      try {
        limiter.check();
        return undefined;
      } catch (error) {
        return (error as { userMessage?: string }).userMessage;
      }
    };
    expect(message()).toBe('管理密码错误次数过多，请 5 分钟后再试。');
    now += 4 * 60_000 + 59_000;
    expect(message()).toBe('管理密码错误次数过多，请 1 分钟后再试。');
    now += 1_000;
    expect(() => limiter.check()).not.toThrow();
  });
});
