/**
 * The kiosk contract fuzzer's parts: a real kiosk app (SQLite file, log file) behind the real loopback web
 * shell, a valid input for every contract method, and the generators that bend it — one field replaced by
 * anything hostile, a field missing, an extra field (prototype-pollution keys included), the whole body
 * replaced, deep nesting, huge strings, emoji, control characters, NUL, numbers out of range, and the
 * suite's known personal values, so the log scan can tell whether any of them was written down.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { createKioskApp, type KioskApp } from '../../src-main/app.js';
import { ERROR_CODES } from '../../src-main/contract/errors.js';
import { COMPLAINT_CATEGORIES } from '../../src-main/contract/feedback.js';
import type { MethodName } from '../../src-main/contract/method-names.js';
import type { KioskConfigInput } from '../../src-main/services/config/config.schema.js';
import { startWebHost, type WebHost } from '../../src-main/shell/web/host.js';
import { findPersonalData, TEST_PERSONAL_DATA } from '../helpers/personal-data-scan.js';
import { tempDir } from '../helpers/temp-dir.js';

export const RUNS = 50;

const PERSON = (field: string): string => TEST_PERSONAL_DATA.find((p) => p.field === field)!.value;
export const PERSONAL_VALUES = TEST_PERSONAL_DATA.map((p) => p.value);
const ID_NUMBER = '370302199001010021';
const NAME = PERSON('name');
const PHONE = PERSON('phone');

/** An 8×8 grey JPEG: a camera frame the fuzzer can start from. */
const TINY_JPEG =
  '/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAIAAgDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAT/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAAAP/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AKwAf//Z';

