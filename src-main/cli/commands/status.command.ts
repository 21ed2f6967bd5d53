/**
 * `kiosk status [--data DIR]`: the kiosk's identity and its link with the district server as JSON:
 * version, hall, provisioned, online (a heartbeat is tried), catalog version, outbox depth, and how the
 * device key is kept. With a key wrapped by the Electron shell (which this CLI cannot open) it still
 * reports everything stored in clear; `online` is then null and the reason goes to stderr.
 */
import { appliedVersion } from '../../services/sync/catalog-sync.js';
import type { Enrollment } from '../../services/sync/enrollment.store.js';
import { deviceKeyState, DeviceKeyUnavailableError } from '../../store/device-key.js';
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
    let enrollment: Enrollment | undefined;
    let keyProblem: string | undefined;
    try {
      enrollment = ctx.enrollment.get();
    } catch (error) {
      if (!(error instanceof DeviceKeyUnavailableError)) throw error;
      keyProblem = error.message;
    }
    if (enrollment) await ctx.sync.runRound(['heartbeat'], true);
    const stored = enrollment ?? ctx.enrollment.summary();
    const status = keyProblem === undefined ? ctx.sync.status() : undefined;
    const outbox = status?.outbox ?? ctx.outbox.counts();
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
          provisioned: status?.provisioned ?? stored !== undefined,
          server: stored?.serverUrl ?? null,
          deviceId: stored?.deviceId ?? null,
          /** `plain` (0600 file), `wrapped` (Electron safeStorage), `none` yet. */
          deviceKey: deviceKeyState(ctx.dataDir),
          online: status?.online ?? null,
          unauthorized: status?.unauthorized ?? null,
          lastSyncAt: status?.lastSyncAt ?? ctx.state.lastContactAt(),
          catalog: {
            version: status?.catalogVersion ?? appliedVersion(ctx.catalog, ctx.state) ?? 0,
            displayVersion: meta?.version ?? null,
            source: meta?.source ?? null,
            items: ctx.catalog.all().length,
          },
          outboxDepth: outbox.pending,
          outbox,
        },
        null,
        2,
      ),
    );
    if (keyProblem) io.err(keyProblem);
    return 0;
  } finally {
    await ctx.close();
  }
}
