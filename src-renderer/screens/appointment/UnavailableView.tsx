/**
 * Booking needs the live district server. When it cannot be reached the citizen is told so plainly, with
 * the hall's phone number large and the window as the other way; no error codes, no blame.
 */
import type { ReactElement } from 'react';
import { useKiosk } from '../../app/kiosk-context.js';
import { SpeakButton } from '../../components/SpeakButton.js';

export function UnavailableView({
  what,
  unauthorized,
  onRetry,
}: {
  /** 预约 or 取消预约. */
  what: string;
  /** The kiosk is not (or no longer) admitted by the district server, rather than cut off. */
  unauthorized: boolean;
  onRetry: () => void;
}): ReactElement {
  const { info, navigate } = useKiosk();
  const title = unauthorized ? `本机暂时不能${what}` : `${what}需要连接网络`;
  const reason = unauthorized
    ? `本机暂时没有接入区政务服务平台，不能在这里${what}。`
    : `现在网络不通，本机暂时不能${what}。`;
  return (
    <section className="step appt-offline" aria-labelledby="appt-offline-title">
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
        <button type="button" className="btn btn-secondary btn-large" onClick={onRetry}>
          再试一次
        </button>
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
