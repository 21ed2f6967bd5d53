/**
 * The search index snapshot on disk (Node): a magic, the snapshot format, a sha256 of the content, then
 * the content (search.snapshot.ts). Written to a temporary file, flushed, then renamed over the old one,
 * so a crash leaves the old file or the new one, never half of one. A file that is missing, cut short,
 * damaged, of another format or of another catalog is not used: the caller builds the index again.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { replaceFileDurably } from '../../store/durable-file.js';
import { decodeSnapshot, encodeSnapshot, SNAPSHOT_FORMAT, type SearchSnapshot } from './search.snapshot.js';

const MAGIC = Buffer.from('KSRCHIDX', 'ascii');
const PREFIX = MAGIC.length + 4 + 32;

/** The index's file in a kiosk's data folder. */
export const SNAPSHOT_FILE = 'search-index.bin';

export type SnapshotRead =
  | { ok: true; snapshot: SearchSnapshot }
  | { ok: false; reason: 'missing' | 'damaged' | 'format' | 'other-catalog' };

export function readSnapshotFile(file: string, key: string): SnapshotRead {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return { ok: false, reason: 'missing' };
  }
  if (bytes.length < PREFIX || !bytes.subarray(0, MAGIC.length).equals(MAGIC))
    return { ok: false, reason: 'damaged' };
  if (bytes.readUInt32LE(MAGIC.length) !== SNAPSHOT_FORMAT) return { ok: false, reason: 'format' };
  const content = bytes.subarray(PREFIX);
  const sum = crypto.createHash('sha256').update(content).digest();
  if (!sum.equals(bytes.subarray(MAGIC.length + 4, PREFIX))) return { ok: false, reason: 'damaged' };
  let snapshot: SearchSnapshot;
  try {
    snapshot = decodeSnapshot(content);
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  if (snapshot.key !== key) return { ok: false, reason: 'other-catalog' };
  return { ok: true, snapshot };
}

/** Writes the snapshot atomically; returns its size in bytes. */
export function writeSnapshotFile(file: string, snapshot: SearchSnapshot): number {
  const content = encodeSnapshot(snapshot);
  const head = Buffer.alloc(PREFIX);
  MAGIC.copy(head, 0);
  head.writeUInt32LE(SNAPSHOT_FORMAT, MAGIC.length);
  crypto
    .createHash('sha256')
    .update(content)
    .digest()
    .copy(head, MAGIC.length + 4);
  // Whole or absent after a power cut; a failed write leaves no half-written copy taking the space.
  replaceFileDurably(file, Buffer.concat([head, content]));
  return PREFIX + content.length;
}

/**
 * The key of a catalog's index: its items in order with their content digests, the lexicon's digest and
 * the snapshot format (a change of any of them means another index).
 */
export function snapshotKey(
  items: Iterable<readonly [id: string, digest: string]>,
  lexiconDigest: string,
): string {
  const h = crypto.createHash('sha256');
  h.update(`format ${SNAPSHOT_FORMAT}\nlexicon ${lexiconDigest}\n`);
  for (const [id, digest] of items) h.update(`${id}\u0000${digest}\n`);
  return h.digest('hex');
}
