/** What every server CLI command receives; commands return their exit code instead of calling exit. */
import path from 'node:path';
import type { DistrictStore } from '../store/district.store.js';
import { SqliteDistrictStore } from '../store/sqlite.store.js';

export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

export const processIo: CliIo = {
  out: (s) => process.stdout.write(s.endsWith('\n') ? s : s + '\n'),
  err: (s) => process.stderr.write(s.endsWith('\n') ? s : s + '\n'),
};

export interface CliContext {
  io: CliIo;
  /** The database file: --db, else $DISTRICT_DB, else ./district.db. */
  dbFile: string;
  now: () => Date;
  /** `serve` stops when this aborts (main.ts wires SIGINT/SIGTERM to it). */
  signal?: AbortSignal;
}

export function resolveDbFile(flag: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string {
  return path.resolve(cwd, flag ?? env['DISTRICT_DB'] ?? 'district.db');
}

/** Opens the store, runs `fn`, always closes it. */
export async function withStore<T>(ctx: CliContext, fn: (store: DistrictStore) => Promise<T>): Promise<T> {
  const store = SqliteDistrictStore.open(ctx.dbFile);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
