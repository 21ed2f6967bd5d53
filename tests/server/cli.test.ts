import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import pg from 'pg';
import { DistrictClient } from '../../src-main/district/district.client.js';
import type { SubmissionKind } from '../../src-main/district/protocol.types.js';
import { openStore } from '../../src-server/app.js';
import { runCli } from '../../src-server/cli/cli.js';
import type { DistrictStore } from '../../src-server/store/district.store.js';
import { storeTarget } from '../../src-server/store/store-target.js';
import { freshDatabase, sharedPostgres, type PgDatabase } from '../helpers/postgres.js';
import { tempDir } from '../helpers/temp-dir.js';
import { catalogV1, catalogV2, STORE_KINDS, type StoreKind } from './server-harness.js';

let dir: string;
let remove: () => void;
/** The --db of this test: a SQLite file, or a fresh PostgreSQL database's URL. */
let db: string;
let kind: StoreKind;
let postgres: PgDatabase | undefined;

async function useStore(k: StoreKind): Promise<void> {
  kind = k;
  ({ dir, remove } = tempDir('district-cli'));
  postgres = k === 'postgres' ? await freshDatabase(await sharedPostgres()) : undefined;
  db = postgres?.url ?? path.join(dir, 'district.db');
}

async function cleanUp(): Promise<void> {
  remove();
  await postgres?.drop();
}

/** Rows of a query on the test's database, `?` placeholders. */
async function rows<T>(sql: string): Promise<T[]> {
  if (kind === 'sqlite') {
    const sqlite = new Database(db, { readonly: true });
    try {
      return sqlite.prepare(sql).all() as T[];
    } finally {
      sqlite.close();
    }
  }
  const client = new pg.Client({ connectionString: db });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...argv, '--db', db], {
    io: { out: (s) => out.push(s), err: (s) => err.push(s) },
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function writeJson(name: string, value: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(value));
  return file;
}

/** A device of hall ZCKL01, enrolled straight through the store. */
async function enrolledDevice(store: DistrictStore): Promise<string> {
  await store.issueEnrollmentCode({
    codeHash: 'h'.repeat(64),
    hallCode: 'ZCKL01',
    createdAt: new Date().toISOString(),
    expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
  });
  const enrolled = await store.enroll({
    codeHash: 'h'.repeat(64),
    deviceId: 'kiosk-cli-test',
    tokenHash: 't'.repeat(64),
    info: { appVersion: '0.1.0' },
    at: new Date().toISOString(),
  });
  if (!enrolled.ok) throw new Error(`enroll failed: ${enrolled.reason}`);
  return 'kiosk-cli-test';
}

const HALL_ARGS = [
  'hall',
  'create',
  '--code',
  'ZCKL01',
  '--name',
  '淄川区昆仑镇便民服务中心',
  '--phone',
  '0533-5000000',
];

