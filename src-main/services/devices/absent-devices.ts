/**
 * Placeholders for a device the kiosk has none of (real mode with an empty port): always disconnected,
 * every use refused with a typed error and a Chinese sentence.
 */
import type { ReaderStatus } from '../../contract/devices.types.js';
import { DeviceError } from '../../contract/errors.js';
import type { IdCard } from '../../devices/idcard/idcard.types.js';
import type { PrinterStatus } from '../../devices/printer/printer.types.js';
import { DEVICE_LABELS, type CardReaderDevice, type ReceiptPrinterDevice } from './device.types.js';

export class AbsentCardReader implements CardReaderDevice {
  readonly simulated = false;

  status(): ReaderStatus {
    return { state: 'disconnected', simulated: false, label: DEVICE_LABELS.noReader };
  }

  readCard(): Promise<IdCard> {
    return Promise.reject(
      new DeviceError(
        'idcard',
        'not-configured',
        'no reader configured',
        '本机未配置身份证读卡器，请到窗口办理。',
      ),
    );
  }

  on(): () => void {
    return () => undefined;
  }

  start(): void {}

  close(): Promise<void> {
    return Promise.resolve();
  }
}

export class AbsentReceiptPrinter implements ReceiptPrinterDevice {
  readonly simulated = false;
  readonly label = DEVICE_LABELS.noPrinter;

  status(): Promise<PrinterStatus> {
    return Promise.resolve({ state: 'no-answer', connected: false });
  }

  print(): Promise<void> {
    return Promise.reject(
      new DeviceError(
        'printer',
        'not-configured',
        'no receipt printer configured',
        '本机未配置凭条打印机，请联系工作人员。',
      ),
    );
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
