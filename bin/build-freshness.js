// Whether dist/main is a build of the sources in this checkout: the stamp that scripts/build-main.mjs
// writes last is newer than every file under src-main/ and src-protocol/ and the tsconfig files it was compiled with
// (package.json is read at run time, so editing its scripts does not make a build stale). A few hundred
// stat calls, a few milliseconds: far less than compiling TypeScript at every call.
import fs from 'node:fs';
import path from 'node:path';

/** The file scripts/build-main.mjs writes when a build of the main process is complete. */
export const BUILD_STAMP = path.join('dist', 'main', '.build-stamp');

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

/** True when `root` has a complete main build newer than its sources (or no sources: a packaged kiosk). */
export function buildIsCurrent(root) {
  const built = mtime(path.join(root, BUILD_STAMP));
  if (built < 0) return false;
  const src = path.join(root, 'src-main');
  if (!fs.existsSync(src)) return true;
  for (const file of ['tsconfig.main.json', 'tsconfig.base.json'])
    if (mtime(path.join(root, file)) > built) return false;
  for (const folder of [src, path.join(root, 'src-protocol')]) {
    if (!fs.existsSync(folder)) continue;
    for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const dir = entry.parentPath ?? entry.path;
      if (mtime(path.join(dir, entry.name)) > built) return false;
    }
  }
  return true;
}
