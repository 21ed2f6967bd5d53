/**
 * 预约成功: the appointment number large with its QR code, the slip printed or why not (then: take a
 * photo of the number), 评价本次服务, and 完成 (ends the session).
 */
import type { ReactElement } from 'react';
import type { AppointmentResult } from '../../../src-main/contract/citizen.types.js';
import { slipNote } from '../../../src-main/contract/kiosk-promises.js';
import { useSlipOutcome } from '../../app/use-slip-outcome.js';
import { QrCode } from '../../components/QrCode.js';
import { SpeakButton } from '../../components/SpeakButton.js';
import { fullDate, partOfDay, spellOut, weekdayOf } from './appointment-labels.js';
import { PinnedActions } from '../../components/PinnedActions.js';

export function BookedStep({
  result,
  cardUsed,
  onRate,
  onFinish,
}: {
  result: AppointmentResult;
  /** The ID card is probably still on the reader: remind the citizen to take it. */
  cardUsed: boolean;
  onRate: () => void;
  onFinish: () => void;
}): ReactElement {
  const when = `${fullDate({ date: result.slotDate, weekday: weekdayOf(result.slotDate) })} ${partOfDay(result.slotTime)} ${result.slotTime}`;
  const slip = useSlipOutcome(result.receipt);
  const receiptLine = slip ? slipNote(slip, '预约凭条') : '';
  return (
    <section className="step done appt-done" aria-labelledby="appt-done-title">
      <div className="section-head">
        <h2 id="appt-done-title">预约成功</h2>
        <SpeakButton
          text={() =>
            `预约成功。您预约了${when}办理${result.itemName}，预约编号是 ${spellOut(result.appointmentNumber)}。${receiptLine}${cardUsed ? '请记得取走身份证。' : ''}`
          }
        />
      </div>
      <p className="step-prompt">
        您已预约办理「{result.itemName}」。
        <br />
        请在 <strong>{when}</strong> 到{result.hallName}，提前 10 分钟到，凭预约凭条或身份证取号。
      </p>
      <div className="done-number">
        <span className="value-label">预约编号</span>
        <span className="local-number" data-testid="appointment-number">
          {result.appointmentNumber}
        </span>
      </div>
      <figure className="done-qr">
        <QrCode text={result.qrUrl} size={240} label="预约编号二维码，取号时出示" />
        <figcaption>取号时出示此码，也可用手机扫码保存</figcaption>
      </figure>
      {slip === null ? null : (
        <div role="status" className="done-status">
          {slip.kind === 'failed' ? (
            <>
              <p className="error-message-inline">{slip.message}</p>
              <p className="appt-photo-hint">请拍照保存预约编号</p>
            </>
          ) : (
            <p className="ok-message">{receiptLine}</p>
          )}
          {cardUsed ? <p className="step-prompt">请记得取走身份证。</p> : null}
        </div>
      )}
      <PinnedActions>
        <button type="button" className="btn btn-secondary btn-large" onClick={onRate}>
          评价本次服务
        </button>
        <button type="button" className="btn btn-primary btn-huge" onClick={onFinish}>
          完成
        </button>
      </PinnedActions>
    </section>
  );
}
