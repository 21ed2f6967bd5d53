/**
 * An item or category id that names nobody's item is refused with NOT_FOUND, and the id is not written
 * to the kiosk's log, nor is the screen a help call names: the id patterns accept digits and letters, so a broken or hostile client can put an
 * ID number, a phone number or a name in pinyin there.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPersonalData } from '../helpers/personal-data-scan.js';
import { startFuzzKiosk, type FuzzKiosk } from './kiosk-fuzz.js';

describe('NOT_FOUND for an unknown id, the id kept out of the log', () => {
  let kiosk: FuzzKiosk;
  beforeAll(async () => {
    kiosk = await startFuzzKiosk('not-found');
  });
  afterAll(async () => {
    await kiosk.close();
  });

  it('catalog.item, guide.print, appointment.slots, catalog.list, and help.call’s screen', async () => {
    const calls: Array<[Parameters<FuzzKiosk['call']>[0], unknown]> = [
      ['catalog.item', { id: '370302199001010021' }],
      ['guide.print', { id: 'hanhongying' }],
      ['appointment.slots', { itemId: '13805331234' }],
      ['catalog.list', { categoryId: 'target:张三' }],
      ['catalog.list', { categoryId: 'department:370302199001010021' }],
    ];
    for (const [method, input] of calls) {
      const answer = await kiosk.call(method, input);
      expect(answer, method).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    // help.call's screen name: its pattern accepts digits.
    expect(await kiosk.call('help.call', { screen: '370302199001010021' })).toMatchObject({ ok: true });
    expect(await kiosk.call('help.call', { screen: '13805331234' })).toMatchObject({ ok: true });
    const log = fs.readFileSync(kiosk.logFile, 'utf8');
    expect(log).toContain('"code":"NOT_FOUND"');
    expect(findPersonalData(log)).toEqual([]);
  });
});
