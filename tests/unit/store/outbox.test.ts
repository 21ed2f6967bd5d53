import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreCorruptError } from '../../../src-main/contract/errors.js';
import { openDatabase, type Db } from '../../../src-main/store/database.js';
import { fileDeviceKey } from '../../../src-main/store/device-key.js';
import { chinaDay, OutboxRepository } from '../../../src-main/store/outbox.repository.js';
import { open, seal } from '../../../src-main/store/sealed-box.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { complaintPayload, declarationPayload, ratingPayload } from '../../helpers/outbox-payloads.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function setup(): { db: Db; repo: OutboxRepository; dir: string } {
  const t = tempDir('outbox');
  const db = openDatabase(path.join(t.dir, 'kiosk.db'));
  cleanups.push(t.remove);
  cleanups.unshift(() => db.close());
  return { db, repo: new OutboxRepository(db, fileDeviceKey(t.dir), () => 'ZCKL01'), dir: t.dir };
}

const SECRETS = { name: '韩红英', idNumber: '370302199001010029', phone: '13805331234' };
const PERSONAL = declarationPayload(SECRETS);

describe('outbox', () => {
  it('numbers rows per day with the hall code and keeps them pending', () => {
    const { repo } = setup();
    const now = new Date('2026-11-25T02:00:00Z');
    const a = repo.enqueue(
      { kind: 'declaration', itemId: 'dibao-confirm', payload: PERSONAL, summary: { itemName: '低保' } },
      now,
    );
    const b = repo.enqueue({ kind: 'rating', payload: ratingPayload(), summary: {} }, now);
    expect(a.localNumber).toBe('ZCKL01202611250001');
    expect(b.localNumber).toBe('ZCKL01202611250002');
    expect(a.state).toBe('pending');
    expect(a.hasPayload).toBe(true);
    expect(repo.payload(a.id)).toEqual(PERSONAL);
    expect(chinaDay(new Date('2026-11-25T16:30:00Z'))).toBe('20261126');
  });

  it('tells its listeners of each row it takes, until they unsubscribe', () => {
    const { repo } = setup();
    const seen: string[] = [];
    const off = repo.onEnqueued((row) => seen.push(row.localNumber));
    const a = repo.enqueue({ kind: 'rating', payload: ratingPayload(), summary: {} });
    off();
    repo.enqueue({ kind: 'rating', payload: ratingPayload({ level: 4 }), summary: {} });
    expect(seen).toEqual([a.localNumber]);
  });

  it('never stores personal data in clear in the database file', () => {
    const { db, repo, dir } = setup();
    repo.enqueue({ kind: 'declaration', payload: PERSONAL, summary: { maskedName: '韩*英' } });
    db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = Buffer.concat(
      fs
        .readdirSync(dir)
        .filter((f) => f.startsWith('kiosk.db'))
        .map((f) => fs.readFileSync(path.join(dir, f))),
    );
    for (const secret of Object.values(SECRETS)) {
      expect(bytes.includes(Buffer.from(secret, 'utf8')), secret).toBe(false);
      expect(bytes.includes(Buffer.from(secret, 'utf16le')), secret).toBe(false);
    }
    expect(fs.statSync(path.join(dir, 'device.key')).mode & 0o777).toBe(0o600);
  });

  it('drops the personal data when the server acknowledges, keeping the case number', () => {
    const { repo } = setup();
    const row = repo.enqueue({ kind: 'declaration', payload: PERSONAL, summary: {} });
    repo.markSent(row.id, { caseNumber: 'ZC20261125000001', status: '已提交' });
    const sent = repo.get(row.id)!;
    expect(sent).toMatchObject({
      state: 'sent',
      caseNumber: 'ZC20261125000001',
      caseStatus: '已提交',
      hasPayload: false,
    });
    expect(repo.payload(row.id)).toBeUndefined();
    expect(repo.counts()).toEqual({ pending: 0, sent: 1, dead: 0 });
  });

  it('drains oldest due first, retries later, and dead-letters with a reason', () => {
    const { repo } = setup();
    const t0 = new Date('2026-11-25T00:00:00Z');
    const a = repo.enqueue({ kind: 'complaint', payload: complaintPayload(), summary: {} }, t0);
    const b = repo.enqueue(
      { kind: 'complaint', payload: complaintPayload(), summary: {} },
      new Date(t0.getTime() + 1000),
    );
    expect(repo.due(new Date(t0.getTime() + 5000), 10).map((r) => r.id)).toEqual([a.id, b.id]);
    repo.markRetry(a.id, 'OFFLINE', new Date(t0.getTime() + 60_000));
    expect(repo.due(new Date(t0.getTime() + 5000), 10).map((r) => r.id)).toEqual([b.id]);
    repo.markDead(b.id, '材料不全');
    expect(repo.get(b.id)).toMatchObject({ state: 'dead', lastError: '材料不全', attempts: 1 });
    repo.revive(b.id, t0);
    expect(repo.get(b.id)?.state).toBe('pending');
  });

  it('uses its index for the drain query', () => {
    const { db } = setup();
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT * FROM outbox WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT 10`,
      )
      .all('2026') as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING (COVERING )?INDEX outbox_drain/);
  });
});

describe('sealed box', () => {
  it('round-trips and refuses tampering or another key', () => {
    const key = Buffer.alloc(32, 7);
    const sealed = seal(Buffer.from('韩红英'), key);
    expect(open(sealed, key).toString()).toBe('韩红英');
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1]! ^= 1;
    expect(() => open(tampered, key)).toThrow(StoreCorruptError);
    expect(() => open(sealed, Buffer.alloc(32, 8))).toThrow(StoreCorruptError);
  });
});

describe('wrapped device key', () => {
  it('keeps the key wrapped by the OS key store, and the same key across restarts', async () => {
    const { wrappedDeviceKey, WRAPPED_KEY_FILE } = await import('../../../src-main/store/device-key.js');
    const t = tempDir('wrapped-key');
    cleanups.push(t.remove);
    const wrapper = {
      isEncryptionAvailable: () => true,
      encryptString: (plain: string) => Buffer.from(plain, 'utf8').reverse(),
      decryptString: (sealed: Buffer) => Buffer.from(sealed).reverse().toString('utf8'),
    };
    const first = wrappedDeviceKey(t.dir, wrapper)();
    const again = wrappedDeviceKey(t.dir, wrapper)();
    expect(again.equals(first)).toBe(true);
    expect(fs.existsSync(path.join(t.dir, WRAPPED_KEY_FILE))).toBe(true);
    expect(fs.existsSync(path.join(t.dir, 'device.key'))).toBe(false);
    // The key store unavailable later: the wrapped key is refused, never replaced by a new plain key
    // (that would leave the sealed outbox unreadable); see tests/unit/store/device-key.test.ts.
    expect(() => wrappedDeviceKey(t.dir, { ...wrapper, isEncryptionAvailable: () => false })()).toThrow(
      /系统密钥库不可用/,
    );
    expect(fs.existsSync(path.join(t.dir, 'device.key'))).toBe(false);
  });
});
