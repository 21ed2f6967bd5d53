/**
 * The kill loop shared by tests/integration/sync-kill.test.ts (50 kills) and scripts/soak-kill.ts (1,000):
 * a kiosk PROCESS (src-main/sync-worker.ts: createKioskApp with its sync service) drains a pre-filled
 * outbox (declarations, ratings and complaints in turn) to the real district server on 127.0.0.1 and is killed with SIGKILL at random points —
 * inside the window where the server committed a submission but its answer has not left yet, right
 * after an answer, or anywhere from process start — then started again. A last run drains what is
 * left. The report says whether the server holds exactly the queued submissions, each once, with
 * every outbox row 'sent' under the server's case number.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { SyncStatus } from '../../src-main/contract/types.js';
import { silentLogger } from '../../src-main/log/logger.js';
import { openDatabase } from '../../src-main/store/database.js';
import { fileDeviceKey } from '../../src-main/store/device-key.js';
import { OutboxRepository } from '../../src-main/store/outbox.repository.js';
import { openSyncContext } from '../../src-main/cli/sync-context.js';
import { catalogV1, HALL, startHarness } from '../server/server-harness.js';
import { mixedSubmission } from './mixed-submissions.js';
import { tempDir } from './temp-dir.js';
import { seededRandom } from './seeded-random.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const WORKER = path.join(ROOT, 'src-main', 'sync-worker.ts');

/** Pending rows the outbox is topped up to before each restart, so every kill lands in a live drain. */
const TOP_UP = 20;

export type KillPoint = 'server-committed' | 'after-answer' | 'anytime';

export interface KillLoopOptions {
  kills: number;
  /** Rows queued before the first start. */
  rows: number;
  seed?: number;
  /** Progress lines every 25 kills (the soak prints them). */
  progress?: (line: string) => void;
  /** One line per kill, for debugging. */
  trace?: (line: string) => void;
}

export interface KillLoopReport {
  kills: number;
  killsBy: Record<KillPoint, number>;
  /** Submissions queued in all (the initial rows plus the top-ups between kills). */
  rows: number;
  /** Submissions the server holds. */
  serverRows: number;
  /** Idempotency keys the server holds more than once (must be 0). */
  duplicates: number;
  /** Queued rows the server does not hold (must be 0). */
  lost: number;
  /** Rows not 'sent' locally, or sent under another case number than the server's (must be 0). */
  mismatched: number;
  /** Server payloads that differ from what was queued (must be 0). */
  wrongPayloads: number;
  /** Submissions the server answered as repeats of a key it already had (the crash window at work). */
  repeats: number;
  durationMs: number;
  problems: string[];
}

/** Items of a batch answer that repeat a key the server already had (`created: false`). */
function batchRepeats(payload: unknown): number {
  if (typeof payload !== 'string') return 0;
  try {
    const answer = JSON.parse(payload) as { results?: Array<{ ok?: boolean; created?: boolean }> };
    return (answer.results ?? []).filter((r) => r.ok === true && r.created === false).length;
  } catch {
    return 0;
  }
}

interface Worker {
  child: ChildProcess;
  exited: Promise<number | null>;
  /** Resolves on the first sync.state line with nothing pending. */
  drained: Promise<SyncStatus>;
}

function startWorker(dataDir: string): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER], {
    cwd: ROOT,
    // Batches of 5: each run makes several requests, so the kill points fall between and inside them.
    env: { ...process.env, KIOSK_DATA_DIR: dataDir, KIOSK_LOG_LEVEL: 'warn', KIOSK_SYNC_MAX_BATCH: '5' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const drained = new Promise<SyncStatus>((resolve) => {
    const lines = readline.createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      try {
        const message = JSON.parse(line) as { event?: string; data?: SyncStatus };
        if (message.event === 'sync.state' && message.data?.online && message.data.outbox.pending === 0)
          resolve(message.data);
      } catch {
        // not a status line
      }
    });
  });
  return { child, exited, drained };
}

