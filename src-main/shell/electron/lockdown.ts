/**
 * The Electron security checklist, as functions over the few methods of webContents, session and app
 * they use, so they are unit-tested with fakes (the Electron binary cannot run on our machines) and
 * main.ts only calls them. Type-only imports: nothing here loads 'electron'.
 *
 * - every webContents: no new windows, no navigation or redirect away from the app, no <webview>,
 *   no devtools and no reload/quit shortcuts outside the dev flag;
 * - the session: every permission request and check denied, no device access;
 * - the app: one instance (a second start focuses the first window);
 * - the renderer is served from `app://kiosk/` with the Content-Security-Policy on every answer.
 */
import { SECURITY_HEADERS } from '../security-headers.js';
import { contentTypeOf, resolveStatic } from '../web/static-files.js';
import { isAllowedNavigation, isBlockedShortcut, type ShortcutInput } from './window.js';

/** The renderer's own origin under Electron (a standard, secure scheme: storage and CSP 'self' work). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const APP_HOME = `${APP_SCHEME}://${APP_HOST}/index.html`;

export interface PreventableEvent {
  preventDefault(): void;
}

/** What the lockdown needs of a webContents; Electron's WebContents has it. */
export interface LockableContents {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  on(event: string, listener: (...args: never[]) => void): unknown;
  closeDevTools(): void;
}

export interface LockdownRules {
  /** Where the window may be: the renderer's origin. */
  appUrl: string;
  /** The developer flag: devtools and reload allowed. Never set in halls. */
  dev: boolean;
  /** Told about each blocked attempt (no URL: it may carry data typed by a citizen). */
  onBlocked?: (what: 'window-open' | 'navigation' | 'webview' | 'devtools') => void;
}

/** Locks one webContents down. main.ts calls it for every webContents the app creates. */
export function lockDownContents(contents: LockableContents, rules: LockdownRules): void {
  const blocked = rules.onBlocked ?? (() => undefined);
  contents.setWindowOpenHandler(() => {
    blocked('window-open');
    return { action: 'deny' };
  });
  const guard = (event: PreventableEvent, url: string): void => {
    if (isAllowedNavigation(url, rules.appUrl)) return;
    event.preventDefault();
    blocked('navigation');
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-frame-navigate', (event: PreventableEvent & { url: string }) => guard(event, event.url));
  contents.on('will-attach-webview', (event: PreventableEvent) => {
    event.preventDefault();
    blocked('webview');
  });
  contents.on('before-input-event', (event: PreventableEvent, input: ShortcutInput) => {
    if (isBlockedShortcut(input, rules.dev)) event.preventDefault();
  });
  if (!rules.dev)
    contents.on('devtools-opened', () => {
      contents.closeDevTools();
      blocked('devtools');
    });
}

export type PermissionCallback = (granted: boolean) => void;

/** What Electron tells a permission handler about the request (the parts the lockdown reads). */
export interface PermissionDetails {
  requestingUrl?: string;
  securityOrigin?: string;
  mediaTypes?: string[];
  mediaType?: string;
}

/** What the lockdown needs of a session; Electron's Session has it. */
export interface LockableSession {
  setPermissionRequestHandler(
    handler:
      | ((
          contents: unknown,
          permission: string,
          callback: PermissionCallback,
          details?: PermissionDetails,
        ) => void)
      | null,
  ): void;
  setPermissionCheckHandler(
    handler:
      | ((contents: unknown, permission: string, origin: string, details?: PermissionDetails) => boolean)
      | null,
  ): void;
  setDevicePermissionHandler(handler: ((...args: unknown[]) => boolean) | null): void;
}

/** The renderer's own origin (the `app://` protocol serves it). */
export const APP_ORIGIN = 'app://kiosk';

const ownOrigin = (url: string | undefined): boolean => {
  if (!url) return false;
  try {
    return new URL(url).origin === APP_ORIGIN || url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`);
  } catch {
    return false;
  }
};

/**
 * The camera (video only: the document camera, 高拍仪) for the app's own pages; nothing else. No microphone,
 * geolocation, notification, USB, HID or serial access in the page, and nothing for any other origin.
 */
export function cameraOnly(
  permission: string,
  url: string | undefined,
  details?: PermissionDetails,
): boolean {
  if (permission !== 'media' || !ownOrigin(url)) return false;
  const types = details?.mediaTypes ?? (details?.mediaType ? [details.mediaType] : []);
  return types.length > 0 && types.every((type) => type === 'video');
}

export function lockDownSession(session: LockableSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(cameraOnly(permission, details?.requestingUrl ?? details?.securityOrigin, details)),
  );
  session.setPermissionCheckHandler((_contents, permission, origin, details) =>
    cameraOnly(permission, origin, details),
  );
  session.setDevicePermissionHandler(() => false);
}

export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: () => void): unknown;
}

/**
 * One kiosk per machine (two would fight over the database and the serial ports). Answers false,
 * having asked this one to quit, when another instance runs; the first one gets its window focused.
 */
export function claimSingleInstance(app: SingleInstanceApp, focus: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', focus);
  return true;
}

export interface AppProtocolAnswer {
  status: number;
  headers: Record<string, string>;
  /** The file to send (status 200). */
  file?: string;
}

/** The answer to one `app://kiosk/…` request: a file of the built renderer, with the security headers. */
export function appProtocolAnswer(rendererDir: string, requestUrl: string): AppProtocolAnswer {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { status: 400, headers: { ...SECURITY_HEADERS } };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST)
    return { status: 403, headers: { ...SECURITY_HEADERS } };
  const file = resolveStatic(rendererDir, url.pathname);
  if (!file) return { status: 403, headers: { ...SECURITY_HEADERS } };
  return {
    status: 200,
    headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeOf(file), 'Cache-Control': 'no-store' },
    file,
  };
}
