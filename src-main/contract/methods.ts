/**
 * The one list of contract methods: name → zod input schema + output type. The preload,
 * the web host and the renderer's client are all built from this list; main validates
 * every input against its schema before a service sees it.
 */
import { z } from 'zod';
import type { ServiceItem } from './catalog.schema.js';
import type { FormPrintOutcome, GuidePrintAnswer } from './kiosk-promises.js';
import type { MethodName } from './method-names.js';
import type {
  DevicesStatus,
  IdCardData,
  PrintedReceipt,
  ReaderStatus,
  ReceiptPrinterStatus,
} from './devices.types.js';
import type { ComplaintReplyResult } from './complaint-reply.types.js';
import type { SearchHelp, SearchHit } from './search.types.js';
import type { PhoneUploadState } from './phone-upload.types.js';
import type { DeclarationResult } from './declaration.types.js';
import type { AppInfo, CategoryGroup, ItemList, ItemSummary, SessionState } from './types.js';
import type { SyncStatus } from './types.js'; // sync
import type {
  AppointmentResult,
  AppointmentSlots,
  ComplaintResult,
  HelpCall,
  ProgressResult,
  RatingResult,
} from './citizen.types.js';
import type {
  AdminOverview,
  AdminSession,
  AdminSettings,
  AdminStats,
  AdminSyncView,
  AuditEntry,
  ReprintEntry,
  SerialPortChoice,
  SetupState,
} from './admin.types.js';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_TEXT_MAX,
  MOBILE_PHONE,
  RATING_COMMENT_MAX,
  RATING_REASONS,
} from './feedback.js';
import { materialMethods } from './materials.methods.js';

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

/** A 申报编号 (hall code + date + sequence), 受理编号 or appointment number, as typed on the keypad. */
const caseNo = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{4,32}$/, '编号格式不对');
const idLast4 = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^\d{3}[\dX]$/, '请输入身份证号后四位');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式不对');
const phone = z.string().trim().regex(MOBILE_PHONE, '手机号应为 11 位数字');
const screenName = z.string().regex(/^[a-z0-9:/._-]{1,80}$/i, '页面名称格式不对');

