/**
 * `kiosk provision --server URL --code CODE [--data DIR] [--force]`: enrolls this kiosk with the
 * district server (one-time code from `server code issue`), stores the sealed token and the hall's
 * identity, then pulls the catalog once. Without provisioning the kiosk stays on the demo catalog.
 * Provisioning ends demo mode: the setup wizard is not shown on the hall's screen, and the first admin
 * entry takes the one-time code printed here (then 设置管理密码), never the default PIN.
 */
import { parseArgs } from 'node:util';
import { KioskError } from '../../contract/errors.js';
import { RejectedError } from '../../district/district.errors.js';
import { defaultDataDir } from '../../paths.js';
import type { CliIo } from '../cli-io.js';
import { openSyncContext, type SyncContext } from '../sync-context.js';
import { finishCliProvisioning } from '../admin-code.js';
import { SettingsRepository } from '../../store/settings.repository.js';

const USAGE =
  '用法 / usage: kiosk provision --server https://HOST/ --code CODE [--data DIR] [--force] [--insecure-http]';

/** The server's refusals of a code, for the technician. */
const CODE_REFUSALS: Record<string, string> = {
  CODE_UNKNOWN: '注册码不存在，请核对 / unknown enrollment code',
  CODE_USED: '注册码已使用过，请向区里重新申请 / code already used',
  CODE_EXPIRED: '注册码已过期，请向区里重新申请 / code expired',
};

export async function provisionCommand(
  args: string[],
  io: CliIo,
  open: (dataDir: string) => SyncContext = openSyncContext,
): Promise<number> {
  let values: { server?: string; code?: string; data?: string; force?: boolean; 'insecure-http'?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        server: { type: 'string' },
        code: { type: 'string' },
        data: { type: 'string' },
        force: { type: 'boolean' },
        // Plain http:// to a remote server: the token and the catalog key would cross the network in clear.
        'insecure-http': { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (!values.server || !values.code) {
    io.err(USAGE);
    return 2;
  }
  const ctx = open(values.data ?? defaultDataDir());
  try {
    const existing = ctx.enrollment.get();
    if (existing && !values.force) {
      io.err(
        `本终端已注册（设备 ${existing.deviceId}，${existing.serverUrl}）；重新注册请加 --force / already provisioned: add --force`,
      );
      return 1;
    }
    let enrollment;
    try {
      enrollment = await ctx.sync.provision(values.server, values.code, {
        insecureHttp: values['insecure-http'] === true,
      });
      if (values['insecure-http'] && !enrollment.serverUrl.startsWith('https:'))
        io.err(
          '警告：未加密连接（--insecure-http）/ warning: plain http, token and catalog key sent in clear',
        );
    } catch (error) {
      io.err(`注册失败 / provisioning failed: ${refusal(error)}`);
      return 1;
    }
    io.out(`已注册 / provisioned: 设备 ${enrollment.deviceId}`);
    io.out(`服务中心 / hall: ${enrollment.hall.name}（${enrollment.hall.code}）`);
    const round = await ctx.sync.runRound(['catalog'], true);
    const catalog = round.catalog;
    if (catalog?.kind === 'updated')
      io.out(`事项目录 / catalog: 版本 ${catalog.version}，${catalog.items} 个事项`);
    else if (catalog?.kind === 'none')
      io.out('区里还没有发布事项目录，暂用演示目录 / no catalog published yet');
    else if (catalog?.kind === 'unchanged') io.out(`事项目录 / catalog: 版本 ${catalog.version}（已是最新）`);
    else io.out('事项目录暂未同步，终端启动后会自动重试 / catalog not synced yet; the kiosk retries');
    if (ctx.config.get().simulatedDevices)
      io.out(
        '设备仍为模拟设备；请用 kiosk config set readerPort/printerPort 配置读卡器和打印机，并设 simulatedDevices false' +
          ' / devices are still simulated: set readerPort, printerPort and simulatedDevices false with kiosk config set',
      );
    await finishCliProvisioning(new SettingsRepository(ctx.db), io);
    io.out('请重启终端程序以开始同步 / restart the kiosk to start syncing');
    return 0;
  } finally {
    await ctx.close();
  }
}

function refusal(error: unknown): string {
  if (error instanceof RejectedError)
    return CODE_REFUSALS[error.serverCode] ?? `${error.reason} (${error.serverCode})`;
  if (error instanceof KioskError) return `${error.userMessage ?? error.code} / ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
