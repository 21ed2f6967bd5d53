/**
 * Addressing and editing the values of a declaration form as pure functions. A path is a field id
 * (`phone`) or, inside a repeatable group, `groupId.index.fieldId` (`members.0.relation`): the same
 * form as `FieldProblem.field` of the contract's validation, so errors map onto fields directly.
 */
import type { FormField } from '../../src-main/contract/catalog.schema.js';
import type { FormValues, GroupValue } from '../../src-main/contract/form-values.js';

export type GroupFormField = Extract<FormField, { type: 'group' }>;

export type ParsedPath =
  | { readonly kind: 'field'; readonly fieldId: string }
  | { readonly kind: 'entry'; readonly groupId: string; readonly index: number; readonly fieldId: string };

/** The path of a sub-field of one entry of a group. */
export function entryPath(groupId: string, index: number, fieldId: string): string {
  return `${groupId}.${index}.${fieldId}`;
}

export function parsePath(path: string): ParsedPath {
  const m = /^([^.]+)\.(\d+)\.([^.]+)$/.exec(path);
  if (m?.[1] !== undefined && m[2] !== undefined && m[3] !== undefined)
    return { kind: 'entry', groupId: m[1], index: Number(m[2]), fieldId: m[3] };
  return { kind: 'field', fieldId: path };
}

/** The entries of a group (an empty list when the value is missing or not a list). */
export function groupEntries(values: FormValues, groupId: string): GroupValue {
  const value = values[groupId];
  return Array.isArray(value) ? value : [];
}

/** The text of one scalar field ('' when missing). */
export function readScalar(values: FormValues, path: string): string {
  const parsed = parsePath(path);
  if (parsed.kind === 'field') {
    const value = values[parsed.fieldId];
    return typeof value === 'string' ? value : '';
  }
  return groupEntries(values, parsed.groupId)[parsed.index]?.[parsed.fieldId] ?? '';
}

/** New values with one scalar field set; unchanged (same object) when the entry does not exist. */
export function writeScalar(values: FormValues, path: string, value: string): FormValues {
  const parsed = parsePath(path);
  if (parsed.kind === 'field') return { ...values, [parsed.fieldId]: value };
  const entries = groupEntries(values, parsed.groupId);
  const entry = entries[parsed.index];
  if (!entry) return values;
  const next = entries.map((e, i) => (i === parsed.index ? { ...entry, [parsed.fieldId]: value } : e));
  return { ...values, [parsed.groupId]: next };
}

/** An entry with every sub-field empty. */
export function emptyEntry(group: GroupFormField): Record<string, string> {
  return Object.fromEntries(group.fields.map((f) => [f.id, '']));
}

/** Appends an empty entry; unchanged (same object) when the group already has `maxItems` entries. */
export function addEntry(values: FormValues, group: GroupFormField): FormValues {
  const entries = groupEntries(values, group.id);
  if (entries.length >= group.maxItems) return values;
  return { ...values, [group.id]: [...entries, emptyEntry(group)] };
}

/** Removes one entry; the later entries move up one place. */
export function removeEntry(values: FormValues, groupId: string, index: number): FormValues {
  const entries = groupEntries(values, groupId);
  if (index < 0 || index >= entries.length) return values;
  return { ...values, [groupId]: entries.filter((_, i) => i !== index) };
}

/**
 * Where a path points after entry `index` of `groupId` was removed: null for a path inside the
 * removed entry, one place up for later entries, unchanged otherwise.
 */
export function pathAfterRemove(path: string, groupId: string, index: number): string | null {
  const parsed = parsePath(path);
  if (parsed.kind !== 'entry' || parsed.groupId !== groupId || parsed.index < index) return path;
  if (parsed.index === index) return null;
  return entryPath(groupId, parsed.index - 1, parsed.fieldId);
}

/** `pathAfterRemove` over a set of paths (e.g. the fields already checked). */
export function pathsAfterRemove(paths: ReadonlySet<string>, groupId: string, index: number): Set<string> {
  const next = new Set<string>();
  for (const path of paths) {
    const moved = pathAfterRemove(path, groupId, index);
    if (moved !== null) next.add(moved);
  }
  return next;
}
