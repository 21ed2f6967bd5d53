/**
 * 取消预约: the appointment number (letter keyboard: YY and digits) and the ID number's last four (keypad
 * with X). A wrong pair gets one calm message that does not say which half was wrong; after five wrong
 * tries the service locks for a while and says so.
 */
import { useState, type ReactElement } from 'react';
import { useKiosk } from '../../app/kiosk-context.js';
import { ApiFailure, unwrap } from '../../api/client.js';
import { SpeakButton } from '../../components/SpeakButton.js';
import { LetterKeyboard, NumericKeypad } from '../../keyboard/index.js';
import { UnavailableView } from './UnavailableView.js';

const NUMBER_MAX = 20;

type State =
  | { kind: 'form' }
  | { kind: 'sending' }
  | { kind: 'refused'; message: string; locked: boolean }
  | { kind: 'unavailable'; unauthorized: boolean }
  | { kind: 'cancelled'; number: string };

export function CancelFlow({ onBack }: { onBack: () => void }): ReactElement {
  const { bridge, info } = useKiosk();
  const [number, setNumber] = useState('');
  const [last4, setLast4] = useState('');
  const [active, setActive] = useState<'number' | 'last4'>('number');
  const [state, setState] = useState<State>({ kind: 'form' });
  const ready = /^[A-Z0-9]{4,32}$/.test(number) && /^\d{3}[\dX]$/.test(last4);

  const submit = (): void => {
    setState({ kind: 'sending' });
    unwrap(bridge.api.appointment.cancel({ appointmentNumber: number, idLast4: last4 })).then(
      () => setState({ kind: 'cancelled', number }),
      (error: unknown) => {
        const code = error instanceof ApiFailure ? error.code : 'INTERNAL';
        if (code === 'OFFLINE' || code === 'UNAUTHORIZED')
          return setState({ kind: 'unavailable', unauthorized: code === 'UNAUTHORIZED' });
        setState({
          kind: 'refused',
          locked: code === 'LOCKED',
          message: error instanceof ApiFailure ? error.message : '暂时无法取消，请稍后再试或到窗口办理。',
        });
      },
    );
  };

  if (state.kind === 'unavailable')
    return (
      <UnavailableView
        what="取消预约"
        reason={state.unauthorized ? 'unauthorized' : 'offline'}
        onRetry={submit}
      />
    );

  if (state.kind === 'cancelled')
    return (
      <section className="step done appt-cancelled" aria-labelledby="appt-cancelled-title">
        <div className="section-head">
          <h2 id="appt-cancelled-title">预约已取消</h2>
          <SpeakButton text={() => '预约已取消。这个时段已让给其他群众。需要时可以重新预约。'} />
        </div>
        <div className="done-number">
          <span className="value-label">已取消的预约编号</span>
          <span className="local-number" data-testid="cancelled-number">
            {state.number}
          </span>
        </div>
        <p className="step-prompt">这个时段已让给其他群众。需要时可以重新预约。</p>
        <div className="step-actions">
          <button
            type="button"
            className="btn btn-primary btn-huge"
            onClick={() => void bridge.api.session.end({ reason: 'done' })}
          >
            完成
          </button>
        </div>
      </section>
    );

  const sending = state.kind === 'sending';
  return (
    <section className="step appt-cancel keys-beside" aria-labelledby="appt-cancel-title">
      <div className="section-head">
        <h2 id="appt-cancel-title">取消预约</h2>
        <SpeakButton
          text={() => '请输入预约凭条上的预约编号，再点身份证号后四位，输入预约人身份证号码的最后四位。'}
        />
      </div>
      <p className="step-prompt">请输入预约凭条上的预约编号和预约人身份证号码的后四位。</p>
      <p className="appt-cancel-help">
        找不到预约编号？请拨打大厅电话 <strong>{info.hallPhone}</strong> 或到窗口取消。
      </p>
      <div className="manual-fields appt-cancel-fields">
        <button
          type="button"
          className={active === 'number' ? 'value-box active' : 'value-box'}
          aria-label={`预约编号：${number || '例如 YY 开头的编号'}`}
          aria-pressed={active === 'number'}
          onClick={() => setActive('number')}
        >
          <span className="value-label">预约编号</span>
          <span className="value-text">{number || '例如 YY 开头的编号'}</span>
        </button>
        <button
          type="button"
          className={active === 'last4' ? 'value-box active' : 'value-box'}
          aria-label={`身份证号后四位：${last4 || '请输入4位'}`}
          aria-pressed={active === 'last4'}
          onClick={() => setActive('last4')}
        >
          <span className="value-label">身份证号后四位</span>
          <span className="value-text">{last4 || '请输入4位'}</span>
        </button>
      </div>
      <div role="status" className="appt-cancel-status">
        {state.kind === 'refused' ? (
          <p className={state.locked ? 'error-message-inline appt-locked' : 'error-message-inline'}>
            {state.message}
          </p>
        ) : null}
        {sending ? <p className="loading">正在取消，请稍候……</p> : null}
      </div>
      <div className="manual-keyboard step-keys">
        {active === 'number' ? (
          <LetterKeyboard
            value={number}
            onChange={(v) => setNumber(v.replace(/\s/g, '').toUpperCase())}
            maxLength={NUMBER_MAX}
          />
        ) : (
          <NumericKeypad value={last4} onChange={(v) => setLast4(v.toUpperCase())} maxLength={4} allowX />
        )}
      </div>
      <div className="step-actions">
        <button type="button" className="btn btn-secondary btn-large" onClick={onBack} disabled={sending}>
          上一步
        </button>
        <button
          type="button"
          className="btn btn-primary btn-large"
          disabled={!ready || sending}
          onClick={submit}
        >
          确认取消预约
        </button>
      </div>
    </section>
  );
}
