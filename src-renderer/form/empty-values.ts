/**
 * The values a declaration form starts with: every field empty, groups without entries, and the
 * fields that name an ID-card item in `prefill` filled from the card read at the identify step.
 */
import type { FormSchema, ScalarFormField } from '../../src-main/contract/catalog.schema.js';
import type { FormValues } from '../../src-main/contract/form-values.js';
import { formatDate, parseDate } from './date-step.js';

/**
 * What the form takes from the card (a subset of the contract's `IdCardData`). Every item is optional,
 * so an identity typed in by hand (name and ID number only) fills what it has.
 */
export interface CardForPrefill {
  name?: string | undefined;
  idNumber?: string | undefined;
  /** 男 / 女 (未知 and 未说明 fill nothing). */
  sex?: string | undefined;
  /** Without 族, as printed on the card. */
  nation?: string | undefined;
  /** YYYY-MM-DD (YYYYMMDD is accepted too). */
  birthDate?: string | undefined;
  address?: string | undefined;
}

export interface InitialForm {
  values: FormValues;
  /** Ids of the fields filled from the card. */
  prefilled: Set<string>;
}

function normaliseDate(raw: string): string | null {
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(raw);
  const iso = compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : raw;
  const parts = parseDate(iso);
  return parts ? formatDate(parts) : null;
}

/** 汉 → 汉族 for a text field; 其他 and 外国血统中国籍人士 stay as they are. */
function nationText(nation: string): string {
  if (nation.endsWith('族') || nation === '其他' || nation.includes('人士')) return nation;
  return `${nation}族`;
}

/** The value the card gives a field, or null when it gives none that fits the field. */
function cardValue(field: ScalarFormField, card: CardForPrefill): string | null {
  if (!field.prefill) return null;
  let raw = (card[field.prefill] ?? '').trim();
  if (raw === '') return null;
  if (field.prefill === 'birthDate' || field.type === 'date') {
    const date = normaliseDate(raw);
    if (date === null) return null;
    raw = date;
  }
  if (field.type === 'choice') {
    const options = field.options ?? [];
    const wanted = field.prefill === 'nation' ? [raw, nationText(raw)] : [raw];
    return options.find((o) => wanted.includes(o)) ?? null;
  }
  if (field.prefill === 'nation') return nationText(raw);
  if (field.prefill === 'sex' && raw !== '男' && raw !== '女') return null;
  return raw;
}

/** Initial values for `form`, prefilled from `card` when given. */
export function emptyValues(form: FormSchema, card?: CardForPrefill): InitialForm {
  const values: FormValues = {};
  const prefilled = new Set<string>();
  for (const field of form.fields) {
    if (field.type === 'group') {
      values[field.id] = [];
      continue;
    }
    const value = card ? cardValue(field, card) : null;
    values[field.id] = value ?? '';
    if (value !== null) prefilled.add(field.id);
  }
  return { values, prefilled };
}
