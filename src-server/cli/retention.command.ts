/** `retention run [--days 30]`: blanks the holders of appointments whose slot is that many days past. */
import { applyRetention, RETENTION_DAYS } from '../core/retention.js';
import { allowOnly, UsageError, type ParsedArgs } from './args.js';
import { withStore, type CliContext } from './cli-context.js';

export async function retentionCommand(args: ParsedArgs, ctx: CliContext): Promise<number> {
  const [sub] = args.positionals;
  if (sub !== 'run') throw new UsageError('用法: retention run [--days 30]');
  allowOnly(args, ['days']);
  const days = Number(args.options.get('days') ?? String(RETENTION_DAYS));
  if (!Number.isInteger(days) || days < 1 || days > 3650)
    throw new UsageError('--days 应为 1 到 3650 的整数');
  const outcome = await withStore(ctx, (store) => applyRetention(store, ctx.now(), days));
  ctx.io.out(
    `已清除 ${outcome.before} 之前预约的姓名、身份证号和手机号 / holders forgotten: ${outcome.appointments}`,
  );
  return 0;
}
