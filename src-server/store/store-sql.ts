/**
 * A door to the district database on either store for the parts that keep their own tables (the console,
 * phone upload links): `?` placeholders (numbered `$n` for PostgreSQL), rows as plain objects, byte columns
 * as Buffers (SQLite BLOB, PostgreSQL bytea). Each call is one statement, so each is atomic on its own.
 */
import type { DistrictStore } from './district.store.js';
import { PostgresDistrictStore } from './postgres.store.js';
import { SqliteDistrictStore } from './sqlite.store.js';

export type SqlValue = string | number | null | Buffer;

export interface StoreSql {
  readonly dialect: 'sqlite' | 'postgres';
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** Rows changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Several statements (DDL) in one go. */
  exec(sql: string): Promise<void>;
}

const numbered = (sql: string): string => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

export function storeSql(store: DistrictStore): StoreSql {
  if (store instanceof SqliteDistrictStore) {
    const db = store.database;
    return {
      dialect: 'sqlite',
      all: <T>(sql: string, params: readonly SqlValue[] = []) =>
        Promise.resolve(db.prepare(sql).all(...params) as T[]),
      get: <T>(sql: string, params: readonly SqlValue[] = []) =>
        Promise.resolve(db.prepare(sql).get(...params) as T | undefined),
      run: (sql: string, params: readonly SqlValue[] = []) =>
        Promise.resolve(db.prepare(sql).run(...params).changes),
      exec: (sql: string) => Promise.resolve(void db.exec(sql)),
    };
  }
  if (store instanceof PostgresDistrictStore) {
    const pool = store.pool;
    return {
      dialect: 'postgres',
      all: async <T>(sql: string, params: readonly SqlValue[] = []) =>
        (await pool.query(numbered(sql), [...params])).rows as T[],
      get: async <T>(sql: string, params: readonly SqlValue[] = []) =>
        (await pool.query(numbered(sql), [...params])).rows[0] as T | undefined,
      run: async (sql: string, params: readonly SqlValue[] = []) =>
        (await pool.query(numbered(sql), [...params])).rowCount ?? 0,
      exec: async (sql: string) => void (await pool.query(sql)),
    };
  }
  throw new Error('this part of the district server needs the SQLite or PostgreSQL store');
}
