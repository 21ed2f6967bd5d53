/**
 * The kiosk's HTTP client of the district server protocol (/v1, protocol.md beside this file).
 * Every answer is validated with the zod schemas of protocol.types.ts, and every failure becomes a
 * typed error the outbox can act on:
 * - OfflineError: connection refused/reset, DNS, timeout, redirect, 408, 5xx, garbage body → retry later;
 * - RateLimitedError (an OfflineError): 429, with the wait its Retry-After names (rate-limit.ts);
 * - UnauthorizedError: 401, or no token configured → the kiosk must be enrolled (again);
 * - CursorGoneError: 410 CURSOR_GONE → resync the full catalog;
 * - RejectedError: any other 4xx → the request is refused for good (dead-letter it).
 * Messages never carry personal data: only method, path, status and network error codes.
 */
import type { z } from 'zod';
import { OfflineError, UnauthorizedError } from '../contract/errors.js';
import { CursorGoneError, RejectedError } from './district.errors.js';
import { parseRetryAfter, RateLimitedError } from './rate-limit.js';
import {
  attachmentChunkAnswerSchema,
  attachmentProgressSchema,
  type AttachmentChunkAnswer,
  type AttachmentProgress,
} from '../../src-protocol/attachments.js';
import {
  MAX_CASE_NUMBERS,
  PROTOCOL_PREFIX,
  bookingAnswerSchema,
  cancelAnswerSchema,
  caseLookupAnswerSchema,
  casesAnswerSchema,
  catalogPageSchema,
  enrollAnswerSchema,
  errorAnswerSchema,
  heartbeatAnswerSchema,
  helpStatusAnswerSchema,
  slotsAnswerSchema,
  submissionAnswerSchema,
  submissionBatchAnswerSchema,
  type BookingAnswer,
  type BookingRequest,
  type CancelRequest,
  type CaseLookupRecord,
  type CaseLookupRequest,
  type CaseStatusRecord,
  type CatalogManifest,
  type CatalogPage,
  type CatalogPageQuery,
  type EnrollAnswer,
  type EnrollInfo,
  type HeartbeatAnswer,
  type HeartbeatRequest,
  type HelpStatusAnswer,
  type SlotsAnswer,
  type SlotsQuery,
  type SubmissionAnswer,
  type SubmissionClocks,
  type SubmissionKind,
  type SubmissionRequest,
} from './protocol.types.js';
import type { ServiceItem } from '../contract/catalog.schema.js';
import {
  phoneArrivalsAnswerSchema,
  phoneCloseAnswerSchema,
  phoneLinkAnswerSchema,
  phonePageAnswerSchema,
  type PhoneArrivalsAnswer,
  type PhoneLinkAnswer,
  type PhoneLinkRequest,
  type PhonePageAnswer,
} from '../../src-protocol/phone-links.js';
import {
  complaintLookupAnswerSchema,
  type ComplaintLookupAnswer,
} from '../../src-protocol/complaint-reply.js';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface DistrictClientOptions {
  /** e.g. "https://district.example.cn/" (a path prefix is kept; `/v1/...` is appended). */
  baseUrl: string;
  /** The device token from enrollment; needed by every method but `enroll`. */
  token?: string;
  /** Per request, covering connect, headers and body. Default 10 s. */
  timeoutMs?: number;
  /** Defaults to the global fetch. */
  fetch?: FetchLike;
}

/** All pages of one catalog sync, joined. Apply with applyCatalogDelta, then check with checkCatalog. */
export interface CatalogSync {
  manifest: CatalogManifest;
  signature: string;
  /** The item-digest manifest's signature, from a server that sends `manifest.itemsDigest`. */
  itemsSignature?: string;
  full: boolean;
  since: number;
  items: ServiceItem[];
  removed: string[];
}

/**
 * A submission whose payload is already JSON text (the outbox keeps it sealed as such): it goes into
 * the request body as it is, without parsing and serialising it again.
 */
