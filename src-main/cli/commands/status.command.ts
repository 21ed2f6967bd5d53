/**
 * `kiosk status [--data DIR]`: the kiosk's identity and its link with the district server as JSON:
 * version, hall, provisioned, online (a heartbeat is tried), catalog version, outbox depth.
 */
import type { CliIo } from '../cli-io.js';
import { dataDirArg, openSyncContext, type SyncContext } from '../sync-context.js';

const USAGE = '用法 / usage: kiosk status [--data DIR]';

export async function statusCommand(
  args: string[],
  io: CliIo,
  open: (dataDir: string) => SyncContext = openSyncContext,
): Promise<number> {
  const dataDir = dataDirArg(args, io, USAGE);
  if (dataDir === null) return 2;
  const ctx = open(dataDir);
  try {
    const enrollment = ctx.enrollment.get();
    if (enrollment) await ctx.sync.runRound(['heartbeat'], true);
    const status = ctx.sync.status();
    const config = ctx.config.get();
    const meta = ctx.catalog.meta();
    io.out(
      JSON.stringify(
        {
          version: ctx.version,
          hall: {
            name: config.hallName,
            code: config.hallCode,
            address: config.hallAddress,
            phone: config.hallPhone,
          },
          provisioned: status.provisioned,
          server: enrollment?.serverUrl ?? null,
          deviceId: enrollment?.deviceId ?? null,
          online: status.online,
          unauthorized: status.unauthorized,
          lastSyncAt: status.lastSyncAt,
          catalog: {
            version: status.catalogVersion,
            displayVersion: meta?.version ?? null,
            source: meta?.source ?? null,
            items: ctx.catalog.all().length,
          },
          outboxDepth: status.outbox.pending,
          outbox: status.outbox,
        },
        null,
        2,
      ),
    );
    return 0;
  } finally {
    await ctx.close();
  }
}
