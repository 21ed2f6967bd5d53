/**
 * The session ends in the middle of a declaration — after the ID card filled the form and the citizen
 * typed more — by the idle timeout, by 退出, and by taking the card away (the prompt's 结束并清除信息).
 * Each time nothing personal is left: not in the DOM, not in web storage (seeded first, so the check
 * can fail), not in the main process's session object. Reader and printer are emulated over real PTYs.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SessionEndReason } from '../../src-main/contract/types.js';
import type { IdCardEmulator } from '../emulators/idcard-emulator.js';
import { RESIDENT_CARD } from '../emulators/idcard-emulator.js';
import { startDeviceRig, type DeviceRig } from '../emulators/device-rig.js';
import { outputPath } from '../helpers/temp-dir.js';
import { assertWiped, choose, pickItem, seedWebStorage, tapKeys, typePinyin } from './form-input.js';
import { startKioskInBrowser, TEST_PERSON, type KioskUnderTest } from './harness.js';

/** 昆仑镇昆仑村123号 (TEST_PERSON.address) on the pinyin keyboard. */
const ADDRESS_WORDS = [
  ['kun', '昆'],
  ['lun', '仑'],
  ['zhen', '镇'],
  ['kun', '昆'],
  ['lun', '仑'],
  ['cun', '村'],
] as const;

describe('the session ends mid-declaration and nothing personal is left', () => {
  let kiosk: KioskUnderTest;
  let devices: DeviceRig;
  let reader: IdCardEmulator;

  beforeAll(async () => {
    devices = await startDeviceRig();
    ({ reader } = devices);
    kiosk = await startKioskInBrowser({
      config: {
        ...devices.config,
        idleTimeoutSec: 600,
        countdownSec: 10,
      },
    });
  });

  /** The card is on the emulated reader and the kiosk has seen it. */
  let cardSeen = false;

  /** Takes the card away and waits until the kiosk has seen that (so the next test's card is new). */
  async function takeCardAway(): Promise<void> {
    const gone = new Promise<void>((resolve) => {
      const off = kiosk.app.bus.on('card.present', ({ present }) => {
        if (present) return;
        off();
        resolve();
      });
    });
    reader.removeCard();
    await gone;
    cardSeen = false;
  }

  afterEach(async () => {
    if (cardSeen) await takeCardAway();
    kiosk.app.config.update({ idleTimeoutSec: 600, countdownSec: 10 });
  });

  afterAll(async () => {
    await kiosk?.close();
    await devices?.close();
  });

  /** The card fills 老年人优待证办理's form; the citizen adds a phone number and a mailing address. */
  async function midDeclaration(page: Page): Promise<void> {
    await pickItem(page, '老年人优待证办理');
    await page.getByRole('button', { name: '同意并继续' }).click();
    await page.getByRole('heading', { name: '请将身份证放在读卡区' }).waitFor();
    reader.insertCard(RESIDENT_CARD);
    await page.locator('[data-field="applicantName"]').waitFor({ timeout: 15_000 });
    cardSeen = true;
    await tapKeys(page, 'phone', TEST_PERSON.phone);
    await choose(page, 'receiveWay', '邮寄到家');
    await typePinyin(page, 'mailAddress', ADDRESS_WORDS);
    await tapKeys(page, 'mailAddress', '123');
    await typePinyin(page, 'mailAddress', [['hao', '号']]);
    // Everything personal is on screen now, and the session holds its scratch space.
    const html = await page.content();
    for (const value of Object.values(TEST_PERSON)) expect(html, value).toContain(value);
    expect(kiosk.app.session.data()).toBeInstanceOf(Map);
    await seedWebStorage(page);
  }

  /** Resolves with the reason of the next session end. */
  function nextEnd(): Promise<SessionEndReason> {
    return new Promise((resolve) => {
      const off = kiosk.app.bus.on('session.ended', ({ reason }) => {
        off();
        resolve(reason);
      });
    });
  }

  it('idle timeout: the countdown, then the wipe', { timeout: 120_000 }, async () => {
    const { page } = kiosk;
    await midDeclaration(page);
    // Short timings from now on: the next activity arms a 3-second idle timer, then 5 seconds of countdown.
    // (The screen reports touches at most every few seconds, so the activity is reported here directly,
    // as the screen's touch handler does.)
    kiosk.app.config.update({ idleTimeoutSec: 3, countdownSec: 5 });
    const warned = new Promise<void>((resolve) => {
      const off = kiosk.app.bus.on('session.warning', () => {
        off();
        resolve();
      });
    });
    const ended = nextEnd();
    await kiosk.app.dispatch('session.activity', {});
    await warned;
    await page.getByRole('alertdialog', { name: '您还在吗？' }).waitFor();
    await page.screenshot({ path: outputPath('screenshots', '40-wipe-idle-countdown.png') });
    expect(await ended).toBe('idle');
    await assertWiped(kiosk);
    await page.screenshot({ path: outputPath('screenshots', '41-wipe-idle-home.png') });
  });

  it('退出: the wipe at once', { timeout: 120_000 }, async () => {
    const { page } = kiosk;
    await midDeclaration(page);
    const ended = nextEnd();
    await page.getByRole('button', { name: '退出' }).click();
    expect(await ended).toBe('exit');
    await assertWiped(kiosk);
  });

  it('the card taken away: the prompt, then 结束并清除信息', { timeout: 120_000 }, async () => {
    const { page } = kiosk;
    await midDeclaration(page);
    await takeCardAway();
    const prompt = page.locator('.card-removed[role="alert"]');
    await prompt.waitFor({ timeout: 15_000 });
    expect(await prompt.innerText()).toContain('身份证已取走');
    // Brought into view, below the top bar, though the citizen was far down the form.
    const box = await prompt.boundingBox();
    const viewport = page.viewportSize();
    expect(box && viewport && box.y > 0 && box.y + box.height < viewport.height).toBe(true);
    await kiosk.shot('42-wipe-card-removed-prompt');
    const ended = nextEnd();
    await page.getByRole('button', { name: '结束并清除信息' }).click();
    expect(await ended).toBe('exit');
    await assertWiped(kiosk);
  });
});
