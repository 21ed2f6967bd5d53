import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listSerialPorts, sysfsSerialPorts } from '../../../src-main/devices/serial-ports.js';
import { tempDir } from '../../helpers/temp-dir.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** A sysfs tty folder: each entry a name, whether a device stands behind it, and its UART type. */
function fakeSysfs(entries: { name: string; device: boolean; type?: string }[]): string {
  const t = tempDir('sysfs');
  cleanup = t.remove;
  for (const e of entries) {
    const dir = path.join(t.dir, e.name);
    fs.mkdirSync(dir);
    if (e.device) fs.mkdirSync(path.join(dir, 'device'));
    if (e.type !== undefined) fs.writeFileSync(path.join(dir, 'type'), `${e.type}\n`);
  }
  return t.dir;
}

describe('serial ports', () => {
  it('sysfs: UARTs with hardware and USB adapters, never consoles, ptys or ghost UARTs', () => {
    const root = fakeSysfs([
      { name: 'tty0', device: false },
      { name: 'console', device: false },
      { name: 'ptmx', device: false },
      { name: 'ttyS0', device: true, type: '4' },
      { name: 'ttyS10', device: true, type: '4' },
      { name: 'ttyS2', device: true, type: '0' },
      { name: 'ttyUSB0', device: true },
      { name: 'ttyACM1', device: true },
      { name: 'ttyUSB9', device: false },
    ]);
    expect(sysfsSerialPorts(root).map((p) => p.path)).toEqual([
      '/dev/ttyACM1',
      '/dev/ttyS0',
      '/dev/ttyS10',
      '/dev/ttyUSB0',
    ]);
    expect(sysfsSerialPorts(path.join(root, 'missing'))).toEqual([]);
  });

  it('falls back to sysfs only when udevadm is missing on Linux; other errors pass through', async () => {
    const root = fakeSysfs([{ name: 'ttyUSB0', device: true }]);
    const noUdev = Object.assign(new Error('spawn udevadm ENOENT'), { code: 'ENOENT', path: 'udevadm' });
    const listed = listSerialPorts(() => Promise.reject(noUdev), root);
    if (process.platform === 'linux') await expect(listed).resolves.toEqual([{ path: '/dev/ttyUSB0' }]);
    else await expect(listed).rejects.toBe(noUdev);
    const other = new Error('boom');
    await expect(listSerialPorts(() => Promise.reject(other), root)).rejects.toBe(other);
    const ok = [{ path: 'COM3', manufacturer: 'Prolific' }];
    await expect(listSerialPorts(() => Promise.resolve(ok), root)).resolves.toBe(ok);
  });
});