export interface RawSubmission {
  idempotencyKey: string;
  kind: SubmissionKind;
  /** JSON text of an object, as written by JSON.stringify. */
  payloadJson: string;
  /** Both of the kiosk's clocks when it was handed in (absent for rows made before the stamp existed). */
  clocks?: SubmissionClocks;
}

/** One item of submitBatch: the server's answer, or why this item was not taken. */
export type BatchItemOutcome =
  { ok: true; answer: SubmissionAnswer } | { ok: false; error: RejectedError | OfflineError };

const OFFLINE_MESSAGE = '暂时连不上区里的服务器，稍后会自动重试。';
const MAX_PAGES = 10_000;
const SERVER_CODE = /^[A-Z][A-Z0-9_]{0,39}$/;

interface RequestSpec<T> {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  schema: z.ZodType<T>;
  body?: unknown;
  /** A body already serialised as JSON (instead of `body`). */
  bodyText?: string;
  /** A binary body (application/octet-stream), with its own headers. */
  bodyBytes?: { bytes: Uint8Array; headers: Record<string, string> };
  auth?: boolean;
}

export class DistrictClient {
  readonly baseUrl: string;
  readonly timeoutMs: number;
  private readonly token: string | undefined;
  private readonly fetchFn: FetchLike;

  constructor(options: DistrictClientOptions) {
    this.baseUrl = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
    this.token = options.token;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
  }

  /** The same client carrying a device token (e.g. right after `enroll`). */
  withToken(token: string): DistrictClient {
    return new DistrictClient({
      baseUrl: this.baseUrl,
      token,
      timeoutMs: this.timeoutMs,
      fetch: this.fetchFn,
    });
  }

  /** `POST /v1/enroll`: trades a one-time code for a device id, token, hall identity and the catalog key. */
  enroll(code: string, info: EnrollInfo): Promise<EnrollAnswer> {
    return this.request({
      method: 'POST',
      path: 'enroll',
      schema: enrollAnswerSchema,
      body: { code, info },
      auth: false,
    });
  }

  /** `GET /v1/catalog`: one page of a full catalog (no `since`, or 0) or of a delta since a version. */
  catalogPage(query: CatalogPageQuery = {}): Promise<CatalogPage> {
    const params = new URLSearchParams();
    if (query.since !== undefined) params.set('since', String(query.since));
    if (query.cursor !== undefined) params.set('cursor', query.cursor);
    if (query.limit !== undefined) params.set('limit', String(query.limit));
    const qs = params.toString();
    return this.request({ method: 'GET', path: `catalog${qs ? `?${qs}` : ''}`, schema: catalogPageSchema });
  }

  /**
   * Follows every page of a catalog sync and joins them. Throws CursorGoneError when the server
   * published a newer version meanwhile or forgot `since`: call again with no `since`.
   */
  async catalogSync(options: { since?: number; limit?: number } = {}): Promise<CatalogSync> {
    const first = await this.catalogPage({
      ...(options.since !== undefined ? { since: options.since } : {}),
      ...(options.limit !== undefined ? { limit: options.limit } : {}),
    });
    const sync: CatalogSync = {
      manifest: first.manifest,
      signature: first.signature,
      ...(first.itemsSignature !== undefined ? { itemsSignature: first.itemsSignature } : {}),
      full: first.full,
      since: first.since,
      items: [...first.items],
      removed: [...first.removed],
    };
    let cursor = first.nextCursor;
    for (let pages = 1; cursor !== null; pages++) {
      if (pages >= MAX_PAGES) throw new OfflineError('catalog sync: too many pages', OFFLINE_MESSAGE);
      const page = await this.catalogPage({
        cursor,
        ...(options.limit !== undefined ? { limit: options.limit } : {}),
      });
      if (
        page.manifest.version !== sync.manifest.version ||
        page.manifest.digest !== sync.manifest.digest ||
        page.manifest.itemsDigest !== sync.manifest.itemsDigest
      )
        throw new CursorGoneError('catalog version changed between pages');
      if (page.nextCursor === cursor)
        throw new OfflineError('catalog sync: cursor did not advance', OFFLINE_MESSAGE);
      sync.items.push(...page.items);
      sync.removed.push(...page.removed);
      cursor = page.nextCursor;
    }
    return sync;
  }

