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
let serialPort: SerialPortPackage | undefined;
let thermalPrinter: ThermalPrinterPackage | undefined;
let iconv: IconvPackage | undefined;
let qrcodeModule: QrcodePackage | undefined;

export function serialPortPackage(): SerialPortPackage {
  serialPort ??= require('serialport') as SerialPortPackage;
  return serialPort;
}

export function thermalPrinterPackage(): ThermalPrinterPackage {
  thermalPrinter ??= require('node-thermal-printer') as ThermalPrinterPackage;
  return thermalPrinter;
}

export function iconvPackage(): IconvPackage {
  iconv ??= require('iconv-lite') as IconvPackage;
  return iconv;
}

export function qrcode(): QrcodePackage {
  qrcodeModule ??= require('qrcode') as QrcodePackage;
  return qrcodeModule;
}
