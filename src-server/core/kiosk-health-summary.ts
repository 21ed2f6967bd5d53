/**
 * One line of Chinese for the district about a kiosk's last reported health: the printer's paper and
 * cover, the reader, the outbox's oldest waiting row and the disk. The health is what the kiosk sent
 * (free-form JSON): anything missing or of the wrong shape reads as 未知, never as fine.
 */

const PRINTER: Record<string, string> = {
  ready: '打印机正常',
  'paper-low': '打印机纸将用完',
  'paper-out': '打印机缺纸',
  'cover-open': '打印机盖未关',
  offline: '打印机离线',
  'no-answer': '打印机无响应',
  'not-checked': '打印机未检查',
};

const READER: Record<string, string> = {
  ready: '读卡器正常',
  'card-present': '读卡器正常',
  disconnected: '读卡器未连接',
  error: '读卡器故障',
  'not-checked': '读卡器未检查',
};

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

/** A device's state: `{ state }` as the kiosk sends it, or a bare state string from an older kiosk. */
function stateOf(value: unknown): unknown {
  return typeof value === 'string' ? value : field(value, 'state');
}

function label(table: Record<string, string>, state: unknown, unknown: string): string {
  return typeof state === 'string' && table[state] ? table[state] : unknown;
}

function age(seconds: number): string {
  if (seconds < 60) return `${seconds} 秒`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} 分钟`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} 小时`;
  return `${Math.floor(seconds / 86_400)} 天`;
}

export function summarizeKioskHealth(health: Record<string, unknown> | null): string {
  if (!health) return '未上报';
  const parts = [
    label(PRINTER, stateOf(health['printer']), '打印机未知'),
    label(READER, stateOf(health['reader']), '读卡器未知'),
  ];
  const oldest = field(health['outbox'], 'oldestPendingAgeSec');
  if (typeof oldest === 'number' && oldest > 0) parts.push(`最久待发 ${age(Math.round(oldest))}`);
  const used = field(health['disk'], 'usedPct');
  if (typeof used === 'number') parts.push(`磁盘已用 ${used}%`);
  return parts.join('，');
}

/** What needs a person's hands, per printer state (ready, not checked and unknown states need none). */
const PRINTER_PROBLEMS: Record<string, string> = {
  'paper-low': '打印纸将尽',
  'paper-out': '打印机缺纸',
  'cover-open': '打印机盖未关',
  offline: '打印机未连接',
  'no-answer': '打印机无响应',
};

const READER_PROBLEMS: Record<string, string> = {
  disconnected: '读卡器未连接',
  error: '读卡器故障',
};

/**
 * The problems in a kiosk's last health report that need someone in the hall (the console's 需要处理), in
 * Chinese, from the fields the kiosk's heartbeat sends (src-main/services/sync/kiosk-health.ts): the
 * printer's state, paper and cover, the reader's state, and the disk's `low`.
 */
export function kioskHealthProblems(health: unknown): string[] {
  if (health === null || typeof health !== 'object') return [];
  const report = health as Record<string, unknown>;
  const problems: string[] = [];
  const printerState = stateOf(report['printer']);
  const paper = field(report['printer'], 'paper');
  const paperState = paper === 'out' ? 'paper-out' : paper === 'low' ? 'paper-low' : null;
  const printer = new Set<string>();
  for (const state of [paperState, printerState])
    if (typeof state === 'string' && PRINTER_PROBLEMS[state]) printer.add(PRINTER_PROBLEMS[state]);
  if (field(report['printer'], 'coverOpen') === true) printer.add('打印机盖未关');
  // Paper before cover before connection, whatever order the fields came in.
  problems.push(...Object.values(PRINTER_PROBLEMS).filter((p) => printer.has(p)));
  const readerState = stateOf(report['reader']);
  if (typeof readerState === 'string' && READER_PROBLEMS[readerState])
    problems.push(READER_PROBLEMS[readerState]);
  if (field(report['disk'], 'low') === true) problems.push('磁盘空间不足');
  return problems;
}
