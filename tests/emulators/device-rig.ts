/**
 * The hall's two serial devices, emulated: an ID-card reader and a receipt printer, each behind its
 * own socat PTY pair. The kiosk under test opens `readerPort` / `printerPort` (or takes `config`).
 */
import { EscPosEmulator } from './escpos-emulator.js';
import { IdCardEmulator } from './idcard-emulator.js';
import { startPtyPair, type PtyPair } from './pty-pair.js';

export interface DeviceRig {
  reader: IdCardEmulator;
  printer: EscPosEmulator;
  readerPort: string;
  printerPort: string;
  /** The kiosk settings that point at these devices. */
  config: { simulatedDevices: false; readerPort: string; printerPort: string };
  /** Closes the emulators, then the PTY pairs. */
  close(): Promise<void>;
}

export async function startDeviceRig(): Promise<DeviceRig> {
  const opened: Array<{ close(): Promise<void> }> = [];
  const close = async (): Promise<void> => {
    for (const part of opened.splice(0).reverse()) await part.close();
  };
  try {
    const readerPty: PtyPair = await startPtyPair();
    opened.push(readerPty);
    const printerPty: PtyPair = await startPtyPair();
    opened.push(printerPty);
    const reader = await IdCardEmulator.open(readerPty.b);
    opened.push(reader);
    const printer = await EscPosEmulator.open(printerPty.b);
    opened.push(printer);
    return {
      reader,
      printer,
      readerPort: readerPty.a,
      printerPort: printerPty.a,
      config: { simulatedDevices: false, readerPort: readerPty.a, printerPort: printerPty.a },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
