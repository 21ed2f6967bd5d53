/** `kiosk config`: shows and changes settings on a real data folder, validated like every other write. */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../../src-main/cli/main.js';
import { ConfigService } from '../../../src-main/services/config/config.service.js';
import { openDatabase } from '../../../src-main/store/database.js';
import { SettingsRepository } from '../../../src-main/store/settings.repository.js';
import { tempDir } from '../../helpers/temp-dir.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function kiosk(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function folder(): string {
  const t = tempDir('cli-config');
  cleanups.push(t.remove);
  return t.dir;
}

const stored = (dir: string) => {
  const db = openDatabase(path.join(dir, 'kiosk.db'));
  try {
    return new ConfigService(new SettingsRepository(db)).get();
  } finally {
    db.close();
  }
};

describe('kiosk config', () => {
  it('shows the settings as JSON (the demo defaults on a fresh folder)', async () => {
    const dir = folder();
    const shown = await kiosk('config', '--data', dir);
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.out)).toMatchObject({ simulatedDevices: true, idleTimeoutSec: 90, a4Queue: '' });
  });

  it('sets booleans, numbers, text and objects with their types, kept for the next start', async () => {
    const dir = folder();
    expect((await kiosk('config', 'set', 'simulatedDevices', 'false', '--data', dir)).code).toBe(0);
    expect((await kiosk('config', 'set', 'idleTimeoutSec', '120', '--data', dir)).code).toBe(0);
    const queue = await kiosk('config', 'set', 'a4Queue', 'KIOSK_A4', '--data', dir);
    expect(queue.out).toContain('a4Queue = "KIOSK_A4"');
    expect(queue.out).toContain('重启');
    expect((await kiosk('config', 'set', 'a4Options', '{"media":"A4"}', '--data', dir)).code).toBe(0);
    expect(stored(dir)).toMatchObject({
      simulatedDevices: false,
      idleTimeoutSec: 120,
      a4Queue: 'KIOSK_A4',
      a4Options: { media: 'A4' },
    });
  });

  it('refuses a value of the wrong type or out of range, and an unknown setting, changing nothing', async () => {
    const dir = folder();
    const notBool = await kiosk('config', 'set', 'simulatedDevices', 'no', '--data', dir);
    expect(notBool.code).toBe(1);
    expect(notBool.err).toContain('true 或 false');
    const tooShort = await kiosk('config', 'set', 'idleTimeoutSec', '1', '--data', dir);
    expect(tooShort.code).toBe(1);
    expect(tooShort.err).toContain('idleTimeoutSec');
    const unknown = await kiosk('config', 'set', 'colour', 'red', '--data', dir);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown setting');
    expect((await kiosk('config', 'set', 'hallName', '--data', dir)).code).toBe(2);
    expect(stored(dir)).toMatchObject({ simulatedDevices: true, idleTimeoutSec: 90 });
  });
});
