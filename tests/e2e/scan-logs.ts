/**
 * The last step of `npm test`: every log the test run kept (test-output/logs/: each e2e kiosk's log,
 * the watchdog kiosk process's log) scanned for the personal data the tests used. Exits 1 on a finding,
 * or when there is nothing to scan (the e2e tests did not keep their logs: the scan would prove nothing).
 * Usage: node --import tsx tests/e2e/scan-logs.ts [DIR]
 */
import path from 'node:path';
import { formatFindings, scanLogDir } from '../helpers/personal-data-scan.js';

const dir = path.resolve(process.argv[2] ?? 'test-output/logs');
const { files, findings } = scanLogDir(dir);
if (files === 0) {
  console.error(`no logs to scan in ${dir}: the e2e tests keep theirs there`);
  process.exit(1);
}
if (findings.length > 0) {
  console.error(formatFindings(findings));
  console.error(`personal data found in the logs of the test run (${findings.length} lines)`);
  process.exit(1);
}
console.log(`scanned ${files} log files of the test run: no personal data`);
