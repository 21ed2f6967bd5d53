/** 预约 › 日期/时段 while the slots are on their way, or when they could not be had: a wait or a retry. */
import type { ReactElement } from 'react';

export function SlotsStatus({
  status,
  onRetry,
}: {
  status: { status: 'loading' } | { status: 'error'; message: string };
  onRetry: () => void;
}): ReactElement {
  if (status.status === 'loading')
    return (
      <p className="loading" role="status">
        正在查询可预约的时间，请稍候……
      </p>
    );
  return (
    <div className="step">
      <p className="error-message-inline" role="alert">
        {status.message}
      </p>
      <div className="step-actions">
        <button type="button" className="btn btn-primary btn-large" onClick={onRetry}>
          再试一次
        </button>
      </div>
    </div>
  );
}
