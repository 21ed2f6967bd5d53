/**
 * 打印申请表（A4） on the done step: the filled form of the declaration just submitted, for the citizen
 * to sign at the window. Main holds the values for this session only; the outcome shows in place.
 */
import { useState, type ReactElement } from 'react';
import { useKiosk } from '../../app/kiosk-context.js';
import { ApiFailure, unwrap } from '../../api/client.js';
import { Icon } from '../../components/icons.js';

type PrintState =
  { step: 'idle' } | { step: 'printing' } | { step: 'done' } | { step: 'failed'; message: string };

export function ApplicationFormPrint({ localNumber }: { localNumber: string }): ReactElement {
  const { bridge } = useKiosk();
  const [state, setState] = useState<PrintState>({ step: 'idle' });
  const print = (): void => {
    setState({ step: 'printing' });
    unwrap(bridge.api.declaration.printForm({ localNumber })).then(
      () => setState({ step: 'done' }),
      (error: unknown) =>
        setState({
          step: 'failed',
          message: error instanceof ApiFailure ? error.message : '申请表打印失败，请到窗口请工作人员打印。',
        }),
    );
  };
  return (
    <div className="print-guide application-form-print">
      <button
        type="button"
        className="btn btn-secondary btn-large"
        data-action="print-application-form"
        disabled={state.step === 'printing'}
        onClick={print}
      >
        <Icon name="print" size={36} />
        {state.step === 'printing' ? '正在打印……' : state.step === 'done' ? '再打印一份' : '打印申请表（A4）'}
      </button>
      <div role="status" className="print-status">
        {state.step === 'idle' ? (
          <p className="step-prompt">申请表含您填写的全部内容，请签字后连同材料交窗口。</p>
        ) : null}
        {state.step === 'done' ? (
          <p className="ok-message">申请表已发送到打印机，请在 A4 打印机出纸口取走，签字后交窗口。</p>
        ) : null}
        {state.step === 'failed' ? <p className="error-message-inline">{state.message}</p> : null}
      </div>
    </div>
  );
}
