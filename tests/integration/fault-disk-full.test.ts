/**
 * A full disk under a running kiosk: its data folder is a small tmpfs, filled while citizens submit.
 * The kiosk refuses new submissions with a calm Chinese sentence that points to 呼叫工作人员, keeps every
 * accepted row, keeps serving guides, tells the admin screen and the heartbeat, and accepts again by
 * itself once space returns. Needs root (mount); the suite runs as root.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kioskHealth } from '../../src-main/services/sync/kiosk-health.js';
import { startKioskProcess } from '../helpers/kiosk-process.js';
import { tempDir } from '../helpers/temp-dir.js';

const isRoot = process.getuid?.() === 0;
const mount = tempDir('fault-disk');
const dataDir = path.join(mount.dir, 'data');
const filler = path.join(mount.dir, 'filler.bin');

beforeAll(() => {
  if (!isRoot) return;
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64m,mode=0700', 'tmpfs', mount.dir]);
});
afterAll(() => {
  if (isRoot) execFileSync('umount', ['-l', mount.dir]);
  mount.remove();
});

/** The disk part of what the heartbeat reports for this data folder (the outbox part is not under test). */
function heartbeatHealth(): Record<string, unknown> {
  return kioskHealth({
    dataDir,
    outbox: { counts: () => ({ pending: 0, sent: 0, dead: 0 }), oldestPending: () => [] },
  })();
}

/** Writes until the file system refuses: ENOSPC. */
function fillDisk(): void {
  const fd = fs.openSync(filler, 'w');
  const chunk = Buffer.alloc(1024 * 1024, 7);
  try {
    for (;;) fs.writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    fs.closeSync(fd);
  }
}

const complaint = (n: number) => ({
  category: '意见建议',
  text: `第 ${n} 条建议：增加座椅`,
  anonymous: true,
});

describe.skipIf(!isRoot)('a kiosk whose disk fills up', () => {
  it(
    'refuses calmly, keeps every row, serves guides, tells admin and heartbeat, resumes',
    { timeout: 120_000 },
    async () => {
      const kiosk = startKioskProcess({
        dataDir,
        from: 'src',
        env: { KIOSK_LOG_LEVEL: 'info', KIOSK_MIN_FREE_BYTES: String(4 * 1024 * 1024) },
      });
      const accepted: string[] = [];
      try {
        await kiosk.appUrl;
        for (const n of [1, 2]) {
          const answer = await kiosk.call('complaint.submit', complaint(n));
          expect(answer.ok).toBe(true);
          accepted.push((answer.value as { trackingNumber: string }).trackingNumber);
        }

        fillDisk();
        const refused = (await kiosk.call('complaint.submit', complaint(3))) as {
          ok: boolean;
          error?: { code: string; message: string };
        };
        expect(refused.ok).toBe(false);
        expect(refused.error?.code).toBe('STORE_FULL');
        expect(refused.error?.message).toContain('呼叫工作人员');
        expect(refused.error?.message).toContain('已提交的内容都已妥善保存');

        // Guides are still served (reading them also counts a view, which a full disk must not fail).
        const items = (await kiosk.call('catalog.popular')) as { ok: boolean; value: Array<{ id: string }> };
        expect(items.ok).toBe(true);
        const guide = await kiosk.call('catalog.item', { id: items.value[0]!.id });
        expect(guide.ok).toBe(true);
        expect((await kiosk.call('catalog.search', { query: '低保' })).ok).toBe(true);

        // The admin screen and the heartbeat are told.
        const entered = await kiosk.call('admin.enter', { pin: '123456' });
        expect(entered, JSON.stringify(entered)).toMatchObject({ ok: true });
        const overview = (await kiosk.call('admin.overview')) as {
          ok: boolean;
          value: { disk: { low: boolean; usedPct: number } };
        };
        expect(overview.ok).toBe(true);
        expect(overview.value.disk).toMatchObject({ low: true });
        expect(overview.value.disk.usedPct).toBeGreaterThan(90);
        expect(heartbeatHealth()).toMatchObject({ disk: { low: true } });
        await kiosk.call('admin.exit');

        // Space returns: the next submission is accepted, no restart.
        fs.rmSync(filler);
        expect(heartbeatHealth()).toMatchObject({ disk: { low: false } });
        const resumed = await kiosk.call('complaint.submit', complaint(4));
        expect(resumed.ok).toBe(true);
        accepted.push((resumed.value as { trackingNumber: string }).trackingNumber);
        expect(kiosk.child.exitCode).toBeNull();
      } finally {
        fs.rmSync(filler, { force: true });
        await kiosk.stop();
      }

      const db = new Database(path.join(dataDir, 'kiosk.db'), { readonly: true });
      const stored = db.prepare('SELECT local_number AS n FROM outbox ORDER BY id').all() as Array<{
        n: string;
      }>;
      db.close();
      expect(stored.map((r) => r.n)).toEqual(accepted);
    },
  );
});
