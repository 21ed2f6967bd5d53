/**
 * Drains the outbox to the district server. A row leaves `pending` only once the server's answer is
 * committed here (markSentMany drops the sealed personal data and keeps the case number); every item
 * carries the row's idempotency key, so a crash between the server's answer and that commit only
 * repeats the request and gets the same case number back.
 *
 * Rows go in batches (`POST /v1/submissions/batch`, up to `maxBatch` rows or `maxBatchBytes` of JSON):
 * one request and one commit per batch on each side instead of one per row, and a link with a long
 * round trip moves a backlog `maxBatch` rows at a time. The sealed payload's JSON text goes into the
 * body as it is. A server without the batch route (404) gets the rows one by one (`POST /v1/submissions`)
 * for the rest of the drain; a batch refused as a whole (4xx) is sent again row by row, so every row
 * gets its own verdict.
 *
 * What happens to a row:
 * - OfflineError (network, timeout, 5xx, garbage) for the request: every row of it is retried later with
 *   backoff and the drain stops (the server is not reachable, the other rows would fail the same way);
 *   a 5xx for one item of a batch: that row is retried later, the drain goes on;
 * - RejectedError (4xx): the row is dead-lettered with the server's reason;
 * - UnauthorizedError (401): the drain stops and the rows are left as they were.
 */
import { OfflineError, StoreCorruptError, UnauthorizedError } from '../../contract/errors.js';
import type { BatchItemOutcome, DistrictClient } from '../../district/district.client.js';
import { RejectedError } from '../../district/district.errors.js';
import type { SubmissionAnswer, SubmissionClocks } from '../../district/protocol.types.js';
import type { Logger } from '../../log/logger.js';
import type { OutboxAck, OutboxRepository, OutboxRow } from '../../store/outbox.repository.js';
import { checkOutgoingPayload, OutboxPayloadError } from '../../store/outbox-payloads.js';
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

/** What to do with a row just before it is sent (e.g. a rating waiting for its case number). */
export type PrepareOutcome =
  | { kind: 'send'; payloadJson: string }
  /** Another row must be acknowledged first: try again later, no attempt counted. */
  | { kind: 'wait'; reason: string }
  /** It can never be sent: dead-letter it with this reason. */
  | { kind: 'dead'; reason: string };

/** Gets the payload's JSON text; returns it as is unless the row needs a change (parse only then). */
export type PreparePayload = (row: OutboxRow, payloadJson: string) => PrepareOutcome;

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
  /** Requests in flight at once. */
  concurrency?: number;
  /** Rows in one batch request. */
  maxBatch?: number;
  /** JSON bytes of payloads in one batch request (the server takes bodies up to 1 MiB). */
  maxBatchBytes?: number;
}

export interface DrainOptions {
  /** Send every pending row now, whatever its next attempt time (back online, or forced by a technician). */
  ignoreBackoff?: boolean;
  /** Aborted when the kiosk stops: no database write happens after it. */
  signal?: AbortSignal;
}

/** Far enough in the future that every pending row is due. */
const EVERY_ROW = new Date('9999-12-31T00:00:00Z');

/** The row's two clocks for the district: the PC's own and the kiosk's (corrected) time. */
function clocksOf(row: OutboxRow): { clocks?: SubmissionClocks } {
  const local = row.summary.localAt;
  return typeof local === 'string' ? { clocks: { v: 1, kioskLocal: local, kioskTime: row.createdAt } } : {};
}

/** A row with its opened payload, ready to send. */
interface Outgoing {
  row: OutboxRow;
  payloadJson: string;
}

/** State of one drain, shared by its workers. */
interface Drain {
  result: DrainResult;
  signal: AbortSignal | undefined;
  /** False once the server answered 404 to a batch: rows go one by one. */
  batches: boolean;
}

const stopped = (drain: Drain): boolean =>
  drain.result.offline || drain.result.unauthorized || drain.signal?.aborted === true;

export class OutboxSender {
  private readonly now: () => Date;
  private readonly random: () => number;
  private readonly backoff: BackoffOptions;
  private readonly concurrency: number;
  private readonly maxBatch: number;
  private readonly maxBatchBytes: number;

  constructor(private readonly deps: OutboxSenderDeps) {
    this.now = deps.now ?? (() => new Date());
    this.random = deps.random ?? Math.random;
    this.backoff = deps.backoff ?? ROW_BACKOFF;
    this.concurrency = Math.max(1, deps.concurrency ?? 4);
    this.maxBatch = Math.max(1, deps.maxBatch ?? 50);
    this.maxBatchBytes = Math.max(1, deps.maxBatchBytes ?? 512 * 1024);
  }

  async drain(client: DistrictClient, options: DrainOptions = {}): Promise<DrainResult> {
    const drain: Drain = {
      result: { attempted: 0, sent: 0, retried: 0, dead: 0, offline: false, unauthorized: false },
      signal: options.signal,
      batches: true,
    };
    const attempted = new Set<number>();

    while (!stopped(drain)) {
      const due = this.deps.outbox
        .due(options.ignoreBackoff ? EVERY_ROW : this.now(), this.maxBatch * this.concurrency)
        .filter((row) => !attempted.has(row.id));
      if (due.length === 0) break;
      for (const row of due) attempted.add(row.id);
      let next = 0;
      // Synchronous, so workers never take the same row: the next rows that fit one request.
      const take = (): Outgoing[] => {
        const out: Outgoing[] = [];
        let bytes = 0;
        const limit = drain.batches ? this.maxBatch : 1;
        while (next < due.length && out.length < limit && !stopped(drain)) {
          const row = due[next] as OutboxRow;
          const payloadJson = this.open(row, drain.result);
          if (payloadJson === null) {
            next++;
            continue;
          }
          const size = Buffer.byteLength(payloadJson);
          if (out.length > 0 && bytes + size > this.maxBatchBytes) break;
          next++;
          bytes += size;
          out.push({ row, payloadJson });
        }
        drain.result.attempted += out.length;
        return out;
      };
      const worker = async (): Promise<void> => {
        for (let batch = take(); batch.length > 0 && !stopped(drain); batch = take())
          await this.send(client, batch, drain);
      };
      await Promise.all(Array.from({ length: this.concurrency }, worker));
    }
    return drain.result;
  }

