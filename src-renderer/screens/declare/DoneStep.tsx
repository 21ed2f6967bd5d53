/**
 * 已提交: the 申报编号 large with its QR code, the receipt's fate, and 完成 (ends the session). Offline, the
 * title and first sentence say the application waits on this kiosk for the network; on a demo kiosk, that
 * it will not be handled (no 办理时限, no progress QR code), and 朗读 says the same. In demo mode the
 * receipt came from the 模拟打印机: the screen says so and shows the receipt's text instead of sending the
 * citizen to an empty paper slot.
 */
import { useEffect, type ReactElement } from 'react';
import type { DeclarationResult } from '../../../src-main/contract/declaration.types.js';
import { useKiosk } from '../../app/kiosk-context.js';
import { rememberCases } from '../../app/recent-cases.js';
import { useAsync } from '../../app/use-async.js';
import { unwrap } from '../../api/client.js';
import { declarationDone, linkOfUpload, slipNote } from '../../../src-main/contract/kiosk-promises.js';
import { QrCode } from '../../components/QrCode.js';
import { SpeakButton } from '../../components/SpeakButton.js';
import { ApplicationFormPrint } from './ApplicationFormPrint.js';
import { PinnedActions } from '../../components/PinnedActions.js';

type ReceiptView =
  { kind: 'printed' } | { kind: 'simulated'; lines: string[] | null } | { kind: 'failed'; message: string };

const SIMULATED_RECEIPT = slipNote({ kind: 'simulated' });

function ReceiptStatus({ view }: { view: ReceiptView }): ReactElement {
  switch (view.kind) {
    case 'printed':
      return <p className="ok-message">{slipNote(view)}</p>;
    case 'failed':
      return <p className="error-message-inline">{slipNote(view)}</p>;
    case 'simulated':
      return (
        <>
          <p className="ok-message">{SIMULATED_RECEIPT}</p>
          {view.lines ? (
            <figure className="demo-receipt">
              <figcaption>模拟打印机生成的回执（纸质回执上的内容）</figcaption>
              <pre className="receipt-text" data-testid="simulated-receipt">
                {view.lines.join('\n')}
              </pre>
            </figure>
          ) : null}
        </>
      );
  }
}

export function DoneStep({
  result,
  onFinish,
}: {
  result: DeclarationResult;
  onFinish: () => void;
}): ReactElement {
  const { bridge, navigate } = useKiosk();
  useEffect(
    () => rememberCases(bridge, [{ number: result.localNumber, itemName: result.itemName }]),
    [bridge, result],
  );
  const receipt = useAsync(async (): Promise<ReceiptView> => {
    if (!result.receipt.printed) return { kind: 'failed', message: result.receipt.message };
    const status = await unwrap(bridge.api.devices.status({})).catch(() => null);
    if (!status?.printer.simulated) return { kind: 'printed' };
    const kept = await unwrap(bridge.api.devices.receipts({})).catch(() => []);
    const mine = kept.find((r) => r.lines.some((line) => line.includes(result.localNumber)));
    return { kind: 'simulated', lines: mine?.lines ?? null };
  }, [bridge, result]);
  const view = receipt.status === 'ok' ? receipt.value : null;
  const receiptSpeech = (): string => {
    if (view?.kind === 'simulated') return SIMULATED_RECEIPT;
    return view ? slipNote(view) : '';
  };
  const done = declarationDone(linkOfUpload(result.upload), result.itemName, result.promisedTimeLimit);
  return (
    <section className="step done" aria-labelledby="done-title" data-upload={result.upload}>
      <div className="section-head">
        <h2 id="done-title">{done.title}</h2>
        <SpeakButton
          text={() => `${done.lead}申报编号是${result.localNumber.split('').join(' ')}。${receiptSpeech()}`}
        />
      </div>
      <p className="step-prompt" data-testid="done-lead">
        {done.lead}
      </p>
      <div className="done-number">
        <span className="value-label">申报编号</span>
        <span className="local-number" data-testid="local-number">
          {result.localNumber}
        </span>
      </div>
      {done.handled ? (
        <figure className="done-qr">
          <QrCode text={result.progressUrl} size={240} label="申报编号二维码，可用手机扫描查询进度" />
          <figcaption>可用手机扫码保存申报编号、查询办理进度</figcaption>
        </figure>
      ) : null}
      <div role="status" className="done-status">
        {view ? <ReceiptStatus view={view} /> : null}
      </div>
      {result.applicationForm ? <ApplicationFormPrint localNumber={result.localNumber} /> : null}
      <PinnedActions>
        <button
          type="button"
          className="btn btn-secondary btn-large"
          onClick={() =>
            navigate({
              type: 'push',
              route: {
                name: 'rating',
                target: { kind: 'case', number: result.localNumber },
                title: result.itemName,
              },
            })
          }
        >
          评价本次服务
        </button>
        <button type="button" className="btn btn-primary btn-huge" onClick={onFinish}>
          完成
        </button>
      </PinnedActions>
    </section>
  );
}
