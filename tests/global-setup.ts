/**
 * Once per vitest run: empties test-output/screens-checked.txt, so it lists exactly the screens that
 * passed the e2e screen checks in this run (tests/e2e/harness.ts appends to it).
 */
import fs from 'node:fs';
import { outputPath, SCREENS_CHECKED_FILE } from './helpers/temp-dir.js';

export default function setup(): void {
  fs.writeFileSync(outputPath(SCREENS_CHECKED_FILE), '');
}
