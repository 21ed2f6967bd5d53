/**
 * Which Chinese error messages the form shows: the contract's own checks (`checkField`), shown for the
 * fields the citizen has left (`touched`) or for every field once `showAll` is set (after 提交).
 */
import type { FormSchema } from '../../src-main/contract/catalog.schema.js';
import { checkField, resolveRequired, type FormValues } from '../../src-main/contract/form-values.js';

/** Path (`phone`, `members`, `members.0.relation`) → message, for every problem of the form. */
export function formProblems(form: FormSchema, values: FormValues, now = new Date()): Map<string, string> {
  const problems = new Map<string, string>();
  for (const field of resolveRequired(form, values).fields) {
    for (const problem of checkField(field, values[field.id], now)) {
      if (!problems.has(problem.field)) problems.set(problem.field, problem.message);
    }
  }
  return problems;
}

/** The problems to show now. */
export function shownErrors(
  form: FormSchema,
  values: FormValues,
  touched: ReadonlySet<string>,
  showAll: boolean,
  now = new Date(),
): Map<string, string> {
  const problems = formProblems(form, values, now);
  if (showAll) return problems;
  return new Map([...problems].filter(([path]) => touched.has(path)));
}
