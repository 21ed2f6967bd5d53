/**
 * A case's material pages through the console on both stores: the list counts what arrived and what is
 * missing, a page comes back byte for byte (and as a JPEG thumbnail) with `Cache-Control: no-store`, each
 * image is audited, another hall's staff get 404 like a missing case, and a page that is not an image is
 * refused with a Chinese message.
 */
import { createHash, randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import type { CasePagesAnswer } from '../../src-server/console/console-api.types.js';
import { HALL_B, startConsoleHarness, type ConsoleHarness } from './console-fixture.js';
import { HALL, STORE_KINDS } from './server-harness.js';

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

let h: ConsoleHarness;
afterEach(async () => h?.close());

describe.each(STORE_KINDS)('console case pages (%s)', (kind) => {
  it('lists, serves and audits the pages of the hall’s case; another hall gets 404', async () => {
    h = await startConsoleHarness(kind);
    await h.createUser('zhanzhang', 'hall', HALL.code);
    await h.createUser('xihe', 'hall', HALL_B.code);
    await h.createUser('quzhang', 'district');
    const kiosk = await h.kiosk();
    const jpeg = await sharp({ create: { width: 800, height: 1000, channels: 3, background: '#eeeeee' } })
      .jpeg()
      .toBuffer();
    const notImage = Buffer.from('not an image at all');
    const pages = [jpeg, notImage, jpeg];
    const client = h.client(kiosk.token);
    const { caseNumber } = await client.submit({
      idempotencyKey: randomUUID(),
      kind: 'declaration',
      payload: {
        itemName: '临时救助',
        attachments: pages.map((p, i) => ({
          pageNo: i + 1,
          materialName: '申请书',
          sha256: sha(p),
          size: p.length,
        })),
      },
    });
    for (const pageNo of [1, 2])
      await client.putAttachmentChunk({
        caseNumber,
        pageNo,
        offset: 0,
        sha256: sha(pages[pageNo - 1]!),
        bytes: pages[pageNo - 1]!,
      });

    const staff = await h.login('zhanzhang');
    const list = await staff.get(`/console/api/cases/${caseNumber}/pages`);
    expect(list.statusCode).toBe(200);
    expect(list.json<CasePagesAnswer>()).toMatchObject({ announced: 3, arrived: 2, missing: 1 });
    expect(list.json<CasePagesAnswer>().pages.map((p) => p.arrived)).toEqual([true, true, false]);

    const full = await staff.get(`/console/api/cases/${caseNumber}/pages/1`);
    expect(full.statusCode).toBe(200);
    expect(full.headers['cache-control']).toBe('no-store');
    expect(full.headers['content-type']).toBe('image/jpeg');
    expect(Buffer.compare(full.rawPayload, jpeg)).toBe(0);
    const thumb = await staff.get(`/console/api/cases/${caseNumber}/pages/1?size=thumb`);
    expect(thumb.statusCode).toBe(200);
    expect((await sharp(thumb.rawPayload).metadata()).width).toBe(240);

    const broken = await staff.get(`/console/api/cases/${caseNumber}/pages/2`);
    expect(broken.statusCode).toBe(422);
    expect(broken.json<{ error: { message: string } }>().error.message).toBe('这一页材料不是图片，无法显示');
    expect((await staff.get(`/console/api/cases/${caseNumber}/pages/3`)).statusCode).toBe(404);
    expect((await staff.get(`/console/api/cases/${caseNumber}/pages/4`)).statusCode).toBe(404);

    const audited = await h.rows<{ target: string; user_name: string }>(
      "SELECT target, user_name FROM console_audit WHERE action = 'case.pages' ORDER BY seq",
    );
    expect(audited).toEqual([
      { target: `${caseNumber} 第 1 页`, user_name: 'zhanzhang' },
      { target: `${caseNumber} 第 1 页`, user_name: 'zhanzhang' },
    ]);

    const other = await h.login('xihe');
    for (const url of [`/console/api/cases/${caseNumber}/pages`, `/console/api/cases/${caseNumber}/pages/1`])
      expect((await other.get(url)).statusCode).toBe(404);
    const district = await h.login('quzhang');
    expect((await district.get(`/console/api/cases/${caseNumber}/pages/1`)).statusCode).toBe(200);
    expect(await h.count('console_audit')).toBeGreaterThan(0);
  });
});
