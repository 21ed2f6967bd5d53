/**
 * 查看答复 at the kiosk: a complaint carries its slip number to the district; the lookup says 演示, 未送出
 * and 连不上 plainly, asks the district by the district's number when this kiosk knows it, and turns a
 * rate limit into the calm "busy" answer. The district is a fake client (this module's one dependency).
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LockedError, OfflineError } from '../../../../src-main/contract/errors.js';
import type { DistrictClient } from '../../../../src-main/district/district.client.js';
import type { ComplaintLookupAnswer } from '../../../../src-protocol/complaint-reply.js';
import { RateLimitedError } from '../../../../src-main/district/rate-limit.js';
import { silentLogger } from '../../../../src-main/log/logger.js';
import { ComplaintReplyService } from '../../../../src-main/services/complaint/complaint-reply.service.js';
import { openDatabase, type Db } from '../../../../src-main/store/database.js';
import { fileDeviceKey } from '../../../../src-main/store/device-key.js';
import { OutboxRepository } from '../../../../src-main/store/outbox.repository.js';
import { tempDir } from '../../../helpers/temp-dir.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function setup(live: (number: string) => Promise<ComplaintLookupAnswer>, provisioned = true) {
  const t = tempDir('complaint-reply');
  const db: Db = openDatabase(path.join(t.dir, 'kiosk.db'));
  cleanups.push(() => {
    db.close();
    t.remove();
  });
  const outbox = new OutboxRepository(db, fileDeviceKey(t.dir), () => 'ZCKL01');
  const asked: string[] = [];
  const service = new ComplaintReplyService({
    outbox,
    provisioned: () => provisioned,
    log: silentLogger(),
    live: (call) =>
      call({
        lookupComplaint: (number: string) => {
          asked.push(number);
          return live(number);
        },
      } as unknown as DistrictClient),
  });
  const complaint = () =>
    outbox.enqueue({
      kind: 'complaint',
      payload: { category: '办事效率', text: '排队太久', anonymous: true },
      summary: { category: '办事效率', anonymous: true },
      stampLocalNumber: 'trackingNumber',
    });
  return { outbox, service, asked, complaint };
}

const FOUND: ComplaintLookupAnswer = {
  complaints: [
    {
      category: '办事效率',
      receivedAt: '2026-12-06T02:00:00.000Z',
      status: '已答复',
      reply: '已加开窗口',
      repliedAt: null,
    },
  ],
};

describe('complaint reply lookup', () => {
  it('stamps the slip number into the complaint that goes to the district', () => {
    const { outbox, complaint } = setup(() => Promise.resolve(FOUND));
    const row = complaint();
    expect(outbox.payload(row.id)).toEqual({
      category: '办事效率',
      text: '排队太久',
      anonymous: true,
      trackingNumber: row.localNumber,
    });
  });

  it('says 演示 on a demo kiosk and asks nobody', async () => {
    const { service, asked } = setup(() => Promise.resolve(FOUND), false);
    expect(await service.lookup('ZCKL01202612060001')).toEqual({ state: 'demo' });
    expect(asked).toEqual([]);
  });

  it('says a complaint still in this kiosk’s outbox has not reached the district', async () => {
    const { service, asked, complaint } = setup(() => Promise.resolve(FOUND));
    const row = complaint();
    expect(await service.lookup(row.localNumber)).toEqual({ state: 'notSent' });
    expect(asked).toEqual([]);
  });

  it('asks by the district number once this kiosk knows it; found and not found', async () => {
    const { outbox, service, asked, complaint } = setup((n) =>
      Promise.resolve(n === 'ZC20261206000001ABCD' ? FOUND : { complaints: [] }),
    );
    const row = complaint();
    outbox.markSent(row.id, { caseNumber: 'ZC20261206000001ABCD', status: '已提交' });
    expect(await service.lookup(row.localNumber)).toEqual({ state: 'found', complaints: FOUND.complaints });
    expect(await service.lookup('ZCKL01202001010009')).toEqual({ state: 'notFound' });
    expect(asked).toEqual(['ZC20261206000001ABCD', 'ZCKL01202001010009']);
  });

  it('says 连不上 offline, and a rate limit becomes the calm busy answer', async () => {
    const offline = setup(() => Promise.reject(new OfflineError('down')));
    expect(await offline.service.lookup('ZCKL01202612060001')).toEqual({ state: 'offline' });
    const busy = setup(() => Promise.reject(new RateLimitedError('busy', 120_000)));
    await expect(busy.service.lookup('ZCKL01202612060001')).rejects.toBeInstanceOf(LockedError);
  });
});
