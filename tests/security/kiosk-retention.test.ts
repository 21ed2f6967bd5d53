/**
 * Outbox retention on a real SQLite file: 30 days after the server acknowledged a row its masked summary
 * is gone; a demo kiosk's sealed payloads (never uploaded) are erased 30 days after they were made; rows
 * younger than that keep what they had; the numbers (and so the counts) stay.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createKioskApp, type KioskApp } from '../../src-main/app.js';
import { silentLogger } from '../../src-main/log/logger.js';
import { applyOutboxRetention } from '../../src-main/store/outbox-retention.js';
import { tempDir } from '../helpers/temp-dir.js';
import { declarationPayload } from '../helpers/outbox-payloads.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
});

function app(): KioskApp {
  const data = tempDir('sec-retention');
  cleanups.push(() => data.remove());
  const kiosk = createKioskApp({ dataDir: data.dir, log: silentLogger(), sync: false });
  cleanups.push(() => kiosk.close());
  return kiosk;
}

const DAY = 86_400_000;
const SUMMARY = {
  itemName: '城乡居民养老保险参保登记',
  maskedName: '韩*英',
  maskedIdNumber: '3703**********0029',
};

function enqueue(kiosk: KioskApp, at: Date) {
  return kiosk.outbox.enqueue(
    {
      kind: 'declaration',
      itemId: 'pension-enroll',
      payload: declarationPayload({ applicant: { name: '韩红英', idNumber: '370302199001010029' } }),
      summary: SUMMARY,
    },
    at,
  );
}

describe('outbox retention', () => {
  it('empties acknowledged summaries after 30 days; younger rows keep theirs', () => {
    const kiosk = app();
    const now = new Date('2026-12-06T04:00:00Z');
    const old = enqueue(kiosk, new Date(now.getTime() - 40 * DAY));
    const young = enqueue(kiosk, new Date(now.getTime() - 10 * DAY));
    kiosk.outbox.markSent(
      old.id,
      { caseNumber: 'ZC20261026000001', status: '已受理' },
      new Date(now.getTime() - 31 * DAY),
    );
    kiosk.outbox.markSent(
      young.id,
      { caseNumber: 'ZC20261126000001', status: '已受理' },
      new Date(now.getTime() - 9 * DAY),
    );
    expect(applyOutboxRetention(kiosk.db, { demo: false, now })).toEqual({ summaries: 1, demoPayloads: 0 });
    expect(kiosk.outbox.get(old.id)).toMatchObject({
      summary: {},
      localNumber: old.localNumber,
      caseNumber: 'ZC20261026000001',
    });
    expect(kiosk.outbox.get(young.id)?.summary).toEqual({ ...SUMMARY, localAt: expect.any(String) });
    // Counts survive.
    expect(kiosk.outbox.counts()).toMatchObject({ sent: 2 });
  });

  it('erases a demo kiosk’s sealed payloads 30 days after they were made', () => {
    const kiosk = app();
    const now = new Date('2026-12-06T04:00:00Z');
    const old = enqueue(kiosk, new Date(now.getTime() - 31 * DAY));
    const young = enqueue(kiosk, new Date(now.getTime() - 2 * DAY));
    expect(applyOutboxRetention(kiosk.db, { demo: true, now })).toEqual({ summaries: 0, demoPayloads: 1 });
    expect(kiosk.outbox.payload(old.id)).toBeUndefined();
    expect(kiosk.outbox.get(old.id)).toMatchObject({ summary: {}, hasPayload: false });
    expect(kiosk.outbox.payload(young.id)).toEqual(
      declarationPayload({ applicant: { name: '韩红英', idNumber: '370302199001010029' } }),
    );
  });

  it('the app applies it at start', () => {
    const data = tempDir('sec-retention-start');
    cleanups.push(() => data.remove());
    const first = createKioskApp({ dataDir: data.dir, log: silentLogger(), sync: false });
    const row = enqueue(first, new Date(Date.now() - 45 * DAY));
    first.close();
    const again = createKioskApp({ dataDir: data.dir, log: silentLogger(), sync: false });
    cleanups.push(() => again.close());
    expect(again.outbox.payload(row.id)).toBeUndefined();
  });
});
