/**
 * 身份核验: "请将身份证放在读卡区", reading through the device layer when a card is placed; on
 * failure or on request, manual entry.
 */
import { useCallback, type ReactElement } from 'react';
import type { IdCardData } from '../../../src-main/contract/devices.types.js';
import { useKiosk } from '../../app/kiosk-context.js';
import { unwrap } from '../../api/client.js';
import { CardSlot, DemoCardBox, useCardReading } from '../../components/card-reading.js';
import { SpeakButton } from '../../components/SpeakButton.js';

export function IdentifyStep({
  onCard,
  onManual,
}: {
  onCard: (card: IdCardData) => void;
  onManual: () => void;
}): ReactElement {
  const { bridge } = useKiosk();
  const load = useCallback(() => unwrap(bridge.api.devices.readCard({})), [bridge]);
  const { state, reader, read } = useCardReading(load, onCard);

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
      <CardSlot />
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
      <DemoCardBox reader={reader} />
    </section>
  );
}
