/** Finds a Chromium to open the kiosk in (`--kiosk --app=URL`) when a display exists. */
import fs from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string | undefined {
  const fromEnv = process.env['KIOSK_CHROMIUM'];
  if (fromEnv && fs.existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => fs.existsSync(p));
}

export function hasDisplay(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env['DISPLAY'] || env['WAYLAND_DISPLAY']);
}

export function kioskBrowserArgs(appUrl: string, profileDir: string): string[] {
  return [
    '--kiosk',
    `--app=${appUrl}`,
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--disable-translate',
    '--disable-features=Translate',
    '--noerrdialogs',
    '--disable-pinch',
    '--overscroll-history-navigation=0',
  ];
}