  /** `POST /v1/submissions`: hands in one outbox row; a repeat of the same key returns the first answer. */
  submit(request: SubmissionRequest): Promise<SubmissionAnswer> {
    return this.request({
      method: 'POST',
      path: 'submissions',
      schema: submissionAnswerSchema,
      body: {
        idempotencyKey: request.idempotencyKey,
        kind: request.kind,
        payload: request.payload,
        ...(request.clocks ? { clocks: request.clocks } : {}),
      },
    });
  }

  /**
   * `POST /v1/submissions/batch`: hands in several outbox rows in one request; `result[i]` is the outcome
   * of `submissions[i]`. An item refused for good is a RejectedError, an item the server failed on
   * (5xx) an OfflineError; a failure of the request as a whole throws like every other method (a server
   * without this route answers 404: RejectedError with status 404).
   */
  async submitBatch(submissions: readonly RawSubmission[]): Promise<BatchItemOutcome[]> {
    const items = submissions.map(
      (s) =>
        `{"idempotencyKey":${JSON.stringify(s.idempotencyKey)},"kind":${JSON.stringify(s.kind)},` +
        (s.clocks ? `"clocks":${JSON.stringify(s.clocks)},` : '') +
        `"payload":${s.payloadJson}}`,
    );
    const answer = await this.request({
      method: 'POST',
      path: 'submissions/batch',
      schema: submissionBatchAnswerSchema,
      bodyText: `{"submissions":[${items.join(',')}]}`,
    });
    const what = `POST ${PROTOCOL_PREFIX}/submissions/batch`;
    if (answer.results.length !== submissions.length)
      throw new OfflineError(`${what}: ${answer.results.length} results for ${submissions.length} items`);
    return answer.results.map((result): BatchItemOutcome => {
      if (result.ok) return { ok: true, answer: result.answer };
      const { status, error } = result;
      return {
        ok: false,
        error:
          status >= 400 && status < 500 && status !== 401 && status !== 408 && status !== 429
            ? new RejectedError(status, error.code, error.message, error.field)
            : new OfflineError(`${what}: item HTTP ${status} ${error.code}`, OFFLINE_MESSAGE),
      };
    });
  }

  /**
   * `GET /v1/cases`: statuses of this device's cases. Numbers the server does not know for this device
   * are left out. Asks in batches of 100; no request at all for an empty list.
   */
  async cases(numbers: readonly string[]): Promise<CaseStatusRecord[]> {
    const unique = [...new Set(numbers)];
    const out: CaseStatusRecord[] = [];
    for (let i = 0; i < unique.length; i += MAX_CASE_NUMBERS) {
      const batch = unique.slice(i, i + MAX_CASE_NUMBERS);
      const params = new URLSearchParams({ numbers: batch.join(',') });
      const answer = await this.request({
        method: 'GET',
        path: `cases?${params.toString()}`,
        schema: casesAnswerSchema,
      });
      out.push(...answer.cases);
    }
    return out;
  }

  /** `POST /v1/cases/lookup`: a person's declarations, by ID number or by case number + ID digits. */
  async lookupCases(request: CaseLookupRequest): Promise<CaseLookupRecord[]> {
    const answer = await this.request({
      method: 'POST',
      path: 'cases/lookup',
      schema: caseLookupAnswerSchema,
      body: request,
    });
    return answer.cases;
  }

  /** `GET /v1/appointments/slots`: the hall's slots with seats left, per date. */
  slots(query: SlotsQuery): Promise<SlotsAnswer> {
    const params = new URLSearchParams({ itemId: query.itemId });
    if (query.from !== undefined) params.set('from', query.from);
    if (query.days !== undefined) params.set('days', String(query.days));
    return this.request({
      method: 'GET',
      path: `appointments/slots?${params.toString()}`,
      schema: slotsAnswerSchema,
    });
  }

  /** `POST /v1/appointments`: books a seat (409 FULL → RejectedError); a repeat of the key returns the first. */
  book(request: BookingRequest): Promise<BookingAnswer> {
    return this.request({ method: 'POST', path: 'appointments', schema: bookingAnswerSchema, body: request });
  }

