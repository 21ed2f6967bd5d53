/** 选择时段: a big button per time with its seats written out, full ones disabled, and 换一天. */
import type { ReactElement } from 'react';
import type { AppointmentDay } from '../../../src-main/contract/citizen.types.js';
import { SpeakButton } from '../../components/SpeakButton.js';
import { fullDate, partOfDay, slotText } from './appointment-labels.js';

export function TimeStep({
  day,
  notice,
  onPick,
  onOtherDay,
}: {
  day: AppointmentDay;
  /** Why the citizen is back here (a slot filled meanwhile). */
  notice: string | null;
  onPick: (time: string) => void;
  onOtherDay: () => void;
}): ReactElement {
  return (
    <section className="step appt-times" aria-labelledby="appt-time-title">
      <div className="section-head">
        <h2 id="appt-time-title">请选择时段</h2>
        <SpeakButton
          text={() =>
            `${notice ?? ''}您选的是${fullDate(day)}。请选择到大厅的时间，每个时间下面写着还能约几个。`
          }
        />
      </div>
      <p className="step-prompt">{fullDate(day)}，请选择到大厅的时间：</p>
      <div role="status">{notice ? <p className="error-message-inline">{notice}</p> : null}</div>
      <ul className="appt-time-grid" aria-label="可预约时段">
        {day.slots.map((slot) => (
          <li key={slot.time}>
            <button
              type="button"
              className={slot.remaining > 0 ? 'appt-time appt-open' : 'appt-time appt-full'}
              data-time={slot.time}
              disabled={slot.remaining <= 0}
              onClick={() => onPick(slot.time)}
            >
              <span className="appt-time-clock">
                <span className="appt-time-part">{partOfDay(slot.time)}</span> {slot.time}
              </span>
              <span className="appt-seats">{slotText(slot)}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="step-actions">
        <button type="button" className="btn btn-secondary btn-large" onClick={onOtherDay}>
          换一天
        </button>
      </div>
    </section>
  );
}
