/** The logger's redaction, and the scanner the e2e harness runs over every log it leaves. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src-main/log/logger.js';
import { assertNoPersonalData, TEST_PERSON } from '../../e2e/harness.js';
import { tempDir } from '../../helpers/temp-dir.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('personal data in logs', () => {
  it('redacts personal fields at any depth we use', () => {
    const t = tempDir('log');
    cleanups.push(t.remove);
    const file = path.join(t.dir, 'kiosk.log');
    const log = createLogger({ file });
    log.info({ idNumber: TEST_PERSON.idNumber, name: TEST_PERSON.name }, 'top level');
    log.warn({ card: { ...TEST_PERSON } }, 'nested object');
    log.error({ request: { payload: { values: { applicant: TEST_PERSON.name } } } }, 'deep payload');
    log.info({ declaration: { fields: [TEST_PERSON.phone] } }, 'fields');
    expect(() => assertNoPersonalData(file)).not.toThrow();
    expect(fs.readFileSync(file, 'utf8')).toContain('[已隐去]');
  });

  it('the scanner finds a leak, plain or escaped', () => {
    const t = tempDir('log');
    cleanups.push(t.remove);
    const plain = path.join(t.dir, 'plain.log');
    fs.writeFileSync(plain, `{"msg":"oops ${TEST_PERSON.idNumber}"}\n`);
    expect(() => assertNoPersonalData(plain)).toThrow(/idNumber/);
    const escaped = path.join(t.dir, 'escaped.log');
    const unicode = Array.from(TEST_PERSON.name, (c) => `\\u${c.charCodeAt(0).toString(16)}`).join('');
    fs.writeFileSync(escaped, `{"msg":"${unicode}"}\n`);
    expect(() => assertNoPersonalData(escaped)).toThrow(/name/);
  });
});
