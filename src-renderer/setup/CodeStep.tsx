/** Setup, step 2: the one-time enrollment code; 注册 enrolls the kiosk with the district. */
import type { ReactElement } from 'react';
import type { FormError } from '../admin/admin-api.js';
import { errorFor, FieldError, TextField } from '../admin/fields.js';
import { SetupActions } from './SetupActions.js';

export function CodeStep({
  code,
  setCode,
  editing,
  setEditing,
  error,
  busy,
  onBack,
  onRegister,
}: {
  code: string;
  setCode: (value: string) => void;
  editing: string | null;
  setEditing: (name: string | null) => void;
  error: FormError;
  busy: boolean;
  onBack: () => void;
  onRegister: () => void;
}): ReactElement {
  return (
    <>
      <p>请输入区里发放的一次性注册码</p>
      <TextField
        name="code"
        label="注册码"
        value={code}
        onChange={(v) => setCode(v.toUpperCase())}
        keyboard="techUpper"
        maxLength={32}
        editing={editing}
        setEditing={setEditing}
        error={errorFor(error, 'code')}
      />
      <FieldError message={error && !error.field?.match(/^(code)$/) ? error.message : undefined} />
      <SetupActions back={onBack} nextLabel="注册" nextDisabled={code.length < 4 || busy} next={onRegister} />
    </>
  );
}
