/** 选择日期: a big button per day whose seats are written out (可约 3 个 / 已约满), full days disabled; colour only repeats what the text says. */
import type { ReactElement } from 'react';
import type { AppointmentDay, AppointmentSlots } from '../../../src-main/contract/citizen.types.js';
import { SpeakButton } from '../../components/SpeakButton.js';
import {
  chinaToday,
  dayAvailability,
  dayAvailabilityText,
  monthDay,
  relativeDay,
} from './appointment-labels.js';

export function DateStep({
  slots,
  onPick,
}: {
  slots: AppointmentSlots;
  onPick: (day: AppointmentDay) => void;
}): ReactElement {
  const today = chinaToday();
  const anyOpen = slots.days.some((d) => dayAvailability(d).kind === 'open');
  return (
    <section className="step appt-dates" aria-labelledby="appt-date-title">
      <div className="section-head">
        <h2 id="appt-date-title">请选择日期</h2>
        <SpeakButton
          text={() =>
            `请选择来大厅办理的日期。每个日期下面写着还能约几个；写着已约满的日期不能再约，请换一天。`
          }
        />
      </div>
      <p className="step-prompt">
        大厅近 {slots.days.length} 个开放日都可以预约，每个日期下面写着还能约几个。
      </p>
      {anyOpen ? null : (
        <p className="error-message-inline" role="status">
          近期的时段都已约满。您可以直接到窗口办理，或过几天再来预约。
        </p>
      )}
      <ul className="appt-day-grid" aria-label="可预约日期">
        {slots.days.map((day) => {
          const a = dayAvailability(day);
          const near = relativeDay(day.date, today);
          return (
            <li key={day.date}>
              <button
                type="button"
                className={`appt-day appt-${a.kind}`}
                data-date={day.date}
                disabled={a.kind !== 'open'}
                onClick={() => onPick(day)}
              >
                <span className="appt-day-week">
                  {day.weekday}
                  {near ? <span className="appt-day-near">{near}</span> : null}
                </span>
                <span className="appt-day-date">{monthDay(day.date)}</span>
                <span className="appt-seats">{dayAvailabilityText(a)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
