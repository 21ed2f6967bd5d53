/**
 * The one list of contract methods: name → zod input schema + output type. The preload,
 * the web host and the renderer's client are all built from this list; main validates
 * every input against its schema before a service sees it.
 */
import { z } from 'zod';
import type { ServiceItem } from './catalog.schema.js';
import type { MethodName } from './method-names.js';
import type {
  DevicesStatus,
  IdCardData,
  PrintedReceipt,
  ReaderStatus,
  ReceiptPrinterStatus,
} from './devices.types.js';
import type { SearchHit } from './search.types.js';
import type { DeclarationResult } from './declaration.types.js';
import type { AppInfo, CategoryGroup, ItemList, ItemSummary, SessionState } from './types.js';
import type { SyncStatus } from './types.js'; // sync (issue 7)

export { METHOD_NAMES, isMethodName, type MethodName } from './method-names.js';

/** A method definition: its input schema, and its output type carried as a phantom. */
export interface MethodDef<I extends z.ZodType, O> {
  input: I;
  /** Never set at runtime; carries the output type. */
  readonly output?: O;
}

const def =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodDef<I, O> => ({ input });

const empty = z.object({}).strict();
const itemId = z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, '事项编号格式不对');
const categoryId = z
  .string()
  .min(3)
  .max(80)
  .regex(/^(target|theme|department):.+$/, '分类编号格式不对');

export const methods = {
  /** Version, hall, demo flag and the settings the renderer needs. */
  'app.info': def<AppInfo>()(empty),
  /** Categories grouped by 服务对象, theme and department, with item counts. */
  'catalog.categories': def<CategoryGroup[]>()(empty),
  /** The items of one category, in catalog order. */
  'catalog.list': def<ItemList>()(z.object({ categoryId }).strict()),
  /** One full guide (every element). */
  'catalog.item': def<ServiceItem>()(z.object({ id: itemId }).strict()),
  /** Ranked search over names, 俗称, materials and conditions: 汉字, pinyin, initials, mixed, typos. */
  'catalog.search': def<SearchHit[]>()(
    z.object({ query: z.string().max(100), limit: z.number().int().min(1).max(50).optional() }).strict(),
  ),
  /** The most viewed guides, for the search's empty state. */
  'catalog.popular': def<ItemSummary[]>()(empty),
  /** The items a citizen can declare at this kiosk (those with a form), in catalog order. */
  'catalog.declarable': def<ItemSummary[]>()(empty),
  /** 打印指南: the A4 guide to the hall's print queue. DEVICE errors carry a Chinese message. */
  'guide.print': def<{ queue: string; requestId: string }>()(z.object({ id: itemId }).strict()),
  /**
   * 自助申报: the form values are checked against the item's form; the declaration is in the outbox
   * before this answers. INPUT errors name the offending field (`members.0.idNumber`).
   */
  'declaration.submit': def<DeclarationResult>()(
    z
      .object({
        itemId,
        consent: z.literal(true),
        identityMethod: z.enum(['card', 'manual']),
        values: z.record(
          z.string().max(40),
          z.union([
            z.string().max(2000),
            z.array(z.record(z.string().max(40), z.string().max(2000))).max(20),
          ]),
        ),
      })
      .strict(),
  ),
  /** Any touch: starts a session if none, and resets the idle timer. */
  'session.activity': def<SessionState>()(empty),
  /** The citizen pressed 退出 (or finished). */
  'session.end': def<{ ended: boolean }>()(z.object({ reason: z.enum(['exit', 'done']) }).strict()),
  /** 语音播报: read a prompt or guide section aloud (stops what was being read). */
  'speech.speak': def<{ speaking: boolean }>()(z.object({ text: z.string().min(1).max(2000) }).strict()),
  'speech.stop': def<{ speaking: boolean }>()(empty),
  /** Reader and printer: state, simulated or real, label and port. The printer's status is read now. */
  'devices.status': def<DevicesStatus>()(empty),
  /** The card on the reader, for the identify step. DEVICE error (reason 'no-card', …) when there is none. */
  'devices.readCard': def<IdCardData>()(empty),
  /** Demo mode: place (true) or take away (false) the sample card on the 模拟读卡器. INPUT error otherwise. */
  'devices.simulateCard': def<ReaderStatus>()(z.object({ present: z.boolean() }).strict()),
  /** Demo mode and tests: make a simulated device act out a failure (null clears it). INPUT error otherwise. */
  'devices.simulateFailure': def<DevicesStatus>()(
    z
      .object({
        reader: z.enum(['no-card', 'read-failed', 'disconnected']).nullable().optional(),
        printer: z.enum(['paper-out', 'cover-open', 'offline', 'no-answer']).nullable().optional(),
      })
      .strict(),
  ),
  /** 打印测试: the test receipt with the hall's name. DEVICE error when the printer cannot print. */
  'devices.printTest': def<{ printer: ReceiptPrinterStatus }>()(empty),
  /** Demo mode: the 模拟打印机's last receipts as text lines, newest first. INPUT error on a real printer. */
  'devices.receipts': def<PrintedReceipt[]>()(empty),
  // ---- sync (issue 7) ----
  /** The district-server link: provisioned, online, 设备未授权, last sync, catalog version, outbox counts. */
  'sync.status': def<SyncStatus>()(empty),
  /** Sync now (catalog, outbox, cases, heartbeat), ignoring backoff; answers the status after the round. */
  'sync.now': def<SyncStatus>()(empty),
  // ---- end sync ----
  // ---- hardening (issue 10) ----
  /**
   * The page is alive and drawn: sent from inside the React tree every `nextInMs`. When the beats stop
   * (renderer crashed, hung or blank) the shell's watchdog reloads the page to the home screen.
   */
  'app.heartbeat': def<{ nextInMs: number }>()(
    z.object({ screen: z.string().regex(/^[a-z][a-z-]{0,39}$/, '页面名称格式不对') }).strict(),
  ),
  // ---- end hardening ----
} as const satisfies Record<MethodName, MethodDef<z.ZodType, unknown>>;

export type Methods = typeof methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = NonNullable<Methods[M]['output']>;
