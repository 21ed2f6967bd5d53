/** 进度查询, first step: by 申报编号 (with the ID's last four) or by the ID card on the reader. */
import type { ReactElement } from 'react';
import { Icon } from '../../components/icons.js';
import { SpeakButton } from '../../components/SpeakButton.js';

export function ChooseStep({ onNumber, onCard }: { onNumber: () => void; onCard: () => void }): ReactElement {
  return (
    <section className="step" aria-labelledby="progress-choose-title">
      <div className="section-head">
        <h2 id="progress-choose-title">请选择查询方式</h2>
        <SpeakButton
          text={() =>
            '请选择查询方式。有回执的，请点输入申报编号查询；带了身份证的，请点刷身份证查询，可以查到您的全部办件。'
          }
        />
      </div>
      <div className="choice-tiles">
        <button type="button" className="choice-tile" onClick={onNumber}>
          <Icon name="declare" size={64} />
          <span className="choice-title">输入申报编号查询</span>
          <span className="choice-sub">回执上的申报编号 + 身份证号后四位</span>
        </button>
        <button type="button" className="choice-tile" onClick={onCard}>
          <Icon name="progress" size={64} />
          <span className="choice-title">刷身份证查询</span>
          <span className="choice-sub">查看您的全部办件</span>
        </button>
      </div>
    </section>
  );
}
