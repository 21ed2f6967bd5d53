/**
 * The case detail's field names: each value of a declaration named by its label in the catalog item's
 * form (a group's members by the group's and the member's labels), in the form's order; a key the form
 * does not know (an older catalog, a removed item) keeps its own name.
 */
import type { DistrictStore } from '../store/district.store.js';
import type { StoreSql } from '../store/store-sql.js';

export interface LabelledField {
  key: string;
  label: string;
  /** Text as shown: a choice, a date, a group's members one per line. */
  value: string;
}

interface FormField {
  id: string;
  label: string;
  type?: string;
  fields?: FormField[];
}

const text = (value: unknown): string =>
  value === null || value === undefined
    ? ''
    : typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : JSON.stringify(value);

/** The form of the catalog item a declaration names (by id, else by name); null when there is none. */
export async function formOf(
  sql: StoreSql,
  store: DistrictStore,
  itemId: string | null,
  itemName: string | null,
): Promise<FormField[] | null> {
  const fieldsOf = (body: string | null): FormField[] | null => {
    if (!body) return null;
    try {
      const item = JSON.parse(body) as { form?: { fields?: FormField[] } };
      return Array.isArray(item.form?.fields) ? item.form.fields : null;
    } catch {
      return null;
    }
  };
  if (itemId) {
    const row = await sql.get<{ body: string | null }>('SELECT body FROM catalog_items WHERE id = ?', [
      itemId,
    ]);
    const fields = fieldsOf(row?.body ?? null);
    if (fields) return fields;
  }
  if (!itemName) return null;
  for (const row of await store.liveCatalogItems()) {
    if (!row.body || !row.body.includes(itemName)) continue;
    const item = JSON.parse(row.body) as { name?: unknown };
    if (item.name === itemName) return fieldsOf(row.body);
  }
  return null;
}

export function labelFields(form: FormField[] | null, values: Record<string, unknown>): LabelledField[] {
  const out: LabelledField[] = [];
  const seen = new Set<string>();
  for (const field of form ?? []) {
    if (!(field.id in values)) continue;
    seen.add(field.id);
    const value = values[field.id];
    if (field.type === 'group' && Array.isArray(value)) {
      const members = new Map((field.fields ?? []).map((f) => [f.id, f.label]));
      const lines = value.map((member, i) => {
        const entries =
          member && typeof member === 'object' ? Object.entries(member as Record<string, unknown>) : [];
        return `${i + 1}. ${entries.map(([k, v]) => `${members.get(k) ?? k}：${text(v)}`).join('；')}`;
      });
      out.push({ key: field.id, label: field.label, value: lines.join('\n') });
    } else out.push({ key: field.id, label: field.label, value: text(value) });
  }
  for (const [key, value] of Object.entries(values))
    if (!seen.has(key)) out.push({ key, label: key, value: text(value) });
  return out;
}
