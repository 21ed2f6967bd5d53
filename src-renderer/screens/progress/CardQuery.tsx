/**
 * 刷身份证查询: "请将身份证放在读卡区", and the query runs as soon as the reader feels a card. The card's
 * data never comes to the screen: main reads it and answers with the holder's cases and a masked name.
 */
import { useCallback, type ReactElement } from 'react';
import type { ProgressResult } from '../../../src-main/contract/citizen.types.js';
import { useKiosk } from '../../app/kiosk-context.js';
import { unwrap } from '../../api/client.js';
import { CardSlot, DemoCardBox, useCardReading } from '../../components/card-reading.js';
import { SpeakButton } from '../../components/SpeakButton.js';

export function CardQuery({
  onFound,
  onUseNumber,
}: {
  onFound: (result: ProgressResult) => void;
  onUseNumber: () => void;
}): ReactElement {
  const { bridge } = useKiosk();
  const load = useCallback(() => unwrap(bridge.api.progress.byCard({})), [bridge]);
  const { state, reader, read } = useCardReading(load, onFound);

  return (
    <section className="step identify" aria-labelledby="card-query-title">
      <div className="section-head">
        <h2 id="card-query-title">请将身份证放在读卡区</h2>
        <SpeakButton
          text={() =>
            '请将身份证放在读卡区，放好后请不要移动，查询结果出来后再拿走。没带身份证，可以改用申报编号查询。'
          }
        />
      </div>
      <CardSlot />
      <p className="step-prompt">放好后请不要移动，查询结果出来后再拿走身份证。</p>
      <div role="status" className="identify-status">
        {state.step === 'reading' ? <p className="loading">正在读取身份证并查询，请稍候……</p> : null}
        {state.step === 'failed' ? <p className="error-message-inline">{state.message}</p> : null}
      </div>
      <div className="step-actions">
        <button
          type="button"
          className="btn btn-primary btn-large"
          onClick={read}
          disabled={state.step === 'reading'}
        >
          {state.step === 'failed' ? '重新读取' : '读取身份证'}
        </button>
        <button type="button" className="btn btn-secondary btn-large" onClick={onUseNumber}>
          没带身份证，用申报编号查询
        </button>
      </div>
      <DemoCardBox reader={reader} />
    </section>
  );
}
