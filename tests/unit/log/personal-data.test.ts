/** The logger's redaction, and the scanner the e2e harness runs over every log it leaves. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src-main/log/logger.js';
import { assertNoPersonalData, TEST_PERSON } from '../../e2e/harness.js';
import { findPersonalData, TEST_PERSONAL_DATA } from '../../helpers/personal-data-scan.js';
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

describe('the scan of the test run logs', () => {
  const run = (dir: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'tests/e2e/scan-logs.ts', dir], { encoding: 'utf8' });

  it('finds every personal value the tests use, in each form a JSON log line can hold it', () => {
    for (const { field, value } of TEST_PERSONAL_DATA) {
      const escaped = JSON.stringify({ msg: value });
      const unicode = `{"msg":"${Array.from(value, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"}`;
      for (const line of [`plain ${value} text`, escaped, unicode])
        expect(findPersonalData(`{"ok":1}\n${line}\n`, 'x.log')).toContainEqual({
          file: 'x.log',
          line: 2,
          field,
        });
    }
    expect(findPersonalData('{"level":30,"msg":"kiosk core started","hallCode":"ZCKL01"}\n')).toEqual([]);
  });

  it('fails the run on a planted line, names file, line and field but never the value', () => {
    const t = tempDir('scan');
    cleanups.push(t.remove);
    fs.mkdirSync(path.join(t.dir, 'nested'));
    fs.writeFileSync(path.join(t.dir, 'a.log'), '{"msg":"fine"}\n');
    fs.writeFileSync(
      path.join(t.dir, 'nested', 'b.log'),
      `{"msg":"fine"}\n{"phone":"${TEST_PERSON.phone}"}\n`,
    );
    const found = run(t.dir);
    expect(found.status).toBe(1);
    expect(found.stderr).toContain(`${path.join(t.dir, 'nested', 'b.log')}:2: personal data (phone)`);
    expect(found.stderr).not.toContain(TEST_PERSON.phone);

    fs.rmSync(path.join(t.dir, 'nested'), { recursive: true });
    const clean = run(t.dir);
    expect(clean.status).toBe(0);
    expect(clean.stdout).toContain('scanned 1 log files');
  });

  it('fails when there is nothing to scan', () => {
    const t = tempDir('scan-empty');
    cleanups.push(t.remove);
    expect(run(t.dir).status).toBe(1);
  });
});

describe('the err field', () => {
  const logged = (write: (log: ReturnType<typeof createLogger>) => void): Record<string, unknown> => {
    const t = tempDir('log');
    cleanups.push(t.remove);
    const file = path.join(t.dir, 'kiosk.log');
    write(createLogger({ file }));
    return JSON.parse(fs.readFileSync(file, 'utf8').trim().split('\n').at(-1)!) as Record<string, unknown>;
  };

  it('keeps the type the code gave it, beside a message', () => {
    const line = logged((log) =>
      log.warn({ err: { type: 'RateLimitedError', message: 'too many tries' } }, 'request failed'),
    );
    expect(line['err']).toEqual({ type: 'RateLimitedError', message: 'too many tries' });
  });

  it('cuts an Error logged as it is to its type and stack frames: its message may quote input', () => {
    class InputEcho extends Error {
      override name = 'InputEcho';
    }
    const line = logged((log) => log.error({ err: new InputEcho(`bad ${TEST_PERSON.idNumber}`) }, 'oops'));
    const err = line['err'] as { type: string; frames: string[] };
    expect(err.type).toBe('InputEcho');
    expect(err.frames.length).toBeGreaterThan(0);
    expect(JSON.stringify(line)).not.toContain(TEST_PERSON.idNumber);
  });
});
