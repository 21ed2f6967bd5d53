/** The kiosk window's options and navigation rules: pure, so they are unit-tested without Electron. */
import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowFlags {
  preloadPath: string;
  /** Developer flag: windowed, devtools allowed. Never set in halls. */
  dev: boolean;
}

export function windowOptions(flags: WindowFlags): BrowserWindowConstructorOptions {
  return {
    kiosk: !flags.dev,
    fullscreen: !flags.dev,
    autoHideMenuBar: true,
    frame: flags.dev,
    backgroundColor: '#ffffff',
    show: false,
    title: '便民服务自助终端',
    webPreferences: {
      preload: flags.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      devTools: flags.dev,
      navigateOnDragDrop: false,
      autoplayPolicy: 'no-user-gesture-required',
    },
  };
}

/**
 * The renderer's own origin is the only place the window may ever show. Compared by scheme and host
 * (with port), not `URL.origin`: that is "null" for every non-special scheme such as `app:`, which
 * would let any other such URL pass.
 */
export function isAllowedNavigation(targetUrl: string, appUrl: string): boolean {
  try {
    const target = new URL(targetUrl);
    const app = new URL(appUrl);
    if (app.protocol === 'file:') return target.protocol === 'file:' && target.pathname === app.pathname;
    return target.protocol === app.protocol && target.host === app.host && app.host !== '';
  } catch {
    return false;
  }
}

export interface ShortcutInput {
  key: string;
  control: boolean;
  alt: boolean;
  meta: boolean;
  shift: boolean;
}

/** Shortcuts that would leave or reload the kiosk: blocked outside the dev flag. */
export function isBlockedShortcut(input: ShortcutInput, dev: boolean): boolean {
  if (dev) return false;
  const key = input.key.toLowerCase();
  if (key === 'f5' || key === 'f11' || key === 'f12') return true;
  if ((input.control || input.meta) && ['r', 'w', 'q', 'n', 't', 'p', '+', '-', '=', '0'].includes(key))
    return true;
  if ((input.control || input.meta) && input.shift && ['i', 'j', 'c'].includes(key)) return true;
  if (input.alt && key === 'f4') return true;
  return false;
}
