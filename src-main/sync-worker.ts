/**
 * The kiosk core without a shell: the same createKioskCore (store, catalog, outbox and the sync service)
 * as `npm start`, with no window and no web host, running until SIGINT/SIGTERM. Every `sync.state` is
 * written to stdout as one JSON line. Used by the kill test and `npm run soak`, and by a technician to
 * drain the outbox of a kiosk whose screen is broken:
 *   KIOSK_DATA_DIR=/path node dist/main/src-main/sync-worker.js
 * KIOSK_SYNC_MAX_BATCH (1–100) sets the outbox rows per request: smaller batches for a link whose proxy
 * cuts large bodies; the kill test uses it so that every run makes several requests to be killed in.
 */
import { createKioskCore } from './app.js';
import { defaultDataDir } from './paths.js';

const maxBatch = Number(process.env['KIOSK_SYNC_MAX_BATCH'] ?? '');
const kiosk = createKioskCore({
  dataDir: defaultDataDir(),
  ...(Number.isInteger(maxBatch) && maxBatch >= 1 && maxBatch <= 100
    ? { sync: { timings: { maxBatch } } }
    : {}),
});
const print = (data: unknown): void => {
  process.stdout.write(`${JSON.stringify({ event: 'sync.state', data })}\n`);
};
kiosk.bus.on('sync.state', print);
print(kiosk.sync.status());
if (!kiosk.sync.provisioned())
  process.stderr.write('本终端尚未注册，不会同步 / not provisioned: nothing to sync (run kiosk provision)\n');

// Timers inside the sync service are unref'd; this keeps the process alive until told to stop.
const keepAlive = setInterval(() => undefined, 1 << 30);
const stop = (): void => {
  clearInterval(keepAlive);
  void kiosk.sync.stopAndWait().then(() => {
    kiosk.close();
    process.exit(0);
  });
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
