/**
 * The `kiosk` command line: one entry per command, each a function returning its exit code. A command's
 * code is imported only when that command runs, so `kiosk --help` or `kiosk search` does not load the
 * serial ports, the store and the sync client.
 */
import { processIo, type CliIo } from './cli-io.js';
import type { DeviceKeyProvider } from '../store/device-key.js';
import type { SyncContext } from './sync-context.js';
import { appVersion } from './app-version.js';

/** How the CLI was started: plain Node (`kiosk`), or inside the Electron app (`zichuan-kiosk --cli`). */
export interface CliOptions {
  /** The device key of a data folder; default the 0600 key file (fileDeviceKey). */
  deviceKey?: (dataDir: string) => DeviceKeyProvider;
}

type Command = (args: string[], io: CliIo, options: CliOptions) => Promise<number>;

/** The sync context with the key this CLI was given. */
async function opener(options: CliOptions): Promise<(dataDir: string) => SyncContext> {
  const { openSyncContext } = await import('./sync-context.js');
  return (dataDir) =>
    openSyncContext(dataDir, options.deviceKey ? { deviceKey: options.deviceKey(dataDir) } : {});
}

interface Entry {
  usage: string;
  summary: string;
  run: Command;
}

const COMMANDS: Record<string, Entry> = {
  catalog: {
    usage: 'kiosk catalog validate FILE',
    summary: '校验事项目录文件 / validate a catalog file',
    run: async (args, io) => (await import('./commands/catalog.command.js')).catalogCommand(args, io),
  },
  search: {
    usage: 'kiosk search QUERY [--json]',
    summary: '搜索事项（与屏幕同一搜索）/ search the catalog',
    run: async (args, io) => {
      const [{ searchCommand }, { openSearchSource }] = await Promise.all([
        import('./commands/search.command.js'),
        import('./search-source.js'),
      ]);
      return searchCommand(args, io, () => openSearchSource());
    },
  },
  reader: {
    usage: 'kiosk reader read|info --port PATH [--baud 115200] [--json]',
    summary: '读身份证 / 读 SAM 编号 / read an ID card or the SAM id',
    run: async (args, io) => (await import('./commands/reader.command.js')).readerCommand(args, io),
  },
  printer: {
    usage: 'kiosk printer test|status --port PATH [--baud 115200]',
    summary: '打印测试小票 / 查询状态 / print a test receipt or read status',
    run: async (args, io) => (await import('./commands/printer.command.js')).printerCommand(args, io),
  },
  ports: {
    usage: 'kiosk ports [--json]',
    summary: '列出串口 / list serial ports',
    run: async (args, io) => (await import('./commands/ports.command.js')).portsCommand(args, io),
  },
  provision: {
    usage: 'kiosk provision --server https://HOST/ --code CODE [--data DIR] [--force] [--insecure-http]',
    summary: '注册到区级服务器 / enroll with the district server',
    run: async (args, io, options) =>
      (await import('./commands/provision.command.js')).provisionCommand(args, io, await opener(options)),
  },
  sync: {
    usage: 'kiosk sync [--data DIR]',
    summary: '立即同步一轮（目录、待发送、办件状态、心跳）/ one sync round, JSON',
    run: async (args, io, options) =>
      (await import('./commands/sync.command.js')).syncCommand(args, io, await opener(options)),
  },
  'admin-code': {
    usage: 'kiosk admin-code [--data DIR]',
    summary: '已注册终端首次进入管理模式的一次性密码 / one-time admin code of a provisioned kiosk',
    run: async (args, io, options) =>
      (await import('./commands/admin-code.command.js')).adminCodeCommand(args, io, await opener(options)),
  },
  status: {
    usage: 'kiosk status [--data DIR]',
    summary: '终端状态（版本、大厅、联网、目录、待发送）/ kiosk status, JSON',
    run: async (args, io, options) =>
      (await import('./commands/status.command.js')).statusCommand(args, io, await opener(options)),
  },
  config: {
    usage: 'kiosk config [get [KEY] | set KEY VALUE] [--data DIR]',
    summary: '查看或修改设置（与管理界面同一校验）/ read or change a setting',
    run: async (args, io) => (await import('./commands/config.command.js')).configCommand(args, io),
  },
  diag: {
    usage: 'kiosk diag [--out FILE] [--data DIR]',
    summary: '生成诊断包（日志、设置、状态，不含个人信息）/ diagnostics .tar.gz',
    run: async (args, io) => (await import('./commands/diag.command.js')).diagCommand(args, io),
  },
};

export function helpText(): string {
  const lines = [
    '便民服务自助终端 命令行工具 / kiosk command line',
    '',
    '用法 / usage: kiosk <command> [options]',
    '',
    ...Object.values(COMMANDS).map((c) => `  ${c.usage.padEnd(48)} ${c.summary}`),
    '',
    '  kiosk --help                                     显示帮助 / show this help',
    '  kiosk --version                                  显示版本 / print the version',
  ];
  return lines.join('\n');
}

export async function main(argv: string[], io: CliIo = processIo, options: CliOptions = {}): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v' || name === 'version') {
    io.out(appVersion());
    return 0;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText());
    return 0;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.err(`未知命令 / unknown command: ${name}`);
    io.err(helpText());
    return 2;
  }
  try {
    return await entry.run(rest, io, options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.err(`命令失败 / command failed: ${message}`);
    return 1;
  }
}