  /** `POST /v1/appointments/cancel`: 404 (RejectedError) for a wrong number or wrong digits alike. */
  async cancelAppointment(request: CancelRequest): Promise<void> {
    await this.request({
      method: 'POST',
      path: 'appointments/cancel',
      schema: cancelAnswerSchema,
      body: request,
    });
  }

  /** `POST /v1/complaints/lookup`: status and reply of a complaint of this device's hall, by its number. */
  lookupComplaint(number: string): Promise<ComplaintLookupAnswer> {
    return this.request({
      method: 'POST',
      path: 'complaints/lookup',
      schema: complaintLookupAnswerSchema,
      body: { number },
    });
  }

  /**
   * `GET /v1/help/:callId?wait=`: the state of a help call this device raised; with `waitSeconds`, the
   * server holds an open call's answer until it changes or the wait is over (keep it under the timeout).
   */
  helpStatus(callId: string, waitSeconds = 0): Promise<HelpStatusAnswer> {
    const qs = waitSeconds > 0 ? `?wait=${waitSeconds}` : '';
    return this.request({
      method: 'GET',
      path: `help/${encodeURIComponent(callId)}${qs}`,
      schema: helpStatusAnswerSchema,
    });
  }

  /** `GET /v1/cases/:caseNumber/attachments`: the announced pages of a declaration and what arrived. */
  attachmentProgress(caseNumber: string): Promise<AttachmentProgress> {
    return this.request({
      method: 'GET',
      path: `cases/${encodeURIComponent(caseNumber)}/attachments`,
      schema: attachmentProgressSchema,
    });
  }

  /** `PUT /v1/cases/:caseNumber/attachments/:pageNo?offset=N`: one chunk of a page. */
  putAttachmentChunk(chunk: {
    caseNumber: string;
    pageNo: number;
    offset: number;
    sha256: string;
    bytes: Uint8Array;
  }): Promise<AttachmentChunkAnswer> {
    return this.request({
      method: 'PUT',
      path: `cases/${encodeURIComponent(chunk.caseNumber)}/attachments/${chunk.pageNo}?offset=${chunk.offset}`,
      schema: attachmentChunkAnswerSchema,
      bodyBytes: { bytes: chunk.bytes, headers: { 'x-page-sha256': chunk.sha256 } },
    });
  }

  /** `POST /v1/phone-links`: a one-time 从手机上传 link for one material of the open session. */
  openPhoneLink(request: PhoneLinkRequest): Promise<PhoneLinkAnswer> {
    return this.request({
      method: 'POST',
      path: 'phone-links',
      schema: phoneLinkAnswerSchema,
      body: request,
    });
  }

  /**
   * `GET /v1/phone-links/:linkId`: the link's state and its pages after `after`; with `waitSeconds` the
   * server holds the answer until a page arrives, a phone opens the link or it closes (keep it under the timeout).
   */
  phoneArrivals(
    linkId: string,
    query: { sessionId: string; after: number; claimed: boolean; waitSeconds?: number },
  ): Promise<PhoneArrivalsAnswer> {
    const params = new URLSearchParams({
      sessionId: query.sessionId,
      after: String(query.after),
      claimed: query.claimed ? '1' : '0',
      wait: String(query.waitSeconds ?? 0),
    });
    return this.request({
      method: 'GET',
      path: `phone-links/${encodeURIComponent(linkId)}?${params.toString()}`,
      schema: phoneArrivalsAnswerSchema,
    });
  }

  /** `GET /v1/phone-links/:linkId/pages/:seq`: one uploaded page (re-encoded JPEG) and its thumbnail. */
  phonePage(linkId: string, seq: number, sessionId: string): Promise<PhonePageAnswer> {
    const params = new URLSearchParams({ sessionId });
    return this.request({
      method: 'GET',
      path: `phone-links/${encodeURIComponent(linkId)}/pages/${seq}?${params.toString()}`,
      schema: phonePageAnswerSchema,
    });
  }

