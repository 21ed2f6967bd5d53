/** The app's version: package.json beside the resources, or in app.asar when packaged. Loads nothing else. */
import fs from 'node:fs';
import path from 'node:path';
import { appRoot, resourcesDir } from '../paths.js';

export function appVersion(root: string = resourcesDir()): string {
  // Beside the resources in the project; in app.asar when packaged (resources sit outside it).
  for (const file of [
    () => path.join(root, '..', 'package.json'),
    () => path.join(appRoot(), 'package.json'),
  ]) {
    try {
      return (JSON.parse(fs.readFileSync(file(), 'utf8')) as { version: string }).version;
    } catch {
      // try the next place
    }
  }
  return '0.0.0';
}
