/**
 * `kiosk reader read --port PATH [--baud 115200] [--json]` and `kiosk reader info --port PATH`:
 * the technician's check of an ID-card reader. Showing the full card here is intended (a technician
 * testing with their own card); nothing is logged or stored.
 */
import { parseArgs } from 'node:util';
import { DeviceError, KioskError } from '../../contract/errors.js';
import { IdCardReader } from '../../devices/idcard/idcard.reader.js';
import {
  DEFAULT_BAUD_RATE,
  openSerialTransport,
  type SerialTransport,
} from '../../devices/idcard/idcard.serial.js';
import type { IdCard } from '../../devices/idcard/idcard.types.js';
import type { CliIo } from '../cli-io.js';

const USAGE = [
  '用法 / usage:',
  '  kiosk reader read --port PATH [--baud 115200] [--json]   读取身份证 / read a card',
  '  kiosk reader info --port PATH [--baud 115200]            读卡器 SAM 编号 / reader SAM id',
].join('\n');

/** Short technician lines per reason: Chinese / English. */
const LINES: Record<string, string> = {
  'no-card': '未检测到身份证 / no card on the reader',
  timeout: '读卡器无响应 / reader did not answer in time',
  'port-open': '无法打开读卡器串口 / cannot open the serial port',
};

export function formatCard(card: IdCard): string {
  const rows: [string, string | number | undefined][] = [
    ['证件类型', card.cardType],
    ['姓名', card.name],
    ['英文姓名', card.englishName],
    ['性别', card.sex],
    ['民族', card.nation],
    ['国籍', card.nationality],
    ['出生日期', card.birthDate],
    ['住址', card.address || undefined],
    [card.cardType === '外国人永久居留身份证' ? '证件号码' : '公民身份号码', card.idNumber],
    ['签发机关', card.issuer || undefined],
    ['有效期限', `${card.validFrom} 至 ${card.validUntil}`],
    ['通行证号码', card.passNumber],
    [card.cardType === '外国人永久居留身份证' ? '换证次数' : '签发次数', card.issueCount],
  ];
  return rows
    .filter((r): r is [string, string | number] => r[1] !== undefined && r[1] !== '')
    .map(([k, v]) => `${k}：${v}`)
    .join('\n');
}

/**
 * The card as `--json` prints it: the reader's original fields always present, in its order (`nation` is null on
 * card types without one), then the fields only some card types carry.
 */
export function cardJson(card: IdCard): Record<string, string | number | null> {
  const { cardType, name, sex, nation, birthDate, address, idNumber, issuer, validFrom, validUntil } = card;
  const shape = {
    cardType,
    name,
    sex,
    nation: nation ?? null,
    birthDate,
    address,
    idNumber,
    issuer,
    validFrom,
    validUntil,
  };
  const extras: Record<string, string | number> = {};
  if (card.passNumber !== undefined) extras['passNumber'] = card.passNumber;
  if (card.issueCount !== undefined) extras['issueCount'] = card.issueCount;
  if (card.englishName !== undefined) extras['englishName'] = card.englishName;
  if (card.nationality !== undefined) extras['nationality'] = card.nationality;
  return { ...shape, ...extras };
}

function errorLine(e: unknown): string {
  if (e instanceof DeviceError) {
    const line = LINES[e.reason];
    if (line) return line;
    return `${e.userMessage ?? '读卡器错误'} / ${e.message}`;
  }
  if (e instanceof KioskError) return `${e.userMessage ?? '错误'} / ${e.message}`;
  return `内部错误 / internal error: ${e instanceof Error ? e.message : String(e)}`;
}

export async function readerCommand(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        port: { type: 'string' },
        baud: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    io.err(`参数错误 / bad arguments: ${e instanceof Error ? e.message : String(e)}`);
    io.err(USAGE);
    return 2;
  }
  const { values, positionals } = parsed;
  const sub = positionals[0];
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if ((sub !== 'read' && sub !== 'info') || positionals.length > 1) {
    io.err(`未知子命令 / unknown subcommand: ${sub ?? '(none)'}`);
    io.err(USAGE);
    return 2;
  }
  if (!values.port) {
    io.err('缺少 --port 参数 / --port is required');
    return 2;
  }
  const baudRate = values.baud === undefined ? DEFAULT_BAUD_RATE : Number(values.baud);
  if (!Number.isInteger(baudRate) || baudRate <= 0) {
    io.err(`波特率无效 / invalid baud rate: ${values.baud}`);
    return 2;
  }

  let transport: SerialTransport | null = null;
  let reader: IdCardReader | null = null;
  try {
    transport = await openSerialTransport({ path: values.port, baudRate });
    reader = new IdCardReader(transport);
    if (sub === 'info') {
      const samId = await reader.readSamId();
      io.out(values.json ? JSON.stringify({ samId }) : `SAM 编号 / SAM id：${samId}`);
      return 0;
    }
    const card = await reader.readPresentCard();
    io.out(values.json ? JSON.stringify(cardJson(card), null, 2) : formatCard(card));
    return 0;
  } catch (e) {
    io.err(errorLine(e));
    return 1;
  } finally {
    reader?.dispose();
    await transport?.close();
  }
}
