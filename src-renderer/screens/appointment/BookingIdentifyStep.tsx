/** 预约 › 身份核验: the declaration's card step, with the line that says why a card was not taken. */
import type { ReactElement } from 'react';
import type { IdCardData } from '../../../src-main/contract/devices.types.js';
import { IdentifyStep } from '../declare/IdentifyStep.js';

export function BookingIdentifyStep({
  cardProblem,
  onCard,
  onManual,
}: {
  cardProblem: string | null;
  onCard: (card: IdCardData) => void;
  onManual: () => void;
}): ReactElement {
  return (
    <>
      {cardProblem ? (
        <p className="error-message-inline" role="alert">
          {cardProblem}
        </p>
      ) : null}
      <IdentifyStep onCard={onCard} onManual={onManual} />
    </>
  );
}
