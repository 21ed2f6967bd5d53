/** 核对预约: what will be booked, with the name, ID and phone masked (someone may stand behind). */
import type { ReactElement } from 'react';
import type { AppointmentDay } from '../../../src-main/contract/citizen.types.js';
import { maskIdNumber, maskName, maskPhone } from '../../../src-main/contract/id-number.js';
import { SpeakButton } from '../../components/SpeakButton.js';
import { fullDate, partOfDay } from './appointment-labels.js';

export interface BookingDraft {
  itemName: string;
  day: AppointmentDay;
  time: string;
  name: string;
  idNumber: string;
  phone: string;
}

export function ConfirmStep({
  draft,
  submitting,
  error,
  onChangeTime,
  onSubmit,
}: {
  draft: BookingDraft;
  submitting: boolean;
  error: string | null;
  onChangeTime: () => void;
  onSubmit: () => void;
}): ReactElement {
  const when = `${fullDate(draft.day)} ${partOfDay(draft.time)} ${draft.time}`;
  const rows: Array<[string, string]> = [
    ['预约事项', draft.itemName],
    ['预约时间', when],
    ['预约人', maskName(draft.name)],
    ['身份证号', maskIdNumber(draft.idNumber)],
    ['联系电话', maskPhone(draft.phone)],
  ];
  return (
    <section className="step appt-confirm" aria-labelledby="appt-confirm-title">
      <div className="section-head">
        <h2 id="appt-confirm-title">请核对预约信息</h2>
        <SpeakButton
          text={() =>
            `请核对预约信息。预约事项：${draft.itemName}。预约时间：${when}。核对无误请点确认预约。`
          }
        />
      </div>
      <dl className="review-list appt-review">
        {rows.map(([label, value]) => (
          <div className="field" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="step-prompt">请按预约时间提前 10 分钟到大厅，凭预约凭条或身份证取号。</p>
      <div role="status">{error ? <p className="error-message-inline">{error}</p> : null}</div>
      <div className="step-actions">
        <button
          type="button"
          className="btn btn-secondary btn-large"
          onClick={onChangeTime}
          disabled={submitting}
        >
          改时间
        </button>
        <button type="button" className="btn btn-primary btn-large" onClick={onSubmit} disabled={submitting}>
          {submitting ? '正在预约……' : '确认预约'}
        </button>
      </div>
    </section>
  );
}
