/** 我要预约, the phone step: an 11-digit mobile number, so the hall can reach the citizen about the booking. */
import type { ReactElement } from 'react';
import { PhoneEntry } from '../../components/PhoneEntry.js';
import { isMobilePhone } from '../../components/phone-number.js';
import { SpeakButton } from '../../components/SpeakButton.js';

export function PhoneStep({
  phone,
  onPhone,
  onNext,
}: {
  phone: string;
  onPhone: (phone: string) => void;
  onNext: () => void;
}): ReactElement {
  return (
    <section className="step appt-phone-step keys-beside" aria-labelledby="appt-phone-title">
      <div className="section-head">
        <h2 id="appt-phone-title">请输入手机号码</h2>
        <SpeakButton text={() => '请输入您的十一位手机号码，方便大厅有事时联系您。'} />
      </div>
      <p className="step-prompt">方便大厅有事时联系您，例如预约时间有变动。</p>
      <PhoneEntry value={phone} onChange={onPhone} />
      <div className="step-actions">
        <button
          type="button"
          className="btn btn-primary btn-large"
          disabled={!isMobilePhone(phone)}
          onClick={onNext}
        >
          下一步
        </button>
      </div>
    </section>
  );
}
