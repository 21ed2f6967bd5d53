/**
 * The one list of contract methods: name → zod input schema + output type. The preload,
 * the web host and the renderer's client are all built from this list; main validates
 * every input against its schema before a service sees it.
 */
import { z } from 'zod';
import type { ServiceItem } from './catalog.schema.js';
import type { MethodName } from './method-names.js';
import type { SearchHit } from './search.types.js';
import type { AppInfo, CategoryGroup, ItemList, ItemSummary, SessionState } from './types.js';

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
  /** 打印指南: the A4 guide to the hall's print queue. DEVICE errors carry a Chinese message. */
  'guide.print': def<{ queue: string; requestId: string }>()(z.object({ id: itemId }).strict()),
  /** Any touch: starts a session if none, and resets the idle timer. */
  'session.activity': def<SessionState>()(empty),
  /** The citizen pressed 退出 (or finished). */
  'session.end': def<{ ended: boolean }>()(z.object({ reason: z.enum(['exit', 'done']) }).strict()),
  /** 语音播报: read a prompt or guide section aloud (stops what was being read). */
  'speech.speak': def<{ speaking: boolean }>()(z.object({ text: z.string().min(1).max(2000) }).strict()),
  'speech.stop': def<{ speaking: boolean }>()(empty),
} as const satisfies Record<MethodName, MethodDef<z.ZodType, unknown>>;

export type Methods = typeof methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = NonNullable<Methods[M]['output']>;
