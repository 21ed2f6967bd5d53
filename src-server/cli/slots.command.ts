/**
 * `slots set --hall CODE --weekday 1-5 --times 09:00,10:00 --capacity 10`: the hall's appointment slots on
 * those ISO weekdays (1 = Monday … 7 = Sunday; "1-5", "6,7" or "1-3,5"), replacing what they had.
 * `slots holiday --hall CODE --date YYYY-MM-DD`: the hall is closed that day (no slots, not a working day).
 * `slots list --hall CODE`: the weekly schedule.
 */
import { isoDateSchema, slotTimeSchema } from '../../src-protocol/index.js';
import { allowOnly, requireOption, UsageError, type ParsedArgs } from './args.js';
import { withStore, type CliContext } from './cli-context.js';

const USAGE = [
  '用法: slots set --hall CODE --weekday 1-5 --times 09:00,10:00 --capacity 10',
  '      slots holiday --hall CODE --date YYYY-MM-DD',
  '      slots list --hall CODE',
].join('\n');

/** "1-5" / "6,7" / "1-3,5" → [1, 2, 3, 4, 5]; throws UsageError outside 1…7. */
export function parseWeekdays(text: string): number[] {
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const match = /^\s*([1-7])\s*(?:-\s*([1-7])\s*)?$/.exec(part);
    const start = Number(match?.[1]);
    const end = match?.[2] === undefined ? start : Number(match[2]);
    if (!match || end < start) throw new UsageError('--weekday 应为 1 到 7 的数字或范围，如 1-5 或 6,7');
    for (let d = start; d <= end; d++) out.add(d);
  }
  return [...out].sort((a, b) => a - b);
}

function parseTimes(text: string): string[] {
  const times = text.split(',').map((t) => t.trim());
  for (const t of times)
    if (!slotTimeSchema.safeParse(t).success) throw new UsageError(`时间 "${t}" 应为 HH:MM，如 09:00`);
  return [...new Set(times)].sort();
}

export async function slotsCommand(args: ParsedArgs, ctx: CliContext): Promise<number> {
  const sub = args.positionals[0];
  if (sub !== 'set' && sub !== 'holiday' && sub !== 'list') throw new UsageError(USAGE);
  allowOnly(
    args,
    sub === 'set'
      ? ['hall', 'weekday', 'times', 'capacity']
      : sub === 'holiday'
        ? ['hall', 'date']
        : ['hall'],
  );
  const hallCode = requireOption(args, 'hall').toUpperCase();
  return withStore(ctx, async (store) => {
    if (!(await store.getHall(hallCode))) {
      ctx.io.err(`没有服务中心 ${hallCode} / unknown hall`);
      return 1;
    }
    if (sub === 'set') {
      const weekdays = parseWeekdays(requireOption(args, 'weekday'));
      const times = parseTimes(requireOption(args, 'times'));
      const capacity = Number(requireOption(args, 'capacity'));
      if (!Number.isInteger(capacity) || capacity < 1 || capacity > 1000)
        throw new UsageError('--capacity 应为 1 到 1000 的整数');
      await store.setSlotSchedule({ hallCode, weekdays, times, capacity });
      ctx.io.out(
        `已设置 ${hallCode} 星期 ${weekdays.join(',')} 的时段 ${times.join(',')}，每时段 ${capacity} 人 / slots set`,
      );
      return 0;
    }
    if (sub === 'holiday') {
      const date = requireOption(args, 'date');
      if (!isoDateSchema.safeParse(date).success) throw new UsageError('--date 应为 YYYY-MM-DD');
      const added = await store.addHoliday(hallCode, date);
      ctx.io.out(
        added
          ? `${hallCode} ${date} 休息 / holiday added`
          : `${hallCode} ${date} 已是休息日 / already a holiday`,
      );
      return 0;
    }
    const schedule = await store.slotSchedule(hallCode);
    if (schedule.length === 0) ctx.io.out('还没有设置预约时段 / no slots');
    for (const s of schedule) ctx.io.out(`星期${s.weekday}\t${s.time}\t${s.capacity}`);
    return 0;
  });
}
