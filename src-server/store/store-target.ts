/**
 * Which database the server uses, from `--db` / `$DISTRICT_DB`: a `postgres://` or `postgresql://` URL
 * selects PostgreSQL, anything else is a SQLite file path (default `./district.db`).
 */
import path from 'node:path';

export type StoreTarget = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

export function storeTarget(spec: string | undefined, cwd: string): StoreTarget {
  const value = spec?.trim();
  if (value && POSTGRES_URL.test(value)) return { kind: 'postgres', url: value };
  return { kind: 'sqlite', file: path.resolve(cwd, value || 'district.db') };
}

/** For logs and messages: the file, or the URL without its password. */
export function describeTarget(target: StoreTarget): string {
  if (target.kind === 'sqlite') return target.file;
  try {
    const url = new URL(target.url);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}
