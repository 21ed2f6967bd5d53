/**
 * The machine checks every screen the e2e suite visits gets, in both modes: axe-core at WCAG 2.2 AA
 * with zero violations, every clickable box ≥ 60 × 60 px (semantic controls, and anything that looks or
 * acts clickable: a pointer cursor or a click handler), computed font sizes (normal body ≥ 20 px;
 * 大字模式 body ≥ 24 px and key text ≥ 36 px), line spacing ≥ 1.3, and no animation that runs longer
 * than 5 s (WCAG 2.2.2 Pause, Stop, Hide). And the viewport rule: nothing sticks out left or right; a
 * pinned bar (fixed or sticky) lies inside the screen and never slides under another pinned bar; a screen
 * marked to fit (`[data-fit-screen]`, the home screen) needs no scrolling; primary actions
 * (`[data-primary-actions]`) are on screen without scrolling.
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
  normal: { body: 20, key: 0 },
  large: { body: 24, key: 36 },
} as const;

/** Key text: what a citizen must read first on a screen, and the numbers they must copy. */
export const KEY_TEXT_SELECTOR =
  'h1, h2, .tile-title, .btn-large, .btn-huge, .overlay-card p, .local-number, .case-number';

export interface ScreenProblems {
  axe: string[];
  targets: string[];
  fonts: string[];
  motion: string[];
  viewport: string[];
}

/** axe-core's WCAG 2.2 AA violations on the page, one line each (the rule, its help, up to three nodes). */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
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
}

export async function checkScreen(page: Page, mode: 'normal' | 'large'): Promise<ScreenProblems> {
  const axe = await axeViolations(page);

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
  const viewport = await page.evaluate(checkViewport);
  return { axe, targets, fonts, motion, viewport };
}

/** The viewport rule, run in the page (self-contained: playwright sends its source). */
function checkViewport(): string[] {
  const problems: string[] = [];
  const width = window.innerWidth;
  const height = window.innerHeight;
  const describe = (el: Element): string =>
    `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : ''} "${(el.textContent ?? '').trim().slice(0, 20)}"`;
  const shown = (el: Element): boolean => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
  };
  const inScroller = (el: Element): boolean => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX;
      if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
    }
    return false;
  };
  // Left and right: nothing past the edges (no sideways scrolling on a touch screen).
  const wide: Element[] = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (!shown(el) || el.closest('svg, [aria-hidden="true"]')) continue;
    const r = el.getBoundingClientRect();
    if ((r.right > width + 1 || r.left < -1) && !inScroller(el)) wide.push(el);
  }
  // Report the outermost offenders only.
  for (const el of wide)
    if (!wide.some((other) => other !== el && other.contains(el)))
      problems.push(
        `${describe(el)} outside the viewport sideways (${Math.round(el.getBoundingClientRect().left)}…${Math.round(el.getBoundingClientRect().right)} of ${width})`,
      );
  // Pinned bars: inside the screen, and each sticky bar's offset clears the bars pinned above it.
  const pinned = [...document.body.querySelectorAll('*')].filter((el) => {
    const pos = getComputedStyle(el).position;
    return (pos === 'fixed' || pos === 'sticky') && shown(el);
  });
  for (const el of pinned) {
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    const top = s.position === 'sticky' ? parseFloat(s.top) : r.top;
    if (Number.isNaN(top)) continue;
    if (top < -1 || top + r.height > height + 1)
      problems.push(
        `${describe(el)} pinned outside the viewport (${Math.round(top)}…${Math.round(top + r.height)} of ${height})`,
      );
    if (s.position !== 'sticky') continue;
    for (const other of pinned) {
      if (other === el || other.contains(el) || el.contains(other)) continue;
      const os = getComputedStyle(other);
      if (os.position !== 'sticky' || os.top === 'auto') continue;
      const otherTop = parseFloat(os.top);
      const otherBottom = otherTop + other.getBoundingClientRect().height;
      if (otherTop < top && top < otherBottom - 1)
        problems.push(
          `${describe(el)} pinned at ${Math.round(top)} px slides under ${describe(other)} (to ${Math.round(otherBottom)} px)`,
        );
    }
  }
  // A screen that must fit: no scrolling at all.
  if (document.querySelector('[data-fit-screen]')) {
    const scroll = document.scrollingElement?.scrollHeight ?? 0;
    if (scroll > height + 1) problems.push(`screen needs scrolling: ${scroll} px of ${height}`);
  }
  // Primary actions: on screen without scrolling.
  for (const el of document.querySelectorAll('[data-primary-actions]')) {
    if (!shown(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.top < -1 || r.bottom > height + 1 || r.left < -1 || r.right > width + 1)
      problems.push(
        `${describe(el)} primary actions off screen (${Math.round(r.top)}…${Math.round(r.bottom)} of ${height})`,
      );
  }
  return problems;
}

export function formatProblems(screen: string, mode: string, p: ScreenProblems): string[] {
  return [
    ...p.axe.map((m) => `[${screen} ${mode}] axe ${m}`),
    ...p.targets.map((m) => `[${screen} ${mode}] target ${m}`),
    ...p.fonts.map((m) => `[${screen} ${mode}] ${m}`),
    ...p.motion.map((m) => `[${screen} ${mode}] motion ${m}`),
    ...p.viewport.map((m) => `[${screen} ${mode}] viewport ${m}`),
  ];
}
