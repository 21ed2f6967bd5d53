import { describe, expect, it } from 'vitest';
import {
  isAllowedNavigation,
  isBlockedShortcut,
  windowOptions,
} from '../../../../src-main/shell/electron/window.js';

describe('kiosk window options', () => {
  it('locks the window down', () => {
    const o = windowOptions({ preloadPath: '/app/preload.cjs', dev: false });
    expect(o.kiosk).toBe(true);
    expect(o.fullscreen).toBe(true);
    expect(o.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      devTools: false,
      webSecurity: true,
      preload: '/app/preload.cjs',
    });
  });

  it('allows devtools and a window only with the dev flag', () => {
    const o = windowOptions({ preloadPath: 'p', dev: true });
    expect(o.kiosk).toBe(false);
    expect(o.webPreferences?.devTools).toBe(true);
    expect(o.webPreferences?.sandbox).toBe(true);
  });

  it('allows navigation only within the app', () => {
    const app = 'file:///opt/kiosk/dist/renderer/index.html';
    expect(isAllowedNavigation('file:///opt/kiosk/dist/renderer/index.html', app)).toBe(true);
    expect(isAllowedNavigation('https://example.com/', app)).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd', app)).toBe(false);
    expect(isAllowedNavigation('http://127.0.0.1:4000/x', 'http://127.0.0.1:4000/')).toBe(true);
    expect(isAllowedNavigation('http://127.0.0.1:4001/x', 'http://127.0.0.1:4000/')).toBe(false);
    expect(isAllowedNavigation('not a url', app)).toBe(false);
  });

  it('allows only the app:// host under the custom scheme (its URL.origin is "null")', () => {
    const home = 'app://kiosk/index.html';
    expect(isAllowedNavigation('app://kiosk/index.html#guide', home)).toBe(true);
    expect(isAllowedNavigation('app://evil/index.html', home)).toBe(false);
    expect(isAllowedNavigation('foo://kiosk/index.html', home)).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)', home)).toBe(false);
    expect(isAllowedNavigation('https://kiosk/', home)).toBe(false);
  });

  it('blocks reload, devtools and quit shortcuts outside dev', () => {
    const key = (
      k: string,
      mods: Partial<{ control: boolean; alt: boolean; meta: boolean; shift: boolean }> = {},
    ) => ({
      key: k,
      control: false,
      alt: false,
      meta: false,
      shift: false,
      ...mods,
    });
    expect(isBlockedShortcut(key('F5'), false)).toBe(true);
    expect(isBlockedShortcut(key('r', { control: true }), false)).toBe(true);
    expect(isBlockedShortcut(key('I', { control: true, shift: true }), false)).toBe(true);
    expect(isBlockedShortcut(key('F4', { alt: true }), false)).toBe(true);
    expect(isBlockedShortcut(key('a'), false)).toBe(false);
    expect(isBlockedShortcut(key('F5'), true)).toBe(false);
  });
});
