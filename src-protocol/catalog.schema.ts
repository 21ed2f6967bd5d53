/**
 * The catalog format: service items (政务服务事项) with every element of a 办事指南.
 * One zod schema validates the demo file, files published by the district server and
 * `kiosk catalog validate`; the types below are derived from it. Pure: no Node, no DOM.
 */
import { z } from 'zod';
import { checkForm } from './form-values.js';

// Validation messages in Chinese: they reach hall admins and field techs.
z.config(z.locales.zhCN());

const text = z.string().trim().min(1, '不能为空');

export const ITEM_TYPES = [
  '行政许可',
  '行政给付',
  '行政确认',
  '行政裁决',
  '行政奖励',
  '其他行政权力',
  '公共服务',
] as const;

export const THEMES = [
  '社会保险',
  '社会救助',
  '残疾人服务',
  '养老服务',
  '生育',
  '就业创业',
  '农业农村',
  '退役军人',
  '市场主体',
  '法律服务',
  '医疗保障',
  '户籍证明',
  '殡葬服务',
  '教育',
] as const;

/** Catch-all conditions forbidden in provincial templates. */
const CATCH_ALL = /法律、?法规规定的其他(条件|情形)/;

export const materialSchema = z.object({
  /** 材料名称 */
  name: text,
  /** 原件 / 复印件 / 原件和复印件 */
  form: z.enum(['原件', '复印件', '原件和复印件']),
  /** 份数 */
  copies: z.number().int().min(0).max(20),
  /** 纸质 / 电子 / 纸质或电子 */
  medium: z.enum(['纸质', '电子', '纸质或电子']),
  /** 来源渠道 */
  source: z.enum(['申请人自备', '政府部门核发', '其他']),
  /** 免提交: fetched by the government through data sharing or e-licences; shown as 无需提供. */
  sharedExempt: z.boolean(),
  /** 必要性 / 填写说明 */
  note: z.string().optional(),
  required: z.boolean().default(true),
  /**
   * This material is the item's own application form (《…申请书》): the kiosk prints it blank on A4 from
   * the form schema, with the form's 样表 when it has one. Only on an item with a form.
   */
  blankForm: z.boolean().optional(),
});

export const stepSchema = z.object({
  title: text,
  description: text,
});

const fieldIdSchema = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/, '字段编号只能是字母数字');

/**
 * A conditional requirement: the field must be filled when another (top-level, scalar) field of the same
 * form has one of these answers, e.g. 邮寄地址 when 领取方式 is 邮寄到家. Otherwise it is optional.
 */
export const requiredWhenSchema = z.object({
  /** Id of the field whose answer decides. */
  field: fieldIdSchema,
  /** The answer, or any of the answers, that make this field required. */
  equals: z.union([text, z.array(text).min(1)]),
});

const baseFieldSchema = z.object({
  /** Stable key, used in the declaration payload. */
  id: fieldIdSchema,
  label: text,
  required: z.boolean().default(false),
  /** Required only when another field has a given answer (top-level fields only; `required` stays false). */
  requiredWhen: requiredWhenSchema.optional(),
  hint: z.string().optional(),
  /** Filled from the ID card when present. */
  prefill: z.enum(['name', 'idNumber', 'sex', 'nation', 'birthDate', 'address']).optional(),
});

export const scalarFieldSchema = baseFieldSchema.extend({
  type: z.enum(['text', 'longtext', 'number', 'date', 'choice', 'phone', 'address', 'idNumber', 'name']),
  options: z.array(text).optional(),
  maxLength: z.number().int().positive().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  /** Dates only: may be later than today (e.g. 预产期), up to two years ahead. */
  allowFuture: z.boolean().optional(),
});

export const groupFieldSchema = baseFieldSchema.extend({
  type: z.literal('group'),
  /** A repeatable group, e.g. household members. */
  fields: z.array(scalarFieldSchema).min(1),
  maxItems: z.number().int().positive().max(20).default(10),
});

