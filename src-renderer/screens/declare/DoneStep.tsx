/** 已提交: the 申报编号 large with its QR code, the receipt's fate, and 完成 (ends the session). */
import type { ReactElement } from 'react';
import type { DeclarationResult } from '../../../src-main/contract/declaration.types.js';
import { useKiosk } from '../../app/kiosk-context.js';
import { QrCode } from '../../components/QrCode.js';
import { SpeakButton } from '../../components/SpeakButton.js';

export function DoneStep({
  result,
  onFinish,
}: {
  result: DeclarationResult;
  onFinish: () => void;
}): ReactElement {
  const { navigate } = useKiosk();
  return (
    <section className="step done" aria-labelledby="done-title">
      <div className="section-head">
        <h2 id="done-title">已提交</h2>
        <SpeakButton
          text={() =>
            `您的申请已提交，申报编号是${result.localNumber.split('').join(' ')}。${result.receipt.printed ? '请取走回执。' : result.receipt.message}`
          }
        />
      </div>
      <p className="step-prompt">
        您的「{result.itemName}」申请已安全保存。{result.promisedTimeLimit}。
      </p>
      <div className="done-number">
        <span className="value-label">申报编号</span>
        <span className="local-number" data-testid="local-number">
          {result.localNumber}
        </span>
      </div>
      <figure className="done-qr">
        <QrCode text={result.progressUrl} size={240} label="申报编号二维码，可用手机扫描查询进度" />
        <figcaption>可用手机扫码保存申报编号、查询办理进度</figcaption>
      </figure>
      <div role="status" className="done-status">
        {result.receipt.printed ? (
          <p className="ok-message">回执已打印，请从出纸口取走。</p>
        ) : (
          <p className="error-message-inline">{result.receipt.message}</p>
        )}
        {result.online ? null : <p className="step-prompt">当前网络未连接，网络恢复后将自动上传。</p>}
      </div>
      <div className="step-actions">
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
      </div>
    </section>
  );
}
