/**
 * The personal-data scanner of the test suite's logs. It knows every personal value the tests put
 * into the kiosk — the emulated and simulated ID cards, what the e2e tests type on the keyboards — and
 * finds any of them in a log, in clear, JSON-escaped or \u-escaped form. The e2e harness runs it on
 * each kiosk log it keeps, and `npm test` ends by running it over all of test-output/logs/
 * (tests/e2e/scan-logs.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  FOREIGN_2023_CARD,
  FOREIGN_OLD_CARD,
  HMT_CARD,
  RESIDENT_CARD,
} from '../emulators/idcard-emulator.js';

export type PersonalField = 'name' | 'idNumber' | 'address' | 'phone';

export interface PersonalValue {
  field: PersonalField;
  value: string;
}

const cards = [RESIDENT_CARD, HMT_CARD, FOREIGN_OLD_CARD, FOREIGN_2023_CARD];

/** Every personal value the tests hand to a kiosk. */
export const TEST_PERSONAL_DATA: readonly PersonalValue[] = [
  ...cards.flatMap((card): PersonalValue[] => [
    ...('name' in card ? [{ field: 'name' as const, value: card.name }] : []),
    ...('chineseName' in card ? [{ field: 'name' as const, value: card.chineseName }] : []),
    ...('englishName' in card ? [{ field: 'name' as const, value: card.englishName }] : []),
    ...('address' in card ? [{ field: 'address' as const, value: card.address }] : []),
    ...('idNumber' in card ? [{ field: 'idNumber' as const, value: card.idNumber }] : []),
    ...('permitNumber' in card ? [{ field: 'idNumber' as const, value: card.permitNumber }] : []),
    ...('passNumber' in card ? [{ field: 'idNumber' as const, value: card.passNumber }] : []),
  ]),
  // Typed on the on-screen keyboards by the declaration e2e test.
  { field: 'name', value: '张三' },
  { field: 'name', value: 'hanhongying' },
  { field: 'idNumber', value: '370302199001010021' },
  { field: 'phone', value: '13805331234' },
];

export interface Finding {
  file: string;
  line: number;
  field: PersonalField;
}

/** The forms a value takes in a JSON log line: as is, JSON-escaped, \u-escaped (either case). */
function formsOf(value: string): string[] {
  const escaped = JSON.stringify(value).slice(1, -1);
  const unicode = Array.from(value, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
  return [...new Set([value, escaped, unicode, unicode.toUpperCase().replaceAll('\\U', '\\u')])];
}

const PATTERNS = TEST_PERSONAL_DATA.map(({ field, value }) => ({ field, forms: formsOf(value) }));

/** The personal values in one text, with their line numbers (1-based). Never returns the values. */
export function findPersonalData(text: string, file = '(text)'): Finding[] {
  const findings: Finding[] = [];
  text.split('\n').forEach((line, i) => {
    for (const { field, forms } of PATTERNS)
      if (forms.some((form) => line.includes(form))) findings.push({ file, line: i + 1, field });
  });
  return findings;
}

/** Every file under `dir` (recursively), scanned. */
export function scanLogDir(dir: string): { files: number; findings: Finding[] } {
  if (!fs.existsSync(dir)) return { files: 0, findings: [] };
  const files = fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
  return {
    files: files.length,
    findings: files.flatMap((file) => findPersonalData(fs.readFileSync(file, 'utf8'), file)),
  };
}

export function formatFindings(findings: Finding[]): string {
  return findings.map((f) => `${f.file}:${f.line}: personal data (${f.field})`).join('\n');
}
