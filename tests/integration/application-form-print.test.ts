/**
 * 打印申请表（A4） through a real CUPS with the cups-pdf backend (tests/helpers/cups.ts), driven through
 * the kiosk's own dispatch like the screen does: submit a declaration in a session, print its form, read
 * the printed PDF back with pdftotext. The values live only in the session: the print spool file is gone
 * after `lp`, the form cannot be printed once the session ended, and no value reaches the log.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createKioskApp, type KioskApp } from '../../src-main/app.js';
import type { DeclarationResult } from '../../src-main/contract/declaration.types.js';
import { createLogger } from '../../src-main/log/logger.js';
import {
  FORM_GONE_MESSAGE,
  FORM_PRINTER_MESSAGE,
} from '../../src-main/services/declaration/application-form.service.js';
import { cupsPdfOutDir, freePort, startCups, TEXT_PRESERVING, until, type Cups } from '../helpers/cups.js';
import { APPLICANT, DIBAO_VALUES, HOUSEHOLD } from '../helpers/dibao-declaration.js';
import { outputPath, tempDir } from '../helpers/temp-dir.js';
import { pdfText, renderPng, squash } from '../unit/devices/a4/guide-test-item.js';

let cups: Cups;
let kiosk: KioskApp;
const data = tempDir('form-print');
const spool = tempDir('form-spool');
const logFile = path.join(data.dir, 'logs', 'kiosk.log');
const savedTmp = process.env['TMPDIR'];

beforeAll(async () => {
  cups = await startCups();
  kiosk = createKioskApp({
    dataDir: data.dir,
    config: { a4Queue: cups.queue, a4Server: cups.server ?? '', a4Options: TEXT_PRESERVING },
    log: createLogger({ file: logFile, level: 'debug' }),
    sync: false,
  });
  // The print spool file is made under os.tmpdir(): ours, to see that it is gone afterwards.
  process.env['TMPDIR'] = spool.dir;
}, 60_000);

afterEach(async () => {
  await kiosk.dispatch('session.end', { reason: 'exit' });
});

afterAll(async () => {
  if (savedTmp === undefined) delete process.env['TMPDIR'];
  else process.env['TMPDIR'] = savedTmp;
  kiosk?.close();
  await cups?.stop();
  spool.remove();
  data.remove();
}, 30_000);

async function submitInSession(): Promise<DeclarationResult> {
  await kiosk.dispatch('session.activity', {});
  const answer = await kiosk.dispatch('declaration.submit', {
    itemId: 'dibao-confirm',
    consent: true,
    identityMethod: 'card',
    values: DIBAO_VALUES,
  });
  if (!answer.ok) throw new Error(`submit failed: ${answer.error.message}`);
  return answer.value as DeclarationResult;
}

/** The cups-pdf output of job `jobNumber`, once complete. */
function printedFile(jobNumber: number, since: number): Promise<string> {
  const { dir, conf, out } = cupsPdfOutDir(cups.queue);
  const name = new RegExp(`job_${jobNumber}(?!\\d).*\\.pdf$`);
  return until(`cups-pdf output of job ${jobNumber} in ${dir} (${out} from ${conf})`, 45_000, () => {
    if (!fs.existsSync(dir)) return undefined;
    for (const entry of fs.readdirSync(dir)) {
      if (!name.test(entry)) continue;
      const file = path.join(dir, entry);
      if (fs.statSync(file).mtimeMs < since - 1000) continue;
      if (/%%EOF\s*$/.test(fs.readFileSync(file).subarray(-64).toString('latin1'))) return file;
    }
    return undefined;
  });
}

describe('打印申请表（A4） through CUPS', () => {
  it('prints the filled form of the declaration just submitted, with every value and both members', async () => {
    const result = await submitInSession();
    expect(result.applicationForm).toBe(true);
    const started = Date.now();
    const answer = await kiosk.dispatch('declaration.printForm', { localNumber: result.localNumber });
    if (!answer.ok) throw new Error(`print failed: ${answer.error.message}`);
    const { requestId } = answer.value as { queue: string; requestId: string };
    const jobNumber = Number(/-(\d+)$/.exec(requestId)?.[1]);
    // The spool file is deleted once lp has the job.
    expect(fs.readdirSync(spool.dir)).toEqual([]);

    const printed = await printedFile(jobNumber, started);
    try {
      const text = squash(pdfText(printed));
      for (const expected of [
        '淄川区昆仑镇便民服务中心',
        '申请表',
        '最低生活保障审核确认',
        result.localNumber,
        APPLICANT.name,
        APPLICANT.idNumber,
        APPLICANT.address,
        APPLICANT.reason,
        ...HOUSEHOLD.flatMap((m) => [m.memberName, m.memberIdNumber, m.relation]),
        '申请人（签字或按手印）',
        '《最低生活保障申请书》',
      ])
        expect(text, expected).toContain(squash(expected));
      fs.copyFileSync(printed, outputPath('a4', 'printed-application-form.pdf'));
      const png = renderPng(printed, 1, 'printed-application-form-p1');
      expect(fs.statSync(png).size).toBeGreaterThan(20_000);
    } finally {
      fs.rmSync(printed, { force: true });
    }
  }, 90_000);

  it('only within the session: once it ended the form is gone', async () => {
    const result = await submitInSession();
    await kiosk.dispatch('session.end', { reason: 'done' });
    expect(kiosk.session.data()).toBeUndefined();
    const answer = await kiosk.dispatch('declaration.printForm', { localNumber: result.localNumber });
    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: FORM_GONE_MESSAGE } });
    // Nor can another number be printed from a new session.
    await kiosk.dispatch('session.activity', {});
    const other = await kiosk.dispatch('declaration.printForm', { localNumber: result.localNumber });
    expect(other).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('a printer that does not answer: a message that sends the citizen to the window', async () => {
    const port = await freePort();
    kiosk.config.update({ a4Server: `127.0.0.1:${port}` });
    try {
      const result = await submitInSession();
      const answer = await kiosk.dispatch('declaration.printForm', { localNumber: result.localNumber });
      expect(answer).toMatchObject({ ok: false, error: { code: 'DEVICE', message: FORM_PRINTER_MESSAGE } });
      expect(fs.readdirSync(spool.dir)).toEqual([]);
    } finally {
      kiosk.config.update({ a4Server: cups.server ?? '' });
    }
  }, 60_000);

  it('is not offered without an A4 queue, and nothing personal reached the log', async () => {
    kiosk.config.update({ a4Queue: '' });
    try {
      const result = await submitInSession();
      expect(result.applicationForm).toBe(false);
    } finally {
      kiosk.config.update({ a4Queue: cups.queue });
    }
    const log = fs.readFileSync(logFile, 'utf8');
    expect(log).toContain('application form sent to the A4 queue');
    for (const value of [
      APPLICANT.name,
      APPLICANT.idNumber,
      APPLICANT.address,
      APPLICANT.phone,
      ...HOUSEHOLD.flatMap((m) => [m.memberName, m.memberIdNumber]),
    ])
      expect(log).not.toContain(value);
    expect(os.tmpdir()).toBe(spool.dir);
  });
});
