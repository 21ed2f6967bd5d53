/**
 * Uploads the sealed pages of acknowledged declarations (protocol.md, "Attachments"): for each page due,
 * ask the server what arrived, send the rest in chunks from there, and once the server has the whole
 * page drop its sealed bytes here. A kiosk killed mid-page resumes from the server's count; a repeat of
 * a complete page stores nothing. Pages drain after the outbox's rows, in their own table, so they never
 * hold up a rating or a help call. Page bytes are never logged.
 */
import { OfflineError, StoreCorruptError, UnauthorizedError } from '../../contract/errors.js';
import { ATTACHMENT_CHUNK_BYTES, type AttachmentProgress } from '../../../src-protocol/attachments.js';
import type { DistrictClient } from '../../district/district.client.js';
import { RejectedError } from '../../district/district.errors.js';
import type { Logger } from '../../log/logger.js';
import type { AttachmentRow, AttachmentsRepository } from '../../store/attachments.repository.js';
import { backoffDelay, ROW_BACKOFF } from '../sync/backoff.js';

export interface UploadResult {
  attempted: number;
  sent: number;
  retried: number;
  dead: number;
  offline: boolean;
  unauthorized: boolean;
}

export interface AttachmentUploaderDeps {
  attachments: AttachmentsRepository;
  log: Logger;
  now?: () => Date;
  random?: () => number;
  /** Bytes per PUT (tests make it small to stop a kiosk mid-page). */
  chunkBytes?: number;
}

const EVERY_ROW = new Date('9999-12-31T00:00:00Z');

export class AttachmentUploader {
  private readonly now: () => Date;
  private readonly random: () => number;
  private readonly chunkBytes: number;

  constructor(private readonly deps: AttachmentUploaderDeps) {
    this.now = deps.now ?? (() => new Date());
    this.random = deps.random ?? Math.random;
    this.chunkBytes = deps.chunkBytes ?? ATTACHMENT_CHUNK_BYTES;
  }

  async drain(
    client: DistrictClient,
    options: { ignoreBackoff?: boolean; signal?: AbortSignal } = {},
  ): Promise<UploadResult> {
    const result: UploadResult = {
      attempted: 0,
      sent: 0,
      retried: 0,
      dead: 0,
      offline: false,
      unauthorized: false,
    };
    const due = this.deps.attachments.due(options.ignoreBackoff ? EVERY_ROW : this.now(), 200);
    const progress = new Map<string, AttachmentProgress>();
    for (const row of due) {
      if (options.signal?.aborted || result.offline || result.unauthorized) break;
      result.attempted++;
      try {
        let known = progress.get(row.caseNumber);
        if (!known) {
          known = await client.attachmentProgress(row.caseNumber);
          progress.set(row.caseNumber, known);
        }
        if (options.signal?.aborted) break;
        await this.upload(client, row, known, options.signal);
        if (options.signal?.aborted) break;
        this.deps.attachments.markSent(row.id, this.now());
        result.sent++;
      } catch (error) {
        if (options.signal?.aborted) break;
        this.fail(row, error, result);
      }
    }
    return result;
  }

  private async upload(
    client: DistrictClient,
    row: AttachmentRow & { caseNumber: string },
    known: AttachmentProgress,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    const page = known.pages.find((p) => p.pageNo === row.pageNo);
    if (!page) throw new RejectedError(404, 'NOT_FOUND', '服务器不知道这一页', undefined);
    if (page.complete) return;
    const bytes = this.deps.attachments.page(row.id);
    if (!bytes) return;
    try {
      let offset = page.received;
      for (let retried = false; offset < bytes.length;) {
        if (signal?.aborted) return;
        const chunk = bytes.subarray(offset, Math.min(bytes.length, offset + this.chunkBytes));
        try {
          const answer = await client.putAttachmentChunk({
            caseNumber: row.caseNumber,
            pageNo: row.pageNo,
            offset,
            sha256: row.sha256,
            bytes: chunk,
          });
          if (answer.complete) return;
          offset = answer.received;
        } catch (error) {
          // The server has a different count (another attempt got further): ask once and go on from there.
          if (error instanceof RejectedError && error.status === 409 && !retried) {
            retried = true;
            const fresh = await client.attachmentProgress(row.caseNumber);
            const now = fresh.pages.find((p) => p.pageNo === row.pageNo);
            if (now?.complete) return;
            offset = now?.received ?? 0;
            continue;
          }
          throw error;
        }
      }
    } finally {
      bytes.fill(0);
    }
  }

  private fail(row: AttachmentRow, error: unknown, result: UploadResult): void {
    const { attachments, log } = this.deps;
    if (error instanceof UnauthorizedError) {
      result.unauthorized = true;
      return;
    }
    if (error instanceof StoreCorruptError) {
      log.error({ attachment: row.id }, 'sealed page cannot be opened; dead-lettered');
      attachments.markDead(row.id, '本地加密数据无法读取');
      result.dead++;
      return;
    }
    // A server without the attachments route (404 from an older server) or a refused page.
    if (error instanceof RejectedError && error.status !== 404) {
      log.warn(
        { attachment: row.id, status: error.status, serverCode: error.serverCode },
        'material page refused by the district server; dead-lettered',
      );
      attachments.markDead(row.id, `${error.status} ${error.serverCode}: ${error.reason}`);
      result.dead++;
      return;
    }
    const message = error instanceof Error ? error.message : 'unexpected';
    if (!(error instanceof OfflineError) && !(error instanceof RejectedError))
      log.error(
        { attachment: row.id, err: { type: error instanceof Error ? error.name : typeof error } },
        'unexpected error uploading a page',
      );
    attachments.markRetry(
      row.id,
      message,
      new Date(this.now().getTime() + backoffDelay(row.attempts + 1, ROW_BACKOFF, this.random)),
    );
    result.retried++;
    if (error instanceof OfflineError) result.offline = true;
  }
}