export async function runKillLoop(options: KillLoopOptions): Promise<KillLoopReport> {
  const started = Date.now();
  const random = seededRandom(options.seed ?? 20261125);
  const district = await startHarness();
  const data = tempDir('kill');
  const report: KillLoopReport = {
    kills: 0,
    killsBy: { 'server-committed': 0, 'after-answer': 0, anytime: 0 },
    rows: options.rows,
    serverRows: 0,
    duplicates: 0,
    lost: 0,
    mismatched: 0,
    wrongPayloads: 0,
    repeats: 0,
    durationMs: 0,
    problems: [],
  };

  // The server side of the kill points: a hook between the committed submission and its answer.
  let current: Worker | undefined;
  let killAtCommit: { remaining: number } | undefined;
  let onAnswer: (() => void) | undefined;
  const kill = async (worker: Worker | undefined): Promise<void> => {
    if (!worker || worker.child.exitCode !== null || worker.child.signalCode !== null) return;
    worker.child.kill('SIGKILL');
    await worker.exited;
  };
  district.app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/v1/submissions')) return;
    if (request.url.startsWith('/v1/submissions/batch')) report.repeats += batchRepeats(payload);
    else if (reply.statusCode === 200) report.repeats++;
    if (killAtCommit && reply.statusCode < 300 && --killAtCommit.remaining <= 0) {
      killAtCommit = undefined;
      await kill(current); // the kiosk dies before it can hear the answer
    }
  });
  district.app.addHook('onResponse', async (request, reply) => {
    if (request.url.startsWith('/v1/submissions') && reply.statusCode < 300) onAnswer?.();
  });

  try {
    const url = await district.app.listen({ host: '127.0.0.1', port: 0 });
    await district.publish(catalogV1());

    // Provision the kiosk's data folder through the kiosk's own code, then fill its outbox.
    const ctx = openSyncContext(data.dir, { log: silentLogger() });
    await ctx.sync.provision(url, await district.issueCode());
    await ctx.close();
    const queued = new Map<string, { id: number; payload: unknown }>();
    /** Citizens keep handing in while the kiosk is down: tops the outbox up to `min` pending rows. */
    const fill = (count: number, min = 0): void => {
      const db = openDatabase(path.join(data.dir, 'kiosk.db'));
      try {
        const outbox = new OutboxRepository(db, fileDeviceKey(data.dir), () => HALL.code);
        const missing = Math.max(count, min - outbox.counts().pending);
        for (let n = 0; n < missing; n++) {
          const seq = queued.size;
          const submission = mixedSubmission(seq);
          const row = outbox.enqueue({ ...submission, summary: {} });
          queued.set(row.idempotencyKey, { id: row.id, payload: submission.payload });
        }
      } finally {
        db.close();
      }
    };
    fill(options.rows);

    for (let k = 0; k < options.kills; k++) {
      if (k > 0) fill(0, TOP_UP);
      const point: KillPoint = (['server-committed', 'after-answer', 'anytime'] as const)[k % 3]!;
      const t0 = Date.now();
      const worker = startWorker(data.dir);
      current = worker;
      // Whatever the plan, a worker with nothing left to send is killed too.
      void worker.drained.then(() => kill(worker));
      if (point === 'server-committed') killAtCommit = { remaining: 1 + Math.floor(random() * 4) };
      if (point === 'after-answer') {
        let remaining = 1 + Math.floor(random() * 4);
        onAnswer = () => {
          if (--remaining > 0) return;
          onAnswer = undefined;
          setTimeout(() => void kill(worker), Math.floor(random() * 15));
        };
      }
      if (point === 'anytime') setTimeout(() => void kill(worker), Math.floor(random() * 1300));
      const code = await worker.exited;
      killAtCommit = undefined;
      onAnswer = undefined;
      if (code !== null) report.problems.push(`worker ${k} exited by itself with code ${code}`);
      report.kills++;
      report.killsBy[point]++;
      options.trace?.(`${k} ${point}: alive ${Date.now() - t0} ms, server holds ${countServer()}`);
      if ((k + 1) % 25 === 0)
        options.progress?.(`${k + 1}/${options.kills} kills, server holds ${countServer()}`);
    }

    // The last run drains whatever is left, then stops cleanly.
    const last = startWorker(data.dir);
    current = last;
    await last.drained;
    last.child.kill('SIGTERM');
    const code = await last.exited;
    if (code !== 0) report.problems.push(`final worker exited with ${code}`);

    report.rows = queued.size;
    // The verdict, from both databases.
    const server = district.store.database
      .prepare<[], { idempotency_key: string; case_number: string; payload: string; n: number }>(
        `SELECT idempotency_key, min(case_number) AS case_number, min(payload) AS payload, count(*) AS n
         FROM submissions GROUP BY idempotency_key`,
      )
      .all();
    report.serverRows = countServer();
    const byKey = new Map(server.map((s) => [s.idempotency_key, s]));
    report.duplicates = server.filter((s) => s.n > 1).length;
    const check = openDatabase(path.join(data.dir, 'kiosk.db'));
    const local = new OutboxRepository(check, fileDeviceKey(data.dir), () => HALL.code);
    for (const [key, { id, payload }] of queued) {
      const remote = byKey.get(key);
      const row = local.get(id);
      if (!remote) report.lost++;
      else if (JSON.stringify(JSON.parse(remote.payload)) !== JSON.stringify(payload)) report.wrongPayloads++;
      if (!row || row.state !== 'sent' || row.caseNumber !== remote?.case_number || row.hasPayload)
        report.mismatched++;
    }
    check.close();
    for (const s of server)
      if (!queued.has(s.idempotency_key)) report.problems.push('server holds an unknown key');
    return report;
  } finally {
    await kill(current);
    report.durationMs = Date.now() - started;
    await district.close();
    data.remove();
  }

  function countServer(): number {
    return (
      district.store.database.prepare<[], { n: number }>('SELECT count(*) AS n FROM submissions').get()?.n ??
      0
    );
  }
}