/** A valid input for every method: the fuzzer starts from it, so most calls get past the first check. */
export const VALID: Record<MethodName, () => Record<string, unknown>> = {
  'app.info': () => ({}),
  'catalog.categories': () => ({}),
  'catalog.list': () => ({ categoryId: 'target:老年人' }),
  'catalog.item': () => ({ id: 'dibao-confirm' }),
  'catalog.search': () => ({ query: '低保', limit: 5 }),
  'catalog.popular': () => ({}),
  'catalog.searchHelp': () => ({ query: '办低保要什么' }),
  'catalog.searchMiss': () => ({ query: '宅基地' }),
  'catalog.declarable': () => ({}),
  'guide.print': () => ({ id: 'dibao-confirm' }),
  'guide.printForm': () => ({ id: 'dibao-confirm', sample: true }),
  'declaration.submit': () => ({
    itemId: 'pension-enroll',
    consent: true,
    identityMethod: 'manual',
    values: { name: NAME, idNumber: ID_NUMBER, phone: PHONE, address: '昆仑镇昆仑村123号' },
  }),
  'declaration.printForm': () => ({ localNumber: 'ZC202611250001' }),
  'session.activity': () => ({}),
  'session.end': () => ({ reason: 'exit' }),
  'speech.speak': () => ({ text: '请到窗口取号' }),
  'speech.stop': () => ({}),
  'devices.status': () => ({}),
  'devices.readCard': () => ({}),
  'devices.simulateCard': () => ({ present: true }),
  'devices.simulateFailure': () => ({ reader: null, printer: null }),
  'devices.printTest': () => ({}),
  'devices.receipts': () => ({}),
  'progress.query': () => ({ number: 'ZC20261125000001', idLast4: '0021' }),
  'progress.byCard': () => ({}),
  'appointment.slots': () => ({ itemId: 'pension-enroll' }),
  'appointment.book': () => ({
    requestId: randomUUID(),
    itemId: 'pension-enroll',
    slotDate: '2026-11-26',
    slotTime: '09:00',
    identityMethod: 'manual',
    name: NAME,
    idNumber: ID_NUMBER,
    phone: PHONE,
  }),
  'appointment.cancel': () => ({ appointmentNumber: 'YY20261125000001', idLast4: '0021' }),
  'rating.submit': () => ({ target: { kind: 'visit' }, level: 5, reasons: [], comment: '很好' }),
  'complaint.reply': () => ({ number: 'ZCKL01202611250001' }),
  'complaint.submit': () => ({
    category: COMPLAINT_CATEGORIES[0],
    text: `建议增加座椅，联系人${NAME}`,
    phone: PHONE,
    anonymous: false,
  }),
  'help.call': () => ({ screen: 'home' }),
  'help.cancel': () => ({ callId: randomUUID() }),
  'phoneUpload.open': () => ({ materialName: '户口簿' }),
  'phoneUpload.close': () => ({}),
  'phoneUpload.state': () => ({}),
  'admin.enter': () => ({ pin: '123456' }),
  'admin.exit': () => ({}),
  'admin.session': () => ({}),
  'admin.overview': () => ({}),
  'admin.settings': () => ({}),
  'admin.updateSettings': () => ({
    speechVolume: 50,
    hallPhone: '0533-1234567',
    announcements: ['今日照常办公'],
  }),
  'admin.items': () => ({}),
  'admin.changePin': () => ({ current: '123456', next: '246810' }),
  'admin.setFirstPin': () => ({ next: '246810' }),
  'admin.ports': () => ({}),
  'admin.testPrint': () => ({}),
  'admin.testRead': () => ({}),
  'admin.syncView': () => ({}),
  'admin.syncNow': () => ({}),
  'admin.retryEntry': () => ({ id: 1 }),
  'admin.discardEntry': () => ({ id: 1 }),
  'admin.reprints': () => ({}),
  'admin.reprint': () => ({ id: 1 }),
  'admin.answerHelp': () => ({ callId: randomUUID() }),
  'admin.stats': () => ({ days: 30 }),
  'admin.audit': () => ({}),
  'admin.restart': () => ({}),
  'setup.state': () => ({}),
  // A closed loopback port: the enrolment fails at once, never reaching out of the machine.
  'setup.provision': () => ({ serverUrl: 'http://127.0.0.1:9/', code: 'ABCD-EFGH' }),
  'setup.ports': () => ({}),
  'setup.devices': () => ({ readerPort: '', readerBaud: 115200, printerPort: '', printerBaud: 115200 }),
  'setup.testPrint': () => ({}),
  'setup.testRead': () => ({}),
  'setup.finish': () => ({ pin: '246810' }),
  'sync.status': () => ({}),
  'sync.now': () => ({}),
  'app.heartbeat': () => ({ screen: 'home' }),
  'materials.pages': () => ({}),
  'materials.capture': () => ({ materialName: '申请书', frame: TINY_JPEG }),
  'materials.turn': () => ({ pageId: randomUUID() }),
  'materials.remove': () => ({ pageId: randomUUID() }),
  'materials.atWindow': () => ({ materialName: '申请书' }),
  'materials.page': () => ({ pageId: randomUUID() }),
  'materials.camera': () => ({}),
  'materials.cameraState': () => ({ state: 'ok' }),
  'setup.camera': () => ({}),
  'setup.setCamera': () => ({ deviceId: '', label: '高拍仪', width: 1920, height: 1080 }),
  'admin.camera': () => ({}),
  'admin.setCamera': () => ({ deviceId: '', label: '高拍仪', width: 1920, height: 1080 }),
};

/** Nested arrays and objects, `depth` levels down. */
function nested(depth: number, kind: 'array' | 'object'): unknown {
  let value: unknown = ID_NUMBER;
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { a: value };
  return value;
}

const hostileString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'dibao\u0000confirm',
    '\u0007\u001b[2J\r\n',
    '\u202e\u200b\ufeff',
    '\ud800',
    '😀👨‍👩‍👧‍👦🇨🇳',
    '%00%2e%2e/etc/passwd',
    '../../../etc/passwd',
    "'; DROP TABLE outbox; --",
    '<script>alert(1)</script>',
    '__proto__',
    'constructor',
    '低'.repeat(2001),
  ),
  fc.integer({ min: 1000, max: 200_000 }).map((n) => '字'.repeat(n)),
  fc.constantFrom(...PERSONAL_VALUES),
  fc.constantFrom(...PERSONAL_VALUES).map((v) => ` ${v}\u0000😀`),
);

