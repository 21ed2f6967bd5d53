/**
 * 预约: one hall's day — each slot's capacity and seats taken, the bookings (names and phones masked) —
 * whether the hall is closed that day, and the hall's weekly schedule, edited here as with the CLI's
 * `slots set` and `slots holiday`.
 */
import { useCallback, useEffect, useState, type FormEvent, type ReactElement } from 'react';
import type { StaffUser } from '../../src-server/console/console-api.types.js';
import type { BookingsAnswer } from '../../src-server/console/feedback-api.types.js';
import { api, ConsoleApiError } from '../api.js';
import { useLatestOnly } from '../latest-only.js';
import { HallPicker, useHalls } from './HallPicker.js';
import '../feedback.css';

const WEEKDAYS = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];

const message = (error: unknown, fallback: string): string =>
  error instanceof ConsoleApiError ? error.message : fallback;

/** 星期一 … 星期日 of a YYYY-MM-DD date. */
const weekdayName = (date: string): string =>
  WEEKDAYS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7] ?? '';

/** Today in China, YYYY-MM-DD. */
const chinaToday = (): string => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

export function BookingsScreen({ user }: { user: StaffUser }): ReactElement {
  const halls = useHalls(user);
  const [hall, setHall] = useState(user.hallCode ?? '');
  const [date, setDate] = useState(chinaToday);
  const [answer, setAnswer] = useState<BookingsAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  const latest = useLatestOnly();
  const load = useCallback(() => {
    setError(null);
    if (!hall) {
      setAnswer(null);
      return;
    }
    const params = new URLSearchParams({ date });
    if (user.role === 'district') params.set('hall', hall);
    latest(api.get<BookingsAnswer>(`bookings?${params.toString()}`)).then(setAnswer, (e: unknown) =>
      setError(message(e, '读取预约失败')),
    );
  }, [hall, date, user.role, latest]);
  useEffect(load, [load]);

  const hallField = user.role === 'district' ? { hall } : {};
  const toggleHoliday = (): void => {
    if (!answer) return;
    const closed = !answer.holiday;
    setResult(null);
    api.post('bookings/holidays', { ...hallField, date, closed }).then(
      () => {
        setResult({
          ok: true,
          text: closed ? `${date} 已设为休息日，终端不再提供当天的预约。` : `${date} 已恢复为工作日。`,
        });
        load();
      },
      (e: unknown) => setResult({ ok: false, text: message(e, '保存没有成功，请重试') }),
    );
  };

  return (
    <section aria-labelledby="bookings-title">
      <div className="screen-head">
        <h1 id="bookings-title">预约</h1>
      </div>
      <div className="filters">
        {user.role === 'district' ? (
          <HallPicker id="b-hall" halls={halls} value={hall} onChange={setHall} allowAll={false} />
        ) : null}
        <div className="field">
          <label htmlFor="b-date">日期</label>
          <input
            id="b-date"
            type="date"
            value={date}
            onChange={(e) => e.target.value && setDate(e.target.value)}
          />
        </div>
      </div>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {!hall ? (
        <p className="empty">请先选择服务中心。</p>
      ) : answer === null ? (
        <p>正在读取……</p>
      ) : (
        <>
          <h2>
            {answer.date} {weekdayName(answer.date)}
            {answer.holiday ? '（休息日）' : ''}
          </h2>
          <p>
            <button
              type="button"
              className="btn btn-secondary"
              onClick={toggleHoliday}
              data-testid="holiday-toggle"
            >
              {answer.holiday ? '恢复为工作日' : '设为休息日'}
            </button>
          </p>
          {result ? (
            <p className={result.ok ? 'ok' : 'error'} role={result.ok ? 'status' : 'alert'}>
              {result.text}
            </p>
          ) : null}
          {answer.slots.length === 0 ? (
            <p className="empty">{answer.holiday ? '休息日不开放预约。' : '这一天没有预约时段。'}</p>
          ) : (
            <table className="data" data-testid="slots">
              <caption className="sr-only">当天各时段的名额</caption>
              <thead>
                <tr>
                  <th scope="col">时段</th>
                  <th scope="col">名额</th>
                  <th scope="col">已约</th>
                  <th scope="col">剩余</th>
                </tr>
              </thead>
              <tbody>
                {answer.slots.map((s) => (
                  <tr key={s.time} className={s.booked >= s.capacity ? 'row-full' : undefined}>
                    <th scope="row">{s.time}</th>
                    <td>{s.capacity}</td>
                    <td>{s.booked}</td>
                    <td>{s.booked >= s.capacity ? '已满' : s.capacity - s.booked}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h2>当天预约</h2>
          {answer.bookings.length === 0 ? (
            <p className="empty">这一天还没有人预约。</p>
          ) : (
            <table className="data" data-testid="bookings">
              <caption className="sr-only">当天的预约</caption>
              <thead>
                <tr>
                  <th scope="col">预约编号</th>
                  <th scope="col">时段</th>
                  <th scope="col">事项</th>
                  <th scope="col">预约人</th>
                  <th scope="col">电话</th>
                  <th scope="col">状态</th>
                </tr>
              </thead>
              <tbody>
                {answer.bookings.map((b) => (
                  <tr key={b.number}>
                    <td className="mono">{b.number}</td>
                    <td>{b.time}</td>
                    <td className="mono">{b.itemId}</td>
                    <td>{b.maskedName}</td>
                    <td>{b.maskedPhone}</td>
                    <td>{b.cancelled ? '已取消' : '有效'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <ScheduleEditor answer={answer} hallField={hallField} onSaved={load} />
        </>
      )}
    </section>
  );
}

function ScheduleEditor({
  answer,
  hallField,
  onSaved,
}: {
  answer: BookingsAnswer;
  hallField: { hall?: string };
  onSaved: () => void;
}): ReactElement {
  const [weekday, setWeekday] = useState(1);
  const ofDay = answer.schedule.filter((s) => s.weekday === weekday);
  const [times, setTimes] = useState('');
  const [capacity, setCapacity] = useState('');
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    setTimes(ofDay.map((s) => s.time).join(','));
    setCapacity(String(ofDay[0]?.capacity ?? 10));
    // Only when the weekday or the saved schedule changes.
  }, [weekday, answer.schedule]);

  const save = (event: FormEvent): void => {
    event.preventDefault();
    setResult(null);
    const list = times
      .split(/[,，\s]+/)
      .map((t) => t.trim())
      .filter(Boolean);
    api.post('bookings/schedule', { ...hallField, weekday, times: list, capacity: Number(capacity) }).then(
      () => {
        setResult({
          ok: true,
          text: list.length
            ? `${WEEKDAYS[weekday - 1]}的时段已保存：${list.join('、')}，每时段 ${capacity} 人。`
            : `${WEEKDAYS[weekday - 1]}已不开放预约。`,
        });
        onSaved();
      },
      (e: unknown) => setResult({ ok: false, text: message(e, '保存没有成功，请重试') }),
    );
  };

  return (
    <>
      <h2 id="schedule-title">每周时段和名额</h2>
      <table className="data" data-testid="schedule" aria-labelledby="schedule-title">
        <thead>
          <tr>
            <th scope="col">星期</th>
            <th scope="col">时段（每时段名额）</th>
          </tr>
        </thead>
        <tbody>
          {WEEKDAYS.map((name, i) => {
            const slots = answer.schedule.filter((s) => s.weekday === i + 1);
            return (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>{slots.length ? slots.map((s) => `${s.time}（${s.capacity}）`).join('　') : '不开放'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <form className="status-form" onSubmit={save} aria-label="修改每周时段">
        <div className="field">
          <label htmlFor="s-weekday">星期</label>
          <select id="s-weekday" value={weekday} onChange={(e) => setWeekday(Number(e.target.value))}>
            {WEEKDAYS.map((name, i) => (
              <option key={name} value={i + 1}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-wide">
          <label htmlFor="s-times">时段（如 09:00,10:00；留空为不开放）</label>
          <input id="s-times" value={times} onChange={(e) => setTimes(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="s-capacity">每时段名额</label>
          <input
            id="s-capacity"
            type="number"
            min={1}
            max={1000}
            value={capacity}
            onChange={(e) => setCapacity(e.target.value)}
          />
        </div>
        <button type="submit" className="btn btn-primary">
          保存时段
        </button>
      </form>
      {result ? (
        <p className={result.ok ? 'ok' : 'error'} role={result.ok ? 'status' : 'alert'}>
          {result.text}
        </p>
      ) : null}
    </>
  );
}
