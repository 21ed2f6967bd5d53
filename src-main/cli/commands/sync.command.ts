/**
 * `kiosk sync [--data DIR]`: one full round with the district server (catalog, every pending outbox
 * row, case statuses, heartbeat), printed as JSON. Exit 0 when the server was reached and accepted
 * the device, 1 otherwise (offline, 设备未授权, or not provisioned).
 */
import type { CliIo } from '../cli-io.js';
import { dataDirArg, openSyncContext, type SyncContext } from '../sync-context.js';

const USAGE = '用法 / usage: kiosk sync [--data DIR]';

export async function syncCommand(
  args: string[],
  io: CliIo,
  open: (dataDir: string) => SyncContext = openSyncContext,
): Promise<number> {
  const dataDir = dataDirArg(args, io, USAGE);
  if (dataDir === null) return 2;
  const ctx = open(dataDir);
  try {
    if (!ctx.sync.provisioned()) {
      io.err('本终端尚未注册，请先运行 kiosk provision / not provisioned: run kiosk provision first');
      return 1;
    }
    const round = await ctx.sync.runRound(undefined, true);
    io.out(JSON.stringify({ ...round, status: ctx.sync.status() }, null, 2));
    return round.online && !round.unauthorized ? 0 : 1;
  } finally {
    await ctx.close();
  }
}
