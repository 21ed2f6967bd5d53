/** The Electron security checklist (lockdown.ts) applied to fakes of webContents, session and app. */
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../../../src-main/shell/security-headers.js';
import {
  APP_HOME,
  appProtocolAnswer,
  claimSingleInstance,
  lockDownContents,
  lockDownSession,
  type PermissionDetails,
  type LockableContents,
  type LockableSession,
  type PermissionCallback,
} from '../../../../src-main/shell/electron/lockdown.js';

class FakeContents implements LockableContents {
  openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  devToolsClosed = 0;
  private readonly emitter = new EventEmitter();
  on(event: string, listener: (...args: never[]) => void): this {
    this.emitter.on(event, listener as (...args: unknown[]) => void);
    return this;
  }
  emit(event: string, ...args: unknown[]): void {
    this.emitter.emit(event, ...args);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }
  closeDevTools(): void {
    this.devToolsClosed++;
  }
  /** Emits a preventable event; answers whether a listener prevented it. */
  attempt(event: string, ...args: unknown[]): boolean {
    let prevented = false;
    const e = { preventDefault: () => void (prevented = true), url: args[0] };
    this.emit(event, e, ...args);
    return prevented;
  }
}

function key(
  k: string,
  mods: Partial<{ control: boolean; alt: boolean; meta: boolean; shift: boolean }> = {},
) {
  return { key: k, control: false, alt: false, meta: false, shift: false, ...mods };
}

function locked(dev: boolean): { contents: FakeContents; blocked: string[] } {
  const contents = new FakeContents();
  const blocked: string[] = [];
  lockDownContents(contents, { appUrl: APP_HOME, dev, onBlocked: (what) => blocked.push(what) });
  return { contents, blocked };
}

describe('webContents lockdown', () => {
  it('denies every new window', () => {
    const { contents, blocked } = locked(false);
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: APP_HOME })).toEqual({ action: 'deny' });
    expect(blocked).toEqual(['window-open', 'window-open']);
  });

  it('blocks navigation, redirects and frame navigation away from the app', () => {
    const { contents, blocked } = locked(false);
    for (const event of ['will-navigate', 'will-redirect']) {
      expect(contents.attempt(event, 'https://example.com/')).toBe(true);
      expect(contents.attempt(event, 'file:///etc/passwd')).toBe(true);
      expect(contents.attempt(event, 'app://kiosk/index.html')).toBe(false);
    }
    expect(contents.attempt('will-frame-navigate', 'https://example.com/')).toBe(true);
    expect(contents.attempt('will-frame-navigate', 'app://kiosk/index.html')).toBe(false);
    expect(blocked.filter((b) => b === 'navigation')).toHaveLength(5);
  });

  it('refuses <webview> even in dev', () => {
    expect(locked(false).contents.attempt('will-attach-webview')).toBe(true);
    expect(locked(true).contents.attempt('will-attach-webview')).toBe(true);
  });

  it('blocks reload, devtools and quit shortcuts, and closes devtools, outside the dev flag', () => {
    const { contents, blocked } = locked(false);
    expect(contents.attempt('before-input-event', key('r', { control: true }))).toBe(true);
    expect(contents.attempt('before-input-event', key('F5'))).toBe(true);
    expect(contents.attempt('before-input-event', key('I', { control: true, shift: true }))).toBe(true);
    expect(contents.attempt('before-input-event', key('F12'))).toBe(true);
    expect(contents.attempt('before-input-event', key('F4', { alt: true }))).toBe(true);
    expect(contents.attempt('before-input-event', key('5'))).toBe(false);
    contents.emit('devtools-opened');
    expect(contents.devToolsClosed).toBe(1);
    expect(blocked).toContain('devtools');
  });

  it('leaves shortcuts and devtools to the developer with the dev flag', () => {
    const { contents } = locked(true);
    expect(contents.attempt('before-input-event', key('r', { control: true }))).toBe(false);
    contents.emit('devtools-opened');
    expect(contents.devToolsClosed).toBe(0);
    // Navigation stays locked in dev too.
    expect(contents.attempt('will-navigate', 'https://example.com/')).toBe(true);
  });
});

