/**
 * Validation of self-declaration form values against the item's form schema, with one Chinese
 * message per field. Pure: the renderer checks each field as it is entered and main checks the
 * whole declaration again before anything reaches the outbox.
 */
import type { FormField, FormSchema, ScalarFormField } from './catalog.schema.js';
import { validateIdNumber } from './id-number.js';

export type ScalarValue = string;
export type GroupValue = Array<Record<string, ScalarValue>>;
export type FormValues = Record<string, ScalarValue | GroupValue>;

export interface FieldProblem {
  /** `fieldId`, or `groupId.index.fieldId` inside a repeatable group. */
  field: string;
  message: string;
}

const LIMITS = { text: 100, longtext: 1000, address: 120, name: 30 } as const;
const MOBILE = /^1[3-9]\d{9}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NAME = /^[\p{Script=Han}·•A-Za-z ]{2,30}$/u;

function todayIso(now: Date): string {
  const d = new Date(now.getTime() + 8 * 3_600_000);
  return d.toISOString().slice(0, 10);
}

/** The latest date a field with `allowFuture` accepts: two years from today (China time). */
export function latestFutureDate(today: string): string {
  return `${Number(today.slice(0, 4)) + 2}${today.slice(4)}`.replace(/-02-29$/, '-02-28');
}

function isRealDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value && Number(m[1]) >= 1900;
}

/** The Chinese problem with one scalar value, or null when it is fine. */
export function checkScalar(field: ScalarFormField, raw: unknown, now = new Date()): string | null {
  // One answer is a text: a list or anything else is refused, not read as an empty answer.
  if (raw !== undefined && typeof raw !== 'string') return `${field.label}格式不对`;
  const value = typeof raw === 'string' ? raw.trim() : '';
  if (value === '') return field.required ? `请填写${field.label}` : null;
  const max = field.maxLength ?? LIMITS[field.type as keyof typeof LIMITS];
  if (max !== undefined && Array.from(value).length > max) return `${field.label}不能超过${max}个字`;
  switch (field.type) {
    case 'idNumber': {
      const result = validateIdNumber(value);
      if (result.ok) return null;
      return result.problem === 'format'
        ? `${field.label}应为18位，最后一位可以是数字或X`
        : `${field.label}校验不通过，请核对每一位数字`;
    }
    case 'phone':
      return MOBILE.test(value) ? null : `${field.label}应为11位手机号码`;
    case 'date':
      if (!isRealDate(value)) return `${field.label}不是有效的日期`;
      if (field.allowFuture)
        return value > latestFutureDate(todayIso(now)) ? `${field.label}不能晚于两年以后` : null;
      return value > todayIso(now) ? `${field.label}不能晚于今天` : null;
    case 'number': {
      if (!/^-?\d+(\.\d+)?$/.test(value)) return `${field.label}只能填写数字`;
      const n = Number(value);
      if (field.min !== undefined && n < field.min) return `${field.label}不能小于${field.min}`;
      if (field.max !== undefined && n > field.max) return `${field.label}不能大于${field.max}`;
      return null;
    }
    case 'choice':
      return field.options?.includes(value) ? null : `请从选项中选择${field.label}`;
    case 'name':
      return NAME.test(value) ? null : `${field.label}应为2到30个汉字或字母`;
    default:
      return null;
  }
}

/**
 * Whether a field must be answered given the answers so far: it is `required`, or its `requiredWhen`
 * condition holds (the deciding field's trimmed answer is one of `equals`).
 */
export function isRequired(field: FormField, values: Record<string, unknown>): boolean {
  if (field.required) return true;
  const when = field.requiredWhen;
  if (!when) return false;
  const answer = values[when.field];
  if (typeof answer !== 'string') return false;
  const expected: readonly string[] = Array.isArray(when.equals) ? when.equals : [when.equals];
  return expected.includes(answer.trim());
}

/** The form with every conditional field's `required` decided by the answers (what must be filled now). */
export function resolveRequired(form: FormSchema, values: Record<string, unknown>): FormSchema {
  if (!form.fields.some((f) => f.requiredWhen)) return form;
  return {
    ...form,
    fields: form.fields.map((f) => (f.requiredWhen ? { ...f, required: isRequired(f, values) } : f)),
  };
}

/** The problems of one field as it stands (its `required` already resolved: see resolveRequired). */
export function checkField(field: FormField, raw: unknown, now = new Date()): FieldProblem[] {
  if (field.type !== 'group') {
    const message = checkScalar(field, raw, now);
    return message ? [{ field: field.id, message }] : [];
  }
  const rows = Array.isArray(raw) ? (raw as unknown[]) : [];
  if (raw !== undefined && !Array.isArray(raw))
    return [{ field: field.id, message: `${field.label}格式不对` }];
  if (field.required && rows.length === 0)
    return [{ field: field.id, message: `请至少添加一项${field.label}` }];
  if (rows.length > field.maxItems)
    return [{ field: field.id, message: `${field.label}最多${field.maxItems}项` }];
  return rows.flatMap((row, i) => {
    const record = row && typeof row === 'object' ? (row as Record<string, unknown>) : {};
    return field.fields.flatMap((sub) => {
      const message = checkScalar(sub, record[sub.id], now);
      return message ? [{ field: `${field.id}.${i}.${sub.id}`, message: `第${i + 1}项${message}` }] : [];
    });
  });
}

/**
 * Every problem of a whole form, in field order, with conditional requirements applied; also refuses
 * fields the form does not have.
 */
export function checkForm(
  form: FormSchema,
  values: Record<string, unknown>,
  now = new Date(),
): FieldProblem[] {
  const known = new Set(form.fields.map((f) => f.id));
  const unknown = Object.keys(values)
    .filter((k) => !known.has(k))
    .map((k) => ({ field: k, message: '表单中没有这一项' }));
  const resolved = resolveRequired(form, values);
  return [...unknown, ...resolved.fields.flatMap((f) => checkField(f, values[f.id], now))];
}

/**
 * Whether `path` (a FieldProblem's field) names a place of the form itself: one of its fields, or a cell of
 * a group's row (`members.0.memberName`). A key the form does not have was chosen by the client, and may
 * hold anything (an ID number typed as a key): a log names it only when this says yes.
 */
export function isFormPath(form: FormSchema, path: string): boolean {
  const [id, row, sub, ...rest] = path.split('.');
  const field = form.fields.find((f) => f.id === id);
  if (field === undefined) return false;
  if (row === undefined) return true;
  return (
    rest.length === 0 &&
    field.type === 'group' &&
    /^\d+$/u.test(row) &&
    field.fields.some((f) => f.id === sub)
  );
}