describe.each(STORE_KINDS)('%s store', (k) => {
  beforeEach(() => useStore(k));
  afterEach(() => cleanUp());

  describe('server CLI as functions', () => {
    it('hall create: creates once, refuses a duplicate (1) and a bad name or missing option (2)', async () => {
      expect((await cli(...HALL_ARGS)).code).toBe(0);
      expect((await cli(...HALL_ARGS)).code).toBe(1);
      const badName = await cli('hall', 'create', '--code', 'X1', '--name', '昆仑镇政府');
      expect(badName.code).toBe(2);
      expect(badName.err).toMatch(/便民服务中心/);
      expect((await cli('hall', 'create', '--code', 'X1')).code).toBe(2);
      expect(
        (await cli('hall', 'create', '--code', 'X1', '--name', '某某便民服务点', '--colour', 'red')).code,
      ).toBe(2);
    });

    it('code issue: prints a one-time code from the unambiguous alphabet; unknown hall is an error', async () => {
      expect((await cli('code', 'issue', '--hall', 'ZCKL01')).code).toBe(1);
      await cli(...HALL_ARGS);
      const issued = await cli('code', 'issue', '--hall', 'zckl01');
      expect(issued.code).toBe(0);
      expect(issued.out).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
      expect(issued.err).toMatch(/有效/);
      const [row] = await rows<{ expires_at: string; created_at: string }>(
        'SELECT expires_at, created_at FROM enrollment_codes',
      );
      expect(Date.parse(row?.expires_at ?? '') - Date.parse(row?.created_at ?? '')).toBe(7 * 86_400_000);
    });

    it('catalog publish: publishes v1, refuses an invalid file naming the item and field, then a delta', async () => {
      const v1 = catalogV1();
      const broken = structuredClone(v1);
      const item = broken.items[3] as unknown as Record<string, unknown>;
      item['feeStandard'] = '无';
      const bad = await cli('catalog', 'publish', writeJson('bad.json', broken));
      expect(bad.code).toBe(1);
      expect(bad.err).toContain(`items.3.feeStandard「${v1.items[3]?.name ?? ''}」`);
      expect(bad.err).toMatch(/不收费/);

      const garbage = path.join(dir, 'garbage.json');
      fs.writeFileSync(garbage, '{');
      expect((await cli('catalog', 'publish', garbage)).code).toBe(1);

      const first = await cli('catalog', 'publish', writeJson('v1.json', v1));
      expect(first.code).toBe(0);
      expect(first.out).toMatch(/版本 1.*新增 64，修改 0，删除 0/);
      expect((await cli('catalog', 'publish', writeJson('again.json', v1))).code).toBe(1);

      const second = await cli('catalog', 'publish', writeJson('v2.json', catalogV2().catalog));
      expect(second.code).toBe(0);
      expect(second.out).toMatch(/版本 2.*新增 1，修改 1，删除 2/);
      expect((await cli('catalog', 'publish')).code).toBe(2);
    });

    it('device revoke and case set report unknown ids; kiosks list says when empty', async () => {
      expect((await cli('device', 'revoke', 'kiosk-nope')).code).toBe(1);
      expect((await cli('case', 'set', 'ZC20261125000001', '已受理')).code).toBe(1);
      const list = await cli('kiosks', 'list');
      expect(list.code).toBe(0);
      expect(list.out).toMatch(/还没有登记的终端/);
    });

    it('slots set / holiday / list, and the follow-up, complaint and help lists staff act on', async () => {
      expect((await cli(...HALL_ARGS)).code).toBe(0);
      expect(
        (
          await cli(
            'slots',
            'set',
            '--hall',
            'zckl01',
            '--weekday',
            '1-5',
            '--times',
            '10:00,09:00',
            '--capacity',
            '8',
          )
        ).code,
      ).toBe(0);
      expect(
        (
          await cli(
            'slots',
            'set',
            '--hall',
            'ZCKL01',
            '--weekday',
            '8',
            '--times',
            '09:00',
            '--capacity',
            '8',
          )
        ).code,
      ).toBe(2);
      expect(
        (await cli('slots', 'set', '--hall', 'NOPE', '--weekday', '1', '--times', '09:00', '--capacity', '8'))
          .code,
      ).toBe(1);
      expect((await cli('slots', 'holiday', '--hall', 'ZCKL01', '--date', '2026-12-25')).out).toMatch(
        /holiday added/,
      );
      expect((await cli('slots', 'holiday', '--hall', 'ZCKL01', '--date', '2026-12-25')).out).toMatch(
        /already/,
      );
      const list = await cli('slots', 'list', '--hall', 'ZCKL01');
      expect(list.out.split('\n')).toHaveLength(10);
      expect(list.out).toContain('星期1\t09:00\t8');

      // Hand in a 差评, a complaint and a help call as a kiosk would, then list them.
      const store = await openStore(storeTarget(db, dir), { postgresPoolSize: 1 });
      try {
        const deviceId = await enrolledDevice(store);
        const at = new Date().toISOString();
        const submit = (key: string, kind: SubmissionKind, payload: object, extra: object = {}) =>
          store.submit({
            deviceId,
            idempotencyKey: key,
            kind,
            payloadJson: JSON.stringify(payload),
            receivedAt: at,
            casePrefix: 'ZC20261125',
            ...extra,
          });
        await submit('cli-key-0001', 'declaration', { itemName: '临时救助' });
        await submit('cli-key-0002', 'complaint', {
          category: '乱收费',
          text: '收了复印费',
          phone: '13805331234',
        });
        await submit('cli-key-0003', 'help', {
          callId: 'c0ffee00-0000-4000-8000-000000000001',
          kiosk: 'K1',
          hall: 'ZCKL01',
          screen: 'home',
          time: at,
        });
        await submit(
          'cli-key-0004',
          'rating',
          { target: { caseNumber: 'ZC20261125000001' }, level: 1, reasons: ['服务态度'] },
          {
            rating: {
              targetCase: 'ZC20261125000001',
              level: 1,
              followUp: { hallCode: 'ZCKL01', dueDate: '2026-12-02' },
            },
          },
        );
      } finally {
        await store.close();
      }
      const followups = await cli('followups', 'list');
      expect(followups.out).toMatch(
        /ZC20261125000004[A-Z]{4}\tZCKL01\tZC20261125000001\t1\t2026-12-02\t服务态度\t-\t待回访/,
      );
      const json = JSON.parse((await cli('followups', 'list', '--format', 'json')).out) as unknown[];
      expect(json).toHaveLength(1);
      expect((await cli('complaints', 'list')).out).toMatch(/乱收费\t13805331234\t收了复印费/);
      expect((await cli('help', 'list')).out).toMatch(/K1\thome\t呼叫/);
      expect((await cli('followups', 'list', '--format', 'xml')).code).toBe(2);
    });

    it('uses $DISTRICT_DB when --db is absent, and rejects an unknown command with 2', async () => {
      const env = { DISTRICT_DB: kind === 'sqlite' ? path.join(dir, 'env.db') : db };
      const io = { out: () => undefined, err: () => undefined };
      expect(await runCli(HALL_ARGS, { io, env })).toBe(0);
      if (kind === 'sqlite') expect(fs.existsSync(env.DISTRICT_DB)).toBe(true);
      else expect(await rows('SELECT code FROM halls')).toEqual([{ code: 'ZCKL01' }]);
      expect(await runCli(['frobnicate'], { io, env })).toBe(2);
    });
  });

  describe('server CLI as a process', () => {
    let child: ChildProcessWithoutNullStreams | undefined;
    afterEach(async () => {
      if (child && child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await once(child, 'exit');
      }
    });

    async function start(args: string[]): Promise<string> {
      child = spawn(process.execPath, ['--import', 'tsx', 'src-server/main.ts', ...args], {
        cwd: process.cwd(),
        env: { ...process.env, DISTRICT_LOG_LEVEL: 'warn' },
      });
      let seen = '';
      for await (const chunk of child.stdout) {
        seen += String(chunk);
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
        if (match?.[1]) return match[1];
      }
      throw new Error(`server exited before listening: ${seen}`);
    }

    it('serve (the default command) answers real HTTP on 127.0.0.1 and stops cleanly on SIGTERM', async () => {
      await cli(...HALL_ARGS);
      await cli('catalog', 'publish', writeJson('v1.json', catalogV1()));
      const code = (await cli('code', 'issue', '--hall', 'ZCKL01')).out;
      const url = await start(['--port', '0', '--db', db]);

      const answer = await new DistrictClient({ baseUrl: url }).enroll(code, { appVersion: '0.1.0' });
      const client = new DistrictClient({ baseUrl: url, token: answer.deviceToken });
      const sync = await client.catalogSync({ limit: 50 });
      expect(sync.items).toHaveLength(64);
      const hb = await client.heartbeat({
        appVersion: '0.1.0',
        health: {
          printer: { state: 'paper-out', paper: 'out' },
          reader: { state: 'ready' },
          outbox: { pending: 3, dead: 0, oldestPendingAgeSec: 7_200 },
          disk: { usedPct: 91.5 },
        },
        outboxDepth: 3,
        catalogVersion: 1,
      });
      expect(hb.catalogVersion).toBe(1);

      const running = child;
      if (!running) throw new Error('no child');
      running.kill('SIGTERM');
      const [exitCode] = (await once(running, 'exit')) as [number | null];
      expect(exitCode).toBe(0);
      const list = (await cli('kiosks', 'list')).out;
      expect(list).toContain(answer.deviceId);
      // The district sees a printer out of paper in a village station.
      expect(list).toContain('打印机缺纸，读卡器正常，最久待发 2 小时，磁盘已用 91.5%');
    });
  });
});