const hostileNumber = fc.oneof(
  fc.constantFrom(0, -0, -1, 1.5, 1e308, -1e308, 2 ** 31, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, 1e-300),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Anything a hostile or broken client could put in a field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 2, max: 2000 }), fc.constantFrom<'array' | 'object'>('array', 'object'))
      .map(([depth, kind]) => nested(depth, kind)),
  },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 30 }) },
  { weight: 1, arbitrary: fc.dictionary(hostileString, hostileString, { maxKeys: 5 }) },
);

const pollution = fc.constantFrom(
  '"__proto__":{"polluted":true,"admin":true}',
  '"constructor":{"prototype":{"polluted":true}}',
  '"prototype":{"polluted":true}',
  '"__proto__":null',
  '"toString":"x"',
  '"hasOwnProperty":1',
);

/** The valid body as JSON text with `extra` (raw JSON members, may name __proto__) spliced in first. */
function withRawMembers(body: Record<string, unknown>, extra: string): string {
  const text = JSON.stringify(body);
  return text === '{}' ? `{${extra}}` : `{${extra},${text.slice(1)}`;
}

/**
 * A request body for `method`, as the JSON text sent: the valid input, or it bent in one of the ways
 * above; rarely not JSON at all.
 */
export function bodyFor(method: MethodName): fc.Arbitrary<string> {
  const valid = VALID[method];
  const keys = Object.keys(valid());
  const kinds: Array<fc.WeightedArbitrary<string>> = [
    { weight: 1, arbitrary: fc.constant(null).map(() => JSON.stringify(valid())) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.string({ maxLength: 12 }), hostileValue)
        .map(([key, value]) => JSON.stringify({ ...valid(), [key]: value })),
    },
    { weight: 1, arbitrary: pollution.map((raw) => withRawMembers(valid(), raw)) },
    { weight: 2, arbitrary: hostileValue.map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: fc.constantFrom('', '{', '{"a":', 'null', '[]', '\u0000', '{"a":1}}') },
  ];
  if (keys.length > 0) {
    kinds.push(
      {
        weight: 6,
        arbitrary: fc
          .tuple(fc.constantFrom(...keys), hostileValue)
          .map(([key, value]) => JSON.stringify({ ...valid(), [key]: value })),
      },
      {
        weight: 2,
        arbitrary: fc.subarray(keys, { minLength: 1 }).map((drop) => {
          const body = valid();
          for (const key of drop) delete body[key];
          return JSON.stringify(body);
        }),
      },
    );
  }
  return fc.oneof(...kinds);
}

export interface Envelope {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string; field?: string; correlationId?: string };
}

export interface FuzzKiosk {
  app: KioskApp;
  host: WebHost;
  logFile: string;
  restarts: number;
  /** POSTs the body text to /api/<method> on loopback with the token. */
  send(method: string, body: string): Promise<{ status: number; envelope: Envelope }>;
  call(method: MethodName, input?: unknown): Promise<Envelope>;
  close(): Promise<void>;
}

