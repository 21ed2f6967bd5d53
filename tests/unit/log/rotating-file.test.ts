/** The log file's size cap and rotation, and a write the disk refuses never thrown. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rotatingFile } from '../../../src-main/log/rotating-file.js';
import { createLogger } from '../../../src-main/log/logger.js';
import { tempDir } from '../../helpers/temp-dir.js';

const tmp = tempDir('rotating-log');
afterAll(() => tmp.remove());

describe('rotating log file', () => {
  it('keeps every file under the cap and at most keep + 1 files', () => {
    const file = path.join(tmp.dir, 'a', 'kiosk.log');
    fs.mkdirSync(path.dirname(file));
    const out = rotatingFile({ file, maxBytes: 1000, keep: 2 });
    const line = `${'x'.repeat(99)}\n`;
    for (let i = 0; i < 100; i++) out.write(line);
    const files = fs.readdirSync(path.dirname(file)).sort();
    expect(files).toEqual(['kiosk.log', 'kiosk.log.1', 'kiosk.log.2']);
    for (const f of files)
      expect(fs.statSync(path.join(path.dirname(file), f)).size).toBeLessThanOrEqual(1000);
    expect(fs.statSync(`${file}.1`).size).toBe(1000);
    expect(out.dropped).toBe(0);
  });

  it('drops and counts lines it cannot write instead of throwing', () => {
    const file = path.join(tmp.dir, 'gone', 'kiosk.log');
    const out = rotatingFile({ file, maxBytes: 1000 });
    expect(out.write('{"msg":"a"}\n')).toBe(true);
    expect(out.dropped).toBe(1);
  });

  it('is what the kiosk logger writes through: pino lines rotate at KIOSK_LOG_MAX_BYTES', () => {
    const file = path.join(tmp.dir, 'b', 'kiosk.log');
    process.env['KIOSK_LOG_MAX_BYTES'] = '4096';
    try {
      const log = createLogger({ file });
      for (let i = 0; i < 200; i++) log.info({ code: 'test', i }, 'a line of the kiosk log');
    } finally {
      delete process.env['KIOSK_LOG_MAX_BYTES'];
    }
    const files = fs.readdirSync(path.dirname(file));
    expect(files.length).toBe(4);
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ level: 30, i: 199, msg: 'a line of the kiosk log' });
  });
});
