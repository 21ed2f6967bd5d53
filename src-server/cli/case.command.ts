/**
 * `case set NUMBER STATUS [--note TEXT]`: appends a status to a case's history and queues a progress
 * notice to the applicant's phone (sent by the running server's notifier).
 * `case show NUMBER [--out DIR]`: the case's material pages (case-show.command.ts).
 */
import { CASE_STATUSES, type CaseStatus } from '../../src-protocol/index.js';
import { ensureConsoleSchema } from '../console/console-schema.js';
import { storeSql } from '../store/store-sql.js';
import { queueNotice } from '../notices/notices.service.js';
import { allowOnly, UsageError, type ParsedArgs } from './args.js';
import { caseShowCommand } from './case-show.command.js';
import { withStore, type CliContext } from './cli-context.js';

const isStatus = (s: string): s is CaseStatus => (CASE_STATUSES as readonly string[]).includes(s);

export async function caseCommand(args: ParsedArgs, ctx: CliContext): Promise<number> {
  const [sub, number, status] = args.positionals;
  if (sub === 'show' && number) return caseShowCommand(number, args, ctx);
  if (sub !== 'set' || !number || !status)
    throw new UsageError(
      `用法: case set NUMBER STATUS [--note 说明]，STATUS 为 ${CASE_STATUSES.join(' / ')}；case show NUMBER [--out 目录]`,
    );
  allowOnly(args, ['note']);
  if (!isStatus(status)) throw new UsageError(`状态应为 ${CASE_STATUSES.join(' / ')} 之一`);
  const note = args.options.get('note')?.trim();
  const found = await withStore(ctx, async (store) => {
    const done = await store.setCaseStatus({
      caseNumber: number,
      status,
      at: ctx.now().toISOString(),
      ...(note ? { note } : {}),
    });
    if (done) {
      const sql = storeSql(store);
      await ensureConsoleSchema(sql);
      await queueNotice(sql, number, status, ctx.now());
    }
    return done;
  });
  if (!found) {
    ctx.io.err(`没有受理编号 ${number} / unknown case`);
    return 1;
  }
  ctx.io.out(`${number} → ${status}`);
  return 0;
}