/** A kiosk app on its own data folder (SQLite file, pino log file), behind the real loopback web shell. */
export async function startFuzzKiosk(
  name: string,
  config: Partial<KioskConfigInput> = {},
): Promise<FuzzKiosk> {
  const data = tempDir(`fuzz-${name}`);
  const renderer = tempDir(`fuzz-${name}-renderer`);
  const state = { restarts: 0 };
  const app = createKioskApp({
    dataDir: data.dir,
    sync: false,
    config,
    restart: () => {
      state.restarts++;
    },
    listPorts: () => Promise.resolve([]),
  });
  const host = await startWebHost({
    dispatch: app.dispatch,
    bus: app.bus,
    log: app.log,
    rendererDir: renderer.dir,
  });
  const send = async (method: string, body: string): Promise<{ status: number; envelope: Envelope }> => {
    const res = await fetch(`${host.url}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: host.cookie },
      body,
    });
    return { status: res.status, envelope: (await res.json()) as Envelope };
  };
  return {
    app,
    host,
    logFile: path.join(data.dir, 'logs', 'kiosk.log'),
    get restarts() {
      return state.restarts;
    },
    send,
    async call(method, input = {}) {
      return (await send(method, JSON.stringify(input))).envelope;
    },
    async close() {
      await host.close();
      app.close();
      data.remove();
      renderer.remove();
    },
  };
}

const CHINESE = /[\u4e00-\u9fff]/;

/** What every answer to a fuzzed call must be: a JSON envelope, never a 5xx nor INTERNAL, refusals in Chinese. */
export function expectCalmAnswer(method: string, status: number, envelope: Envelope): void {
  expect(status, `${method}: HTTP ${status}`).toBeLessThan(500);
  expect(typeof envelope.ok).toBe('boolean');
  if (envelope.ok) return;
  const error = envelope.error!;
  expect(ERROR_CODES).toContain(error.code);
  expect(error.code, `${method}: ${JSON.stringify(error)}`).not.toBe('INTERNAL');
  expect(error.message).toMatch(CHINESE);
  expect(error.correlationId).toBeUndefined();
}

/** The lines of the kiosk's log that hold a personal value, or report an unexpected error. */
export function logProblems(logFile: string): { personal: string[]; unexpected: string[] } {
  const text = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '';
  const lines = text.split('\n');
  // Where the value was found (line, method, message, keys), never the value itself.
  const personal = findPersonalData(text, logFile).map((f) => {
    const entry = JSON.parse(lines[f.line - 1] ?? '{}') as Record<string, unknown>;
    const where = `${String(entry['method'])}: ${String(entry['msg'])} [${Object.keys(entry).join(',')}]`;
    return `line ${f.line} (${f.field}) ${where}`;
  });
  const unexpected = lines.filter(
    (line) => line.includes('"unexpected error"') || line.includes('"level":50'),
  );
  return { personal, unexpected };
}

/** Unhandled rejections and uncaught exceptions while the fuzzer runs. */
export function watchProcessErrors(): { errors: unknown[]; stop(): void } {
  const errors: unknown[] = [];
  const onError = (error: unknown): void => {
    errors.push(error);
  };
  process.on('unhandledRejection', onError);
  process.on('uncaughtException', onError);
  return {
    errors,
    stop() {
      process.off('unhandledRejection', onError);
      process.off('uncaughtException', onError);
    },
  };
}

/** The prototype of plain objects was not touched by a `__proto__` or `constructor` body. */
export function expectNoPollution(): void {
  const probe = {} as Record<string, unknown>;
  expect(probe['polluted']).toBeUndefined();
  expect(probe['admin']).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
}

/** What fuzzMethod does around each call: before it (open admin mode), and with its answer. */
export interface FuzzHooks {
  before?: () => Promise<void>;
  after?: (body: string, envelope: Envelope) => void;
}

/**
 * RUNS fuzzed calls of one method, each a calm answer; then a good call is still answered and nothing
 * escaped the process (`errors`: watchProcessErrors's list).
 */
export async function fuzzMethod(
  kiosk: FuzzKiosk,
  method: MethodName,
  errors: readonly unknown[],
  hooks: FuzzHooks = {},
): Promise<void> {
  await fc.assert(
    fc.asyncProperty(bodyFor(method), async (body) => {
      await hooks.before?.();
      const { status, envelope } = await kiosk.send(method, body);
      expectCalmAnswer(method, status, envelope);
      hooks.after?.(body, envelope);
    }),
    { numRuns: RUNS },
  );
  expect(await kiosk.call('app.info')).toMatchObject({ ok: true });
  expect(errors).toEqual([]);
}

/** After a file's fuzzing: no unexpected error and no personal value in the log, no polluted prototype. */
export function expectCleanAfterFuzzing(kiosk: FuzzKiosk): void {
  const { personal, unexpected } = logProblems(kiosk.logFile);
  expect(unexpected).toEqual([]);
  expect(personal).toEqual([]);
  expectNoPollution();
}
