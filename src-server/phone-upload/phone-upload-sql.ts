/**
 * The phone upload's door to the district database, on either store: `?` placeholders (numbered `$n` for
 * PostgreSQL), rows as plain objects, byte columns as Buffers (SQLite BLOB, PostgreSQL bytea). Each call is
 * one statement and atomic on its own.
 */
import type { DistrictStore } from '../store/district.store.js';
import { PostgresDistrictStore } from '../store/postgres.store.js';
import { SqliteDistrictStore } from '../store/sqlite.store.js';

export type PhoneSqlValue = string | number | null | Buffer;

export interface PhoneSql {
  readonly dialect: 'sqlite' | 'postgres';
  all<T>(sql: string, params?: readonly PhoneSqlValue[]): Promise<T[]>;
  get<T>(sql: string, params?: readonly PhoneSqlValue[]): Promise<T | undefined>;
  /** Rows changed. */
  run(sql: string, params?: readonly PhoneSqlValue[]): Promise<number>;
  exec(sql: string): Promise<void>;
}

const numbered = (sql: string): string => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

export function phoneSql(store: DistrictStore): PhoneSql {
  if (store instanceof SqliteDistrictStore) {
    const db = store.database;
    return {
      dialect: 'sqlite',
      all: <T>(sql: string, params: readonly PhoneSqlValue[] = []) =>
        Promise.resolve(db.prepare(sql).all(...params) as T[]),
      get: <T>(sql: string, params: readonly PhoneSqlValue[] = []) =>
        Promise.resolve(db.prepare(sql).get(...params) as T | undefined),
      run: (sql: string, params: readonly PhoneSqlValue[] = []) =>
        Promise.resolve(db.prepare(sql).run(...params).changes),
      exec: (sql: string) => Promise.resolve(void db.exec(sql)),
    };
  }
  if (store instanceof PostgresDistrictStore) {
    const pool = store.pool;
    return {
      dialect: 'postgres',
      all: async <T>(sql: string, params: readonly PhoneSqlValue[] = []) =>
        (await pool.query(numbered(sql), [...params])).rows as T[],
      get: async <T>(sql: string, params: readonly PhoneSqlValue[] = []) =>
        (await pool.query(numbered(sql), [...params])).rows[0] as T | undefined,
      run: async (sql: string, params: readonly PhoneSqlValue[] = []) =>
        (await pool.query(numbered(sql), [...params])).rowCount ?? 0,
      exec: async (sql: string) => void (await pool.query(sql)),
    };
  }
  throw new Error('phone upload needs the SQLite or PostgreSQL district store');
}
