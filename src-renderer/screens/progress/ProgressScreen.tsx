/**
 * 进度查询: by 申报编号 and the ID's last four, or by the ID card on the reader. The results show each case's
 * timeline and next step; a case not yet rated can be rated here (the form opens in place, so the results
 * are still there afterwards).
 */
import { useCallback, useState, type ReactElement } from 'react';
import type { ProgressCase, ProgressResult } from '../../../src-main/contract/citizen.types.js';
import { useKiosk } from '../../app/kiosk-context.js';
import { RatingForm } from '../rating/RatingForm.js';
import { CardQuery } from './CardQuery.js';
import { ChooseStep } from './ChooseStep.js';
import { NumberQuery } from './NumberQuery.js';
import { ResultsStep, type Found } from './ResultsStep.js';
import './progress.css';
import { rememberCases } from '../../app/recent-cases.js';

type Mode =
  | { step: 'choose' }
  | { step: 'number' }
  | { step: 'card' }
  | ({ step: 'results' } & Found)
  | ({ step: 'rating'; c: ProgressCase } & Found);

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
        <ChooseStep onNumber={() => setMode({ step: 'number' })} onCard={() => setMode({ step: 'card' })} />
      ) : null}

      {mode.step === 'number' ? <NumberQuery title="输入申报编号查询" onFound={foundByNumber} /> : null}

      {mode.step === 'card' ? (
        <CardQuery onFound={foundByCard} onUseNumber={() => setMode({ step: 'number' })} />
      ) : null}

      {mode.step === 'results' ? (
        <ResultsStep
          found={mode}
          onRate={(c) => setMode({ ...mode, step: 'rating', c })}
          onAgain={() => setMode({ step: 'choose' })}
          onHome={() => navigate({ type: 'home' })}
        />
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
