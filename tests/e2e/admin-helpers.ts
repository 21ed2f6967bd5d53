/** Driving admin mode in the browser the way a hall admin does: corner taps, the PIN pad, the keyboards. */
import type { Page } from 'playwright-core';

/** Five taps in the top-left corner of the home screen. */
export async function tapCorner(page: Page): Promise<void> {
  await page.waitForSelector('body[data-screen="home"]');
  for (let i = 0; i < 5; i++) await page.mouse.click(24, 24);
  await page.waitForSelector('body[data-screen="admin-pin"]');
}

export async function typePin(page: Page, pin: string): Promise<void> {
  for (const d of pin) await page.locator(`.pin-pad [data-key="${d}"]`).click();
  await page.getByRole('button', { name: '确定' }).click();
}

/** Corner, PIN, and wait for the admin overview. */
export async function enterAdmin(page: Page, pin = '123456'): Promise<void> {
  await tapCorner(page);
  await typePin(page, pin);
  await page.waitForSelector('body[data-screen="admin"] .admin-header');
}

export async function openTab(page: Page, tab: string): Promise<void> {
  await page.locator(`[data-admin-tab="${tab}"]`).click();
  await page.waitForSelector(`[data-admin-screen="${tab}"]`);
  await page.locator('.admin-body .loading').waitFor({ state: 'detached' });
}

/** Types on the open TechKeyboard (letters with 大写/小写, digits, / : . - _). */
export async function typeTech(page: Page, text: string): Promise<void> {
  const kb = page.locator('.admin-keyboard .kb-letters');
  for (const ch of text) {
    if (/[a-zA-Z]/.test(ch)) {
      const upper = ch === ch.toUpperCase();
      const pressed = (await kb.locator('[data-key="case"]').getAttribute('aria-pressed')) === 'true';
      if (upper !== pressed) await kb.locator('[data-key="case"]').click();
    }
    await kb.locator(`[data-key="${ch}"]`).click();
  }
}

/** Types pinyin on the open PinyinKeyboard and picks the first candidate. */
export async function typePinyin(page: Page, pinyin: string, pick: string): Promise<void> {
  const kb = page.locator('.admin-keyboard .kb-pinyin');
  for (const ch of pinyin) await kb.locator(`[data-key="${ch}"]`).click();
  await kb.locator('[data-candidate]', { hasText: pick }).first().click();
}

export async function exitAdmin(page: Page): Promise<void> {
  await page.getByRole('button', { name: '退出管理' }).click();
  await page.waitForSelector('body[data-screen="home"]');
}