export const formFieldSchema = z.union([scalarFieldSchema, groupFieldSchema]);

/** A form's values: one text per field, a list of entries for a repeatable group. */
const sampleValuesSchema = z.record(
  z.string(),
  z.union([z.string(), z.array(z.record(z.string(), z.string()))]),
);

export const formSchema = z
  .object({
    title: text,
    fields: z.array(formFieldSchema).min(1),
    /**
     * 样表: the form filled for an invented applicant, printed beside the blank form as an example. It
     * must pass the form's own checks.
     */
    sample: sampleValuesSchema.optional(),
  })
  .superRefine((form, ctx) => {
    if (form.sample)
      for (const problem of checkForm(form, form.sample))
        ctx.addIssue({
          code: 'custom',
          path: ['sample', problem.field],
          message: `样表：${problem.message}`,
        });
    const byId = new Map(form.fields.map((f) => [f.id, f]));
    form.fields.forEach((field, i) => {
      const bad = (message: string, ...path: Array<string | number>): void => {
        ctx.addIssue({ code: 'custom', path: ['fields', i, ...path], message });
      };
      if (field.type === 'group')
        field.fields.forEach((sub, j) => {
          if (sub.requiredWhen) bad('分组内的字段不能使用 requiredWhen', 'fields', j, 'requiredWhen');
        });
      const when = field.requiredWhen;
      if (!when) return;
      if (field.required) bad('已设 required: true 的字段不能再设 requiredWhen', 'requiredWhen');
      const target = byId.get(when.field);
      if (!target || target === field || target.type === 'group') {
        bad(`requiredWhen 所依据的字段"${when.field}"应为本表单中另一个非分组字段`, 'requiredWhen', 'field');
        return;
      }
      const options = target.type === 'choice' ? (target.options ?? []) : undefined;
      for (const answer of Array.isArray(when.equals) ? when.equals : [when.equals])
        if (options && !options.includes(answer))
          bad(`"${answer}"不是"${target.label}"的选项`, 'requiredWhen', 'equals');
    });
  });

