/**
 * A touch date picker, never a native input: 年 / 月 / 日 columns with big 加 and 减 buttons, 今天 and
 * 清空. Dates never pass today; the arithmetic is in date-step.ts.
 */
import type { ReactElement, ReactNode } from 'react';
import { canStep, parseDate, stepDate, type DateUnit } from './date-step.js';
import { FormIcon } from './form-icons.js';

export interface DatePickerProps {
  /** The field's label, for the group's accessible name. */
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Today, YYYY-MM-DD (China time). */
  today: string;
  /** The latest date allowed (default today; later for fields like 预产期). */
  max?: string;
  /** Shown at the end of the 今天 / 清空日期 row (the field's 完成). */
  actions?: ReactNode;
}

interface ColumnSpec {
  unit: DateUnit;
  /** The unit after a number on a step button (1年, 1个月, 1天). */
  stepUnit: string;
  /** The unit after the value (1958年, 3月, 12日). */
  valueUnit: string;
  steps: readonly number[];
}

const COLUMNS: readonly ColumnSpec[] = [
  { unit: 'year', stepUnit: '年', valueUnit: '年', steps: [10, 1] },
  { unit: 'month', stepUnit: '个月', valueUnit: '月', steps: [1] },
  { unit: 'day', stepUnit: '天', valueUnit: '日', steps: [1] },
];

export function DatePicker({ label, value, onChange, today, max, actions }: DatePickerProps): ReactElement {
  const upper = max ?? today;
  const parts = parseDate(value);
  const stepButton = (column: ColumnSpec, delta: number) => {
    const size = Math.abs(delta);
    const verb = delta > 0 ? '加' : '减';
    return (
      <button
        key={delta}
        type="button"
        className="form-date-step"
        data-step={`${column.unit}${delta > 0 ? '+' : '-'}${size}`}
        aria-label={`${verb}${size}${column.stepUnit}`}
        disabled={!canStep(value, column.unit, delta, upper, today)}
        onClick={() => onChange(stepDate(value, column.unit, delta, upper, today))}
      >
        <FormIcon name={delta > 0 ? 'plus' : 'minus'} size={26} />
        {size}
        {column.stepUnit}
      </button>
    );
  };
  return (
    <div className="form-date" role="group" aria-label={`选择${label}`}>
      {parts ? null : <p className="form-date-empty">还没有选日期：点“今天”，或用加、减按钮从今天开始调。</p>}
      <div className="form-date-columns">
        {COLUMNS.map((column) => (
          <div key={column.unit} className="form-date-column" data-unit={column.unit}>
            <div className="form-date-steps">{column.steps.map((s) => stepButton(column, s))}</div>
            <div className="form-date-value" data-date-part={column.unit}>
              {parts ? parts[column.unit] : '—'}
              <span className="form-date-unit">{column.valueUnit}</span>
            </div>
            <div className="form-date-steps">{column.steps.map((s) => stepButton(column, -s))}</div>
          </div>
        ))}
      </div>
      <div className="form-date-shortcuts">
        <button
          type="button"
          className="btn btn-secondary btn-large"
          data-action="today"
          onClick={() => onChange(today)}
        >
          今天
        </button>
        {value === '' ? null : (
          <button
            type="button"
            className="btn btn-secondary btn-large"
            data-action="clear-date"
            onClick={() => onChange('')}
          >
            清空日期
          </button>
        )}
        {actions}
      </div>
    </div>
  );
}
