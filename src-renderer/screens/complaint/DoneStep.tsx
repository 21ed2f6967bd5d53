/** 投诉建议, done: the tracking number, what happens next in the slip's words, the slip's fate. */
import type { ReactElement } from 'react';
import type { ComplaintResult } from '../../../src-main/contract/citizen.types.js';
import { complaintReply, handInNote, slipNote } from '../../../src-main/contract/kiosk-promises.js';
import { useKiosk } from '../../app/kiosk-context.js';
import { useSlipOutcome } from '../../app/use-slip-outcome.js';
import { linkAtHandIn, useKioskLink } from '../../app/use-kiosk-link.js';
import { SpeakButton } from '../../components/SpeakButton.js';
import { PinnedActions } from '../../components/PinnedActions.js';

/** What happens next, in the slip's words. */
export function DoneStep({
  result,
  anonymous,
  phone,
  onFinish,
}: {
  result: ComplaintResult;
  anonymous: boolean;
  phone: string;
  onFinish: () => void;
}): ReactElement {
  const { info } = useKiosk();
  const link = linkAtHandIn(useKioskLink(), result.online);
  const next = complaintReply(link, { anonymous, phone }, result.replyDays, info.hallPhone);
  const slip = useSlipOutcome(result.receipt);
  const receipt = slip ? slipNote(slip) : '';
  // In demo mode the reply line above already says the complaint goes nowhere: said once is enough.
  const uploadNote = link === 'demo' ? null : handInNote(link, '投诉');
  return (
    <section className="step done cmp-done" aria-labelledby="cmp-done-title">
      <div className="section-head">
        <h2 id="cmp-done-title">已提交，感谢您的监督</h2>
        <SpeakButton
          text={() =>
            `已提交，感谢您的监督。受理编号是 ${result.trackingNumber.split('').join(' ')}。${next}${receipt}`
          }
        />
      </div>
      <div className="done-number">
        <span className="value-label">受理编号</span>
        <span className="local-number" data-testid="tracking-number">
          {result.trackingNumber}
        </span>
      </div>
      <p className="step-prompt cmp-next" data-testid="complaint-next">
        {next}
      </p>
      <p className="cmp-hotline">
        监督电话：<strong>{info.hallPhone}</strong>；也可拨打 12345 政务服务便民热线。
      </p>
      {slip === null ? null : (
        <div role="status" className="done-status">
          {slip.kind === 'failed' ? (
            <>
              <p className="error-message-inline">{receipt}</p>
              <p className="cmp-photo-hint">请拍照保存受理编号</p>
            </>
          ) : (
            <p className="ok-message">{receipt}</p>
          )}
          {uploadNote ? <p className="step-prompt">{uploadNote}</p> : null}
        </div>
      )}
      <PinnedActions>
        <button type="button" className="btn btn-primary btn-huge" onClick={onFinish}>
          完成
        </button>
      </PinnedActions>
    </section>
  );
}