export const serviceItemSchema = z
  .object({
    /** Stable id used in URLs and the API (lower-case ascii). */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'id 只能是小写字母、数字和连字符'),
    /** 事项编码 */
    code: z.string().regex(/^[0-9A-Z-]{8,40}$/, '事项编码格式不对'),
    /** 事项名称 */
    name: text,
    /** 俗称, old names and everyday phrasings. */
    aliases: z.array(text).default([]),
    /** 事项类型 */
    itemType: z.enum(ITEM_TYPES),
    /** 设定依据 */
    basis: z.array(text).min(1),
    /** 实施主体 */
    authority: text,
    /** 实施主体性质 */
    authorityNature: z.enum(['法定机关', '授权组织', '受委托单位']),
    /** 行使层级 */
    level: z.enum(['乡(镇、街道)级', '村(社区)级']),
    /** The department or office that handles it in the hall (category by department). */
    department: text,
    themes: z.array(z.enum(THEMES)).min(1),
    /** 服务对象 */
    target: z.enum(['个人', '法人', '个人及法人']),
    /** 办件类型 */
    handlingType: z.enum(['即办件', '承诺件']),
    /** 法定办结时限, e.g. "20个工作日" or "即办". */
    legalTimeLimit: text,
    /** 承诺办结时限: "即办" for 即办件, "自受理之日起X个工作日办结" for 承诺件. */
    promisedTimeLimit: text,
    /** The promised limit in working days (0 for 即办). */
    promisedDays: z.number().int().min(0).max(365),
    /** 结果名称 */
    resultName: text,
    /** 结果送达方式 */
    resultDelivery: z.array(text).min(1),
    /** 收费标准: "不收费", never blank or "无". */
    feeStandard: text,
    /** 收费依据: "不收费" when free. */
    feeBasis: text,
    /** 受理条件 */
    conditions: z.array(text).min(1),
    /** 所需材料 */
    materials: z.array(materialSchema).min(1),
    /** 办理流程 */
    process: z.array(stepSchema).min(1),
    /** 审查标准 */
    reviewStandard: z.array(text).min(1),
    /** 预约办理 */
    appointment: text,
    /** 咨询方式 */
    consultation: text,
    /** 监督投诉方式 */
    supervision: text,
    /** 到办事现场次数 */
    visits: z.union([z.literal(0), z.literal(1), z.literal(2)]),
    /** 办理地点 */
    location: text,
    /** 办理时间 */
    hours: text,
    /** 常见问题 */
    faq: z.array(z.object({ q: text, a: text })).default([]),
    /** Self-declaration form; absent when the item cannot be declared at the kiosk. */
    form: formSchema.optional(),
  })
  .superRefine((item, ctx) => {
    const bad = (path: string, message: string): void => {
      ctx.addIssue({ code: 'custom', path: [path], message });
    };
    for (const [field, value] of [
      ['feeStandard', item.feeStandard],
      ['feeBasis', item.feeBasis],
    ] as const) {
      if (value === '无' || value === '免费') bad(field, '收费应写"不收费"，不能写"无"或"免费"');
    }
    if (item.handlingType === '即办件') {
      if (item.promisedTimeLimit !== '即办') bad('promisedTimeLimit', '即办件的承诺办结时限应写"即办"');
      if (item.promisedDays !== 0) bad('promisedDays', '即办件的承诺天数应为 0');
    } else {
      if (!/^自受理之日起\d+个工作日办结$/.test(item.promisedTimeLimit))
        bad('promisedTimeLimit', '承诺件应写"自受理之日起X个工作日办结"');
      const days = Number(/(\d+)/.exec(item.promisedTimeLimit)?.[1] ?? NaN);
      if (days !== item.promisedDays) bad('promisedDays', '承诺天数与承诺办结时限不一致');
    }
    item.conditions.forEach((c, i) => {
      if (CATCH_ALL.test(c)) bad(`conditions.${i}`, '受理条件不能含"法律、法规规定的其他条件"之类的兜底条款');
    });
    if (item.level === '村(社区)级' && item.itemType !== '公共服务')
      bad('level', '村(社区)级只能实施公共服务事项');
    item.materials.forEach((m, i) => {
      if (m.blankForm && !item.form) bad(`materials.${i}.blankForm`, '没有自助申报表单的事项不能打印空白表');
      if (m.blankForm && m.source !== '申请人自备')
        bad(`materials.${i}.blankForm`, '只有“申请人自备”的申请表可以在本机打印空白表');
    });
  });

export const catalogSchema = z
  .object({
    /** Monotonic catalog version (e.g. "2026.11.25-1"). */
    version: text,
    /** ISO date-time of publication. */
    publishedAt: z.string().datetime({ offset: true }),
    /** The district or hall the catalog is for. */
    region: text,
    items: z.array(serviceItemSchema).min(1),
  })
  .superRefine((catalog, ctx) => {
    const seen = new Map<string, number>();
    const codes = new Map<string, number>();
    catalog.items.forEach((item, i) => {
      if (seen.has(item.id))
        ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `id 重复：${item.id}` });
      if (codes.has(item.code))
        ctx.addIssue({ code: 'custom', path: ['items', i, 'code'], message: `事项编码重复：${item.code}` });
      seen.set(item.id, i);
      codes.set(item.code, i);
    });
  });

export type Material = z.infer<typeof materialSchema>;
export type ProcessStep = z.infer<typeof stepSchema>;
export type FormField = z.infer<typeof formFieldSchema>;
export type ScalarFormField = z.infer<typeof scalarFieldSchema>;
export type FormSchema = z.infer<typeof formSchema>;
export type RequiredWhen = z.infer<typeof requiredWhenSchema>;
export type ServiceItem = z.infer<typeof serviceItemSchema>;
export type Catalog = z.infer<typeof catalogSchema>;
export type CatalogInput = z.input<typeof catalogSchema>;
