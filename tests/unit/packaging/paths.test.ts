/** Where the kiosk finds its resources: the project, a packaged Electron app, or an override. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appVersion } from '../../../src-main/app.js';
import { appRoot, rendererDir, resourcesDir } from '../../../src-main/paths.js';
import { tempDir } from '../../helpers/temp-dir.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('paths', () => {
  it('finds the project root, its resources and its renderer', () => {
    expect(appRoot()).toBe(path.resolve('.'));
    expect(resourcesDir({}, undefined)).toBe(path.resolve('resources'));
    expect(rendererDir()).toBe(path.resolve('dist', 'renderer'));
  });

  it("uses the packaged app's resources beside app.asar (electron-builder extraResources)", () => {
    const t = tempDir('packaged');
    cleanups.push(t.remove);
    const packaged = path.join(t.dir, 'resources');
    fs.mkdirSync(path.join(packaged, 'catalog'), { recursive: true });
    expect(resourcesDir({}, t.dir)).toBe(packaged);
    // Electron's own resources folder when run unpackaged has no catalog: the project's is used.
    expect(resourcesDir({}, path.join(t.dir, 'elsewhere'))).toBe(path.resolve('resources'));
    expect(resourcesDir({ KIOSK_RESOURCES_DIR: '/srv/kiosk' }, t.dir)).toBe('/srv/kiosk');
    // The version comes from the app's package.json when none sits beside the resources.
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string };
    expect(appVersion(packaged)).toBe(pkg.version);
  });
});
