/**
 * The packaging configuration, checked the way electron-builder would before building (its own JSON
 * schema, app-builder-lib/scheme.json, with ajv), and against the project: every native module of the
 * production dependencies unpacked from asar, the catalog and fonts shipped where paths.ts looks,
 * the Windows and Linux autostart files present and consistent. The build itself cannot run here
 * (it downloads Electron), so this is what guards it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv } from 'ajv';
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

interface FileSet {
  from: string;
  to: string;
  filter?: string[];
}
interface Config {
  productName: string;
  directories: { output: string; buildResources: string };
  executableName: string;
  files: string[];
  extraResources: FileSet[];
  asar: boolean;
  asarUnpack: string[];
  win: { target: Array<{ target: string; arch: string[] }> };
  nsis: { include: string; perMachine: boolean };
  linux: { target: string[]; extraFiles: FileSet[]; maintainer: string };
  deb: { afterInstall: string; afterRemove: string };
}

const config = yaml.load(fs.readFileSync('electron-builder.yml', 'utf8')) as Config;
const schema = JSON.parse(fs.readFileSync('node_modules/app-builder-lib/scheme.json', 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
};

/** The package folders of the production dependency tree, resolved the way Node does. */
function productionPackages(): string[] {
  const seen = new Set<string>();
  const visit = (name: string, from: string): void => {
    let dir = from;
    for (;;) {
      const candidate = path.join(dir, 'node_modules', name);
      if (fs.existsSync(path.join(candidate, 'package.json'))) {
        const real = fs.realpathSync(candidate);
        if (seen.has(real)) return;
        seen.add(real);
        const manifest = JSON.parse(fs.readFileSync(path.join(candidate, 'package.json'), 'utf8')) as {
          dependencies?: Record<string, string>;
          optionalDependencies?: Record<string, string>;
        };
        for (const dep of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies }))
          visit(dep, candidate);
        return;
      }
      const parent = path.dirname(dir);
      if (parent === dir) return; // an optional dependency not installed on this platform
      dir = parent;
    }
  };
  for (const name of Object.keys(pkg.dependencies)) visit(name, path.resolve('.'));
  return [...seen];
}

