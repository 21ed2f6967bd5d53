/**
 * `kiosk status [--data DIR]`: the kiosk's identity and its link with the district server as JSON:
 * version, hall, provisioned, online (a heartbeat is tried), catalog version, outbox depth, and the
 * devices as configured (ports and baud rates, simulated or not; the running kiosk holds the ports).
 */
import type { KioskConfig } from '../../services/config/config.schema.js';
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
          demoMode: config.demoMode,
          devices: deviceSummary(config),
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
