/**
 * 进度查询: by 申报编号 and the ID's last four, or by the ID card on the reader. The results show each case's
 * timeline and next step; a case not yet rated can be rated here (the form opens in place, so the results
 * are still there afterwards).
 */
import { useCallback, useState, type ReactElement } from 'react';
import type { ProgressCase, ProgressResult } from '../../../src-main/contract/citizen.types.js';
import { useKiosk } from '../../app/kiosk-context.js';
import { Icon } from '../../components/icons.js';
import { SpeakButton } from '../../components/SpeakButton.js';
import { FormIcon } from '../../form/form-icons.js';
import { RatingForm } from '../rating/RatingForm.js';
import { CardQuery } from './CardQuery.js';
import { CaseList, showOfflineNote } from './CaseList.js';
import { NumberQuery } from './NumberQuery.js';
import { spelled } from './progress-format.js';
import './progress.css';
import { rememberCases } from '../../app/recent-cases.js';

type Found = { result: ProgressResult; byCard: boolean };
type Mode =
  | { step: 'choose' }
  | { step: 'number' }
  | { step: 'card' }
  | ({ step: 'results' } & Found)
  | ({ step: 'rating'; c: ProgressCase } & Found);

function summary({ result, byCard }: Found): string {
  const head = byCard
    ? `${result.maskedName ?? ''}，查到 ${result.cases.length} 件办件。`
    : result.cases.length === 0
      ? '没有查到办件。'
      : '';
  const offline = showOfflineNote(result, byCard) ? '暂时连不上审批系统，显示的是最近一次同步的状态。' : '';
  const cases = result.cases
    .map((c) => `${c.itemName}，申报编号 ${spelled(c.number)}，当前状态：${c.status}。下一步：${c.nextStep}`)
    .join('');
  return head + offline + cases;
}

function markRated(result: ProgressResult, number: string): ProgressResult {
  return { ...result, cases: result.cases.map((c) => (c.number === number ? { ...c, rateable: false } : c)) };
}

export function ProgressScreen(): ReactElement {
  const { bridge, navigate } = useKiosk();
  const [mode, setMode] = useState<Mode>({ step: 'choose' });
  const remember = useCallback(
    (result: ProgressResult) =>
      rememberCases(
        bridge,
        result.cases.filter((c) => c.rateable).map((c) => ({ number: c.number, itemName: c.itemName })),
      ),
    [bridge],
  );
  const foundByNumber = useCallback(
    (result: ProgressResult) => {
      remember(result);
      setMode({ step: 'results', result, byCard: false });
    },
    [remember],
  );
  const foundByCard = useCallback(
    (result: ProgressResult) => {
      remember(result);
      setMode({ step: 'results', result, byCard: true });
    },
    [remember],
  );

  return (
    <main className="screen-body progress-screen" aria-label="进度查询">
      {mode.step === 'choose' ? (
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
            <button type="button" className="choice-tile" onClick={() => setMode({ step: 'number' })}>
              <Icon name="declare" size={64} />
              <span className="choice-title">输入申报编号查询</span>
              <span className="choice-sub">回执上的申报编号 + 身份证号后四位</span>
            </button>
            <button type="button" className="choice-tile" onClick={() => setMode({ step: 'card' })}>
              <Icon name="progress" size={64} />
              <span className="choice-title">刷身份证查询</span>
              <span className="choice-sub">查看您的全部办件</span>
            </button>
          </div>
        </section>
      ) : null}

      {mode.step === 'number' ? <NumberQuery title="输入申报编号查询" onFound={foundByNumber} /> : null}

      {mode.step === 'card' ? (
        <CardQuery onFound={foundByCard} onUseNumber={() => setMode({ step: 'number' })} />
      ) : null}

      {mode.step === 'results' ? (
        <section className="step progress-results" aria-labelledby="progress-results-title">
          <div className="section-head">
            <h2 id="progress-results-title">
              {mode.byCard
                ? `${mode.result.maskedName ?? ''} 的办件（共 ${mode.result.cases.length} 件）`
                : '查询结果'}
            </h2>
            <SpeakButton text={() => summary(mode)} />
          </div>
          {mode.byCard ? <p className="step-prompt">查询完成，请取走您的身份证。</p> : null}
          <CaseList
            result={mode.result}
            byCard={mode.byCard}
            action={(c) =>
              c.rateable ? (
                <button
                  type="button"
                  className="btn btn-secondary btn-large"
                  onClick={() => setMode({ ...mode, step: 'rating', c })}
                >
                  <Icon name="rating" size={36} />
                  评价这次办理
                </button>
              ) : (
                <p className="case-rated">
                  <FormIcon name="check" size={32} />
                  已评价
                </p>
              )
            }
          />
          <div className="step-actions">
            <button
              type="button"
              className="btn btn-secondary btn-large"
              onClick={() => setMode({ step: 'choose' })}
            >
              再查一件
            </button>
            <button
              type="button"
              className="btn btn-primary btn-large"
              onClick={() => navigate({ type: 'home' })}
            >
              返回首页
            </button>
          </div>
        </section>
      ) : null}

      {mode.step === 'rating' ? (
        <RatingForm
          target={{ kind: 'case', number: mode.c.number }}
          subject={`${mode.c.itemName}（申报编号 ${mode.c.number}）`}
          cancelLabel="不评价了，返回查询结果"
          onCancel={() => setMode({ step: 'results', result: mode.result, byCard: mode.byCard })}
          onRated={() => setMode({ ...mode, result: markRated(mode.result, mode.c.number) })}
          finish={
            <button
              type="button"
              className="btn btn-primary btn-large"
              onClick={() => setMode({ step: 'results', result: mode.result, byCard: mode.byCard })}
            >
              返回查询结果
            </button>
          }
        />
      ) : null}
    </main>
  );
}
