/** The app's version for `kiosk --version`: package.json beside the resources, without loading the app. */
import fs from 'node:fs';
import path from 'node:path';
import { appRoot, resourcesDir } from '../paths.js';

export function appVersion(): string {
  for (const file of [
    path.join(resourcesDir(), '..', 'package.json'),
    path.join(appRoot(), 'package.json'),
  ]) {
    try {
      return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
    } catch {
      // try the next place
    }
  }
  return '0.0.0';
}
