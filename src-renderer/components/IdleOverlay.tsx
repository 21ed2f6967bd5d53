/**
 * "您还在吗？": the only overlay the kiosk shows on its own, with a large 继续使用. While it is up the
 * screen behind it is hidden (idle-overlay.css), so personal data on it cannot be read by a passer-by.
 */
import { useEffect, useState, type ReactElement } from 'react';
import type { KioskBridge } from '../api/client.js';
import './idle-overlay.css';

export function IdleOverlay({
  seconds,
  onContinue,
  bridge,
}: {
  seconds: number;
  onContinue: () => void;
  /** The overlay sits outside the session's context, so it is handed the bridge. */
  bridge: KioskBridge;
}): ReactElement {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('idle-warning');
    return () => root.classList.remove('idle-warning');
  }, []);
  useEffect(() => {
    // The countdown reads itself out: a citizen who stepped away may hear it before they see it.
    void bridge.api.speech.speak({
      text: `您还在吗？${seconds}秒后将自动返回首页。如需继续使用，请点击继续使用。`,
    });
  }, [bridge, seconds]);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(
      () => setLeft(Math.max(0, seconds - Math.floor((Date.now() - started) / 1000))),
      250,
    );
    return () => clearInterval(timer);
  }, [seconds]);
  return (
    <div
      className="overlay idle-overlay"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="idle-title"
      aria-describedby="idle-desc"
    >
      <div className="overlay-card">
        <h2 id="idle-title">您还在吗？</h2>
        <p id="idle-desc">
          <span className="countdown" data-testid="countdown">
            {left}
          </span>{' '}
          秒后将自动返回首页，并清除您在本机填写和查看的信息。
        </p>
        <button type="button" className="btn btn-primary btn-huge idle-continue" onClick={onContinue}>
          继续使用
        </button>
      </div>
    </div>
  );
}
