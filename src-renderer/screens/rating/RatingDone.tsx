/** 好差评, done: thanks with what follows (a 差评 is followed up), or a calm 已评价 for a second rating. */
import type { ReactElement, ReactNode } from 'react';
import type { RatingResult } from '../../../src-main/contract/citizen.types.js';
import { FOLLOW_UP_WORKING_DAYS, RATING_LEVELS } from '../../../src-main/contract/feedback.js';
import { handInNote, poorRatingFollowUp } from '../../../src-main/contract/kiosk-promises.js';
import { useKiosk } from '../../app/kiosk-context.js';
import { linkAtHandIn, useKioskLink } from '../../app/use-kiosk-link.js';
import { SpeakButton } from '../../components/SpeakButton.js';
import { Stars } from './Stars.js';

/** How a rating ended: handed in now, or found already given. */
export type RatingOutcome = { kind: 'rated'; result: RatingResult } | { kind: 'already'; message: string };

export function RatingDone({
  outcome,
  subject,
  visit,
  finish,
}: {
  outcome: RatingOutcome;
  subject: string;
  visit: boolean;
  finish: ReactNode;
}): ReactElement {
  const { info } = useKiosk();
  const linkState = useKioskLink();
  if (outcome.kind === 'already') {
    return (
      <section className="step rating-done" aria-labelledby="rating-done-title" data-testid="rating-already">
        <div className="section-head">
          <h2 id="rating-done-title">已评价</h2>
          <SpeakButton text={() => outcome.message} />
        </div>
        <p className="step-prompt">{outcome.message}</p>
        <p>
          评价对象：{subject}。{visit ? '每次来大厅评价一次' : '每次办理评价一次'}
          ，之前的评价已经记录，无需再评。
        </p>
        <div className="step-actions">{finish}</div>
      </section>
    );
  }
  const { result } = outcome;
  const link = linkAtHandIn(linkState, result.online);
  const note = handInNote(link, '评价');
  const lines = [
    `您的评价“${RATING_LEVELS[result.level]}”已经记录。`,
    result.followUp
      ? poorRatingFollowUp(link, FOLLOW_UP_WORKING_DAYS, info.hallPhone)
      : '我们会继续努力，为您提供更好的服务。',
    ...(note ? [note] : []),
  ];
  return (
    <section className="step rating-done" aria-labelledby="rating-done-title" data-testid="rating-thanks">
      <div className="section-head">
        <h2 id="rating-done-title">感谢您的评价</h2>
        <SpeakButton text={() => `感谢您的评价。${lines.join('')}`} />
      </div>
      <p className="rating-given">
        <Stars count={result.level} size={44} />
        <strong>{RATING_LEVELS[result.level]}</strong>
      </p>
      {lines.map((line) => (
        <p key={line} className="step-prompt">
          {line}
        </p>
      ))}
      <p className="rating-tracking">
        评价编号：<span className="case-number">{result.trackingNumber}</span>
      </p>
      <div className="step-actions">{finish}</div>
    </section>
  );
}
