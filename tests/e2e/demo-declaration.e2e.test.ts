/**
 * 自助申报 in demo mode — the `npm start` default: no config, so 模拟读卡器 and 模拟打印机 — with 语音播报
 * playing into a sound sink: the sample card from "放入演示身份证", 朗读 and 停止 on the form, a
 * citizen typing on a short idle timeout, and a done step that shows the simulated receipt instead of
 * claiming a printed one.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAudioSink, type AudioSink } from '../emulators/audio-sink.js';
import {
  doneStatus,
  gone,
  startKioskInBrowser,
  TEST_PERSON,
  visibleText,
  watchSpeech,
  type KioskUnderTest,
} from './harness.js';
import { openField } from './form-input.js';

/** Home → 自助申报 → 老年人优待证办理 → 同意 → the identify step. */
async function toIdentify(page: Page): Promise<void> {
  await page.locator('.tile', { hasText: '自助申报' }).click();
  await page.waitForSelector('body[data-screen="declare-pick"] .item-row');
  await page.locator('.item-row', { hasText: '老年人优待证办理' }).first().click();
  await page.getByRole('button', { name: '同意并继续' }).click();
  await page.getByRole('heading', { name: '请将身份证放在读卡区' }).waitFor();
}

/** The demo card on the simulated reader fills the form. */
async function placeDemoCard(page: Page): Promise<void> {
  await page.getByRole('button', { name: '放入演示身份证' }).click();
  await page.locator('[data-field="applicantName"]').waitFor({ timeout: 15_000 });
}

