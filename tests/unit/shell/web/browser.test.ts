import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  findChromium,
  findHeadlessBrowser,
  HEADLESS_SHELL,
  headlessBrowserArgs,
} from '../../../../src-main/shell/web/browser.js';
import { tempDir } from '../../../helpers/temp-dir.js';

/** Pretends exactly these paths exist. */
function installed(paths: string[]): void {
  vi.spyOn(fs, 'existsSync').mockImplementation((p) => paths.includes(String(p)));
}

describe('which browser the web shell launches', () => {
  afterEach(() => vi.restoreAllMocks());

  it('headless: the headless shell when installed, else Chromium', () => {
    installed([HEADLESS_SHELL, '/usr/bin/chromium']);
    expect(findHeadlessBrowser({})).toBe(HEADLESS_SHELL);
    installed(['/usr/bin/chromium']);
    expect(findHeadlessBrowser({})).toBe('/usr/bin/chromium');
    installed([]);
    expect(findHeadlessBrowser({})).toBeUndefined();
  });

  it('a window: never the headless shell, which cannot show one', () => {
    installed([HEADLESS_SHELL, '/usr/bin/chromium']);
    expect(findChromium({})).toBe('/usr/bin/chromium');
    installed([HEADLESS_SHELL]);
    expect(findChromium({})).toBeUndefined();
  });

  it('KIOSK_CHROMIUM names the browser when it exists, for both', () => {
    const dir = tempDir('browser-pick');
    try {
      const own = path.join(dir.dir, 'my-chromium');
      fs.writeFileSync(own, '');
      expect(findHeadlessBrowser({ KIOSK_CHROMIUM: own })).toBe(own);
      expect(findChromium({ KIOSK_CHROMIUM: own })).toBe(own);
      // A wrong path falls back to what is installed.
      installed([HEADLESS_SHELL]);
      expect(findHeadlessBrowser({ KIOSK_CHROMIUM: '/nowhere/chromium' })).toBe(HEADLESS_SHELL);
    } finally {
      vi.restoreAllMocks();
      dir.remove();
    }
  });

  it('headless flags keep the page on a throwaway profile with its DevTools port', () => {
    const args = headlessBrowserArgs('http://127.0.0.1:1/?launch=x', '/tmp/p');
    expect(args).toContain('--user-data-dir=/tmp/p');
    expect(args).toContain('--remote-debugging-port=0');
    expect(args.at(-1)).toBe('http://127.0.0.1:1/?launch=x');
  });
});
