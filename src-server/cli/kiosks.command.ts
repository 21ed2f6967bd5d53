/**
 * `kiosks list`: every enrolled kiosk with its last heartbeat, outbox depth, catalog version and device
 * health (printer paper and cover, reader, oldest waiting row, disk).
 */
import { allowOnly, UsageError, type ParsedArgs } from './args.js';
import { withStore, type CliContext } from './cli-context.js';
import { summarizeKioskHealth } from '../core/kiosk-health-summary.js';

export async function kiosksCommand(args: ParsedArgs, ctx: CliContext): Promise<number> {
  if (args.positionals[0] !== 'list') throw new UsageError('用法: kiosks list');
  allowOnly(args, []);
  const kiosks = await withStore(ctx, (store) => store.listKiosks());
  if (kiosks.length === 0) {
    ctx.io.out('还没有登记的终端 / no kiosks enrolled');
    return 0;
  }
  const header = [
    '设备 device',
    '服务中心 hall',
    '最近心跳 last heartbeat',
    '版本 app',
    '待发 outbox',
    '目录 catalog',
    '设备状况 health',
    '状态 state',
  ];
  const rows = kiosks.map((k) => [
    k.deviceId,
    k.hallCode,
    k.heartbeatAt ?? '-',
    k.appVersion ?? '-',
    k.outboxDepth === null ? '-' : String(k.outboxDepth),
    k.catalogVersion === null ? '-' : String(k.catalogVersion),
    summarizeKioskHealth(k.health),
    k.revokedAt ? `已停用 revoked ${k.revokedAt}` : '在用 active',
  ]);
  for (const line of [header, ...rows]) ctx.io.out(line.join('\t'));
  return 0;
}
