/**
 * A citizen's hands on the declaration form, for the e2e tests: opening a field, tapping keys on its
 * on-screen keypad or pinyin keyboard, picking Chinese candidates, choosing options; and the check that
 * nothing personal is left once a session ended.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { TEST_PERSON, type KioskUnderTest } from './harness.js';

const escape = (value: string): string => value.replace(/"/g, '\\"');
const inputOf = (page: Page, path: string) => page.locator(`[data-input-for="${escape(path)}"]`);

/** Opens the field's on-screen input (a tap on its value box) unless it is open already. */
export async function openField(page: Page, path: string): Promise<void> {
  if ((await inputOf(page, path).count()) > 0) return;
  await page.locator(`[data-field="${escape(path)}"]`).click();
  await inputOf(page, path).waitFor();
}

/** Taps keys (digits, letters, X) on the field's keypad or keyboard. */
export async function tapKeys(page: Page, path: string, keys: string): Promise<void> {
  await openField(page, path);
  for (const key of keys) await inputOf(page, path).locator(`[data-key="${key}"]`).first().click();
}

/**
 * Types Chinese on the field's pinyin keyboard: for each [pinyin, 汉字] the letters, then the candidate
 * that is exactly that text (paging forward until it shows).
 */
export async function typePinyin(
  page: Page,
  path: string,
  words: ReadonlyArray<readonly [string, string]>,
): Promise<void> {
  await openField(page, path);
  const input = inputOf(page, path);
  for (const [letters, text] of words) {
    for (const key of letters) await input.locator(`[data-key="${key}"]`).first().click();
    const exact = input.locator('[data-candidate]').filter({ hasText: new RegExp(`^${text}$`) });
    for (let pages = 0; (await exact.count()) === 0; pages++) {
      if (pages >= 8) throw new Error(`candidate ${text} not offered for ${letters}`);
      await input.locator('[data-key="next-page"]').click();
    }
    await exact.first().click();
  }
}

/** Picks an option of a choice field (the field closes itself). */
export async function choose(page: Page, path: string, option: string): Promise<void> {
  await openField(page, path);
  await inputOf(page, path).locator('button', { hasText: option }).first().click();
}

/** Closes the open input with its 完成 key. */
export async function done(page: Page, path: string): Promise<void> {
  await inputOf(page, path).locator('[data-action="done"]').click();
  await inputOf(page, path).waitFor({ state: 'detached' });
}

/** Home → 自助申报 → the item → the notice screen. */
export async function pickItem(page: Page, name: string): Promise<void> {
  await page.locator('.tile', { hasText: '自助申报' }).click();
  await page.waitForSelector('body[data-screen="declare-pick"] .item-row');
  await page.locator('.item-row', { hasText: name }).first().click();
  await page.getByRole('button', { name: '同意并继续' }).waitFor();
}

/** Puts something in both web storages, so that the wipe check below can fail. */
export async function seedWebStorage(page: Page): Promise<void> {
  await page.evaluate((name) => {
    window.sessionStorage.setItem('kiosk-test-probe', name);
    window.localStorage.setItem('kiosk-test-probe', name);
  }, TEST_PERSON.name);
  expect(await page.evaluate(() => window.sessionStorage.length + window.localStorage.length)).toBe(2);
}

/**
 * After the session ended: home screen, no personal datum in the DOM (the test person's and `also`),
 * both web storages empty, and the main process's session object gone.
 */
export async function assertWiped(kiosk: KioskUnderTest, also: readonly string[] = []): Promise<void> {
  const { page } = kiosk;
  await page.waitForSelector('body[data-screen="home"]');
  const html = await page.content();
  for (const value of [...Object.values(TEST_PERSON), ...also]) expect(html).not.toContain(value);
  expect(await page.evaluate(() => window.sessionStorage.length + window.localStorage.length)).toBe(0);
  expect(kiosk.app.session.active()).toBe(false);
  expect(kiosk.app.session.data()).toBeUndefined();
}