  /**
   * The row's payload JSON as it goes out; null when the row is no longer pending, cannot be opened
   * (dead-lettered), or is not to be sent now (prepare: put off or dead-lettered).
   */
  private open(row: OutboxRow, result: DrainResult): string | null {
    const { outbox, log } = this.deps;
    const stored = this.read(row, result);
    if (stored === null) return null;
    const prepared = this.deps.prepare?.(row, stored) ?? { kind: 'send', payloadJson: stored };
    switch (prepared.kind) {
      case 'send':
        return this.checked(row, prepared.payloadJson, result);
      case 'wait':
        outbox.defer(row.id, prepared.reason, new Date(this.now().getTime() + WAIT_MS));
        result.retried++;
        return null;
      case 'dead':
        log.warn({ row: row.id, localNumber: row.localNumber }, 'outbox row cannot be sent; dead-lettered');
        outbox.markDead(row.id, prepared.reason);
        result.dead++;
        return null;
    }
  }

  /** The payload as it goes out if it fits its kind's protocol schema; else null (dead-lettered, not sent). */
  private checked(row: OutboxRow, payloadJson: string, result: DrainResult): string | null {
    try {
      checkOutgoingPayload(row.kind, payloadJson);
      return payloadJson;
    } catch (error) {
      if (!(error instanceof OutboxPayloadError)) throw error;
      this.deps.log.error(
        {
          row: row.id,
          localNumber: row.localNumber,
          err: { type: error.name, code: error.code, kind: error.kind, fields: error.fields },
        },
        'outbox payload does not fit its kind; dead-lettered',
      );
      this.deps.outbox.markDead(row.id, `本地数据格式不对（${error.fields.join('、')}），未上传`);
      result.dead++;
      return null;
    }
  }

  /** The sealed payload's JSON text; null when no longer pending or unreadable (dead-lettered). */
  private read(row: OutboxRow, result: DrainResult): string | null {
    try {
      return this.deps.outbox.payloadJson(row.id) ?? null; // undefined: another drain took it
    } catch (error) {
      if (!(error instanceof StoreCorruptError)) throw error;
      this.deps.log.error(
        { row: row.id, localNumber: row.localNumber },
        'outbox payload cannot be opened; dead-lettered',
      );
      this.deps.outbox.markDead(row.id, '本地加密数据无法读取（设备密钥不符或数据损坏）');
      result.dead++;
      return null;
    }
  }

  private async send(client: DistrictClient, batch: Outgoing[], drain: Drain): Promise<void> {
    if (drain.batches) {
      let outcomes: BatchItemOutcome[];
      try {
        outcomes = await client.submitBatch(
          batch.map(({ row, payloadJson }) => ({
            idempotencyKey: row.idempotencyKey,
            kind: row.kind,
            payloadJson,
            ...clocksOf(row),
          })),
        );
      } catch (error) {
        if (drain.signal?.aborted) return;
        const refused = error instanceof RejectedError;
        if (refused && error.status === 404) {
          if (drain.batches)
            this.deps.log.info({}, 'district server has no batch route; sending rows one by one');
          drain.batches = false;
        } else if (!refused || batch.length === 1) {
          for (const { row } of batch) this.fail(row, error, drain, true);
          return;
        }
        // Refused as a whole: each row gets its own verdict below.
        return this.sendOneByOne(client, batch, drain);
      }
      if (drain.signal?.aborted) return;
      const acks: OutboxAck[] = [];
      outcomes.forEach((outcome, i) => {
        const { row } = batch[i] as Outgoing;
        if (outcome.ok) acks.push({ id: row.id, answer: outcome.answer });
        else this.fail(row, outcome.error, drain, false);
      });
      this.commit(acks, drain);
      return;
    }
    return this.sendOneByOne(client, batch, drain);
  }

  private async sendOneByOne(client: DistrictClient, batch: Outgoing[], drain: Drain): Promise<void> {
    for (const { row, payloadJson } of batch) {
      if (stopped(drain)) return;
      let answer: SubmissionAnswer;
      try {
        answer = await client.submit({
          idempotencyKey: row.idempotencyKey,
          kind: row.kind,
          payload: JSON.parse(payloadJson) as Record<string, unknown>,
          ...clocksOf(row),
        });
      } catch (error) {
        if (drain.signal?.aborted) return;
        this.fail(row, error, drain, true);
        continue;
      }
      if (drain.signal?.aborted) return;
      this.commit([{ id: row.id, answer }], drain);
    }
  }

  /** The server's answers, committed in one transaction (nothing once the kiosk is closing). */
  private commit(acks: OutboxAck[], drain: Drain): void {
    if (acks.length === 0 || drain.signal?.aborted) return;
    this.deps.outbox.markSentMany(acks, this.now());
    drain.result.sent += acks.length;
  }

  /**
   * Books a row that was not taken. `whole`: the error is the request's (an OfflineError stops the
   * drain); otherwise it is one item's answer within a batch the server did take.
   */
  private fail(row: OutboxRow, error: unknown, drain: Drain, whole: boolean): void {
    const { outbox, log } = this.deps;
    const { result } = drain;
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
    if (whole && error instanceof OfflineError) result.offline = true;
  }
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
