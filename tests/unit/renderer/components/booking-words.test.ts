import { describe, expect, it } from 'vitest';
import type { AppointmentDay } from '../../../../src-main/contract/citizen.types.js';
import { groupPhone, isMobilePhone, phoneProblem } from '../../../../src-renderer/components/phone-number.js';
import {
  chinaToday,
  dayAvailability,
  dayAvailabilityText,
  fullDate,
  monthDay,
  partOfDay,
  relativeDay,
  slotText,
  weekdayOf,
} from '../../../../src-renderer/screens/appointment/appointment-labels.js';

const day = (remaining: number[]): AppointmentDay => ({
  date: '2025-05-12',
  weekday: '周一',
  slots: remaining.map((r, i) => ({ time: `0${9 + i}:00`, capacity: 2, remaining: r })),
});

describe('booking words', () => {
  it('writes seats out: the sum of a day, 已约满 when none is left, 不可预约 without slots', () => {
    expect(dayAvailabilityText(dayAvailability(day([2, 0, 1])))).toBe('可约 3 个');
    expect(dayAvailabilityText(dayAvailability(day([0, 0])))).toBe('已约满');
    expect(dayAvailabilityText(dayAvailability(day([])))).toBe('不可预约');
    expect(slotText({ time: '09:00', capacity: 1, remaining: 0 })).toBe('已约满');
    expect(slotText({ time: '09:00', capacity: 3, remaining: 2 })).toBe('剩余 2 个');
  });

  it('dates in China time, with 今天/明天/后天 and the weekday', () => {
    // 2025-05-11 20:00 UTC is already Monday 12 May in China.
    expect(chinaToday(new Date('2025-05-11T20:00:00Z'))).toBe('2025-05-12');
    expect(relativeDay('2025-05-12', '2025-05-12')).toBe('今天');
    expect(relativeDay('2025-05-13', '2025-05-12')).toBe('明天');
    expect(relativeDay('2025-05-14', '2025-05-12')).toBe('后天');
    expect(relativeDay('2025-05-15', '2025-05-12')).toBeNull();
    expect(monthDay('2025-05-02')).toBe('5月2日');
    expect(weekdayOf('2025-05-12')).toBe('周一');
    expect(weekdayOf('2025-05-18')).toBe('周日');
    expect(fullDate({ date: '2025-05-12', weekday: '周一' })).toBe('2025年5月12日（周一）');
    expect(partOfDay('11:30')).toBe('上午');
    expect(partOfDay('12:00')).toBe('下午');
  });
});

describe('phone number on the keypad', () => {
  it('says what is missing or wrong, calmly, and groups the digits', () => {
    expect(phoneProblem('')).toBeNull();
    expect(phoneProblem('2')).toContain('以数字 1 开头');
    expect(phoneProblem('1380533')).toBe('还需输入 4 位');
    expect(phoneProblem('12805331234')).toContain('请核对');
    expect(phoneProblem('13805331234')).toBeNull();
    expect(isMobilePhone('13805331234')).toBe(true);
    expect(isMobilePhone('1380533123')).toBe(false);
    expect(groupPhone('13805331234')).toBe('138 0533 1234');
    expect(groupPhone('13805')).toBe('138 05');
  });
});
