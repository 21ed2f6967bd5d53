/**
 * Power cuts, proven without pulling a plug: the kiosk and the district server run under strace, and
 * for every submission the WAL frame holding it is fsynced before the answer leaves — the kiosk's API
 * answer to the screen (已提交 with its tracking number) and the server's HTTP answer to the kiosk (the
 * case number). With `synchronous = NORMAL` the WAL is written but not synced before the answer, and
 * a power cut could roll back a row both sides believe stored.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DistrictClient } from '../../src-main/district/district.client.js';
import { newEnrollmentCode, sha256Hex } from '../../src-server/core/tokens.js';
import { SqliteDistrictStore } from '../../src-server/store/sqlite.store.js';
import { startKioskProcess } from '../helpers/kiosk-process.js';
import { mixedSubmission } from '../helpers/mixed-submissions.js';
import { startServerProcess } from '../helpers/server-process.js';
import { durabilityOf, readTrace, straceArgs } from '../helpers/strace.js';
import { outputPath, tempDir } from '../helpers/temp-dir.js';
import { HALL } from '../server/server-harness.js';

const data = tempDir('fault-fsync');
afterAll(() => data.remove());

describe('every submission is on disk before it is answered', () => {
  it('kiosk: the outbox row is fsynced before 已提交 reaches the screen', { timeout: 120_000 }, async () => {
    const trace = outputPath('strace', 'fault-power-kiosk.strace');
    const kiosk = startKioskProcess({
      dataDir: path.join(data.dir, 'kiosk'),
      from: 'src',
      wrap: straceArgs(trace),
      env: { KIOSK_LOG_LEVEL: 'warn' },
    });
    const numbers: string[] = [];
    try {
      await kiosk.appUrl;
      for (let i = 0; i < 3; i++) {
        const answer = await kiosk.call('complaint.submit', {
          category: '意见建议',
          text: `第 ${i} 条建议：增加座椅`,
          anonymous: true,
        });
        expect(answer.ok).toBe(true);
        numbers.push((answer.value as { trackingNumber: string }).trackingNumber);
      }
    } finally {
      await kiosk.stop();
    }
    const calls = readTrace(trace);
    for (const number of numbers) {
      const check = durabilityOf(calls, 'kiosk.db-wal', number);
      expect(check.answer, `answer of ${number}`).toBeGreaterThan(0);
      expect(check.walWrite, `WAL frame of ${number}`).toBeGreaterThan(0);
      expect(check.walSync, `fsync of ${number}'s WAL frame before its answer`).toBeGreaterThan(
        check.walWrite,
      );
      expect(check.walSync).toBeLessThan(check.answer);
    }
  });

  it('server: a batch is fsynced before its HTTP answer', { timeout: 120_000 }, async () => {
    const db = path.join(data.dir, 'district.db');
    const code = newEnrollmentCode();
    const setup = SqliteDistrictStore.open(db);
    const now = new Date().toISOString();
    await setup.createHall(HALL, now);
    await setup.issueEnrollmentCode({
      codeHash: sha256Hex(code),
      hallCode: HALL.code,
      createdAt: now,
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    await setup.close();

    const trace = outputPath('strace', 'fault-power-server.strace');
    const server = await startServerProcess({ db, wrap: straceArgs(trace) });
    const caseNumbers: string[] = [];
    try {
      const anonymous = new DistrictClient({ baseUrl: server.url });
      const enrolled = await anonymous.enroll(code, { appVersion: '0.1.0', hostname: 'fault-fsync' });
      const client = anonymous.withToken(enrolled.deviceToken);
      for (let batch = 0; batch < 3; batch++) {
        const outcomes = await client.submitBatch(
          [0, 1, 2].map((i) => {
            const s = mixedSubmission(batch * 3 + i);
            return { idempotencyKey: randomUUID(), kind: s.kind, payloadJson: JSON.stringify(s.payload) };
          }),
        );
        for (const outcome of outcomes) {
          if (!outcome.ok) throw outcome.error;
          caseNumbers.push(outcome.answer.caseNumber);
        }
      }
    } finally {
      await server.stop();
    }
    const calls = readTrace(trace);
    for (const number of caseNumbers) {
      const check = durabilityOf(calls, 'district.db-wal', number);
      expect(check.answer, `answer of ${number}`).toBeGreaterThan(0);
      expect(check.walWrite, `WAL frame of ${number}`).toBeGreaterThan(0);
      expect(check.walSync, `fsync of ${number}'s WAL frame before its answer`).toBeGreaterThan(
        check.walWrite,
      );
      expect(check.walSync).toBeLessThan(check.answer);
    }
  });
});
