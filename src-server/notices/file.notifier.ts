/** A notifier for tests and dry runs: each notice is appended to a file as one JSON line. */
import fs from 'node:fs';
import type { ProgressNotice, ProgressNotifier } from './notifier.js';

export class FileNotifier implements ProgressNotifier {
  readonly kind = 'file';
  constructor(private readonly file: string) {}

  send(notice: ProgressNotice): Promise<void> {
    return fs.promises.appendFile(this.file, `${JSON.stringify(notice)}\n`, { mode: 0o600 });
  }
}
