/**
 * `kiosk status [--data DIR]`: the kiosk's identity and its link with the district server as JSON:
 * version, hall, provisioned, online (a heartbeat is tried), catalog version, outbox depth, how the
 * device key is kept, and the devices as configured (ports and baud rates, simulated or not; the running
 * kiosk holds the ports). With a key wrapped by the Electron shell (which this CLI cannot open) it still
 * reports everything stored in clear; `online` is then null and the reason goes to stderr.
 */
import type { KioskConfig } from '../../services/config/config.schema.js';
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
          demoMode: config.demoMode,
          devices: deviceSummary(config),
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

/** The devices as configured (no port is opened: a running kiosk holds them). */
export function deviceSummary(config: KioskConfig): {
  simulated: boolean;
  reader: { port: string | null; baud: number; label: string };
  printer: { port: string | null; baud: number; label: string };
  a4Queue: string | null;
} {
  const label = (simulated: string, real: string, port: string): string =>
    config.simulatedDevices ? simulated : port ? real : '未配置';
  return {
    simulated: config.simulatedDevices,
    reader: {
      port: config.simulatedDevices ? null : config.readerPort || null,
      baud: config.readerBaud,
      label: label('模拟读卡器', '身份证读卡器', config.readerPort),
    },
    printer: {
      port: config.simulatedDevices ? null : config.printerPort || null,
      baud: config.printerBaud,
      label: label('模拟打印机', '凭条打印机', config.printerPort),
    },
    a4Queue: config.a4Queue || null,
  };
}