/** `.node` binaries inside a package folder (not inside its own nested node_modules). */
function nativeBinaries(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.node'))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => !path.relative(dir, file).split(path.sep).includes('node_modules'));
}

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own JSON schema", () => {
    expect(validate(config), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it('the schema check does refuse a broken configuration', () => {
    expect(validate({ ...config, nsis: { ...config.nsis, oneClick: 'no' } })).toBe(false);
    expect(validate({ ...config, targetz: ['nsis'] })).toBe(false);
    expect(validate({ ...config, asarUnpack: 42 })).toBe(false);
  });

  it('builds Windows NSIS (x64) and Linux AppImage and deb', () => {
    expect(config.win.target).toContainEqual({ target: 'nsis', arch: ['x64'] });
    expect(config.nsis.perMachine).toBe(true);
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.linux.maintainer).toMatch(/<[^@\s]+@[^>\s]+>$/);
  });

  it('packs the built main process, preload and renderer, and the entry package.json names', () => {
    const packed = (file: string): boolean =>
      config.files.some((g) => !g.startsWith('!') && minimatch(file, g)) &&
      !config.files.some((g) => g.startsWith('!') && minimatch(file, g.slice(1)));
    expect(packed(pkg.main)).toBe(true);
    expect(pkg.main).toBe('dist/main/src-main/shell/electron/main.js');
    expect(packed('dist/main/src-main/shell/electron/preload.cjs')).toBe(true);
    expect(packed('dist/main/src-main/store/migrations/001_catalog_settings.sql')).toBe(true);
    expect(packed('dist/renderer/index.html')).toBe(true);
    expect(packed('package.json')).toBe(true);
    expect(packed('dist/main/src-main/app.js.map')).toBe(false);
  });

  it('unpacks every native module of the production dependencies from asar', () => {
    expect(config.asar).toBe(true);
    const binaries = productionPackages().flatMap(nativeBinaries);
    expect(binaries.some((b) => b.includes(`better-sqlite3${path.sep}build`))).toBe(true);
    expect(binaries.some((b) => b.includes(`@serialport${path.sep}bindings-cpp`))).toBe(true);
    const root = fs.realpathSync('.');
    for (const binary of binaries) {
      // Paths as electron-builder sees them inside the app: node_modules/…
      const inApp = path
        .relative(root, binary)
        .replace(/^.*?(node_modules[\\/])/, '$1')
        .split(path.sep)
        .join('/');
      expect(
        config.asarUnpack.some((glob) => minimatch(inApp, glob, { dot: true })),
        `${inApp} is not unpacked`,
      ).toBe(true);
    }
    expect(config.asarUnpack).toEqual(
      expect.arrayContaining(['**/node_modules/better-sqlite3/**', '**/node_modules/@serialport/**']),
    );
  });

  it('ships the demo catalog and the CJK font where the packaged app looks for them', () => {
    const resources = config.extraResources.find((r) => r.from === 'resources');
    // src-main/paths.ts: <process.resourcesPath>/resources, holding catalog/.
    expect(resources?.to).toBe('resources');
    const shipped = (file: string): boolean =>
      (resources?.filter ?? ['**/*']).some((g) => minimatch(file, g));
    for (const file of fs.readdirSync('resources', { recursive: true }).map(String)) {
      const full = path.join('resources', file);
      if (!fs.statSync(full).isFile()) continue;
      if (file.startsWith('catalog') || file.startsWith('fonts'))
        expect(shipped(file.split(path.sep).join('/')), file).toBe(true);
    }
    expect(shipped('catalog/demo-catalog.json')).toBe(true);
    expect(fs.readdirSync('resources/fonts').some((f) => /\.tt[cf]$/.test(f) && shipped(`fonts/${f}`))).toBe(
      true,
    );
  });

  it('has an app icon where electron-builder looks for it: a 512 × 512 PNG with transparency', () => {
    const png = fs.readFileSync(path.join(config.directories.buildResources, 'icon.png'));
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    expect(png[25]).toBe(6); // colour type 6: RGBA
  });

  it('starts the kiosk with Windows: the NSIS include writes and removes an HKLM Run entry', () => {
    const nsh = fs.readFileSync(config.nsis.include, 'utf8');
    const install = /!macro customInstall([\s\S]*?)!macroend/.exec(nsh)?.[1] ?? '';
    const uninstall = /!macro customUnInstall([\s\S]*?)!macroend/.exec(nsh)?.[1] ?? '';
    expect(install).toMatch(/WriteRegStr HKLM "Software\\Microsoft\\Windows\\CurrentVersion\\Run" "(\w+)"/);
    expect(install).toContain(`$INSTDIR\\${config.executableName}.exe`);
    const name = /CurrentVersion\\Run" "(\w+)"/.exec(install)?.[1];
    expect(uninstall).toContain(
      `DeleteRegValue HKLM "Software\\Microsoft\\Windows\\CurrentVersion\\Run" "${name}"`,
    );
  });

  it('starts the kiosk with a Linux session: autostart entry shipped and installed by the deb', () => {
    const autostart = config.linux.extraFiles.find((f) => f.to.startsWith('autostart/'));
    expect(autostart).toBeDefined();
    const entry = fs.readFileSync(autostart!.from, 'utf8');
    const lines = entry.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines[0]).toBe('[Desktop Entry]');
    const keys = Object.fromEntries(lines.slice(1).map((l) => l.split(/=(.*)/s).slice(0, 2)));
    expect(keys).toMatchObject({ Type: 'Application', Exec: config.executableName, Terminal: 'false' });
    expect(keys['Name']).toBeTruthy();
    for (const line of lines.slice(1)) expect(line).toMatch(/^[A-Za-z0-9-]+(\[[A-Za-z_@]+\])?=/);

    for (const script of [config.deb.afterInstall, config.deb.afterRemove]) {
      const syntax = spawnSync('bash', ['-n', script], { encoding: 'utf8' });
      expect(syntax.status, syntax.stderr).toBe(0);
      expect(fs.statSync(script).mode & 0o111).not.toBe(0);
    }
    const afterInstall = fs.readFileSync(config.deb.afterInstall, 'utf8');
    expect(afterInstall).toContain(`/opt/\${sanitizedProductName}/${autostart!.to}`);
    expect(afterInstall).toContain('/etc/xdg/autostart/zichuan-kiosk.desktop');
    expect(afterInstall).toContain("'/usr/bin/${executable}'");
    expect(fs.readFileSync(config.deb.afterRemove, 'utf8')).toContain(
      'rm -f /etc/xdg/autostart/zichuan-kiosk.desktop',
    );
  });
});
