/**
 * Watching which screens an e2e test visits, so that each one gets the screen checks without the test
 * asking. The page reports every change of `body[data-screen]` (a MutationObserver calling a binding);
 * the test's page is wrapped so that, before any action that may leave the screen (a click, a tap, a key,
 * a navigation), the harness first checks the screen on display if it has not been checked yet. A screen
 * that came and went with no action in between cannot be checked: the harness reports it at close.
 */
import type { Page } from 'playwright-core';

/** Calls that change what is on screen: the harness checks the current screen before each of them. */
const ACTIONS = new Set([
  'click',
  'dblclick',
  'tap',
  'fill',
  'press',
  'pressSequentially',
  'type',
  'insertText',
  'check',
  'uncheck',
  'setChecked',
  'selectOption',
  'dragTo',
  'dispatchEvent',
  'setInputFiles',
  'clear',
  'down',
  'up',
  'move',
  'wheel',
  'goto',
  'reload',
  'goBack',
  'goForward',
]);

/** Calls that return a locator (or the page's input devices): wrapped in turn. */
const FACTORIES = new Set([
  'locator',
  'getByRole',
  'getByText',
  'getByTestId',
  'getByLabel',
  'getByPlaceholder',
  'getByAltText',
  'getByTitle',
  'first',
  'last',
  'nth',
  'filter',
  'and',
  'or',
]);
const DEVICES = new Set(['keyboard', 'mouse', 'touchscreen']);

type AnyFunction = (...args: unknown[]) => unknown;

/**
 * A view of `target` (a Page, Locator, Keyboard…) whose actions first await `before()`. Methods run on the
 * real object, so playwright's own checks on `this` and its private state are untouched.
 */
export function guard<T extends object>(target: T, before: () => Promise<void>): T {
  return new Proxy(target, {
    get(obj, prop) {
      const value: unknown = Reflect.get(obj, prop, obj);
      if (typeof prop !== 'string') return value;
      if (DEVICES.has(prop) && typeof value === 'object' && value !== null) return guard(value, before);
      if (typeof value !== 'function') return value;
      const fn = value as AnyFunction;
      if (ACTIONS.has(prop))
        return async (...args: unknown[]) => {
          await before();
          return fn.apply(obj, args);
        };
      if (FACTORIES.has(prop)) return (...args: unknown[]) => guard(fn.apply(obj, args) as object, before);
      return fn.bind(obj);
    },
  });
}

const BINDING = '__kioskScreenSeen';

/** Reports each new value of `body[data-screen]` to `onScreen`. Call before the page loads the app. */
export async function watchScreens(page: Page, onScreen: (screen: string) => void): Promise<void> {
  await page.exposeBinding(BINDING, (_source, screen: unknown) => {
    if (typeof screen === 'string' && screen) onScreen(screen);
  });
  await page.addInitScript((binding: string) => {
    const report = (): void => {
      const screen = document.body?.dataset['screen'];
      const w = window as unknown as Record<string, unknown> & { __lastScreen?: string };
      if (!screen || screen === w.__lastScreen) return;
      w.__lastScreen = screen;
      void (w[binding] as (s: string) => Promise<void>)(screen);
    };
    document.addEventListener('DOMContentLoaded', () => {
      report();
      new MutationObserver(report).observe(document.body, {
        attributes: true,
        attributeFilter: ['data-screen'],
      });
    });
  }, BINDING);
}

/** The API calls the page has in flight (the event stream excepted), to wait until a screen has loaded. */
export function trackApiCalls(page: Page): { idle(): Promise<void> } {
  let inflight = 0;
  let waiters: Array<() => void> = [];
  const isCall = (url: string): boolean => url.includes('/api/') && !url.includes('/api/events');
  const done = (url: string): void => {
    if (!isCall(url)) return;
    inflight = Math.max(0, inflight - 1);
    if (inflight === 0) {
      for (const w of waiters) w();
      waiters = [];
    }
  };
  page.on('request', (r) => {
    if (isCall(r.url())) inflight++;
  });
  page.on('requestfinished', (r) => done(r.url()));
  page.on('requestfailed', (r) => done(r.url()));
  return {
    idle: () => (inflight === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
  };
}
