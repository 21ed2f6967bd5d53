/** The store's durability policy: FULL for the connection, NORMAL only inside relaxedWrite. */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, relaxedWrite, synchronousLevel } from '../../../src-main/store/database.js';
import { UsageRepository } from '../../../src-main/store/usage.repository.js';
import { tempDir } from '../../helpers/temp-dir.js';

const tmp = tempDir('durability');
afterAll(() => tmp.remove());

describe('synchronous level', () => {
  it('opens FULL, or NORMAL when asked (the bench compares both)', () => {
    const full = openDatabase(path.join(tmp.dir, 'full.db'));
    const normal = openDatabase(path.join(tmp.dir, 'normal.db'), undefined, { synchronous: 'NORMAL' });
    expect(synchronousLevel(full)).toBe('FULL');
    expect(synchronousLevel(normal)).toBe('NORMAL');
    full.close();
    normal.close();
  });

  it('relaxes only the one harmless write and restores FULL, even when it throws', () => {
    const db = openDatabase(path.join(tmp.dir, 'relaxed.db'));
    const seen = relaxedWrite(db, () => synchronousLevel(db));
    expect(seen).toBe('NORMAL');
    expect(synchronousLevel(db)).toBe('FULL');
    expect(() =>
      relaxedWrite(db, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(synchronousLevel(db)).toBe('FULL');
    new UsageRepository(db).record('session');
    expect(synchronousLevel(db)).toBe('FULL');
    db.close();
  });

  it('inside a transaction the pragma cannot change: the write keeps the outer level', () => {
    const db = openDatabase(path.join(tmp.dir, 'tx.db'));
    const level = db.transaction(() => relaxedWrite(db, () => synchronousLevel(db)))();
    expect(level).toBe('FULL');
    db.close();
  });
});
