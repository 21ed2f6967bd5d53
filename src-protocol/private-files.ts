/**
 * Files and folders that hold personal data, readable by their owner only whatever the process's umask
 * (only the kiosk's systemd unit sets one): created so, and an existing one that others could read or
 * enter is closed to them (its owner's permissions kept).
 */
import fs from 'node:fs';

function closeToOthers(target: string): void {
  const mode = fs.statSync(target).mode & 0o777;
  if ((mode & 0o077) === 0) return;
  try {
    fs.chmodSync(target, mode & 0o700);
  } catch (error) {
    // Another user's file (a technician's shell as a user of the kiosk's group): not ours to change.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
  }
}

/** A folder (and its missing parents) that only its owner can list or enter. */
export function keepFolderPrivate(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  closeToOthers(dir);
}

/** A file (created empty when absent) that only its owner can read or write. */
export function keepFilePrivate(file: string): void {
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  closeToOthers(file);
}
