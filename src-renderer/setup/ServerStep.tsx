/** Setup, step 1: the district server's address, on the technician keyboard. */
import type { ReactElement } from 'react';
import type { FormError } from '../admin/admin-api.js';
import { errorFor, TextField } from '../admin/fields.js';
import { SetupActions } from './SetupActions.js';

export function ServerStep({
  server,
  setServer,
  editing,
  setEditing,
  error,
  onNext,
}: {
  server: string;
  setServer: (value: string) => void;
  editing: string | null;
  setEditing: (name: string | null) => void;
  error: FormError;
  onNext: () => void;
}): ReactElement {
  return (
    <>
      <p>请输入区级服务器的地址，例如 https://zwfw.zichuan.example.cn/</p>
      <TextField
        name="server"
        label="服务器地址"
        value={server}
        onChange={setServer}
        keyboard="tech"
        maxLength={300}
        editing={editing}
        setEditing={setEditing}
        error={errorFor(error, 'serverUrl')}
      />
      <SetupActions next={onNext} nextDisabled={!/^https?:\/\/.+/.test(server)} />
    </>
  );
}
