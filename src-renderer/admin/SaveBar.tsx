/** 保存 with the outcome: 已保存 or the core's message (when it names no field shown on the screen). */
import type { ReactElement } from 'react';
import type { FormError } from './admin-api.js';

export function SaveBar({
  onSave,
  busy,
  saved,
  error,
  label = '保存',
}: {
  onSave: () => void;
  busy: boolean;
  saved: boolean;
  error: FormError;
  label?: string;
}): ReactElement {
  return (
    <div className="admin-savebar">
      <button type="button" className="btn btn-primary btn-large" disabled={busy} onClick={onSave}>
        {label}
      </button>
      <div role="status" className="admin-save-status">
        {saved ? <p className="ok-message">✓ 已保存，立即生效</p> : null}
        {error && !saved ? <p className="error-message-inline">保存失败：{error.message}</p> : null}
      </div>
    </div>
  );
}
