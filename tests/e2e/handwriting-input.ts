/**
 * A finger writing on the 手写 pad, for the e2e tests: synthetic strokes of a character (its own
 * medians with a writer's noise, tests/helpers/handwriting-synth.ts) sent as real touch events through
 * Chromium's input pipeline (CDP Input.dispatchTouchEvent), then the candidate tapped.
 */
import type { CDPSession, Locator, Page } from 'playwright-core';
import { synthesize } from '../helpers/handwriting-synth.js';
import { seededRandom } from '../helpers/seeded-random.js';

/** Draws `char` on the pad inside `scope` with touch events; resolves once the pad counted the strokes. */
export async function writeCharacter(cdp: CDPSession, scope: Locator, char: string): Promise<void> {
  const pad = scope.locator('[data-hw-pad]');
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error('handwriting pad not visible');
  const size = Math.min(box.width, box.height);
  const strokes = synthesize(char, { pad: size, noisy: true, random: seededRandom(char.charCodeAt(0)) });
  if (!strokes) throw new Error(`no stroke data for ${char}`);
  const before = Number(await pad.getAttribute('data-strokes'));
  for (const stroke of strokes) {
    const at = (i: number) => {
      const p = stroke[Math.min(i, stroke.length - 1)] ?? { x: size / 2, y: size / 2 };
      return { x: box.x + p.x, y: box.y + p.y, id: 1 };
    };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at(0)] });
    for (let i = 1; i < stroke.length; i += 1) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [at(i)] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }
  await pad
    .page()
    .waitForFunction(([el, count]) => Number((el as HTMLElement).dataset['strokes']) === count, [
      await pad.elementHandle(),
      before + strokes.length,
    ] as const);
}

/** Taps the candidate that is exactly `char`; throws if the pad does not offer it. */
export async function pickHandwritten(scope: Locator, char: string): Promise<void> {
  const candidate = scope.locator('[data-hw-candidate]').filter({ hasText: new RegExp(`^${char}$`) });
  await candidate.first().waitFor({ timeout: 10_000 });
  await candidate.first().click();
}

/** Writes each character of `text` and picks it. */
export async function handwrite(page: Page, cdp: CDPSession, scope: Locator, text: string): Promise<void> {
  for (const char of text) {
    await writeCharacter(cdp, scope, char);
    await pickHandwritten(scope, char);
    await page.waitForFunction(
      () => document.querySelector('[data-hw-pad]')?.getAttribute('data-strokes') === '0',
    );
  }
}
