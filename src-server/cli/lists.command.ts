/**
 * `followups list`, `complaints list`, `help list` [--format table|json] [--limit N]: what staff must act on.
 * Table: one tab-separated line per row with a header; JSON: one array.
 */
import type { SubmissionKind } from '../../src-protocol/index.js';
import { allowOnly, UsageError, type ParsedArgs } from './args.js';
import { withStore, type CliContext } from './cli-context.js';

type Format = 'table' | 'json';

function options(args: ParsedArgs, usage: string): { format: Format; limit: number } {
  if (args.positionals[0] !== 'list' || args.positionals.length > 1) throw new UsageError(usage);
  allowOnly(args, ['format', 'limit']);
  const format = args.options.get('format') ?? 'table';
  if (format !== 'table' && format !== 'json') throw new UsageError('--format 应为 table 或 json');
  const limit = Number(args.options.get('limit') ?? '200');
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit 应为正整数');
  return { format, limit };
}

function print(ctx: CliContext, format: Format, rows: object[], header: string[], cells: string[][]): void {
  if (format === 'json') {
    ctx.io.out(JSON.stringify(rows, null, 2));
    return;
  }
  if (rows.length === 0) {
    ctx.io.out('没有记录 / none');
    return;
  }
  for (const line of [header, ...cells]) ctx.io.out(line.join('\t'));
}

/** Tabs and newlines would break the table. */
const cell = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '-';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.replace(/\s+/g, ' ');
};

export async function followupsCommand(args: ParsedArgs, ctx: CliContext): Promise<number> {
  const { format, limit } = options(args, '用法: followups list [--format table|json] [--limit N]');
  const rows = (await withStore(ctx, (store) => store.listFollowUps())).slice(0, limit);
  print(
    ctx,
    format,
    rows,
    [
      '评价编号 rating',
      '服务中心 hall',
      '被评办件 case',
      '等级 level',
      '回访期限 due',
      '原因 reasons',
      '意见 comment',
      '状态 state',
    ],
    rows.map((r) => [
      r.caseNumber,
      r.hallCode,
      cell(r.targetCase ?? '现场服务'),
      String(r.level),
      r.dueDate,
      cell(r.reasons.join('、')),
      cell(r.comment),
      r.doneAt ? `已回访 ${r.doneAt}` : '待回访',
    ]),
  );
  return 0;
}

async function listKind(
  args: ParsedArgs,
  ctx: CliContext,
  kind: SubmissionKind,
  usage: string,
  header: string[],
  fields: (payload: Record<string, unknown>) => string[],
): Promise<number> {
  const { format, limit } = options(args, usage);
  const rows = await withStore(ctx, (store) => store.listSubmissions(kind, limit));
  print(
    ctx,
    format,
    rows,
    ['受理编号 case', '服务中心 hall', '终端 device', '时间 received', ...header],
    rows.map((r) => [
      r.caseNumber,
      r.hallCode,
      r.deviceId,
      r.receivedAt,
      ...fields((r.payload ?? {}) as Record<string, unknown>),
    ]),
  );
  return 0;
}

export function complaintsCommand(args: ParsedArgs, ctx: CliContext): Promise<number> {
  return listKind(
    args,
    ctx,
    'complaint',
    '用法: complaints list [--format table|json] [--limit N]',
    ['类别 category', '电话 phone', '内容 text'],
    (p) => [cell(p['category']), p['anonymous'] === true ? '匿名' : cell(p['phone']), cell(p['text'])],
  );
}

export function helpCommand(args: ParsedArgs, ctx: CliContext): Promise<number> {
  return listKind(
    args,
    ctx,
    'help',
    '用法: help list [--format table|json] [--limit N]',
    ['终端 kiosk', '页面 screen', '动作 action', '时间 time'],
    (p) => [
      cell(p['kiosk']),
      cell(p['screen']),
      p['action'] === 'cancel' ? '取消呼叫' : '呼叫',
      cell(p['time']),
    ],
  );
}
