/** 进度查询, results: each case's timeline and next step, 评价这次办理 for a case not yet rated. */
import type { ReactElement } from 'react';
import type { ProgressCase, ProgressResult } from '../../../src-main/contract/citizen.types.js';
import { Icon } from '../../components/icons.js';
import { SpeakButton } from '../../components/SpeakButton.js';
import { FormIcon } from '../../form/form-icons.js';
import { progressLinkNote } from '../../../src-main/contract/kiosk-promises.js';
import { CaseList, showOfflineNote } from './CaseList.js';
import { spelled } from './progress-format.js';

/** What a query found, and whether by card (then the name and all the cases) or by number. */
export type Found = { result: ProgressResult; byCard: boolean };

function summary({ result, byCard }: Found): string {
  const head = byCard
    ? `${result.maskedName ?? ''}，查到 ${result.cases.length} 件办件。`
    : result.cases.length === 0
      ? '没有查到办件。'
      : '';
  const offline = showOfflineNote(result, byCard) ? (progressLinkNote(result.link, byCard, true) ?? '') : '';
  const cases = result.cases
    .map((c) => `${c.itemName}，申报编号 ${spelled(c.number)}，当前状态：${c.status}。下一步：${c.nextStep}`)
    .join('');
  return head + offline + cases;
}

export function ResultsStep({
  found,
  onRate,
  onAgain,
  onHome,
}: {
  found: Found;
  onRate: (c: ProgressCase) => void;
  onAgain: () => void;
  onHome: () => void;
}): ReactElement {
  return (
    <section className="step progress-results" aria-labelledby="progress-results-title">
      <div className="section-head">
        <h2 id="progress-results-title">
          {found.byCard
            ? `${found.result.maskedName ?? ''} 的办件（共 ${found.result.cases.length} 件）`
            : '查询结果'}
        </h2>
        <SpeakButton text={() => summary(found)} />
      </div>
      {found.byCard ? <p className="step-prompt">查询完成，请取走您的身份证。</p> : null}
      <CaseList
        result={found.result}
        byCard={found.byCard}
        action={(c) =>
          c.rateable ? (
            <button type="button" className="btn btn-secondary btn-large" onClick={() => onRate(c)}>
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
        <button type="button" className="btn btn-secondary btn-large" onClick={onAgain}>
          再查一件
        </button>
        <button type="button" className="btn btn-primary btn-large" onClick={onHome}>
          返回首页
        </button>
      </div>
    </section>
  );
}
