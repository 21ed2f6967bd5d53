/**
 * 身份核验: "请将身份证放在读卡区", reading through the device layer when a card is placed; on
 * failure or on request, manual entry.
 */
import { useCallback, useEffect, useState, type ReactElement } from 'react';
import type { IdCardData, ReaderStatus } from '../../../src-main/contract/devices.types.js';
import { useKiosk } from '../../app/kiosk-context.js';
import { ApiFailure, unwrap } from '../../api/client.js';
import { SpeakButton } from '../../components/SpeakButton.js';

type ReadState = { step: 'waiting' } | { step: 'reading' } | { step: 'failed'; message: string };

export function IdentifyStep({
  onCard,
  onManual,
}: {
  onCard: (card: IdCardData) => void;
  onManual: () => void;
}): ReactElement {
  const { bridge } = useKiosk();
  const [state, setState] = useState<ReadState>({ step: 'waiting' });
  const [reader, setReader] = useState<ReaderStatus | null>(null);

  const read = useCallback(() => {
    setState({ step: 'reading' });
    unwrap(bridge.api.devices.readCard({})).then(onCard, (error: unknown) =>
      setState({
        step: 'failed',
        message: error instanceof ApiFailure ? error.message : '读取身份证失败，请重新放置身份证。',
      }),
    );
  }, [bridge, onCard]);

  useEffect(() => {
    void unwrap(bridge.api.devices.status({})).then(
      (s) => setReader(s.reader),
      () => undefined,
    );
    return bridge.on('card.present', ({ present }) => {
      if (present) read();
    });
  }, [bridge, read]);

  return (
    <section className="step identify" aria-labelledby="identify-title">
      <div className="section-head">
        <h2 id="identify-title">请将身份证放在读卡区</h2>
        <SpeakButton
          text={() =>
            '请将身份证放在读卡区。身份证放好后请不要移动，看到下一步后再拿走。没带身份证，可以点手动输入。'
          }
        />
      </div>
      <div className="card-slot" aria-hidden="true">
        <div className="card-shape">身份证</div>
      </div>
      <p className="step-prompt">身份证放好后请不要移动，听到提示或看到下一步后再拿走。</p>
      <div role="status" className="identify-status">
        {state.step === 'reading' ? <p className="loading">正在读取身份证，请稍候……</p> : null}
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
        <button type="button" className="btn btn-secondary btn-large" onClick={onManual}>
          没带身份证，手动输入
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
