/** 服务时间: opening hours per weekday, 延时服务 hours, holidays. Times typed as four digits on the keypad. */
import { useState, type ReactElement } from 'react';
import type { AdminSettings, TimeSpan } from '../../../src-main/contract/admin.types.js';
import { NumericKeypad } from '../../keyboard/index.js';
import { errorFor, FieldError, Section } from '../fields.js';
import { SaveBar } from '../SaveBar.js';
import { useSettings } from '../use-settings.js';

const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const KEYS = ['openingHours', 'extendedHours', 'holidays'] as const;

/** "0830" → "08:30"; shorter input shown as typed so far. */
function asClock(digits: string): string {
  return digits.length <= 2 ? digits : `${digits.slice(0, 2)}:${digits.slice(2)}`;
}

function asDate(digits: string): string {
  if (digits.length <= 4) return digits;
  if (digits.length <= 6) return `${digits.slice(0, 4)}-${digits.slice(4)}`;
  return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}`;
}

type Which = 'openingHours' | 'extendedHours';

export function HoursTab(): ReactElement {
  const s = useSettings();
  /** The time being typed: which week, day, span, end, and the digits so far. */
  const [editing, setEditing] = useState<{
    which: Which;
    day: number;
    span: number;
    end: 'from' | 'to';
  } | null>(null);
  const [digits, setDigits] = useState('');
  const [holiday, setHoliday] = useState<string | null>(null);
  if (!s.draft)
    return (
      <p className="loading" role="status">
        正在加载……
      </p>
    );
  const d: AdminSettings = s.draft;

  const setWeek = (which: Which, day: number, spans: TimeSpan[]): void =>
    s.set(
      which,
      d[which].map((v, i) => (i === day ? spans : v)),
    );
  const typeTime = (value: string): void => {
    setDigits(value);
    if (!editing || value.length < 4) return;
    const spans = d[editing.which][editing.day] ?? [];
    setWeek(
      editing.which,
      editing.day,
      spans.map((sp, i) => (i === editing.span ? { ...sp, [editing.end]: asClock(value) } : sp)),
    );
    setEditing(null);
    setDigits('');
  };

  const week = (which: Which, title: string, add: TimeSpan): ReactElement => (
    <Section title={title}>
      <FieldError message={errorFor(s.error, which)} />
      <ul className="admin-list">
        {WEEKDAYS.map((name, day) => {
          const spans = d[which][day] ?? [];
          return (
            <li key={name} className="admin-row hours-row" data-hours={`${which}-${day}`}>
              <span className="hours-day">{name}</span>
              <span className="hours-spans">
                {spans.length === 0 ? <span className="hours-closed">不办理</span> : null}
                {spans.map((sp, i) => (
                  <span key={i} className="hours-span">
                    {(['from', 'to'] as const).map((end) => {
                      const active =
                        editing?.which === which &&
                        editing.day === day &&
                        editing.span === i &&
                        editing.end === end;
                      return (
                        <button
                          key={end}
                          type="button"
                          className={
                            active ? 'btn btn-secondary hours-time active' : 'btn btn-secondary hours-time'
                          }
                          aria-label={`${active ? asClock(digits) || '__:__' : sp[end]}：${name}第 ${i + 1} 段${end === 'from' ? '开始' : '结束'}`}
                          data-time={`${which}-${day}-${i}-${end}`}
                          onClick={() => {
                            setDigits('');
                            setEditing(active ? null : { which, day, span: i, end });
                          }}
                        >
                          {active ? asClock(digits) || '__:__' : sp[end]}
                        </button>
                      );
                    })}
                    <button
                      type="button"
                      className="btn btn-secondary"
                      aria-label={`删除：${name}第 ${i + 1} 段`}
                      onClick={() =>
                        setWeek(
                          which,
                          day,
                          spans.filter((_, j) => j !== i),
                        )
                      }
                    >
                      删除
                    </button>
                  </span>
                ))}
                {spans.length < 4 ? (
                  <button
                    type="button"
                    className="btn btn-secondary"
                    aria-label={`添加时段：${name}`}
                    onClick={() => setWeek(which, day, [...spans, add])}
                  >
                    添加时段
                  </button>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
      {editing?.which === which ? (
        <div className="admin-keyboard">
          <p className="admin-hint">输入 4 位数字，例如 0830 表示 08:30</p>
          <NumericKeypad value={digits} onChange={typeTime} maxLength={4} />
        </div>
      ) : null}
    </Section>
  );

  return (
    <div className="admin-form">
      {week('openingHours', '服务时间（窗口办理）', { from: '08:30', to: '12:00' })}
      {week('extendedHours', '延时服务', { from: '12:00', to: '13:30' })}
      <Section title="节假日（不办理业务的日期）">
        <FieldError message={errorFor(s.error, 'holidays')} />
        <ul className="admin-list">
          {d.holidays.map((h) => (
            <li key={h} className="admin-row" data-holiday={h}>
              <span className="admin-row-text">{h}</span>
              <button
                type="button"
                className="btn btn-secondary"
                aria-label={`删除：节假日 ${h}`}
                onClick={() =>
                  s.set(
                    'holidays',
                    d.holidays.filter((x) => x !== h),
                  )
                }
              >
                删除
              </button>
            </li>
          ))}
        </ul>
        {holiday === null ? (
          <button type="button" className="btn btn-secondary" onClick={() => setHoliday('')}>
            ＋ 添加节假日
          </button>
        ) : (
          <div className="admin-keyboard">
            <p className="admin-hint" aria-live="polite">
              输入 8 位日期，例如 20261001：{asDate(holiday) || '____-__-__'}
            </p>
            <NumericKeypad
              value={holiday}
              maxLength={8}
              onChange={(v) => {
                if (v.length < 8) return setHoliday(v);
                const date = asDate(v);
                if (!d.holidays.includes(date)) s.set('holidays', [...d.holidays, date].sort());
                setHoliday(null);
              }}
            />
          </div>
        )}
      </Section>
      <SaveBar onSave={() => void s.save(KEYS)} busy={s.busy} saved={s.saved} error={s.error} />
    </div>
  );
}
