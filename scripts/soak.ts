/**
 * `npm run soak` — flat memory for months, bounded: one kiosk core (the app both shells serve) against a
 * real district server on loopback (SQLite), driven through its API dispatch for N citizen sessions —
 * search, open a guide, declare (the receipt goes to the simulated printer), end the session — with a
 * catalog delta published and synced (and the outbox drained) every N/deltas sessions. RSS, heap,
 * open file descriptors, active handles and event-bus listeners are sampled after a forced GC; they
 * must stay within +10 % of their value after the first 500 sessions (fds, handles and listeners: no
 * growth). Figures go to bench/results.json under `results.soak`.
 *
 *   npm run soak -- [--sessions 10000] [--deltas 200] [--no-write]
 *   npm run soak -- --kills 1000 [--rows 200] [--seed N]     the kill test (scripts/soak-kill.ts)
 *
 * Run it with `node --expose-gc` for exact heap figures (npm run soak does).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

if (process.argv.includes('--kills')) {
  await import('./soak-kill.js');
} else {
  await soakSessions();
}

async function soakSessions(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sessions: { type: 'string', default: '10000' },
      deltas: { type: 'string', default: '200' },
      'no-write': { type: 'boolean', default: false },
    },
  });
  const sessions = Number(values.sessions);
  const deltas = Number(values.deltas);
  const every = Math.max(1, Math.floor(sessions / Math.max(deltas, 1)));
  const baseAt = Math.min(500, sessions);

  const { createKioskApp } = await import('../src-main/app.js');
  const { silentLogger } = await import('../src-main/log/logger.js');
  const { buildApp } = await import('../src-server/app.js');
  const { publishCatalog } = await import('../src-server/core/catalog-publish.js');
  const { newEnrollmentCode, sha256Hex } = await import('../src-server/core/tokens.js');
  const { SqliteDistrictStore } = await import('../src-server/store/sqlite.store.js');
  const { DIBAO_VALUES } = await import('../tests/helpers/dibao-declaration.js');
  const { loadDemoCatalog } = await import('../tests/helpers/demo-catalog.js');

  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-soak-'));
  const store = SqliteDistrictStore.open(path.join(tmp, 'district.db'));
  const server = await buildApp({ store });
  const hour = 3_600_000;
  const kiosk = createKioskApp({
    dataDir: path.join(tmp, 'kiosk'),
    log: silentLogger(),
    sync: { timings: { catalogMs: hour, outboxMs: hour, casesMs: hour, heartbeatMs: hour } },
  });
  const gc = (globalThis as { gc?: () => void }).gc;
  const busListeners = (): number => {
    const bus = kiosk.bus as unknown as { listeners: Map<string, Set<unknown>>; anyListeners: Set<unknown> };
    let n = bus.anyListeners.size;
    for (const set of bus.listeners.values()) n += set.size;
    return n;
  };
  const sample = (done: number) => {
    gc?.();
    const mem = process.memoryUsage();
    return {
      sessions: done,
      rssMB: Number((mem.rss / 1048576).toFixed(1)),
      heapUsedMB: Number((mem.heapUsed / 1048576).toFixed(1)),
      fds: fs.readdirSync('/proc/self/fd').length,
      handles: process.getActiveResourcesInfo().length,
      busListeners: busListeners(),
    };
  };

  const failures: string[] = [];
  const call = async (method: string, input: unknown): Promise<unknown> => {
    const answer = await (
      kiosk.dispatch as (
        m: string,
        i: unknown,
      ) => Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>
    )(method, input);
    if (!answer.ok) {
      if (failures.length < 20) failures.push(`${method}: ${answer.error?.message ?? '?'}`);
      return undefined;
    }
    return answer.value;
  };

  try {
    const url = await server.listen({ host: '127.0.0.1', port: 0 });
    const now = new Date();
    await store.createHall(
      { code: 'ZCKL01', name: '淄川区昆仑镇便民服务中心', address: null, phone: null },
      now.toISOString(),
    );
    const code = newEnrollmentCode();
    await store.issueEnrollmentCode({
      codeHash: sha256Hex(code),
      hallCode: 'ZCKL01',
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + 86_400_000).toISOString(),
    });
    const demo = loadDemoCatalog();
    let published = 0;
    const publish = async (): Promise<void> => {
      published++;
      const changed = new Set(demo.items.filter((_, i) => i % 16 === published % 16).map((i) => i.id));
      const catalog = {
        ...demo,
        version: `soak-${published}`,
        items: demo.items.map((item) =>
          changed.has(item.id)
            ? { ...item, aliases: [...item.aliases.slice(0, 3), `俗称${published}`] }
            : item,
        ),
      };
      const result = await publishCatalog(store, catalog, new Date());
      if (!result.ok) throw new Error('soak catalog did not validate');
    };
    await publish();
    await kiosk.sync.provision(url, code);
    await kiosk.sync.runRound(['catalog']);

    const queries = ['低保', 'ylbx', '养老', '残疾人', '出生', '社保卡'];
    const samples: ReturnType<typeof sample>[] = [];
    let synced = 0;
    const started = performance.now();
    console.log(`浸泡测试 / soak: ${sessions} 次办事会话，${deltas} 次目录增量 …`);
    for (let n = 1; n <= sessions; n++) {
      await call('session.activity', {});
      const hits = (await call('catalog.search', { query: queries[n % queries.length], limit: 10 })) as
        { items?: Array<{ id: string }> } | Array<{ id?: string; item?: { id: string } }> | undefined;
      void hits;
      await call('catalog.item', { id: 'dibao-confirm' });
      await call('declaration.submit', {
        itemId: 'dibao-confirm',
        consent: true,
        identityMethod: 'card',
        values: DIBAO_VALUES,
      });
      await call('session.end', { reason: 'exit' });
      if (n % every === 0 && synced < deltas) {
        await publish();
        const round = await kiosk.sync.runRound(['catalog', 'outbox']);
        if (round.catalog && 'kind' in round.catalog && round.catalog.kind !== 'updated')
          failures.push(`delta ${published}: ${JSON.stringify(round.catalog)}`);
        synced++;
      }
      if (n === baseAt || n % 1000 === 0 || n === sessions) {
        const s = sample(n);
        samples.push(s);
        console.log(JSON.stringify(s));
      }
    }
    const elapsedS = (performance.now() - started) / 1000;
    const base = samples.find((s) => s.sessions === baseAt) ?? samples[0]!;
    const last = samples.at(-1)!;
    const growth = (a: number, b: number): number => Number(((b / a - 1) * 100).toFixed(1));
    const result = {
      sessions,
      deltas: synced,
      elapsedS: Number(elapsedS.toFixed(1)),
      sessionsPerSec: Math.round(sessions / elapsedS),
      gcExposed: gc !== undefined,
      loadavg: os.loadavg().map((l) => Number(l.toFixed(2))),
      baseline: base,
      final: last,
      rssGrowthPct: growth(base.rssMB, last.rssMB),
      heapGrowthPct: growth(base.heapUsedMB, last.heapUsedMB),
      fdGrowth: last.fds - base.fds,
      handleGrowth: last.handles - base.handles,
      listenerGrowth: last.busListeners - base.busListeners,
      failures,
      samples,
    };
    const ok =
      result.rssGrowthPct <= 10 &&
      result.heapGrowthPct <= 10 &&
      result.fdGrowth <= 0 &&
      result.handleGrowth <= 0 &&
      result.listenerGrowth <= 0 &&
      failures.length === 0;
    console.log(JSON.stringify({ ...result, samples: undefined, ok }, null, 2));
    if (!values['no-write']) {
      const file = path.join(root, 'bench', 'results.json');
      const previous = fs.existsSync(file)
        ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>)
        : {};
      const results = (previous['results'] ?? {}) as Record<string, unknown>;
      fs.writeFileSync(
        file,
        `${JSON.stringify({ ...previous, results: { ...results, soak: { ...result, ok } } }, null, 2)}\n`,
      );
    }
    console.log(ok ? '通过 / passed' : '失败 / FAILED');
    process.exitCode = ok ? 0 : 1;
  } finally {
    kiosk.close();
    await server.close();
    await store.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
