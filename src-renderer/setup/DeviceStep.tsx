/** Setup, steps 4 and 5: the receipt printer's or the ID-card reader's port, and its test. */
import type { ReactElement } from 'react';
import type { SerialPortChoice } from '../../src-main/contract/admin.types.js';
import type { FormError } from '../admin/admin-api.js';
import { errorFor } from '../admin/fields.js';
import { PortPicker } from '../admin/tabs/DevicesTab.js';
import { SetupActions } from './SetupActions.js';

export interface SetupDevices {
  printerPort: string;
  printerBaud: number;
  readerPort: string;
  readerBaud: number;
}

export function DeviceStep({
  which,
  devices,
  setDevices,
  ports,
  editing,
  setEditing,
  error,
  busy,
  test,
  onTest,
  onBack,
  onNext,
}: {
  which: 'printer' | 'reader';
  devices: SetupDevices;
  setDevices: (devices: SetupDevices) => void;
  ports: SerialPortChoice[];
  editing: string | null;
  setEditing: (name: string | null) => void;
  error: FormError;
  busy: boolean;
  test: { ok: boolean; text: string } | null;
  onTest: () => void;
  onBack: () => void;
  onNext: () => void;
}): ReactElement {
  return (
    <>
      <PortPicker
        which={which}
        label={which === 'printer' ? '凭条打印机' : '身份证读卡器'}
        port={which === 'printer' ? devices.printerPort : devices.readerPort}
        baud={which === 'printer' ? devices.printerBaud : devices.readerBaud}
        ports={ports}
        onPort={(p) => setDevices({ ...devices, [`${which}Port`]: p })}
        onBaud={(b) => setDevices({ ...devices, [`${which}Baud`]: b })}
        editing={editing}
        setEditing={setEditing}
        error={errorFor(error, `${which}Port`)}
      />
      <p className="admin-hint">
        {which === 'printer'
          ? '选好后点“打印测试”，确认打印机能出纸。'
          : '把一张身份证放在读卡区，再点“读卡测试”。'}
      </p>
      <button type="button" className="btn btn-primary btn-large" disabled={busy} onClick={onTest}>
        {which === 'printer' ? '打印测试' : '读卡测试'}
      </button>
      <div role="status" data-test-result={which === 'printer' ? 'print' : 'read'}>
        {test ? <p className="ok-message">{test.text}</p> : null}
        {error && !error.field?.endsWith('Port') ? (
          <p className="error-message-inline">{error.message}</p>
        ) : null}
      </div>
      <SetupActions back={onBack} next={onNext} nextDisabled={!test?.ok} />
    </>
  );
}
