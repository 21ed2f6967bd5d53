/**
 * Serial-port transport for the reader (serialport 13): open a path at a baud rate, write, listen,
 * and learn when the port fails or closes (a USB reader unplugged, a PTY whose other end went away).
 */
import type { SerialPort } from 'serialport';
import { serialPortPackage } from '../lazy-packages.js';
import type { DeviceError } from '../../contract/errors.js';
import { driverError } from './idcard.errors.js';
import type { IdCardTransport } from './idcard.types.js';

export const DEFAULT_BAUD_RATE = 115200;

export interface SerialTransport extends IdCardTransport {
  readonly path: string;
  readonly isOpen: boolean;
  /** Closes the port; resolves when closed (also when it was already closed). */
  close(): Promise<void>;
  /** Called once when the port closes for any reason (unplug, error, close()). */
  onClose(cb: (err?: Error) => void): () => void;
  onError(cb: (err: Error) => void): () => void;
}

export interface SerialTransportOptions {
  path: string;
  baudRate?: number;
}

/** Opens the port; rejects with DeviceError 'port-open' when it cannot. */
export function openSerialTransport(options: SerialTransportOptions): Promise<SerialTransport> {
  const port = new (serialPortPackage().SerialPort)({
    path: options.path,
    baudRate: options.baudRate ?? DEFAULT_BAUD_RATE,
    autoOpen: false,
  });
  return new Promise<SerialTransport>((resolve, reject) => {
    port.open((err) => {
      if (err) {
        reject(driverError('port-open', `${options.path}: ${err.message}`) satisfies DeviceError);
        return;
      }
      resolve(wrap(port, options.path));
    });
  });
}

function wrap(port: SerialPort, path: string): SerialTransport {
  // Without an 'error' listener a failing port would crash the process.
  port.on('error', () => undefined);
  return {
    path,
    get isOpen() {
      return port.isOpen;
    },
    write(buf: Uint8Array): Promise<void> {
      return new Promise<void>((resolve, reject) => {
        if (!port.isOpen) {
          reject(driverError('port-closed', path));
          return;
        }
        port.write(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), (err) => {
          if (err) reject(driverError('write-failed', err.message));
          else port.drain((e) => (e ? reject(driverError('write-failed', e.message)) : resolve()));
        });
      });
    },
    onData(cb) {
      const listener = (chunk: Buffer): void => cb(chunk);
      port.on('data', listener);
      return () => port.off('data', listener);
    },
    onClose(cb) {
      const listener = (err?: Error): void => cb(err ?? undefined);
      port.on('close', listener);
      return () => port.off('close', listener);
    },
    onError(cb) {
      port.on('error', cb);
      return () => port.off('error', cb);
    },
    close(): Promise<void> {
      return new Promise<void>((resolve) => {
        if (!port.isOpen) {
          resolve();
          return;
        }
        port.close(() => resolve());
      });
    },
  };
}