  /** `POST /v1/phone-links/:linkId/close`: no more uploads; the server deletes the link's pages. */
  async closePhoneLink(linkId: string, sessionId: string): Promise<void> {
    await this.request({
      method: 'POST',
      path: `phone-links/${encodeURIComponent(linkId)}/close`,
      schema: phoneCloseAnswerSchema,
      body: { sessionId },
    });
  }

  /** `POST /v1/heartbeat`: the device's health, outbox depth and catalog version. */
  heartbeat(body: HeartbeatRequest): Promise<HeartbeatAnswer> {
    return this.request({ method: 'POST', path: 'heartbeat', schema: heartbeatAnswerSchema, body });
  }

  private async request<T>(spec: RequestSpec<T>): Promise<T> {
    const what = `${spec.method} ${PROTOCOL_PREFIX}/${spec.path.split('?')[0] ?? ''}`;
    const headers: Record<string, string> = { accept: 'application/json' };
    if (spec.auth !== false) {
      if (!this.token) throw new UnauthorizedError(`${what}: no device token (not enrolled)`);
      headers['authorization'] = `Bearer ${this.token}`;
    }
    const json = spec.bodyText ?? (spec.body !== undefined ? JSON.stringify(spec.body) : undefined);
    if (json !== undefined) headers['content-type'] = 'application/json';
    if (spec.bodyBytes)
      Object.assign(headers, spec.bodyBytes.headers, { 'content-type': 'application/octet-stream' });
    const body: string | Uint8Array<ArrayBuffer> | undefined = spec.bodyBytes
      ? ownBytes(spec.bodyBytes.bytes)
      : json;
    const url = new URL(`${PROTOCOL_PREFIX.slice(1)}/${spec.path}`, this.baseUrl).toString();

    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    let status: number;
    let text: string;
    let retryAfter: string | null = null;
    try {
      const response = await this.fetchFn(url, {
        method: spec.method,
        headers,
        signal: controller.signal,
        redirect: 'manual',
        ...(body !== undefined ? { body } : {}),
      });
      status = response.status;
      if (status === 429) retryAfter = response.headers.get('retry-after');
      text = await response.text();
    } catch (error) {
      if (controller.signal.aborted)
        throw new OfflineError(`${what}: timed out after ${this.timeoutMs} ms`, OFFLINE_MESSAGE);
      throw new OfflineError(`${what}: network error ${networkCode(error)}`, OFFLINE_MESSAGE);
    } finally {
      clearTimeout(timer);
    }

    if (status >= 200 && status < 300) {
      const parsed = spec.schema.safeParse(parseJson(text));
      if (!parsed.success)
        throw new OfflineError(`${what}: unexpected answer (HTTP ${status})`, OFFLINE_MESSAGE);
      return parsed.data;
    }
    const error = errorAnswerSchema.safeParse(parseJson(text));
    // Only a code shaped like the protocol's (`CODE_USED`) is kept: it goes into messages and logs.
    const serverCode =
      error.success && SERVER_CODE.test(error.data.error.code) ? error.data.error.code : `HTTP_${status}`;
    if (status === 401) throw new UnauthorizedError(`${what}: HTTP 401 ${serverCode}`);
    if (status === 410 && serverCode === 'CURSOR_GONE') throw new CursorGoneError();
    if (status === 429)
      throw new RateLimitedError(`${what}: HTTP 429 ${serverCode}`, parseRetryAfter(retryAfter));
    if (status >= 400 && status < 500 && status !== 408 && status !== 429) {
      const reason = error.success ? error.data.error.message : `HTTP ${status} without an error body`;
      throw new RejectedError(status, serverCode, reason, error.success ? error.data.error.field : undefined);
    }
    throw new OfflineError(`${what}: HTTP ${status} ${serverCode}`, OFFLINE_MESSAGE);
  }
}

/** A copy on its own ArrayBuffer (what fetch takes as a body). */
function ownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(new ArrayBuffer(bytes.length));
  copy.set(bytes);
  return copy;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A short network error code such as ECONNREFUSED, from undici's `cause`, never a message with data. */
function networkCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.name : 'unknown';
}
