/**
 * Packages required at their first use rather than with the kiosk's core: serialport,
 * node-thermal-printer (with pngjs) and iconv-lite for the devices, qrcode for the first QR code drawn.
 * A start with simulated devices opens no port and prints nothing, and loading them would take CPU from
 * the browser launching beside the core.
 */
import { createRequire } from 'node:module';
import type * as IconvLite from 'iconv-lite';
import type * as NodeThermalPrinter from 'node-thermal-printer';
import type * as QRCodeModule from 'qrcode';
import type * as SerialPortModule from 'serialport';

type SerialPortPackage = typeof SerialPortModule;
type ThermalPrinterPackage = typeof NodeThermalPrinter;
type IconvPackage = typeof IconvLite;
type QrcodePackage = typeof QRCodeModule;

const require = createRequire(import.meta.url);

/** `load` run at the first call, its value kept for every later one. */
function atFirstUse<T>(load: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= load());
}

// Each `require` is spelled out: the bundler keeps the package external, and the start-bundle test finds it.
export const serialPortPackage = atFirstUse(() => require('serialport') as SerialPortPackage);
export const thermalPrinterPackage = atFirstUse(
  () => require('node-thermal-printer') as ThermalPrinterPackage,
);
export const iconvPackage = atFirstUse(() => require('iconv-lite') as IconvPackage);
export const qrcode = atFirstUse(() => require('qrcode') as QrcodePackage);