describe('session lockdown', () => {
  it('denies every permission request and check, and device access', () => {
    const handlers: Partial<Record<keyof LockableSession, unknown>> = {};
    const session: LockableSession = {
      setPermissionRequestHandler: (h) => void (handlers.setPermissionRequestHandler = h),
      setPermissionCheckHandler: (h) => void (handlers.setPermissionCheckHandler = h),
      setDevicePermissionHandler: (h) => void (handlers.setDevicePermissionHandler = h),
    };
    lockDownSession(session);
    const request = handlers.setPermissionRequestHandler as (
      c: unknown,
      p: string,
      cb: PermissionCallback,
    ) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen']) {
      let granted: boolean | undefined;
      request({}, permission, (g) => (granted = g));
      expect(granted).toBe(false);
    }
    expect((handlers.setPermissionCheckHandler as () => boolean)()).toBe(false);
    expect((handlers.setDevicePermissionHandler as () => boolean)()).toBe(false);
  });

  it("allows the camera (video only) for the app's own origin, and nothing else", () => {
    const handlers: Partial<Record<keyof LockableSession, unknown>> = {};
    lockDownSession({
      setPermissionRequestHandler: (h) => void (handlers.setPermissionRequestHandler = h),
      setPermissionCheckHandler: (h) => void (handlers.setPermissionCheckHandler = h),
      setDevicePermissionHandler: (h) => void (handlers.setDevicePermissionHandler = h),
    });
    const request = handlers.setPermissionRequestHandler as (
      c: unknown,
      p: string,
      cb: PermissionCallback,
      d: PermissionDetails,
    ) => void;
    const ask = (permission: string, details: PermissionDetails): boolean | undefined => {
      let granted: boolean | undefined;
      request({}, permission, (g) => (granted = g), details);
      return granted;
    };
    expect(ask('media', { requestingUrl: 'app://kiosk/index.html', mediaTypes: ['video'] })).toBe(true);
    expect(ask('media', { requestingUrl: 'app://kiosk/index.html', mediaTypes: ['audio'] })).toBe(false);
    expect(ask('media', { requestingUrl: 'app://kiosk/index.html', mediaTypes: ['video', 'audio'] })).toBe(
      false,
    );
    expect(ask('media', { requestingUrl: 'https://example.com/', mediaTypes: ['video'] })).toBe(false);
    expect(ask('media', { requestingUrl: 'app://kiosk.evil/', mediaTypes: ['video'] })).toBe(false);
    expect(ask('geolocation', { requestingUrl: 'app://kiosk/index.html' })).toBe(false);
    const check = handlers.setPermissionCheckHandler as (
      c: unknown,
      p: string,
      o: string,
      d: PermissionDetails,
    ) => boolean;
    expect(check({}, 'media', 'app://kiosk', { mediaType: 'video' })).toBe(true);
    expect(check({}, 'media', 'app://kiosk', { mediaType: 'audio' })).toBe(false);
    expect(check({}, 'media', 'https://example.com', { mediaType: 'video' })).toBe(false);
  });
});

describe('single instance', () => {
  function fakeApp(lock: boolean) {
    const app = Object.assign(new EventEmitter(), {
      quits: 0,
      requestSingleInstanceLock: () => lock,
      quit: () => void app.quits++,
    });
    return app;
  }

  it('quits a second instance', () => {
    const app = fakeApp(false);
    expect(claimSingleInstance(app, () => undefined)).toBe(false);
    expect(app.quits).toBe(1);
  });

  it('keeps the first one and focuses its window when another starts', () => {
    const app = fakeApp(true);
    let focused = 0;
    expect(claimSingleInstance(app, () => focused++)).toBe(true);
    app.emit('second-instance');
    expect(focused).toBe(1);
    expect(app.quits).toBe(0);
  });
});

describe('the app:// protocol', () => {
  const root = path.resolve('/opt/kiosk/dist/renderer');

  it('serves the renderer with the same security headers as the web shell', () => {
    const index = appProtocolAnswer(root, 'app://kiosk/');
    expect(index).toMatchObject({ status: 200, file: path.join(root, 'index.html') });
    expect(index.headers).toMatchObject({ ...SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8' });
    expect(index.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(appProtocolAnswer(root, 'app://kiosk/assets/index-abc.js')).toMatchObject({
      status: 200,
      file: path.join(root, 'assets', 'index-abc.js'),
    });
  });

  it('never answers a file outside the renderer, another host or a malformed URL', () => {
    expect(appProtocolAnswer(root, 'app://kiosk/..%2f..%2fpackage.json').status).toBe(403);
    expect(appProtocolAnswer(root, 'app://kiosk/%E0%A4%A').status).toBe(403);
    expect(appProtocolAnswer(root, 'app://other/index.html').status).toBe(403);
    expect(appProtocolAnswer(root, 'https://kiosk/index.html').status).toBe(403);
    expect(appProtocolAnswer(root, 'not a url').status).toBe(400);
    expect(appProtocolAnswer(root, 'app://kiosk/..%2f..%2fpackage.json').file).toBeUndefined();
  });
});
