/**
 * How full the data folder's file system is, and the kiosk's rule for it: below a reserve of free
 * space no new submission is accepted (what is stored stays stored; guides are still served), so the
 * rows already accepted, their receipts and the log never meet a disk with no room at all. Space
 * coming back lifts the refusal at the next submission: nothing latches.
 */
import fs from 'node:fs';
import { StoreFullError } from '../contract/errors.js';

/** Free bytes below which submissions are refused (`KIOSK_MIN_FREE_BYTES`, default 32 MiB). */
export function minFreeBytes(): number {
  const env = Number(process.env['KIOSK_MIN_FREE_BYTES']);
  return Number.isFinite(env) && env >= 0 ? env : 32 * 1024 * 1024;
}

export interface DiskSpace {
  freeBytes: number;
  totalBytes: number;
  /** Percent of the file system in use (0–100, one decimal). */
  usedPct: number;
  /** Below the reserve: new submissions are refused. */
  low: boolean;
}

export function diskSpace(dir: string): DiskSpace | null {
  try {
    const s = fs.statfsSync(dir);
    const totalBytes = s.blocks * s.bsize;
    const freeBytes = s.bavail * s.bsize;
    const usedPct = totalBytes > 0 ? Math.round((1 - freeBytes / totalBytes) * 1000) / 10 : 0;
    return { freeBytes, totalBytes, usedPct, low: freeBytes < minFreeBytes() };
  } catch {
    return null;
  }
}

/** SQLite or the OS said there is no room (SQLITE_FULL, ENOSPC, EDQUOT). */
export function isDiskFullError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT';
}

/** Throws StoreFullError when the folder's file system is below the reserve. */
export function assertRoomFor(dir: string): void {
  const space = diskSpace(dir);
  if (space?.low)
    throw new StoreFullError(`data folder has ${space.freeBytes} bytes free (reserve ${minFreeBytes()})`);
}
