/**
 * Timestamps of the kiosk's own start, for the cold-start bench. With `KIOSK_STARTUP_MARKS=1` each
 * first mark of a name prints one line `startup mark: NAME=MS`, MS being milliseconds since the
 * process started (`performance.now()`); the first line gives `timeOrigin` (wall-clock milliseconds of
 * the process start), so a bench can put the process's phases and the page's on one clock. Silent, and
 * nothing kept, otherwise. This module is the web shell's first import: its own mark is `script`.
 */
const enabled = process.env['KIOSK_STARTUP_MARKS'] === '1';
const seen = new Set<string>();

export function startupMark(name: string): void {
  if (!enabled || seen.has(name)) return;
  seen.add(name);
  process.stdout.write(`startup mark: ${name}=${performance.now().toFixed(1)}\n`);
}

if (enabled) process.stdout.write(`startup mark: timeOrigin=${performance.timeOrigin.toFixed(1)}\n`);
startupMark('script');
