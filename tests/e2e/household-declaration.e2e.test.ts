/**
 * A declaration with a repeatable household group: 最低生活保障审核确认 on the demo kiosk (simulated card),
 * two household members added with the on-screen keyboards (names on the pinyin keyboard, ID numbers on
 * the keypad, choices), reviewed and submitted; then 打印申请表（A4） through a real CUPS with cups-pdf,
 * the printed form read back with pdftotext; 完成 leaves nothing of anyone behind.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cupsPdfOutDir, startCups, TEXT_PRESERVING, until, type Cups } from '../helpers/cups.js';
import { HOUSEHOLD } from '../helpers/dibao-declaration.js';
import { outputPath } from '../helpers/temp-dir.js';
import { assertWiped, choose, done, pickItem, tapKeys, typePinyin } from './form-input.js';
import { startKioskInBrowser, TEST_PERSON, visibleText, type KioskUnderTest } from './harness.js';

const [SPOUSE, CHILD] = HOUSEHOLD;
const NAME_WORDS = {
  [SPOUSE.memberName]: [
    ['wang', '王'],
    ['jian', '建'],
    ['guo', '国'],
  ],
  [CHILD.memberName]: [
    ['wang', '王'],
    ['xiao', '小'],
    ['yu', '雨'],
  ],
} as const;

describe('a declaration with household members', () => {
  let kiosk: KioskUnderTest;
  let cups: Cups;

  beforeAll(async () => {
    cups = await startCups();
    kiosk = await startKioskInBrowser({
      config: {
        idleTimeoutSec: 600,
        a4Queue: cups.queue,
        a4Server: cups.server ?? '',
        a4Options: TEXT_PRESERVING,
      },
    });
  }, 120_000);

  afterAll(async () => {
    await kiosk?.close();
    await cups?.stop();
  }, 60_000);

  it(
    'adds two members with the keyboards, submits, and prints the A4 form with both',
    { timeout: 300_000 },
    async () => {
      const { page } = kiosk;
      await pickItem(page, '最低生活保障审核确认');
      await page.getByRole('button', { name: '同意并继续' }).click();
      await page.getByRole('button', { name: '放入演示身份证' }).click();
      await page.locator('[data-field="name"]').waitFor({ timeout: 15_000 });

      await tapKeys(page, 'phone', TEST_PERSON.phone);
      await typePinyin(page, 'householdVillage', [
        ['kun', '昆'],
        ['lun', '仑'],
        ['zhen', '镇'],
        ['ci', '磁'],
        ['cun', '村'],
      ]);
      await tapKeys(page, 'familySize', '3');
      await tapKeys(page, 'monthlyIncome', '1200');
      await choose(page, 'povertyReason', '因病');
      await typePinyin(page, 'reason', [
        ['yin', '因'],
        ['bing', '病'],
        ['zhi', '致'],
        ['pin', '贫'],
      ]);
      await done(page, 'reason');

      // No member yet: the group says so; 添加一项 opens the new member's name at once.
      expect(await visibleText(page.locator('[data-group="members"]'))).toContain('还没有添加');
      const members = [SPOUSE, CHILD];
      for (const [index, member] of members.entries()) {
        const at = (field: string): string => `members.${index}.${field}`;
        await page.locator('[data-group-add="members"]').click();
        await page.locator(`[data-input-for="${at('memberName')}"]`).waitFor();
        await typePinyin(page, at('memberName'), NAME_WORDS[member.memberName]);
        await choose(page, at('relation'), member.relation);
        await tapKeys(page, at('memberIdNumber'), member.memberIdNumber);
        await choose(page, at('health'), member.health);
        await choose(page, at('occupation'), member.occupation);
        if (member.memberIncome) await tapKeys(page, at('memberIncome'), member.memberIncome);
        await page.locator(`[data-entry="members.${index}"]`).scrollIntoViewIfNeeded();
        if (index === 0) await kiosk.shot('50-household-first-member');
      }
      for (const [index, member] of members.entries()) {
        const value = (field: string) =>
          page.locator(`[data-field="members.${index}.${field}"]`).getAttribute('data-value');
        expect(await value('memberName')).toBe(member.memberName);
        expect(await value('memberIdNumber')).toBe(member.memberIdNumber);
        expect(await value('relation')).toBe(member.relation);
      }
      expect(await visibleText(page.locator('[data-group="members"] .form-group-count'))).toContain(
        '已添加 2 项',
      );
      await page.locator('[data-group-add="members"]').scrollIntoViewIfNeeded();
      await kiosk.shot('51-household-two-members');

      await page.getByRole('button', { name: '填好了，下一步' }).click();
      await page.getByRole('heading', { name: '需要准备的材料' }).waitFor();
      await page.getByRole('button', { name: '我知道了，下一步' }).click();
      await page.getByRole('heading', { name: '请核对填写的内容' }).waitFor();
      const review = await page.locator('.declare-flow').innerText();
      for (const member of members) {
        expect(review).toContain(member.memberName);
        expect(review).toContain(member.memberIdNumber);
      }
      await kiosk.shot('52-household-review');

      await page.getByRole('button', { name: '确认提交' }).click();
      const number = await visibleText(page.getByTestId('local-number'));
      const printButton = page.getByRole('button', { name: '打印申请表（A4）' });
      await printButton.waitFor();
      await kiosk.shot('53-household-done');
      const payload = JSON.stringify(kiosk.app.outbox.payload(kiosk.app.outbox.byLocalNumber(number)!.id));
      for (const member of members) expect(payload).toContain(member.memberIdNumber);

      const { dir } = cupsPdfOutDir(cups.queue);
      const before = new Set(fs.existsSync(dir) ? fs.readdirSync(dir) : []);
      await printButton.click();
      expect(await visibleText(page.locator('.application-form-print .ok-message'))).toContain(
        '申请表已发送到打印机',
      );
      await kiosk.shot('54-household-form-printed');
      const printed = await until('the printed application form', 45_000, () => {
        if (!fs.existsSync(dir)) return undefined;
        const name = fs.readdirSync(dir).find((f) => !before.has(f) && f.includes(number));
        if (!name) return undefined;
        const file = path.join(dir, name);
        return /%%EOF\s*$/.test(fs.readFileSync(file).subarray(-64).toString('latin1')) ? file : undefined;
      });
      try {
        const text = execFileSync('pdftotext', [printed, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
        for (const expected of [
          number,
          TEST_PERSON.name,
          TEST_PERSON.idNumber,
          '昆仑镇磁村',
          '因病致贫',
          ...members.flatMap((m) => [m.memberName, m.memberIdNumber, m.relation]),
          '申请人（签字或按手印）',
        ])
          expect(text, expected).toContain(expected);
        fs.copyFileSync(printed, outputPath('a4', 'e2e-application-form.pdf'));
        execFileSync('pdftoppm', [
          '-png',
          '-r',
          '70',
          '-f',
          '1',
          '-l',
          '1',
          '-singlefile',
          printed,
          outputPath('a4', 'e2e-application-form-p1'),
        ]);
      } finally {
        fs.rmSync(printed, { force: true });
      }

      await page.getByRole('button', { name: '完成' }).click();
      await assertWiped(
        kiosk,
        members.flatMap((m) => [m.memberName, m.memberIdNumber]),
      );
      // The harness scans the log for the applicant; the members' data must not be there either.
      const log = fs.readFileSync(kiosk.logFile, 'utf8');
      for (const member of members) {
        expect(log).not.toContain(member.memberName);
        expect(log).not.toContain(member.memberIdNumber);
      }
    },
  );
});
