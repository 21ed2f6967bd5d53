/**
 * The machine checks every screen the e2e suite visits gets, in both modes: axe-core at WCAG 2.2 AA
 * with zero violations, every clickable box ≥ 60 × 60 px (semantic controls, and anything that looks or
 * acts clickable: a pointer cursor or a click handler), computed font sizes (normal body ≥ 18 px;
 * 大字模式 body ≥ 24 px and key text ≥ 36 px), line spacing ≥ 1.3, and no animation that runs longer
 * than 5 s (WCAG 2.2.2 Pause, Stop, Hide).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const MIN_TARGET_PX = 60;
/** WCAG 2.2.2: moving content that starts by itself must stop within 5 s (or offer a pause). */
export const MAX_MOTION_MS = 5000;
export const FONT_RULES = {
  normal: { body: 18, key: 0 },
  large: { body: 24, key: 36 },
} as const;

/** Key text: what a citizen must read first on a screen. */
export const KEY_TEXT_SELECTOR = 'h1, h2, .tile-title, .btn-large, .btn-huge, .overlay-card p';

export interface ScreenProblems {
  axe: string[];
  targets: string[];
  fonts: string[];
  motion: string[];
}

export async function checkScreen(page: Page, mode: 'normal' | 'large'): Promise<ScreenProblems> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  const axe = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run: (
          ctx: Document,
          opts: object,
        ) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> }>;
      };
    };
    const result = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')})`,
    );
  });

  const rules = FONT_RULES[mode];
  const { targets, fonts, motion } = await page.evaluate(
    ({ minTarget, body, key, keySelector, maxMotion }) => {
      const targets: string[] = [];
      const fonts: string[] = [];
      const describe = (el: Element): string =>
        `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ').join('.') : ''} "${(el.textContent ?? '').trim().slice(0, 20)}"`;
      const visible = (el: Element): boolean => {
        const r = el.getBoundingClientRect();
        const s = getComputedStyle(el);
        return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
      };
      // React attaches handlers at its root; an element's own props (a `__reactProps$…` key) name them.
      const hasClickHandler = (el: Element): boolean => {
        if ((el as HTMLElement).onclick !== null || el.hasAttribute('onclick')) return true;
        const key = Object.keys(el).find((k) => k.startsWith('__reactProps$'));
        const props = key
          ? ((el as unknown as Record<string, unknown>)[key] as Record<string, unknown>)
          : null;
        return typeof props?.['onClick'] === 'function' || typeof props?.['onPointerDown'] === 'function';
      };
      // `cursor` is inherited: the element where the pointer cursor starts is the target, not its children.
      const startsPointer = (el: Element): boolean =>
        getComputedStyle(el).cursor === 'pointer' &&
        (!el.parentElement || getComputedStyle(el.parentElement).cursor !== 'pointer');
      const clickables = new Set<Element>(
        document.querySelectorAll(
          'button, a[href], [role="button"], input, select, textarea, [tabindex]:not([tabindex="-1"])',
        ),
      );
      for (const el of document.body.querySelectorAll('*'))
        if (startsPointer(el) || hasClickHandler(el)) clickables.add(el);
      for (const el of clickables) {
        if (!visible(el)) continue;
        const r = el.getBoundingClientRect();
        if (r.width < minTarget || r.height < minTarget)
          targets.push(`${describe(el)} is ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
      const keyEls = new Set(document.querySelectorAll(keySelector));
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const seen = new Set<Element>();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || seen.has(el) || !(node.textContent ?? '').trim() || !visible(el)) continue;
        if (el.closest('svg, [aria-hidden="true"]')) continue;
        seen.add(el);
        const s = getComputedStyle(el);
        const size = parseFloat(s.fontSize);
        if (size < body) fonts.push(`${describe(el)} font ${size}px < ${body}px`);
        const lineHeight = s.lineHeight === 'normal' ? size * 1.2 : parseFloat(s.lineHeight);
        if (lineHeight / size < 1.29)
          fonts.push(`${describe(el)} line-height ${(lineHeight / size).toFixed(2)} < 1.3`);
        const keyAncestor = [...keyEls].find((k) => k.contains(el));
        if (key > 0 && keyAncestor && size < key) fonts.push(`${describe(el)} key text ${size}px < ${key}px`);
      }
      const motion: string[] = [];
      for (const animation of document.getAnimations()) {
        const end = animation.effect?.getComputedTiming().endTime;
        const target = animation.effect instanceof KeyframeEffect ? animation.effect.target : null;
        const name = animation instanceof CSSAnimation ? animation.animationName : animation.id;
        if (typeof end === 'number' && end > maxMotion)
          motion.push(
            `${target ? describe(target) : '(no target)'} animation ${name} runs ${end === Infinity ? 'forever' : `${Math.round(end)} ms`} > ${maxMotion} ms`,
          );
      }
      return { targets, fonts, motion };
    },
    {
      minTarget: MIN_TARGET_PX,
      body: rules.body,
      key: rules.key,
      keySelector: KEY_TEXT_SELECTOR,
      maxMotion: MAX_MOTION_MS,
    },
  );
  return { axe, targets, fonts, motion };
}

export function formatProblems(screen: string, mode: string, p: ScreenProblems): string[] {
  return [
    ...p.axe.map((m) => `[${screen} ${mode}] axe ${m}`),
    ...p.targets.map((m) => `[${screen} ${mode}] target ${m}`),
    ...p.fonts.map((m) => `[${screen} ${mode}] ${m}`),
    ...p.motion.map((m) => `[${screen} ${mode}] motion ${m}`),
  ];
}
