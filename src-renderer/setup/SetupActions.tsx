/** The setup wizard's 上一步 / 下一步 row, the same under every step. */
import type { ReactElement } from 'react';

export function SetupActions({
  back,
  next,
  backLabel = '上一步',
  nextLabel = '下一步',
  nextDisabled = false,
}: {
  back?: () => void;
  next: () => void;
  backLabel?: string;
  nextLabel?: string;
  nextDisabled?: boolean;
}): ReactElement {
  return (
    <div className="step-actions">
      {back ? (
        <button type="button" className="btn btn-secondary btn-large" onClick={back}>
          {backLabel}
        </button>
      ) : null}
      <button type="button" className="btn btn-primary btn-large" disabled={nextDisabled} onClick={next}>
        {nextLabel}
      </button>
    </div>
  );
}
