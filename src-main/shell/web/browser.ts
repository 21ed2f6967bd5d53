/** Finds and launches the Chromium that shows the kiosk (`--kiosk --app=URL`) on the web shell. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import type { BrowserChild } from './browser-supervisor.js';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Debian's `chromium-headless-shell`: the same Chromium without its desktop browser, which launches in
 * about half the time of `chromium --headless` (bench/cold-start.bench.ts). It cannot show a window.
 */
export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/** The browser `KIOSK_CHROMIUM` names when it exists, else the first of `candidates` installed. */
function pick(candidates: string[], env: NodeJS.ProcessEnv): string | undefined {
  const fromEnv = env['KIOSK_CHROMIUM'];
  if (fromEnv && fs.existsSync(fromEnv)) return fromEnv;
  return candidates.find((p) => fs.existsSync(p));
}

/** The Chromium that shows the kiosk in a window. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return pick(CANDIDATES, env);
}

/** The browser of a headless start (tests, CI, the bench): the headless shell if installed, else Chromium. */
export function findHeadlessBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return pick([HEADLESS_SHELL, ...CANDIDATES], env);
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
    // The document camera without a permission prompt no one could answer: the window shows only the
    // kiosk's loopback origin, and its Permissions-Policy keeps the camera to the app (microphone denied).
    '--use-fake-ui-for-media-stream',
    // Wayland (cage, under the systemd unit) when there is one, X11 otherwise.
    '--ozone-platform-hint=auto',
  ];
}

/**
 * Headless, for tests and CI only (`KIOSK_BROWSER=headless`): no display, no sandbox (containers), and
 * a DevTools port (its number in `<profile>/DevToolsActivePort`) so a test can look at the page.
 * Never in a hall.
 */
export function headlessBrowserArgs(appUrl: string, profileDir: string): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    // Two processes fewer to start (the GPU process's compositor runs in the browser process, and
    // renderers are spawned without a zygote, which only serves the sandbox): about a seventh less
    // CPU to the first page on two cores (bench/cold-start.bench.ts).
    '--in-process-gpu',
    '--no-zygote',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${profileDir}`,
    '--remote-debugging-port=0',
    '--window-size=1080,1920',
    appUrl,
  ];
}

/**
 * Starts the browser in its own process group, so closing it also ends its zygote, GPU and renderer
 * processes (a stopped or hung renderer included), and so does this process exiting.
 */
export function launchBrowser(executable: string, args: string[]): BrowserChild {
  const child = spawn(executable, args, { stdio: 'ignore', detached: true });
  const killGroup = (signal: 'SIGTERM' | 'SIGKILL'): void => {
    if (child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // The group is gone already.
    }
  };
  const onProcessExit = (): void => killGroup('SIGKILL');
  process.on('exit', onProcessExit);
  // A browser launched before its supervisor exists may be gone before the supervisor listens.
  let exited: { code: number | null; signal: string | null } | undefined;
  child.once('exit', (code, signal) => {
    exited = { code, signal };
    process.off('exit', onProcessExit);
    killGroup('SIGKILL'); // stragglers of this launch only
  });
  // A browser that cannot be spawned reports it as an exit, like one that died at once.
  child.once('error', () => child.emit('exit', null, null));
  return {
    get pid() {
      return child.pid;
    },
    kill: killGroup,
    onExit: (listener) => {
      const gone = exited;
      if (gone) queueMicrotask(() => listener(gone.code, gone.signal));
      else child.once('exit', listener);
    },
  };
}
