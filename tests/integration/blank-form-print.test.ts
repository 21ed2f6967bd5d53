/**
 * 打印空白表 / 打印样表 through the kiosk's dispatch, as the guide screen calls it: to a real CUPS with the
 * cups-pdf backend (the printed PDF read back), to a real CUPS whose printer reports it has no paper (the
 * job is cancelled and the answer says the form did not come out), on a demo kiosk with the simulated
 * devices (nothing printed, and it says so), and to a CUPS that does not answer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKioskApp, type KioskApp } from '../../src-main/app.js';
import { formNotPrinted } from '../../src-main/contract/kiosk-promises.js';
import { createLogger } from '../../src-main/log/logger.js';
import {
  C_ENV,
  cupsPdfOutDir,
  freePort,
  run,
  startCups,
  startCupsWithBackend,
  TEXT_PRESERVING,
  until,
  type Cups,
} from '../helpers/cups.js';
import { outputPath, tempDir } from '../helpers/temp-dir.js';
import { pdfText, renderPng, squash } from '../unit/devices/a4/guide-test-item.js';

/** A printer that takes the job and then waits for paper, as a real one does. */
const PAPER_OUT_BACKEND = `#!/bin/sh
if [ $# -eq 0 ]; then echo 'direct paperout "Unknown" "Printer out of paper (test)"'; exit 0; fi
echo "STATE: +media-empty-error" >&2
echo "INFO: Out of paper" >&2
while :; do sleep 1; done
`;

const kiosks: Array<{ app: KioskApp; remove: () => void }> = [];
function kiosk(name: string, config: Parameters<typeof createKioskApp>[0]['config']): KioskApp {
  const data = tempDir(name);
  const app = createKioskApp({
    dataDir: data.dir,
    config,
    log: createLogger({ file: path.join(data.dir, 'logs', 'kiosk.log'), level: 'debug' }),
    sync: false,
  });
  kiosks.push({ app, remove: () => data.remove() });
  return app;
}

afterAll(() => {
  for (const k of kiosks) {
    k.app.close();
    k.remove();
  }
});

/** The cups-pdf output of job `jobNumber`, once complete. */
function printedFile(cups: Cups, jobNumber: number, since: number): Promise<string> {
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

describe('打印空白表 on a real A4 printer (CUPS, cups-pdf)', () => {
  let cups: Cups;
  let app: KioskApp;
  beforeAll(async () => {
    cups = await startCups();
    app = kiosk('blank-form-print', {
      a4Queue: cups.queue,
      a4Server: cups.server ?? '',
      a4Options: TEXT_PRESERVING,
      simulatedDevices: false,
    });
  }, 60_000);
  afterAll(async () => {
    await cups?.stop();
  }, 30_000);

  for (const sample of [false, true]) {
    it(`prints the ${sample ? '样表' : 'blank form'} and says it was printed once the printer has it`, async () => {
      const started = Date.now();
      const answer = await app.dispatch('guide.printForm', { id: 'dibao-confirm', sample });
      if (!answer.ok) throw new Error(`print failed: ${answer.error.message}`);
      const value = answer.value as { outcome: string; requestId: string };
      expect(value.outcome).toBe('printed');
      const printed = await printedFile(cups, Number(/-(\d+)$/.exec(value.requestId)?.[1]), started);
      try {
        const text = squash(pdfText(printed));
        expect(text).toContain('最低生活保障申请书');
        expect(text).toContain(squash('申请人（签字或按手印）'));
        if (sample) expect(text).toContain('张某某');
        else expect(text).not.toContain('张某某');
        const name = sample ? 'printed-sample-form' : 'printed-blank-form';
        fs.copyFileSync(printed, outputPath('a4', `${name}.pdf`));
        expect(fs.statSync(renderPng(printed, 1, `${name}-p1`)).size).toBeGreaterThan(20_000);
      } finally {
        fs.rmSync(printed, { force: true });
      }
    }, 90_000);
  }

  it('refuses an item without a printable form, and a 样表 the catalog does not have', async () => {
    expect(await app.dispatch('guide.printForm', { id: 'sscard-apply', sample: false })).toMatchObject({
      ok: false,
      error: { code: 'INPUT' },
    });
    expect(await app.dispatch('guide.printForm', { id: 'tekun-confirm', sample: true })).toMatchObject({
      ok: false,
      error: { code: 'INPUT', message: '这个事项没有样表。' },
    });
  });
});

describe('打印空白表 when the printer has no paper (CUPS, a backend that reports media-empty)', () => {
  let cups: Cups;
  beforeAll(async () => {
    cups = await startCupsWithBackend({ name: 'paperout', script: PAPER_OUT_BACKEND });
  }, 60_000);
  afterAll(async () => {
    await cups?.stop();
  }, 30_000);

  it('says the form did not come out, to call staff or ask at the window, and cancels the job', async () => {
    const app = kiosk('blank-form-paper', {
      a4Queue: cups.queue,
      a4Server: cups.server ?? '',
      simulatedDevices: false,
    });
    const answer = await app.dispatch('guide.printForm', { id: 'dibao-confirm', sample: false });
    expect(answer).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'DEVICE', message: formNotPrinted('paper-out', '空白申请表') }),
    });
    // Nothing left in the queue to come out later for someone else.
    const jobs = await run('lpstat', ['-h', cups.server ?? '', '-W', 'not-completed', '-o', cups.queue], {
      env: C_ENV,
    });
    expect(jobs.stdout.trim()).toBe('');
  }, 90_000);
});

describe('打印空白表 without a printer', () => {
  it('a demo kiosk with the simulated devices renders it but says nothing was printed', async () => {
    const app = kiosk('blank-form-demo', {});
    expect(app.config.get().simulatedDevices).toBe(true);
    expect(await app.dispatch('guide.printForm', { id: 'dibao-confirm', sample: true })).toEqual({
      ok: true,
      value: { outcome: 'simulated' },
    });
  }, 30_000);

  it('a print server that does not answer: the form did not come out, and where to get one', async () => {
    const port = await freePort();
    const app = kiosk('blank-form-down', {
      a4Queue: 'KIOSK_A4',
      a4Server: `127.0.0.1:${port}`,
      simulatedDevices: false,
    });
    expect(await app.dispatch('guide.printForm', { id: 'dibao-confirm', sample: false })).toMatchObject({
      ok: false,
      error: { code: 'DEVICE', message: formNotPrinted('unavailable', '空白申请表') },
    });
  }, 60_000);
});
