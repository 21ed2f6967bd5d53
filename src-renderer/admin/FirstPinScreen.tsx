/**
 * 设置管理密码: the first admin entry of a provisioned kiosk (with the one-time code `kiosk provision`
 * printed). Nothing else of admin mode opens until the hall's own PIN is set; the code is spent then.
 */
import { useState, type ReactElement } from 'react';
import type { AdminSession } from '../../src-main/contract/admin.types.js';
import { useKiosk } from '../app/kiosk-context.js';
import { NumericKeypad } from '../keyboard/index.js';
import { unwrap } from '../api/client.js';

export function FirstPinScreen({
  onDone,
  onExit,
}: {
  onDone: (session: AdminSession) => void;
  onExit: () => void;
}): ReactElement {
  const { bridge } = useKiosk();
  const [values, setValues] = useState({ next: '', again: '' });
  const [step, setStep] = useState<'next' | 'again'>('next');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const value = values[step];
  const submit = async (): Promise<void> => {
    if (values.next !== values.again) {
      setMessage('两次输入的密码不一致，请重新输入。');
      setValues({ next: '', again: '' });
      setStep('next');
      return;
    }
    setBusy(true);
    try {
      onDone(await unwrap(bridge.api.admin.setFirstPin({ next: values.next })));
    } catch (error) {
      setMessage(error instanceof Error ? error.message : '设置失败，请重试。');
      setValues({ next: '', again: '' });
      setStep('next');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="screen admin-pin" data-admin-screen="set-pin">
      <h1>设置管理密码</h1>
      <p className="admin-hint">
        本终端已注册到区里，一次性密码只能用这一次。请设置 6 位管理密码，以后用它进入管理模式。
      </p>
      <p className="admin-hint" data-pin-step={step}>
        {step === 'next' ? '请输入新密码' : '请再次输入新密码'}
      </p>
      <div className="pin-dots" role="img" aria-label={`已输入 ${value.length} 位，共 6 位`}>
        {Array.from({ length: 6 }, (_, i) => (
          <span key={i} className={i < value.length ? 'pin-dot filled' : 'pin-dot'} aria-hidden="true" />
        ))}
      </div>
      <div role="status" className="pin-status">
        {message ? <p className="error-message-inline">{message}</p> : null}
      </div>
      <div className="pin-pad">
        <NumericKeypad
          value={value}
          maxLength={6}
          onChange={(v) => {
            setMessage(null);
            setValues({ ...values, [step]: v });
            if (v.length === 6 && step === 'next') setStep('again');
          }}
        />
      </div>
      <div className="step-actions">
        <button type="button" className="btn btn-secondary btn-large" onClick={onExit}>
          退出管理
        </button>
        <button
          type="button"
          className="btn btn-primary btn-large"
          disabled={values.next.length !== 6 || values.again.length !== 6 || busy}
          onClick={() => void submit()}
        >
          确定
        </button>
      </div>
    </div>
  );
}
