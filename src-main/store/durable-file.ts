/**
 * Small files that must survive a power cut once written (the device key): the content is fsynced
 * before the file gets its name, and the folder is fsynced after, so the name never points at an empty
 * or half-written file and is not lost with the folder's unsynced entries.
 */
import fs from 'node:fs';
import path from 'node:path';

/** fsync of a folder: its entries (a new, renamed or removed name) reach the disk. */
export function syncFolder(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Writes `data` to a temporary file next to `file`, fsynced; returns its path. */
function syncedTemp(file: string, data: string | Buffer, mode: number): string {
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w', mode);
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw error;
  }
  fs.closeSync(fd);
  return tmp;
}

/**
 * Creates `file` with `data` only if no file of that name exists (EEXIST otherwise, the content of the
 * existing file untouched): the name appears only once the whole content is on disk.
 */
export function createFileDurably(file: string, data: string | Buffer, mode = 0o600): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = syncedTemp(file, data, mode);
  try {
    // link() fails with EEXIST where rename() would replace: the exclusive, atomic create.
    fs.linkSync(tmp, file);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  syncFolder(dir);
}

/** Writes `file` with `data` (replacing any file of that name) so that it is whole on disk, or absent. */
export function replaceFileDurably(file: string, data: string | Buffer, mode = 0o600): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = syncedTemp(file, data, mode);
  try {
    fs.renameSync(tmp, file);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  }
  syncFolder(dir);
}
