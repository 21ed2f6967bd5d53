/**
 * The web shell's session: the URL a browser opens carries a one-time launch code, never the session
 * secret. The code buys an HttpOnly, SameSite=Strict cookie once; a spent or expired code buys nothing;
 * the page ends on a clean URL and neither its address, its history, Chromium's History file nor
 * document.cookie holds the secret; a page of another site — or of another port on this machine, which
 * is the same "site" for cookies — cannot make the kiosk do anything, with or without the cookie.
 * A real kiosk core and web shell on loopback, driven by Debian's Chromium.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import Database from 'better-sqlite3';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKioskApp, type KioskApp } from '../../src-main/app.js';
import { silentLogger } from '../../src-main/log/logger.js';
import { startWebHost, type WebHost } from '../../src-main/shell/web/host.js';
import { CHROMIUM, CHROMIUM_FLAGS } from '../e2e/harness.js';
import { tempDir } from '../helpers/temp-dir.js';

const RENDERER = path.resolve('dist/renderer');

let app: KioskApp;
let host: WebHost;
let clock = 0;
/** Contract methods the kiosk actually ran, in order. */
const dispatched: string[] = [];
const data = tempDir('sec-launch');

/** A page of another origin on loopback whose script posts to the kiosk's API the ways a page can. */
function attackerServer(target: string): Promise<{ server: http.Server; port: number }> {
  const page = `<!doctype html><meta charset="utf-8"><script>
    window.attack = async () => {
      const body = JSON.stringify({ pin: '123456' });
      const tries = [
        fetch('${target}/api/admin.enter', { method: 'POST', mode: 'no-cors', credentials: 'include', body }),
        fetch('${target}/api/app.info', { method: 'POST', mode: 'no-cors', credentials: 'include',
          headers: { 'Content-Type': 'text/plain' }, body: '{}' }),
      ];
      const results = await Promise.allSettled(tries);
      return results.map((r) => r.status);
    };
  </script>`;
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(page);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as AddressInfo).port })),
  );
}

beforeAll(async () => {
  if (!fs.existsSync(path.join(RENDERER, 'index.html')))
    throw new Error('dist/renderer is missing: run `npm run build` first');
  app = createKioskApp({ dataDir: data.dir, log: silentLogger() });
  host = await startWebHost({
    dispatch: (method, input) => {
      dispatched.push(method);
      return app.dispatch(method, input);
    },
    bus: app.bus,
    log: app.log,
    rendererDir: RENDERER,
    now: () => clock,
  });
});

afterAll(async () => {
  await host.close();
  app.close();
  data.remove();
});

const post = (cookie?: string): Promise<Response> =>
  fetch(`${host.url}/api/app.info`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
    body: '{}',
  });

