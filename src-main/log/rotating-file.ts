/**
 * The log file as a size-capped, rotated, synchronous stream for pino: `kiosk.log` grows to
 * `maxBytes`, then becomes `kiosk.log.1` (`.1` → `.2` …, the oldest beyond `keep` deleted), so the
 * logs of a kiosk that runs for years take at most (keep + 1) × maxBytes. A write the disk refuses
 * (full, read-only) is dropped and counted, never thrown: a log line is not worth a kiosk.
 */
import fs from 'node:fs';

export interface RotatingFileOptions {
  file: string;
  /** Bytes per file before rotating (`KIOSK_LOG_MAX_BYTES`, default 5 MiB). */
  maxBytes?: number;
  /** Rotated files kept besides the current one (default 3). */
  keep?: number;
}

export interface RotatingFile {
  write(line: string): boolean;
  /** Lines dropped because the disk refused them. */
  readonly dropped: number;
}

export function logMaxBytes(): number {
  const env = Number(process.env['KIOSK_LOG_MAX_BYTES']);
  return Number.isFinite(env) && env > 0 ? env : 5 * 1024 * 1024;
}

export function rotatingFile(options: RotatingFileOptions): RotatingFile {
  const maxBytes = options.maxBytes ?? logMaxBytes();
  const keep = options.keep ?? 3;
  const { file } = options;
  let fd: number | undefined;
  let size = 0;
  let dropped = 0;

  const open = (): number => {
    fd ??= fs.openSync(file, 'a', 0o600);
    size = fs.fstatSync(fd).size;
    return fd;
  };
  const rotate = (): void => {
    if (fd !== undefined) fs.closeSync(fd);
    fd = undefined;
    fs.rmSync(`${file}.${keep}`, { force: true });
    for (let i = keep - 1; i >= 1; i--)
      if (fs.existsSync(`${file}.${i}`)) fs.renameSync(`${file}.${i}`, `${file}.${i + 1}`);
    if (keep > 0) fs.renameSync(file, `${file}.1`);
    else fs.rmSync(file, { force: true });
  };

  return {
    write(line: string): boolean {
      try {
        const bytes = Buffer.from(line, 'utf8');
        if (fd === undefined) open();
        if (size > 0 && size + bytes.length > maxBytes) {
          rotate();
          open();
        }
        fs.writeSync(fd!, bytes);
        size += bytes.length;
      } catch {
        dropped++;
        // The descriptor may point at a file rotated away or be broken: reopen on the next line.
        if (fd !== undefined) {
          try {
            fs.closeSync(fd);
          } catch {
            // already unusable
          }
          fd = undefined;
        }
      }
      return true;
    },
    get dropped() {
      return dropped;
    },
  };
}
