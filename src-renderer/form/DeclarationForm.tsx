/**
 * The self-declaration form of a service item, for touch only: one field per row, the value in a large
 * box; tapping it opens the field's on-screen input right below (one at a time). A field is checked
 * with the contract's own rules when the citizen leaves it, and every field once `showAllErrors` is set.
 * Values are controlled by the parent; which field is open and which were left live here.
 */
import { useEffect, useId, useRef, useState, type ReactElement } from 'react';
import type { FormSchema, ScalarFormField } from '../../src-main/contract/catalog.schema.js';
import { resolveRequired, type FormValues } from '../../src-main/contract/form-values.js';
import { todayInChina } from './date-step.js';
import { FieldRow } from './FieldRow.js';
import { isLocked } from './field-input.js';
import { shownErrors } from './form-errors.js';
import {
  addEntry,
  entryPath,
  groupEntries,
  parsePath,
  pathAfterRemove,
  pathsAfterRemove,
  readScalar,
  removeEntry,
  writeScalar,
  type GroupFormField,
} from './form-paths.js';
import { GroupField } from './GroupField.js';
import './form.css';

export interface DeclarationFormProps {
  form: FormSchema;
  values: FormValues;
  onChange: (values: FormValues) => void;
  /** Ids of the fields filled from the ID card (see `emptyValues`). */
  prefilled?: ReadonlySet<string>;
  /** Show every field's problem, e.g. after the citizen tapped 提交 with problems left. */
  showAllErrors?: boolean;
  /** Told when an on-screen input opens (true) or closes (false), e.g. to hide a bottom bar. */
  onEditingChange?: (editing: boolean) => void;
}

const NONE: ReadonlySet<string> = new Set();

/** The paths a leave marks as checked: the field, and its group for a group's sub-field. */
function leftPaths(path: string): string[] {
  const parsed = parsePath(path);
  return parsed.kind === 'entry' ? [path, parsed.groupId] : [path];
}

function selectorFor(attribute: string, value: string): string {
  return `[${attribute}="${CSS.escape(value)}"]`;
}

export function DeclarationForm({
  form,
  values,
  onChange,
  prefilled = NONE,
  showAllErrors = false,
  onEditingChange,
}: DeclarationFormProps): ReactElement {
  const [active, setActive] = useState<string | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<string>>(NONE);
  const [confirming, setConfirming] = useState<{ groupId: string; index: number } | null>(null);
  // Another item's form: nothing is open or checked yet (state reset during render, as React advises).
  const [shownForm, setShownForm] = useState(form);
  if (shownForm !== form) {
    setShownForm(form);
    setActive(null);
    setTouched(NONE);
    setConfirming(null);
  }
  const baseId = useId();
  const root = useRef<HTMLDivElement>(null);
  /** A selector to focus after the next render (focus must not be lost when a button disappears). */
  const focusNext = useRef<string | null>(null);

  const now = new Date();
  const today = todayInChina(now);
  const errors = shownErrors(form, values, touched, showAllErrors, now);

  useEffect(() => {
    const selector = focusNext.current;
    focusNext.current = null;
    if (selector) root.current?.querySelector<HTMLElement>(selector)?.focus({ preventScroll: true });
  });

  useEffect(() => {
    if (active === null) return;
    root.current
      ?.querySelector(selectorFor('data-field-row', active))
      ?.scrollIntoView({ block: 'nearest', behavior: 'instant' });
  }, [active]);

  const editing = active !== null;
  const editingReported = useRef(false);
  useEffect(() => {
    if (editing === editingReported.current) return;
    editingReported.current = editing;
    onEditingChange?.(editing);
  }, [editing, onEditingChange]);

  const markLeft = (path: string): void => {
    setTouched((prev) => new Set([...prev, ...leftPaths(path)]));
  };

  const open = (path: string | null): void => {
    if (active !== null && active !== path) markLeft(active);
    setActive(path);
    setConfirming(null);
  };

  const close = (): void => {
    if (active === null) return;
    focusNext.current = selectorFor('data-field', active);
    open(null);
  };

  /** A complete phone or ID number: close it and put the focus on the next field's box. */
  const advance = (): void => {
    if (active === null) return;
    const boxes = [...(root.current?.querySelectorAll<HTMLElement>('button[data-field]') ?? [])];
    const at = boxes.findIndex((b) => b.dataset['field'] === active);
    const next = at >= 0 ? boxes[at + 1]?.dataset['field'] : undefined;
    open(null);
    focusNext.current = selectorFor('data-field', next ?? active);
  };

  const toggle = (path: string): void => {
    if (active === path) close();
    else open(path);
  };

  const domId = (path: string): string => `${baseId}-${path}`;

  const renderScalar = (field: ScalarFormField, path: string): ReactElement => {
    const value = readScalar(values, path);
    const isPrefilled = path === field.id && prefilled.has(field.id);
    return (
      <FieldRow
        key={path}
        field={field}
        path={path}
        value={value}
        error={errors.get(path)}
        active={active === path}
        prefilled={isPrefilled}
        locked={isLocked(field, value, isPrefilled, now)}
        domId={domId(path)}
        today={today}
        onToggle={() => toggle(path)}
        onValue={(next) => onChange(writeScalar(values, path, next))}
        onPick={(next) => {
          onChange(writeScalar(values, path, next));
          close();
        }}
        onDone={close}
        onComplete={advance}
      />
    );
  };

  const renderGroup = (group: GroupFormField): ReactElement => {
    const entries = groupEntries(values, group.id);
    const first = group.fields[0];
    return (
      <GroupField
        key={group.id}
        group={group}
        entries={entries}
        error={errors.get(group.id)}
        domId={domId(group.id)}
        confirming={confirming?.groupId === group.id ? confirming.index : null}
        renderField={(field, index) => renderScalar(field, entryPath(group.id, index, field.id))}
        onAdd={() => {
          const next = addEntry(values, group);
          if (next === values) return;
          onChange(next);
          // Open the new entry's first field: the citizen starts typing at once.
          open(first ? entryPath(group.id, entries.length, first.id) : null);
        }}
        onAskRemove={(index) => {
          open(null);
          setConfirming({ groupId: group.id, index });
          focusNext.current = selectorFor('data-entry-cancel-remove', `${group.id}.${index}`);
        }}
        onCancelRemove={() => {
          const index = confirming?.index ?? 0;
          setConfirming(null);
          focusNext.current = selectorFor('data-entry-remove', `${group.id}.${index}`);
        }}
        onConfirmRemove={(index) => {
          onChange(removeEntry(values, group.id, index));
          setTouched((prev) => new Set([...pathsAfterRemove(prev, group.id, index), group.id]));
          setActive((prev) => (prev === null ? null : pathAfterRemove(prev, group.id, index)));
          setConfirming(null);
          focusNext.current = selectorFor('data-group-add', group.id);
        }}
      />
    );
  };

  return (
    <div className="declaration-form" ref={root} data-form-title={form.title}>
      {/* Conditional fields show as required once the answer they depend on calls for them. */}
      {resolveRequired(form, values).fields.map((field) =>
        field.type === 'group' ? renderGroup(field) : renderScalar(field, field.id),
      )}
    </div>
  );
}
