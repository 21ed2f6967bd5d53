/**
 * The rules of material pages on the district server, apart from storage: what a declaration's manifest
 * may say, and how one chunk meets the page as stored so far. Pure functions.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';

/** Limits, the same as the kiosk's: a page ≤ 400 KB, ≤ 20 pages a case, chunks ≤ 128 KiB. */
export const ATTACHMENT_LIMITS = { pageBytes: 400 * 1024, pagesPerCase: 20, chunkBytes: 128 * 1024 } as const;

export const manifestPageSchema = z.object({
  pageNo: z.number().int().min(1),
  materialName: z.string().min(1).max(120),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().min(1),
});
export type ManifestPage = z.infer<typeof manifestPageSchema>;

/** The pages a declaration payload announces (`payload.attachments`); empty when it has none. */
export function manifestOf(payload: unknown): ManifestPage[] {
  const list = (payload as { attachments?: unknown } | null)?.attachments;
  if (list === undefined) return [];
  return z.array(manifestPageSchema).parse(list);
}

export interface PageProgress {
  size: number;
  received: number;
  complete: boolean;
}

export type ChunkVerdict =
  | { kind: 'repeat' } // the page is complete already: nothing is stored twice
  | { kind: 'append'; complete: boolean }
  | { kind: 'offset'; received: number } // resume from `received`
  | { kind: 'too-large' }
  | { kind: 'hash-mismatch' };

/** What to do with a chunk of `length` bytes at `offset` for a page stored up to `page.received`. */
export function judgeChunk(page: PageProgress, offset: number, length: number): ChunkVerdict {
  if (page.complete) return { kind: 'repeat' };
  if (page.size > ATTACHMENT_LIMITS.pageBytes || length > ATTACHMENT_LIMITS.chunkBytes)
    return { kind: 'too-large' };
  if (offset !== page.received) return { kind: 'offset', received: page.received };
  if (offset + length > page.size) return { kind: 'too-large' };
  return { kind: 'append', complete: offset + length === page.size };
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
