/** 投诉建议, step 3: a phone number for the reply (optional), or 匿名提交. */
import type { ReactElement } from 'react';
import { PhoneEntry } from '../../components/PhoneEntry.js';
import { SpeakButton } from '../../components/SpeakButton.js';

export function ContactStep({
  anonymous,
  phone,
  onAnonymous,
  onPhone,
  onNext,
  ready,
}: {
  anonymous: boolean;
  phone: string;
  onAnonymous: (on: boolean) => void;
  onPhone: (phone: string) => void;
  onNext: () => void;
  ready: boolean;
}): ReactElement {
  return (
    <section
      className={anonymous ? 'step cmp-contact' : 'step cmp-contact keys-beside'}
      aria-labelledby="cmp-contact-title"
    >
      <div className="section-head">
        <h2 id="cmp-contact-title">需要我们答复您吗？</h2>
        <SpeakButton
          text={() =>
            '需要答复的，请留下手机号码，我们会打电话答复您，电话只用于答复。不想留名的，请点匿名提交；匿名提交无法答复您。'
          }
        />
      </div>
      <button
        type="button"
        className="btn btn-secondary btn-large cmp-anonymous"
        aria-pressed={anonymous}
        onClick={() => onAnonymous(!anonymous)}
      >
        {anonymous ? '✓ 匿名提交（已选）' : '匿名提交'}
      </button>
      {anonymous ? (
        <p className="step-prompt">
          您选择了匿名提交：不留姓名和电话，我们会认真核实处理，但无法答复您。想要答复，请再点一下“匿名提交”取消。
        </p>
      ) : (
        <>
          <p className="step-prompt">
            留下手机号码，我们会打电话答复您；电话只用于答复，不会公开。不留也可以提交。
          </p>
          <PhoneEntry value={phone} onChange={onPhone} label="手机号码（可不填）" />
        </>
      )}
      <div className="step-actions">
        <button type="button" className="btn btn-primary btn-large" disabled={!ready} onClick={onNext}>
          下一步
        </button>
      </div>
    </section>
  );
}
