/**
 * 打印空白表 / 打印样表 under the guide's 带什么 list, for an item whose application form the citizen brings:
 * the blank form to fill in at home and, where the catalog has one, the 样表 to copy the layout from. The
 * outcome is shown in place, in the promise vocabulary's words: printed, still queued, only simulated on a
 * demo kiosk, or not printed (no paper, no printer) with where to get the form instead.
 */
import { useState, type ReactElement } from 'react';
import type { ServiceItem } from '../../src-main/contract/catalog.schema.js';
import { formPrintNote } from '../../src-main/contract/kiosk-promises.js';
import { useKiosk } from '../app/kiosk-context.js';
import { ApiFailure, unwrap } from '../api/client.js';
import { HelpButton } from '../components/HelpButton.js';
import { Icon } from '../components/icons.js';

type State =
  { step: 'idle' } | { step: 'printing'; sample: boolean } | { step: 'done'; ok: boolean; message: string };

const what = (sample: boolean): string => (sample ? '样表' : '空白申请表');

export function BlankFormPrint({ item }: { item: ServiceItem }): ReactElement | null {
  const { bridge } = useKiosk();
  const [state, setState] = useState<State>({ step: 'idle' });
  const material = item.materials.find((m) => m.blankForm);
  if (!item.form || !material) return null;
  const hasSample = item.form.sample !== undefined;
  const print = (sample: boolean): void => {
    setState({ step: 'printing', sample });
    unwrap(bridge.api.guide.printForm({ id: item.id, sample })).then(
      (result) =>
        setState({
          step: 'done',
          ok: result.outcome === 'printed',
          message: formPrintNote(result.outcome, what(sample)),
        }),
      (error: unknown) =>
        setState({
          step: 'done',
          ok: false,
          message:
            error instanceof ApiFailure
              ? error.message
              : `${what(sample)}没有打印出来。请到窗口领取，或呼叫工作人员帮忙。`,
        }),
    );
  };
  const busy = state.step === 'printing';
  return (
    <div className="blank-form" data-testid="blank-form">
      <p className="blank-form-lead">
        {material.name}可以在这里打印空白表，拿回家照着{hasSample ? '样表' : '说明'}填好、签字，再带来。
      </p>
      <div className="blank-form-actions">
        <button
          type="button"
          className="btn btn-secondary btn-large"
          disabled={busy}
          onClick={() => print(false)}
        >
          <Icon name="print" size={32} />
          {busy && !state.sample ? '正在打印……' : '打印空白表'}
        </button>
        {hasSample ? (
          <button
            type="button"
            className="btn btn-secondary btn-large"
            disabled={busy}
            onClick={() => print(true)}
          >
            <Icon name="print" size={32} />
            {busy && state.sample ? '正在打印……' : '打印样表'}
          </button>
        ) : null}
      </div>
      <div role="status" className="blank-form-status">
        {state.step === 'done' ? (
          <>
            <p className={state.ok ? 'ok-message' : 'error-message-inline'}>{state.message}</p>
            {state.ok ? null : <HelpButton label="请工作人员帮忙" />}
          </>
        ) : null}
      </div>
    </div>
  );
}