const pin = z.string().regex(/^\d{6}$/, '密码应为 6 位数字');
const span = z.object({ from: z.string().max(5), to: z.string().max(5) }).strict();
const week = z.array(z.array(span).max(4)).length(7);
/** What admin may change; each value is checked against the kiosk's settings rules by main. */
const settingsPatch = z
  .object({
    hallName: z.string().max(60),
    hallCode: z.string().max(20),
    hallAddress: z.string().max(120),
    hallPhone: z.string().max(40),
    announcements: z.array(z.string().max(200)).max(10),
    openingHours: week,
    extendedHours: week,
    holidays: z.array(isoDate).max(400),
    hiddenItems: z.array(z.string().max(64)).max(2000),
    featuredItems: z.array(z.string().max(64)).max(12),
    simulatedDevices: z.boolean(),
    readerPort: z.string().max(200),
    readerBaud: z.number().int(),
    printerPort: z.string().max(200),
    printerBaud: z.number().int(),
    a4Queue: z.string().max(127),
    idleTimeoutSec: z.number().int(),
    countdownSec: z.number().int(),
    largeTextDefault: z.boolean(),
    speechVolume: z.number().int(),
  })
  .partial()
  .strict();

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
  /** The no-result view: closest categories, most asked items, example queries that find something. */
  'catalog.searchHelp': def<SearchHelp>()(z.object({ query: z.string().max(100) }).strict()),
  /** A query that found nothing, for the admin's list; kept only if it cannot be personal data. */
  'catalog.searchMiss': def<{ kept: boolean }>()(z.object({ query: z.string().max(100) }).strict()),
  /** The items a citizen can declare at this kiosk (those with a form), in catalog order. */
  'catalog.declarable': def<ItemSummary[]>()(empty),
  /** 打印指南: the A4 guide to the hall's print queue. DEVICE errors carry a Chinese message. */
  'guide.print': def<GuidePrintAnswer>()(z.object({ id: itemId }).strict()),
  /**
   * 打印空白表 / 打印样表: the item's application form blank, or its 样表, on A4. The outcome says whether it
   * came out; DEVICE errors say it did not (out of paper, no printer) and where to get one.
   */
  'guide.printForm': def<{ outcome: FormPrintOutcome; requestId?: string }>()(
    z.object({ id: itemId, sample: z.boolean() }).strict(),
  ),
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
  /**
   * 打印申请表（A4）: the filled form of the declaration `localNumber`, submitted in this session (its
   * values are held by the session, not sent again). NOT_FOUND once the session ended; DEVICE errors
   * carry a Chinese message.
   */
  'declaration.printForm': def<{ queue: string; requestId: string }>()(
    z.object({ localNumber: z.string().regex(/^[0-9A-Z]{2,20}\d{12}$/, '申报编号格式不对') }).strict(),
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
  /**
   * 进度查询 by number: a 申报编号 / 受理编号 and the ID's last four characters. One calm INPUT error for a
   * wrong number and wrong digits alike; LOCKED for a minute after five wrong tries.
   */
  'progress.query': def<ProgressResult>()(z.object({ number: caseNo, idLast4 }).strict()),
  /** 进度查询 by the ID card on the reader: this kiosk's cases of that person and, online, the district's. */
  'progress.byCard': def<ProgressResult>()(empty),
  /** 预约办理: the next working days with their slots and seats left. OFFLINE when the server is unreachable. */
  'appointment.slots': def<AppointmentSlots>()(z.object({ itemId }).strict()),
  /**
   * Books a slot on the live server and prints the slip. `requestId` makes a retry safe (same booking).
   * CONFLICT when the slot is full, OFFLINE when the server is unreachable.
   */
  'appointment.book': def<AppointmentResult>()(
    z
      .object({
        requestId: z.string().uuid(),
        itemId,
        slotDate: isoDate,
        slotTime: z.string().regex(/^\d{2}:\d{2}$/, '时间格式不对'),
        identityMethod: z.enum(['card', 'manual']),
        name: z.string().trim().min(1, '请填写姓名').max(30, '姓名太长'),
        idNumber: z
          .string()
          .trim()
          .toUpperCase()
          .regex(/^\d{17}[\dX]$/, '身份证号应为 18 位'),
        phone,
      })
      .strict(),
  ),
  /** Cancels an appointment by its number and the ID's last four characters (same lockout as progress). */
  'appointment.cancel': def<{ cancelled: true }>()(z.object({ appointmentNumber: caseNo, idLast4 }).strict()),
  /**
   * 好差评: one rating per case or appointment (CONFLICT "已评价" for a second), one per visit. A case or
   * appointment must have been handed in or looked up in this session. Levels 1–2 need a reason or a comment.
   */
  'rating.submit': def<RatingResult>()(
    z
      .object({
        target: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('case'), number: caseNo }).strict(),
          z.object({ kind: z.literal('appointment'), number: caseNo }).strict(),
          z.object({ kind: z.literal('visit'), itemId: itemId.optional() }).strict(),
        ]),
        level: z.number().int().min(1).max(5),
        reasons: z.array(z.enum(RATING_REASONS)).max(RATING_REASONS.length).default([]),
        comment: z.string().trim().max(RATING_COMMENT_MAX).optional(),
      })
      .strict(),
  ),
  /** 投诉建议 through the outbox; a tracking number, and a printed slip. Anonymous: no phone. */
  'complaint.submit': def<ComplaintResult>()(
    z
      .object({
        category: z.enum(COMPLAINT_CATEGORIES),
        text: z.string().trim().min(1, '请填写内容').max(COMPLAINT_TEXT_MAX),
        phone: phone.optional(),
        anonymous: z.boolean(),
      })
      .strict(),
  ),
  /** 查看答复: the status and reply of a 投诉建议 of this hall, by the number on its slip (online only). */
  'complaint.reply': def<ComplaintReplyResult>()(
    z
      .object({
        number: z
          .string()
          .trim()
          .toUpperCase()
          .regex(/^[A-Z0-9_-]{6,64}$/, '查询编号应为回执上的字母和数字'),
      })
      .strict(),
  ),
  /** 呼叫工作人员: where the citizen is (the screen), never who. Repeats return the open call. */
  'help.call': def<HelpCall>()(z.object({ screen: screenName }).strict()),
  /** The citizen no longer needs help. */
  'help.cancel': def<HelpCall>()(z.object({ callId: z.string().uuid() }).strict()),
  /**
   * 从手机上传: opens a one-time 10-minute upload link on the district server for one material of this
   * session (closing any earlier one). `unavailable` with a Chinese sentence on a demo or offline kiosk.
   */
  'phoneUpload.open': def<PhoneUploadState>()(
    z.object({ materialName: z.string().trim().min(1).max(80) }).strict(),
  ),
  /** Closes the link (the server deletes what it held); the pages already taken stay in the session. */
  'phoneUpload.close': def<PhoneUploadState>()(empty),
  /** The link's state and the thumbnails of the pages that arrived (also pushed as `phoneUpload.state`). */
  'phoneUpload.state': def<PhoneUploadState>()(empty),
  // ---- hall admin mode (every admin.* but admin.enter needs an open admin session: UNAUTHORIZED otherwise)
  /** The hidden entry's PIN. LOCKED for five minutes after five wrong PINs. */
  'admin.enter': def<AdminSession>()(z.object({ pin }).strict()),
  'admin.exit': def<AdminSession>()(empty),
  /** Keeps admin mode open (any touch in admin mode); closes like a citizen session otherwise. */
  'admin.session': def<AdminSession>()(empty),
  'admin.overview': def<AdminOverview>()(empty),
  'admin.settings': def<AdminSettings>()(empty),
  /** Validated as a whole (INPUT names the field with a Chinese message); takes effect at once. */
  'admin.updateSettings': def<AdminSettings>()(settingsPatch),
  /** Every catalog item, hidden ones included (服务事项: what to show, what to feature). */
  'admin.items': def<ItemSummary[]>()(empty),
  'admin.changePin': def<AdminSession>()(z.object({ current: pin, next: pin }).strict()),
  /** 设置管理密码 after entering with the one-time code of a provisioned kiosk; spends the code. */
  'admin.setFirstPin': def<AdminSession>()(z.object({ next: pin }).strict()),
  'admin.ports': def<SerialPortChoice[]>()(empty),
  /** Prints the test receipt on the configured printer. */
  'admin.testPrint': def<DevicesStatus>()(empty),
  /** Reads the card on the reader and shows it masked (name, ID number). */
  'admin.testRead': def<{ cardType: string; maskedName: string; maskedIdNumber: string }>()(empty),
  'admin.syncView': def<AdminSyncView>()(empty),
  'admin.syncNow': def<AdminSyncView>()(empty),
  /** A dead letter back to pending. */
  'admin.retryEntry': def<AdminSyncView>()(z.object({ id: z.number().int().min(1) }).strict()),
  /** A dead letter dropped for good (its personal data erased); the row keeps its number for the record. */
  'admin.discardEntry': def<AdminSyncView>()(z.object({ id: z.number().int().min(1) }).strict()),
  'admin.reprints': def<ReprintEntry[]>()(empty),
  'admin.reprint': def<ReprintEntry[]>()(z.object({ id: z.number().int().min(1) }).strict()),
  /** A staff member went to the citizen. */
  'admin.answerHelp': def<HelpCall[]>()(z.object({ callId: z.string().uuid() }).strict()),
  'admin.stats': def<AdminStats>()(z.object({ days: z.number().int().min(1).max(90) }).strict()),
  'admin.audit': def<AuditEntry[]>()(empty),
  /** Restarts the kiosk program (the shell or the service manager brings it back). */
  'admin.restart': def<{ restarting: true }>()(empty),
  // ---- first-run setup (only while the kiosk is not provisioned and not a demo)
  'setup.state': def<SetupState>()(empty),
  /** Enrolls with the district server; the hall comes from the server. */
  'setup.provision': def<SetupState>()(
    z
      .object({ serverUrl: z.string().url('服务器地址格式不对').max(300), code: z.string().min(4).max(32) })
      .strict(),
  ),
  /** The serial ports to choose from (the configured ones included: PTYs are never listed by the OS). */
  'setup.ports': def<SerialPortChoice[]>()(empty),
  /** Device ports during setup (same checks as admin.updateSettings); real devices from then on. */
  'setup.devices': def<AdminSettings>()(
    z
      .object({
        readerPort: z.string().max(200),
        readerBaud: z.number().int(),
        printerPort: z.string().max(200),
        printerBaud: z.number().int(),
      })
      .strict(),
  ),
  'setup.testPrint': def<DevicesStatus>()(empty),
  'setup.testRead': def<{ cardType: string; maskedName: string; maskedIdNumber: string }>()(empty),
  /** Sets the admin PIN and ends setup. */
  'setup.finish': def<SetupState>()(z.object({ pin }).strict()),
  // ---- sync ----
  /** The district-server link: provisioned, online, 设备未授权, last sync, catalog version, outbox counts. */
  'sync.status': def<SyncStatus>()(empty),
  /** Sync now (catalog, outbox, cases, heartbeat), ignoring backoff; answers the status after the round. */
  'sync.now': def<SyncStatus>()(empty),
  // ---- end sync ----
  // ---- hardening ----
  /**
   * The page is alive and drawn: sent from inside the React tree every `nextInMs`. When the beats stop
   * (renderer crashed, hung or blank) the shell's watchdog reloads the page to the home screen.
   */
  'app.heartbeat': def<{ nextInMs: number }>()(
    z.object({ screen: z.string().regex(/^[a-z][a-z-]{0,39}$/, '页面名称格式不对') }).strict(),
  ),
  // ---- end hardening ----
  ...materialMethods,
} as const satisfies Record<MethodName, MethodDef<z.ZodType, unknown>>;

export type Methods = typeof methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = NonNullable<Methods[M]['output']>;
