import { describe, expect, it } from 'vitest';
import { resolveStoreTarget } from '../../src-server/cli/cli-context.js';
import { describeTarget, storeTarget } from '../../src-server/store/store-target.js';

describe('the store chosen by --db / $DISTRICT_DB', () => {
  it.each([
    ['postgres://u:p@db.example:5432/district', 'postgres'],
    ['postgresql://127.0.0.1/district', 'postgres'],
    ['POSTGRES://127.0.0.1/district', 'postgres'],
    ['./data/district.db', 'sqlite'],
    ['/var/lib/district/district.db', 'sqlite'],
    ['postgres.db', 'sqlite'],
  ])('%s → %s', (spec, kind) => {
    expect(storeTarget(spec, '/srv').kind).toBe(kind);
  });

  it('resolves a SQLite path against the working folder and defaults to ./district.db', () => {
    expect(storeTarget('data/x.db', '/srv')).toEqual({ kind: 'sqlite', file: '/srv/data/x.db' });
    expect(storeTarget(undefined, '/srv')).toEqual({ kind: 'sqlite', file: '/srv/district.db' });
    expect(storeTarget('  ', '/srv')).toEqual({ kind: 'sqlite', file: '/srv/district.db' });
  });

  it('prefers --db over $DISTRICT_DB', () => {
    const env = { DISTRICT_DB: 'postgres://127.0.0.1/district' };
    expect(resolveStoreTarget(undefined, env, '/srv')).toEqual({
      kind: 'postgres',
      url: 'postgres://127.0.0.1/district',
    });
    expect(resolveStoreTarget('local.db', env, '/srv')).toEqual({ kind: 'sqlite', file: '/srv/local.db' });
  });

  it('never shows the password of a PostgreSQL URL', () => {
    const shown = describeTarget(storeTarget('postgres://district:s3cret@db:5432/district', '/'));
    expect(shown).not.toContain('s3cret');
    expect(shown).toContain('db:5432/district');
  });
});
