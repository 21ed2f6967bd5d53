/**
 * One transaction on a pooled PostgreSQL connection: BEGIN, the work, COMMIT — or ROLLBACK when the work
 * throws or asks for it by returning `rollback(value)`. A deadlock or serialization failure (which the
 * store's lock order should make rare) is retried a few times from the start.
 */
import type pg from 'pg';

export class Rollback<T> {
  constructor(readonly value: T) {}
}

/** Ends the transaction with ROLLBACK and makes it answer `value`. */
export const rollback = <T>(value: T): Rollback<T> => new Rollback(value);

/** SQLSTATEs worth running the whole transaction again for. */
const RETRYABLE = new Set(['40001', '40P01']);
const ATTEMPTS = 5;

export function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T | Rollback<T>>,
  begin = 'BEGIN',
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query(begin);
      try {
        const result = await work(client);
        if (result instanceof Rollback) {
          await client.query('ROLLBACK');
          return result.value;
        }
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((e: unknown) => {
          broken = e instanceof Error ? e : new Error(String(e));
        });
        throw error;
      }
    } catch (error) {
      if (attempt < ATTEMPTS && RETRYABLE.has(sqlState(error) ?? '')) continue;
      throw error;
    } finally {
      // A connection whose ROLLBACK failed is in an unknown state: the pool closes it.
      client.release(broken);
    }
  }
}