describe('self-declaration in demo mode (simulated devices)', () => {
  let kiosk: KioskUnderTest;
  let sink: AudioSink;
  const pulseBefore = process.env['PULSE_SERVER'];

  beforeAll(async () => {
    sink = await startAudioSink();
    process.env['PULSE_SERVER'] = sink.server; // the kiosk's espeak-ng plays there
    kiosk = await startKioskInBrowser(); // no config: the embedded default, simulated devices
  });

  afterAll(async () => {
    await kiosk?.close();
    if (pulseBefore === undefined) delete process.env['PULSE_SERVER'];
    else process.env['PULSE_SERVER'] = pulseBefore;
    await sink?.close();
  });

  it('the demo card fills the form; 朗读 reads the prompt and required fields, 停止 stops it', async () => {
    const { page, app } = kiosk;
    expect(app.devices.simulated).toBe(true);
    expect(await visibleText(page.locator('.hall-sub'))).toContain('演示模式');
    await toIdentify(page);
    expect(await visibleText(page.locator('.demo-box'))).toContain('演示模式：本机使用模拟读卡器');
    await kiosk.shot('50-demo-identify');
    await placeDemoCard(page);
    expect(await page.locator('[data-field="applicantName"]').getAttribute('data-value')).toBe(
      TEST_PERSON.name,
    );
    expect(await visibleText(page.locator('.step-prompt'))).toContain('标有“必填”的项目一定要填');
    await kiosk.shot('51-demo-form');

    const speech = watchSpeech(app);
    try {
      const speak = page.locator('.step .section-head').getByRole('button', { name: '朗读', exact: true });
      await speak.click();
      const text = await speech.said(/老年人优待证申请表/);
      expect(text).toContain('必填的项目有4项：申请人姓名、公民身份号码、联系电话、领取方式。');
      expect(text).toContain('其中申请人姓名、公民身份号码已从身份证读取');
      const asked = speech.log.findIndex((e) => e.kind === 'speak');
      const on = await speech.until((e, i) => i > asked && e.kind === 'state' && e.speaking);
      await sink.waitUntil((n) => n === 1); // the voice is playing
      const stopButton = page.locator('.step .section-head').getByRole('button', { name: '停止朗读' });
      expect(await stopButton.getAttribute('aria-pressed')).toBe('true');

      await stopButton.click();
      const off = await speech.until((e, i) => i > on && e.kind === 'state' && !e.speaking);
      // Ended by the stop the button asked for, not by reaching the end of the text.
      expect(speech.log[off - 1]).toEqual({ kind: 'stop' });
      await sink.waitUntil((n) => n === 0);
      expect(await speak.getAttribute('aria-pressed')).toBe('false');
      expect(await visibleText(speak)).toBe('朗读');
    } finally {
      speech.stop();
    }
  }, 120_000);

  it('completes the declaration; the done step says the receipt is simulated and shows it', async () => {
    const { page, app } = kiosk;
    await page.locator('[data-field="phone"]').click();
    for (const key of TEST_PERSON.phone)
      await page
        .locator('[data-input-for="phone"] [data-key="' + key + '"]')
        .first()
        .click();
    await page.locator('[data-field="receiveWay"]').click();
    await page.locator('[data-input-for="receiveWay"] button', { hasText: '窗口领取' }).first().click();
    await page.getByRole('button', { name: '填好了，下一步' }).click();
    await page.getByRole('button', { name: '我知道了，下一步' }).click();
    await page.getByRole('heading', { name: '请核对填写的内容' }).waitFor();
    await page.getByRole('button', { name: '确认提交' }).click();

    const number = await visibleText(page.getByTestId('local-number'));
    const status = await doneStatus(page);
    expect(status).toContain('演示模式：回执已由模拟打印机生成');
    expect(status).not.toContain('回执已打印');
    expect(status).not.toContain('出纸口');
    const shown = await visibleText(page.getByTestId('simulated-receipt'));
    const [kept] = app.devices.receipts();
    expect(kept?.lines.join('\n')).toBe(shown);
    expect(shown).toContain('自助申报回执');
    expect(shown).toContain(number);
    expect(shown).toContain('韩*英');
    expect(shown).not.toContain(TEST_PERSON.idNumber);
    await kiosk.shot('52-demo-done');

    await page.getByRole('button', { name: '完成' }).click();
    await page.waitForSelector('body[data-screen="home"]');
    await gone(page.getByTestId('simulated-receipt'));
    expect(app.devices.receipts()).toEqual([]); // the session's end forgets the demo receipts
    expect(app.outbox.byLocalNumber(number)?.state).toBe('pending');
  }, 120_000);

  it('a citizen typing on a short idle timeout keeps the form: no "您还在吗？"', async () => {
    const { page, app } = kiosk;
    await toIdentify(page);
    await placeDemoCard(page);
    const IDLE_SEC = 6;
    app.config.update({ idleTimeoutSec: IDLE_SEC, countdownSec: 20 });
    let warnings = 0;
    const off = app.bus.on('session.warning', () => warnings++);
    try {
      const pad = page.locator('[data-input-for="phone"] .kb-numeric');
      // One key a second, for 2.5 times the idle timeout: 11 digits, then four corrections.
      const started = Date.now();
      await openField(page, 'phone');
      for (const digit of TEST_PERSON.phone) {
        await pad.locator(`[data-key="${digit}"]`).click();
        await page.waitForTimeout(1000); // the citizen's pace, not a wait for the app
      }
      // The 11th digit completes the number: the keypad closed by itself. A tap on the field opens it
      // again for the corrections with its 退格 key.
      expect(await pad.count()).toBe(0);
      await openField(page, 'phone');
      for (let i = 0; i < 4; i++) {
        await pad.getByRole('button', { name: '退格' }).click();
        await page.waitForTimeout(1000);
      }
      expect(Date.now() - started).toBeGreaterThan(IDLE_SEC * 1000 * 2);
      expect(warnings).toBe(0);
      expect(await page.getByRole('alertdialog').count()).toBe(0);
      expect(await page.locator('[data-field="phone"]').getAttribute('data-value')).toBe(
        TEST_PERSON.phone.slice(0, 7),
      );
      expect(app.session.active()).toBe(true);
    } finally {
      off();
      app.config.update({ idleTimeoutSec: 600 });
    }
    await page.getByRole('button', { name: '退出' }).click();
    await page.waitForSelector('body[data-screen="home"]');
  }, 120_000);
});
