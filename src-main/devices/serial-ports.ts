/**
 * The serial ports a field tech can pick from: what serialport's OS enumeration reports, or, on a Linux
 * box without udev (`udevadm` missing: minimal images, containers), the UARTs and USB adapters sysfs
 * shows. PTYs (socat links, emulators) are never listed by either.
 */
import fs from 'node:fs';
import path from 'node:path';
import { serialPortPackage } from './lazy-packages.js';

export interface PortInfo {
  path: string;
  manufacturer?: string | undefined;
  serialNumber?: string | undefined;
  vendorId?: string | undefined;
  productId?: string | undefined;
}

const SYSFS_TTY = '/sys/class/tty';
const SERIAL_NAME = /^tty(S|USB|ACM|AMA|mxc|O)\d+$/;

function readTrimmed(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Serial ports from sysfs: names of UART/USB ttys with a device behind them (a ttyS of type 0 has none). */
export function sysfsSerialPorts(root = SYSFS_TTY): PortInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(root);
  } catch {
    return [];
  }
  return names
    .filter((name) => SERIAL_NAME.test(name))
    .filter((name) => fs.existsSync(path.join(root, name, 'device')))
    .filter((name) => !name.startsWith('ttyS') || readTrimmed(path.join(root, name, 'type')) !== '0')
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((name) => ({ path: `/dev/${name}` }));
}

function isMissingUdev(error: unknown): boolean {
  const e = error as { code?: unknown; path?: unknown } | null;
  return e?.code === 'ENOENT' && e.path === 'udevadm';
}

/** The OS's serial ports; on Linux without udev, the sysfs view instead of an error. */
export async function listSerialPorts(
  list: () => Promise<PortInfo[]> = () => serialPortPackage().SerialPort.list(),
  sysfsRoot = SYSFS_TTY,
): Promise<PortInfo[]> {
  try {
    return await list();
  } catch (error) {
    if (process.platform === 'linux' && isMissingUdev(error)) return sysfsSerialPorts(sysfsRoot);
    throw error;
  }
}
