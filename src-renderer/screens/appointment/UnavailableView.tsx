/**
 * Booking needs the live district server. When it cannot be reached — or the kiosk is a demo that has
 * none — the citizen is told the real reason plainly, with the hall's phone number large and the window
 * as the other way; no error codes, no blame.
 */
import type { ReactElement } from 'react';
import { useKiosk } from '../../app/kiosk-context.js';
import { bookingUnavailable } from '../../../src-main/contract/kiosk-promises.js';
import { SpeakButton } from '../../components/SpeakButton.js';

export function UnavailableView({
  what,
  reason: why,
  onRetry,
}: {
  /** 预约 or 取消预约. */
  what: string;
  /** A demo kiosk (no district server at all), one not admitted by it, or one cut off from it. */
  reason: 'demo' | 'offline' | 'unauthorized';
  /** Absent where trying again cannot help (the demo). */
  onRetry?: () => void;
}): ReactElement {
  const { info, navigate } = useKiosk();
  const { title, reason } = bookingUnavailable(why, what);
  return (
    <section className="step appt-offline" aria-labelledby="appt-offline-title" data-reason={why}>
      <div className="section-head">
        <h2 id="appt-offline-title">{title}</h2>
        <SpeakButton
          text={() => `${reason}您可以拨打大厅电话 ${info.hallPhone} ${what}，或直接到窗口办理。`}
        />
      </div>
      <p className="step-prompt">{reason}您可以：</p>
      <div className="appt-phone">
        <span className="value-label">拨打大厅电话{what}</span>
        <span className="appt-phone-number" data-testid="hall-phone">
          {info.hallPhone}
        </span>
      </div>
      <p className="appt-window">或直接到窗口办理</p>
      <div className="step-actions">
        {onRetry ? (
          <button type="button" className="btn btn-secondary btn-large" onClick={onRetry}>
            再试一次
          </button>
        ) : null}
        <button
          type="button"
          className="btn btn-primary btn-large"
          onClick={() => navigate({ type: 'home' })}
        >
          返回首页
        </button>
      </div>
    </section>
  );
}
