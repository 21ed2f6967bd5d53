/**
 * Drains the outbox to the district server. A row leaves `pending` only once the server's answer is
 * committed here (markSent drops the sealed personal data and keeps the case number); the POST carries
 * the row's idempotency key, so a crash between the server's answer and markSent only repeats the POST
 * and gets the same case number back.
 * - OfflineError (network, timeout, 5xx, garbage): the row is retried later with backoff and the drain
 *   stops (the server is not reachable, the other rows would fail the same way);
 * - RejectedError (4xx): the row is dead-lettered with the server's reason;
 * - UnauthorizedError (401): the drain stops and the row is left as it was.
 */
import { OfflineError, StoreCorruptError, UnauthorizedError } from '../../contract/errors.js';
import type { DistrictClient } from '../../district/district.client.js';
import { RejectedError } from '../../district/district.errors.js';
import type { Logger } from '../../log/logger.js';
import type { OutboxRepository, OutboxRow } from '../../store/outbox.repository.js';
import { backoffDelay, ROW_BACKOFF, type BackoffOptions } from './backoff.js';

export interface DrainResult {
  /** Rows this drain tried to send. */
  attempted: number;
  sent: number;
  retried: number;
  dead: number;
  /** The drain stopped on an OfflineError. */
  offline: boolean;
  /** The drain stopped on a 401. */
  unauthorized: boolean;
}

/** What to do with a row's payload just before it is sent (e.g. a rating waiting for its case number). */
export type PrepareOutcome =
  | { kind: 'send'; payload: Record<string, unknown> }
  /** Another row must be acknowledged first: try again later, no attempt counted. */
  | { kind: 'wait'; reason: string }
  /** It can never be sent: dead-letter it with this reason. */
  | { kind: 'dead'; reason: string };

export type PreparePayload = (row: OutboxRow, payload: Record<string, unknown>) => PrepareOutcome;

/** How long a row that waits for another one is put off. */
const WAIT_MS = 5_000;

export interface OutboxSenderDeps {
  outbox: OutboxRepository;
  /** Last look at a payload before it is sent; default: sent as stored. */
  prepare?: PreparePayload;
  log: Logger;
  now?: () => Date;
  random?: () => number;
  backoff?: BackoffOptions;
  /** Rows read per query. */
  batchSize?: number;
  /** Submissions in flight at once. */
  concurrency?: number;
}

export interface DrainOptions {
  /** Send every pending row now, whatever its next attempt time (back online, or forced by a technician). */
  ignoreBackoff?: boolean;
  /** Aborted when the kiosk stops: no database write happens after it. */
  signal?: AbortSignal;
}

/** Far enough in the future that every pending row is due. */
const EVERY_ROW = new Date('9999-12-31T00:00:00Z');

export class OutboxSender {
  private readonly now: () => Date;
  private readonly random: () => number;
  private readonly backoff: BackoffOptions;
  private readonly batchSize: number;
  private readonly concurrency: number;

  constructor(private readonly deps: OutboxSenderDeps) {
    this.now = deps.now ?? (() => new Date());
    this.random = deps.random ?? Math.random;
    this.backoff = deps.backoff ?? ROW_BACKOFF;
    this.batchSize = deps.batchSize ?? 100;
    this.concurrency = Math.max(1, deps.concurrency ?? 4);
  }

  async drain(client: DistrictClient, options: DrainOptions = {}): Promise<DrainResult> {
    const result: DrainResult = {
      attempted: 0,
      sent: 0,
      retried: 0,
      dead: 0,
      offline: false,
      unauthorized: false,
    };
    const attempted = new Set<number>();
    const stopped = (): boolean => result.offline || result.unauthorized || options.signal?.aborted === true;

    while (!stopped()) {
      const due = this.deps.outbox
        .due(options.ignoreBackoff ? EVERY_ROW : this.now(), this.batchSize)
        .filter((row) => !attempted.has(row.id));
      if (due.length === 0) break;
      for (const row of due) attempted.add(row.id);
      let next = 0;
      const worker = async (): Promise<void> => {
        while (!stopped()) {
          const row = due[next++];
          if (!row) return;
          result.attempted++;
          await this.sendOne(client, row, result, options.signal);
        }
      };
      await Promise.all(Array.from({ length: Math.min(this.concurrency, due.length) }, worker));
    }
    return result;
  }

  private async sendOne(
    client: DistrictClient,
    row: OutboxRow,
    result: DrainResult,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    const { outbox, log } = this.deps;
    let payload: unknown;
    try {
      payload = outbox.payload(row.id);
    } catch (error) {
      if (!(error instanceof StoreCorruptError)) throw error;
      log.error(
        { row: row.id, localNumber: row.localNumber },
        'outbox payload cannot be opened; dead-lettered',
      );
      outbox.markDead(row.id, '本地加密数据无法读取（设备密钥不符或数据损坏）');
      result.dead++;
      return;
    }
    if (payload === undefined) return; // no longer pending (another drain took it)
    const prepared = this.deps.prepare?.(row, payload as Record<string, unknown>) ?? {
      kind: 'send',
      payload: payload as Record<string, unknown>,
    };
    if (prepared.kind === 'wait') {
      outbox.defer(row.id, prepared.reason, new Date(this.now().getTime() + WAIT_MS));
      result.retried++;
      return;
    }
    if (prepared.kind === 'dead') {
      log.warn({ row: row.id, localNumber: row.localNumber }, 'outbox row cannot be sent; dead-lettered');
      outbox.markDead(row.id, prepared.reason);
      result.dead++;
      return;
    }

    try {
      const answer = await client.submit({
        idempotencyKey: row.idempotencyKey,
        kind: row.kind,
        payload: prepared.payload,
      });
      if (signal?.aborted) return;
      outbox.markSent(row.id, answer, this.now());
      result.sent++;
    } catch (error) {
      if (signal?.aborted) return;
      if (error instanceof UnauthorizedError) {
        result.unauthorized = true;
        return;
      }
      if (error instanceof RejectedError) {
        const reason = `${error.status} ${error.serverCode}: ${error.reason}`;
        log.warn(
          { row: row.id, localNumber: row.localNumber, status: error.status, serverCode: error.serverCode },
          'submission refused by the district server; dead-lettered',
        );
        outbox.markDead(row.id, reason);
        result.dead++;
        return;
      }
      const message = error instanceof OfflineError ? error.message : `unexpected ${errorName(error)}`;
      if (!(error instanceof OfflineError))
        log.error({ row: row.id, err: { type: errorName(error) } }, 'unexpected error sending an outbox row');
      const delay = backoffDelay(row.attempts + 1, this.backoff, this.random);
      outbox.markRetry(row.id, message, new Date(this.now().getTime() + delay));
      result.retried++;
      if (error instanceof OfflineError) result.offline = true;
    }
  }
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
