/**
 * 评价（好差评）. Offered after a service (a target given): the form at once. From the home tile: the
 * citizen chooses a past case (looked up by 申报编号 and the ID's last four, as in 进度查询) or this visit
 * to the hall.
 */
import { useState, type ReactElement } from 'react';
import type { ProgressCase, ProgressResult, RatingTarget } from '../../../src-main/contract/citizen.types.js';
import { useKiosk } from '../../app/kiosk-context.js';
import { recentCases } from '../../app/recent-cases.js';
import { Icon } from '../../components/icons.js';
import { SpeakButton } from '../../components/SpeakButton.js';
import { FormIcon } from '../../form/form-icons.js';
import { CaseList } from '../progress/CaseList.js';
import { NumberQuery } from '../progress/NumberQuery.js';
import '../progress/progress.css';
import { RatingForm } from './RatingForm.js';

type Mode =
  | { step: 'choose' }
  | { step: 'lookup' }
  | { step: 'cases'; result: ProgressResult }
  | { step: 'form'; target: RatingTarget; subject: string; back: Mode };

function subjectOf(target: RatingTarget, title: string | undefined): string {
  switch (target.kind) {
    case 'case':
      return title ? `${title}（申报编号 ${target.number}）` : `申报编号 ${target.number} 的办理`;
    case 'appointment':
      return title ? `${title}（预约号 ${target.number}）` : `预约号 ${target.number} 的预约`;
    case 'visit':
      return title ? `本次大厅服务：${title}` : '本次大厅服务';
  }
}

/** After the thanks: go on with something else, or finish (which clears the session). */
function FinishButtons(): ReactElement {
  const { bridge, navigate } = useKiosk();
  return (
    <>
      <button
        type="button"
        className="btn btn-secondary btn-large"
        onClick={() => navigate({ type: 'home' })}
      >
        办理其他事项
      </button>
      <button
        type="button"
        className="btn btn-primary btn-huge"
        onClick={() => void bridge.api.session.end({ reason: 'done' })}
      >
        完成
      </button>
    </>
  );
}

export function RatingScreen({ target, title }: { target?: RatingTarget; title?: string }): ReactElement {
  const { navigate } = useKiosk();
  const [mode, setMode] = useState<Mode>(() =>
    target
      ? { step: 'form', target, subject: subjectOf(target, title), back: { step: 'choose' } }
      : { step: 'choose' },
  );

  const rate = (c: ProgressCase, result: ProgressResult): void =>
    setMode({
      step: 'form',
      target: { kind: 'case', number: c.number },
      subject: `${c.itemName}（申报编号 ${c.number}）`,
      back: { step: 'cases', result },
    });

  return (
    <main className="screen-body rating-screen" aria-label="评价">
      {mode.step === 'choose' ? (
        <section className="step rating-choose" aria-labelledby="rating-choose-title">
          <div className="section-head">
            <h2 id="rating-choose-title">您想评价什么？</h2>
            <SpeakButton
              text={() =>
                '您想评价什么？评价以前的一次办理，请点评价一次办理，再输入申报编号；评价今天在大厅得到的服务，请点评价本次大厅服务。'
              }
            />
          </div>
          <div className="choice-tiles">
            {recentCases().map((c) => (
              <button
                key={c.number}
                type="button"
                className="choice-tile"
                data-recent-case={c.number}
                onClick={() =>
                  setMode({
                    step: 'form',
                    target: { kind: 'case', number: c.number },
                    subject: `${c.itemName}（申报编号 ${c.number}）`,
                    back: { step: 'choose' },
                  })
                }
              >
                <Icon name="declare" size={64} />
                <span className="choice-title">评价刚才的办件：{c.itemName}</span>
                <span className="choice-sub">申报编号 {c.number}</span>
              </button>
            ))}
            <button type="button" className="choice-tile" onClick={() => setMode({ step: 'lookup' })}>
              <Icon name="declare" size={64} />
              <span className="choice-title">评价一次办理（输入申报编号）</span>
              <span className="choice-sub">回执上有申报编号；还需要身份证号后四位</span>
            </button>
            <button
              type="button"
              className="choice-tile"
              onClick={() =>
                setMode({
                  step: 'form',
                  target: { kind: 'visit' },
                  subject: '本次大厅服务',
                  back: { step: 'choose' },
                })
              }
            >
              <Icon name="rating" size={64} />
              <span className="choice-title">评价本次大厅服务</span>
              <span className="choice-sub">今天在大厅得到的指引、咨询和帮助</span>
            </button>
          </div>
        </section>
      ) : null}

      {mode.step === 'lookup' ? (
        <NumberQuery title="输入要评价的申报编号" onFound={(result) => setMode({ step: 'cases', result })} />
      ) : null}

      {mode.step === 'cases' ? (
        <section className="step" aria-labelledby="rating-cases-title">
          <div className="section-head">
            <h2 id="rating-cases-title">请选择要评价的办理</h2>
            <SpeakButton
              text={() =>
                mode.result.cases
                  .map((c) => `${c.itemName}，${c.rateable ? '可以评价' : '已经评价过了'}`)
                  .join('。')
              }
            />
          </div>
          <CaseList
            result={mode.result}
            byCard={false}
            action={(c) =>
              c.rateable ? (
                <button
                  type="button"
                  className="btn btn-primary btn-large"
                  onClick={() => rate(c, mode.result)}
                >
                  评价这次办理
                </button>
              ) : (
                <p className="case-rated">
                  <FormIcon name="check" size={32} />
                  已评价（每次办理只评价一次）
                </p>
              )
            }
          />
          <div className="step-actions">
            <button
              type="button"
              className="btn btn-secondary btn-large"
              onClick={() => setMode({ step: 'lookup' })}
            >
              换一个编号
            </button>
          </div>
        </section>
      ) : null}

      {mode.step === 'form' ? (
        <RatingForm
          key={`${mode.target.kind}-${'number' in mode.target ? mode.target.number : ''}`}
          target={mode.target}
          subject={mode.subject}
          onCancel={target ? () => navigate({ type: 'back' }) : () => setMode(mode.back)}
          finish={<FinishButtons />}
        />
      ) : null}
    </main>
  );
}
