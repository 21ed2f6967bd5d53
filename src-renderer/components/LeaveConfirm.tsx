/** The question before the top bar's 返回 or 首页 throws away what the citizen typed. */
import { useEffect, useRef, type ReactElement } from 'react';
import { SpeakButton } from './SpeakButton.js';

export function LeaveConfirm({
  message,
  onStay,
  onLeave,
}: {
  message: string;
  onStay: () => void;
  onLeave: () => void;
}): ReactElement {
  const stayRef = useRef<HTMLButtonElement>(null);
  useEffect(() => stayRef.current?.focus(), []);
  return (
    <div
      className="overlay"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="leave-title"
      aria-describedby="leave-desc"
    >
      <div className="overlay-card" data-testid="leave-confirm">
        <h2 id="leave-title">要离开吗？</h2>
        <p id="leave-desc">{message}</p>
        <SpeakButton text={() => `要离开吗？${message}`} />
        <div className="help-actions">
          <button type="button" className="btn btn-secondary btn-large" onClick={onLeave}>
            不保存，离开
          </button>
          <button ref={stayRef} type="button" className="btn btn-primary btn-large" onClick={onStay}>
            继续填写
          </button>
        </div>
      </div>
    </div>
  );
}
