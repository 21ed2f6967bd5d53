/** 预约办理: 我要预约 (booking) or 取消预约 (cancel), each its own flow. */
import { useState, type ReactElement } from 'react';
import { useKiosk } from '../../app/kiosk-context.js';
import { useKioskLink } from '../../app/use-kiosk-link.js';
import { SpeakButton } from '../../components/SpeakButton.js';
import { Icon } from '../../components/icons.js';
import { BookingFlow } from './BookingFlow.js';
import { CancelFlow } from './CancelFlow.js';
import { UnavailableView } from './UnavailableView.js';
import './appointment.css';

type Mode = 'start' | 'book' | 'cancel';

/** A calendar crossed out: not the 退出 arrow, which means leaving the kiosk. */
function CancelBookingIcon(): ReactElement {
  return (
    <svg
      width={64}
      height={64}
      viewBox="0 0 64 64"
      fill="none"
      stroke="currentColor"
      strokeWidth="4"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <rect x="10" y="14" width="44" height="40" rx="4" />
      <path d="M10 26h44M22 8v12M42 8v12M25 33l14 14M39 33L25 47" />
    </svg>
  );
}

export function AppointmentScreen(): ReactElement {
  const [mode, setMode] = useState<Mode>('start');
  const { bridge } = useKiosk();
  const link = useKioskLink();
  const start = (): void => setMode('start');
  // A demo kiosk has no district server, an offline one cannot reach it: say so before the citizen picks
  // anything. Trying again asks for a sync round; the screen follows the link when it comes back.
  // (A flow begun online handles a lost network itself, keeping what was chosen.)
  if (link?.link === 'demo' || (link?.link === 'offline' && mode === 'start'))
    return (
      <main className="screen-body appointment" aria-label="预约办理">
        <UnavailableView
          what="预约"
          reason={link.link}
          {...(link.link === 'offline' ? { onRetry: () => void bridge.api.sync.now({}) } : {})}
        />
      </main>
    );
  return (
    <main className="screen-body appointment" aria-label="预约办理">
      {mode === 'start' ? (
        <section className="appt-start" aria-labelledby="appt-start-title">
          <div className="section-head">
            <h2 id="appt-start-title">请问您要做什么？</h2>
            <SpeakButton
              text={() =>
                '预约办理。要预约来大厅办事的时间，请点我要预约；已经预约过、来不了的，请点取消预约。'
              }
            />
          </div>
          <div className="appt-choices">
            <button type="button" className="tile appt-choice" onClick={() => setMode('book')}>
              <Icon name="booking" size={64} />
              <span className="tile-title">我要预约</span>
              <span className="tile-sub">选好事项和时间，到大厅按时办理</span>
            </button>
            <button type="button" className="tile appt-choice" onClick={() => setMode('cancel')}>
              <CancelBookingIcon />
              <span className="tile-title">取消预约</span>
              <span className="tile-sub">需要预约编号和身份证号后四位</span>
            </button>
          </div>
        </section>
      ) : null}
      {mode === 'book' ? <BookingFlow onBack={start} /> : null}
      {mode === 'cancel' ? <CancelFlow onBack={start} /> : null}
    </main>
  );
}
