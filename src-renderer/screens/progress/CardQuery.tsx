/**
 * 刷身份证查询: "请将身份证放在读卡区", and the query runs as soon as the reader feels a card. The card's
 * data never comes to the screen: main reads it and answers with the holder's cases and a masked name.
 */
import { useCallback, useEffect, useRef, useState, type ReactElement } from 'react';
import type { ProgressResult } from '../../../src-main/contract/citizen.types.js';
import type { ReaderStatus } from '../../../src-main/contract/devices.types.js';
import { useKiosk } from '../../app/kiosk-context.js';
import { ApiFailure, unwrap } from '../../api/client.js';
import { SpeakButton } from '../../components/SpeakButton.js';

type ReadState = { step: 'waiting' } | { step: 'reading' } | { step: 'failed'; message: string };

export function CardQuery({
  onFound,
  onUseNumber,
}: {
  onFound: (result: ProgressResult) => void;
  onUseNumber: () => void;
}): ReactElement {
  const { bridge } = useKiosk();
  const [state, setState] = useState<ReadState>({ step: 'waiting' });
  const [reader, setReader] = useState<ReaderStatus | null>(null);
  const busy = useRef(false);

  const read = useCallback(() => {
    if (busy.current) return;
    busy.current = true;
    setState({ step: 'reading' });
    unwrap(bridge.api.progress.byCard({})).then(
      (result) => {
        busy.current = false;
        onFound(result);
      },
      (error: unknown) => {
        busy.current = false;
        setState({
          step: 'failed',
          message: error instanceof ApiFailure ? error.message : '读取身份证失败，请重新放置身份证。',
        });
      },
    );
  }, [bridge, onFound]);

  useEffect(() => {
    let live = true;
    void unwrap(bridge.api.devices.status({})).then(
      (s) => live && setReader(s.reader),
      () => undefined,
    );
    const off = bridge.on('card.present', ({ present }) => {
      if (present) read();
    });
    return () => {
      live = false;
      off();
    };
  }, [bridge, read]);

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
      <div className="card-slot" aria-hidden="true">
        <div className="card-shape">身份证</div>
      </div>
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
      {reader?.simulated ? (
        <div className="demo-box">
          <p>演示模式：本机使用{reader.label}，没有连接真实读卡器。</p>
          <button
            type="button"
            className="btn btn-secondary btn-large"
            onClick={() => void bridge.api.devices.simulateCard({ present: true })}
          >
            放入演示身份证
          </button>
        </div>
      ) : null}
    </section>
  );
}
