/** What every server CLI command receives; commands return their exit code instead of calling exit. */
import { openStore } from '../app.js';
import type { DistrictStore } from '../store/district.store.js';
import { storeTarget, type StoreTarget } from '../store/store-target.js';

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
  /** The database: --db, else $DISTRICT_DB, else ./district.db (a postgres:// URL selects PostgreSQL). */
  db: StoreTarget;
  now: () => Date;
  /** `serve` stops when this aborts (main.ts wires SIGINT/SIGTERM to it). */
  signal?: AbortSignal;
}

export function resolveStoreTarget(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
  cwd: string,
): StoreTarget {
  return storeTarget(flag ?? env['DISTRICT_DB'], cwd);
}

/** Opens the store, runs `fn`, always closes it. */
export async function withStore<T>(ctx: CliContext, fn: (store: DistrictStore) => Promise<T>): Promise<T> {
  // An admin command runs a few statements: two connections are plenty.
  const store = await openStore(ctx.db, { postgresPoolSize: 2 });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