describe('web shell launch code and session cookie', () => {
  it('a launch code buys an HttpOnly SameSite=Strict cookie once; a replay buys nothing', async () => {
    const launch = host.launchUrl();
    expect(launch).not.toContain(host.token);
    const first = await fetch(launch, { redirect: 'manual' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/');
    const setCookie = first.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^kiosk-session=[\w-]+; /);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Path=/');
    const cookie = setCookie.split(';')[0]!;
    expect(await (await post(cookie)).json()).toMatchObject({ ok: true });

    const replay = await fetch(launch, { redirect: 'manual' });
    expect(replay.status).toBe(403);
    expect(replay.headers.get('set-cookie')).toBeNull();
    expect(await replay.text()).toContain('启动链接已经用过或已过期');
    // A made-up code, a code on another path and a POST with a fresh code buy nothing either.
    expect((await fetch(`${host.url}/?launch=${'A'.repeat(24)}`, { redirect: 'manual' })).status).toBe(403);
    const fresh = new URL(host.launchUrl());
    const elsewhere = await fetch(`${host.url}/index.html${fresh.search}`, { redirect: 'manual' });
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.headers.get('set-cookie')).toBeNull();
    expect((await fetch(host.launchUrl(), { method: 'POST', redirect: 'manual' })).status).toBe(403);
  });

  it('refuses an expired code, on the monotonic clock', async () => {
    const launch = host.launchUrl(60_000);
    clock += 60_001;
    const expired = await fetch(launch, { redirect: 'manual' });
    expect(expired.status).toBe(403);
    expect(expired.headers.get('set-cookie')).toBeNull();
    const inTime = host.launchUrl(60_000);
    clock += 59_000;
    expect((await fetch(inTime, { redirect: 'manual' })).status).toBe(303);
  });

  it('refuses the API and the event stream without the cookie, whatever else the request carries', async () => {
    expect((await post()).status).toBe(401);
    expect((await post(`kiosk-session=${host.token}x`)).status).toBe(401);
    const asHeader = await fetch(`${host.url}/api/app.info`, {
      method: 'POST',
      headers: { 'X-Kiosk-Token': host.token },
      body: '{}',
    });
    expect(asHeader.status).toBe(401);
    expect((await fetch(`${host.url}/api/events?token=${host.token}`)).status).toBe(401);
    // With the cookie, but announcing another origin: refused too.
    const foreign = await fetch(`${host.url}/api/app.info`, {
      method: 'POST',
      headers: { Cookie: host.cookie, Origin: 'http://127.0.0.1:9', 'Sec-Fetch-Site': 'same-site' },
      body: '{}',
    });
    expect(foreign.status).toBe(401);
  });

  describe('in Chromium', () => {
    let context: BrowserContext;
    const profile = tempDir('sec-launch-profile');

    beforeAll(async () => {
      context = await chromium.launchPersistentContext(profile.dir, {
        executablePath: CHROMIUM,
        args: CHROMIUM_FLAGS,
        headless: true,
        viewport: { width: 1080, height: 1920 },
        locale: 'zh-CN',
      });
    });
    afterAll(async () => {
      await context.close().catch(() => undefined);
      profile.remove();
    });

    it('ends on a clean URL: no code or secret in the address, history, document.cookie or History file', async () => {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(host.launchUrl());
      await page.waitForSelector('body[data-ready="catalog"]');
      expect(page.url()).toBe(`${host.url}/`);
      const seen = await page.evaluate(() => ({
        href: location.href,
        cookie: document.cookie,
      }));
      expect(seen.href).toBe(`${host.url}/`);
      expect(seen.cookie).not.toContain(host.token);
      expect(seen.cookie).not.toContain('kiosk-session');
      // The page works on its cookie alone, events included: a reload on the clean URL too.
      await page.reload();
      await page.waitForSelector('body[data-ready="catalog"]');
      const cookies = await context.cookies(host.url);
      expect(cookies).toEqual([
        expect.objectContaining({ name: 'kiosk-session', httpOnly: true, sameSite: 'Strict', path: '/' }),
      ]);

      // Chromium writes its History database when the browser closes.
      await context.close();
      const history = new Database(path.join(profile.dir, 'Default', 'History'), { readonly: true });
      try {
        const urls = history.prepare('SELECT url FROM urls').all() as Array<{ url: string }>;
        expect(urls.map((u) => u.url)).toContain(`${host.url}/`);
        for (const { url } of urls) expect(url).not.toContain(host.token);
      } finally {
        history.close();
      }
      const files = fs.readdirSync(profile.dir, { recursive: true, withFileTypes: true });
      for (const file of files.filter((f) => f.isFile())) {
        const bytes = fs.readFileSync(path.join(file.parentPath, file.name));
        expect(bytes.includes(Buffer.from(host.token)), file.name).toBe(false);
      }
    });
  });

  it('a page of another site or port cannot call the API, even from the browser that holds the cookie', async () => {
    const profile = tempDir('sec-launch-csrf');
    const context = await chromium.launchPersistentContext(profile.dir, {
      executablePath: CHROMIUM,
      args: CHROMIUM_FLAGS,
      headless: true,
    });
    try {
      const kiosk = context.pages()[0] ?? (await context.newPage());
      await kiosk.goto(host.launchUrl());
      await kiosk.waitForSelector('body[data-ready="catalog"]');
      // The kiosk page itself may: the control that shows this browser sends what the API accepts.
      const before = dispatched.length;
      expect(
        await kiosk.evaluate(
          async () => (await fetch('/api/app.info', { method: 'POST', body: '{}' })).status,
        ),
      ).toBe(200);
      expect(dispatched.slice(before)).toContain('app.info');
      // Only the attacker's pages from here on: the session cookie stays in the browser.
      await kiosk.close();

      const attacker = await attackerServer(host.url);
      try {
        // localhost is another site than 127.0.0.1, so SameSite=Strict keeps the cookie home; 127.0.0.1
        // on another port is the same site but another origin (this Chromium binds cookies to their
        // port; the shell refuses a foreign Origin even with the cookie: the test above).
        for (const origin of [`http://localhost:${attacker.port}`, `http://127.0.0.1:${attacker.port}`]) {
          const page = await context.newPage();
          await page.goto(`${origin}/`);
          const start = dispatched.length;
          expect(
            await page.evaluate(() => (window as unknown as { attack(): Promise<string[]> }).attack()),
          ).toEqual(['fulfilled', 'fulfilled']);
          expect(dispatched.slice(start), origin).toEqual([]);
          await page.close();
        }
      } finally {
        attacker.server.close();
      }
    } finally {
      await context.close();
      profile.remove();
    }
  });
});
