/** The server admin command line: `npm run server -- <command>`; `serve` is the default command. */
import { parseArgs, UsageError, type ParsedArgs } from './args.js';
import { catalogCommand } from './catalog.command.js';
import { caseCommand } from './case.command.js';
import { processIo, resolveStoreTarget, type CliContext, type CliIo } from './cli-context.js';
import { codeCommand } from './code.command.js';
import { deviceCommand } from './device.command.js';
import { hallCommand } from './hall.command.js';
import { kiosksCommand } from './kiosks.command.js';
import { complaintsCommand, followupsCommand, helpCommand } from './lists.command.js';
import { retentionCommand } from './retention.command.js';
import { slotsCommand } from './slots.command.js';
import { userCommand } from './user.command.js';
import { serveCommand } from './serve.command.js';

type Command = (args: ParsedArgs, ctx: CliContext) => Promise<number>;

const COMMANDS: Record<string, { usage: string; summary: string; run: Command }> = {
  serve: {
    usage: 'serve [--port 8787] [--host 127.0.0.1]',
    summary: '运行区级服务器 / run the server',
    run: serveCommand,
  },
  hall: {
    usage: 'hall create --code CODE --name 名称 [--address ..] [--phone ..]',
    summary: '创建服务中心 / create a hall',
    run: hallCommand,
  },
  code: {
    usage: 'code issue --hall CODE',
    summary: '签发一次性注册码 / issue an enrollment code',
    run: codeCommand,
  },
  catalog: {
    usage: 'catalog publish FILE',
    summary: '校验并发布事项目录 / publish a catalog',
    run: catalogCommand,
  },
  case: {
    usage: 'case set NUMBER STATUS [--note ..]',
    summary: '更新办件状态 / set a case status',
    run: caseCommand,
  },
  device: { usage: 'device revoke DEVICE_ID', summary: '停用终端 / revoke a kiosk', run: deviceCommand },
  kiosks: { usage: 'kiosks list', summary: '列出终端 / list kiosks', run: kiosksCommand },
  slots: {
    usage: 'slots set --hall CODE --weekday 1-5 --times 09:00,10:00 --capacity 10',
    summary: '设置预约时段 / set appointment slots',
    run: slotsCommand,
  },
  'slots holiday': {
    usage: 'slots holiday --hall CODE --date YYYY-MM-DD;  slots list --hall CODE',
    summary: '休息日；查看时段 / add a holiday; list slots',
    run: slotsCommand,
  },
  followups: {
    usage: 'followups list [--format table|json]',
    summary: '差评回访 / follow-ups of poor ratings',
    run: followupsCommand,
  },
  complaints: {
    usage: 'complaints list [--format table|json]',
    summary: '投诉建议 / complaints',
    run: complaintsCommand,
  },
  help: { usage: 'help list [--format table|json]', summary: '呼叫工作人员 / help calls', run: helpCommand },
  retention: {
    usage: 'retention run [--days 30]',
    summary: '清除过期预约的个人信息 / forget holders of past appointments',
    run: retentionCommand,
  },
  user: {
    usage:
      'user create|disable|enable|passwd --name NAME [--role district|hall] [--hall CODE] [--password P]',
    summary: '管理台用户：创建、停用、启用、改密码 / console users: create, disable, enable, set password',
    run: userCommand,
  },
};

export function helpText(): string {
  return [
    '区级便民服务服务器 / district server',
    '',
    '用法 / usage: npm run server -- <command> [--db FILE|postgres://URL]   (数据库默认 $DISTRICT_DB 或 ./district.db)',
    '',
    ...Object.values(COMMANDS).map((c) => `  ${c.usage.padEnd(64)} ${c.summary}`),
  ].join('\n');
}

export interface RunOptions {
  io?: CliIo;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  now?: () => Date;
  signal?: AbortSignal;
}

/** Runs one command and returns its exit code (0 ok, 1 failed, 2 usage). */
export async function runCli(argv: readonly string[], options: RunOptions = {}): Promise<number> {
  const io = options.io ?? processIo;
  if (argv[0] === '--help' || argv[0] === '-h' || (argv[0] === 'help' && argv[1] !== 'list')) {
    io.out(helpText());
    return 0;
  }
  try {
    const parsed = parseArgs(argv);
    const db = parsed.options.get('db');
    parsed.options.delete('db');
    const name = parsed.positionals[0] ?? 'serve';
    const entry = COMMANDS[name];
    if (!entry) throw new UsageError(`未知命令 / unknown command: ${name}`);
    const ctx: CliContext = {
      io,
      db: resolveStoreTarget(db, options.env ?? process.env, options.cwd ?? process.cwd()),
      now: options.now ?? (() => new Date()),
      ...(options.signal ? { signal: options.signal } : {}),
    };
    const args: ParsedArgs = { positionals: parsed.positionals.slice(1), options: parsed.options };
    return await entry.run(args, ctx);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      io.err(helpText());
      return 2;
    }
    io.err(`命令失败 / command failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
