/** The admin PIN pad after the corner taps: six digits, the tries left after a wrong one, the lockout. */
import { useState, type ReactElement } from 'react';
import type { AdminSession } from '../../src-main/contract/admin.types.js';
import { useKiosk } from '../app/kiosk-context.js';
import { NumericKeypad } from '../keyboard/index.js';
import { ApiFailure, unwrap } from '../api/client.js';

export function PinScreen({
  onEntered,
  onCancel,
}: {
  onEntered: (session: AdminSession) => void;
  onCancel: () => void;
}): ReactElement {
  const { bridge } = useKiosk();
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState<{ text: string; locked: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (): Promise<void> => {
    setBusy(true);
    try {
      onEntered(await unwrap(bridge.api.admin.enter({ pin })));
    } catch (error) {
      setPin('');
      const locked = error instanceof ApiFailure && error.code === 'LOCKED';
      setMessage({ text: error instanceof Error ? error.message : '进入失败，请重试。', locked });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="screen admin-pin" data-admin-screen="pin">
      <h1>管理员登录</h1>
      <p className="admin-hint">请输入 6 位管理密码（新注册的终端首次进入时，输入注册时打印的一次性密码）</p>
      <div className="pin-dots" role="img" aria-label={`已输入 ${pin.length} 位，共 6 位`}>
        {Array.from({ length: 6 }, (_, i) => (
          <span key={i} className={i < pin.length ? 'pin-dot filled' : 'pin-dot'} aria-hidden="true" />
        ))}
      </div>
      <div role="status" className="pin-status">
        {message ? (
          <p className="error-message-inline" data-pin-message={message.locked ? 'locked' : 'wrong'}>
            {message.text}
          </p>
        ) : null}
      </div>
      <div className="pin-pad">
        <NumericKeypad value={pin} onChange={setPin} maxLength={6} />
      </div>
      <div className="step-actions">
        <button type="button" className="btn btn-secondary btn-large" onClick={onCancel}>
          取消
        </button>
        <button
          type="button"
          className="btn btn-primary btn-large"
          disabled={pin.length !== 6 || busy}
          onClick={() => void submit()}
        >
          确定
        </button>
      </div>
    </div>
  );
}
