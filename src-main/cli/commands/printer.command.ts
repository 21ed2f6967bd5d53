/**
 * `kiosk printer test --port PATH [--baud 115200] [--hall NAME] [--url URL]`: prints the 打印测试 receipt.
 * `kiosk printer status --port PATH [--baud 115200]`: reads the printer's real-time status.
 * Exit codes: 0 done, 1 printer not ready or failed (one line in Chinese and English), 2 usage.
 */
import { silentLogger } from '../../log/logger.js';
import { ThermalPrinter } from '../../devices/printer/printer.device.js';
import { PrinterError, STATE_LABELS } from '../../devices/printer/printer.types.js';
import type { PrinterErrorReason } from '../../devices/printer/printer.types.js';
import type { CliIo } from '../cli-io.js';

const USAGE =
  '用法 / usage: kiosk printer test --port PATH [--baud 115200] [--hall 名称] [--url URL]\n' +
  '             kiosk printer status --port PATH [--baud 115200]';

const DEFAULT_HALL = '便民服务自助终端';
/** Placeholder link for the test QR code; a hall can pass its own with --url. */
const DEFAULT_URL = 'https://example.com/kiosk/printer-test';

const REASON_LABELS: Record<PrinterErrorReason, string> = {
  'paper-out': '打印机缺纸 / printer out of paper',
  'cover-open': '打印机盖打开 / printer cover open',
  'no-answer':
    '打印机无响应，请检查串口、波特率和电源 / printer does not answer: check port, baud rate and power',
  offline: '打印机离线（按键走纸或故障）/ printer offline (feed button or error)',
  io: '串口读写失败 / serial port I/O failed',
};

type Flags = { port?: string; baud?: string; hall?: string; url?: string };

function parseFlags(args: readonly string[]): Flags | string {
  const flags: Flags = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    const m = /^--(port|baud|hall|url)(?:=(.*))?$/.exec(a);
    if (!m) return `未知参数 / unknown argument: ${a}`;
    const key = m[1] as keyof Flags;
    const value = m[2] ?? args[++i];
    if (value === undefined || value === '') return `参数缺少值 / missing value for --${key}`;
    flags[key] = value;
  }
  return flags;
}

export async function printerCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'test' && sub !== 'status') {
    io.err(USAGE);
    return 2;
  }
  const flags = parseFlags(rest);
  if (typeof flags === 'string' || !flags.port) {
    io.err(typeof flags === 'string' ? flags : '缺少 --port / missing --port');
    io.err(USAGE);
    return 2;
  }
  const baudRate = Number(flags.baud ?? '115200');
  if (!Number.isInteger(baudRate) || baudRate < 1200 || baudRate > 921600) {
    io.err(`波特率无效 / invalid baud rate: ${flags.baud}`);
    return 2;
  }

  const printer = new ThermalPrinter({ path: flags.port, baudRate, log: silentLogger() });
  try {
    if (sub === 'status') {
      const status = await printer.status();
      io.out(STATE_LABELS[status.state]);
      return status.state === 'ready' || status.state === 'paper-low' ? 0 : 1;
    }
    const result = await printer.printTest({
      hallName: flags.hall ?? DEFAULT_HALL,
      url: flags.url ?? DEFAULT_URL,
    });
    io.out(`已打印测试凭条 / test receipt printed (${result.bytes} bytes)`);
    if (result.status.state === 'paper-low') io.out(`注意 / note: ${STATE_LABELS['paper-low']}`);
    if (!result.confirmed) {
      io.out(
        '注意：打印机未确认打印完成（不支持 GS r）/ note: the printer did not confirm the job (no GS r answer)',
      );
    }
    return 0;
  } catch (err) {
    if (err instanceof PrinterError) {
      io.err(
        err.phase === 'before-job'
          ? `未打印：${REASON_LABELS[err.reason]} / nothing printed`
          : `打印中途出错，凭条可能不完整：${REASON_LABELS[err.reason]} / the receipt may be incomplete`,
      );
      return 1;
    }
    io.err(`打印失败 / print failed: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  } finally {
    await printer.close();
  }
}
