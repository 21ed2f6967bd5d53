/** A4 printing through a real CUPS with the cups-pdf backend (tests/helpers/cups.ts). */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeviceError } from '../../src-main/contract/errors.js';
import { renderGuidePdf } from '../../src-main/devices/a4/guide.pdf.js';
import { A4_UNAVAILABLE_MESSAGE, PrintQueue, queueStatus } from '../../src-main/devices/a4/print-queue.js';
import {
  FONT_PATH,
  OUTPUT_DIR,
  guideItem,
  pdfText,
  renderPng,
  squash,
} from '../unit/devices/a4/guide-test-item.js';
import {
  C_ENV,
  cupsPdfOutDir,
  freePort,
  PPD_MODEL,
  QUEUE,
  run,
  startCups,
  TEXT_PRESERVING,
  until,
  type Cups,
} from '../helpers/cups.js';

async function catchDeviceError(promise: Promise<unknown>): Promise<DeviceError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DeviceError);
  const de = err as DeviceError;
  expect(de.device).toBe('a4');
  expect(de.userMessage).toBe(A4_UNAVAILABLE_MESSAGE);
  return de;
}

let cups: Cups;
let pdf: Buffer;
const { item } = guideItem();

beforeAll(async () => {
  cups = await startCups();
  pdf = await renderGuidePdf(item, {
    hallName: '淄川区昆仑镇便民服务中心',
    onlineUrl: `https://zwfw.zichuan.gov.cn/guide/${item.id}`,
    catalogVersion: '2026.11.25-1',
    printedAt: new Date(),
    fontPath: FONT_PATH,
  });
}, 60_000);

afterAll(async () => {
  await cups?.stop();
}, 30_000);

describe('A4 printing through CUPS', () => {
  it('reports the queue as enabled and accepting', async () => {
    const status = await queueStatus(cups.queue, { server: cups.server });
    expect(status).toMatchObject({ queue: cups.queue, enabled: true, accepting: true });
  });

  it('prints the guide to cups-pdf, whose output holds the guide text', async () => {
    const { dir, conf, out } = cupsPdfOutDir(cups.queue);
    const before = new Set(fs.existsSync(dir) ? fs.readdirSync(dir) : []);
    const started = Date.now();
    const queue = new PrintQueue({ queue: cups.queue, server: cups.server, timeoutMs: 20_000 });
    const job = await queue.print(pdf, { title: `kiosk-guide-${process.pid}`, cupsOptions: TEXT_PRESERVING });
    expect(job.requestId).toBe(`${cups.queue}-${job.jobNumber}`);

    // cups-pdf names files "<title>-job_<n>.pdf" (the title is shortened); a failed filter still
    // leaves a stub, so wait for a complete PDF rather than for the name.
    const jobName = new RegExp(`job_${job.jobNumber}(?!\\d).*\\.pdf$`);
    const printed = await until(
      `cups-pdf output for ${job.requestId} in ${dir} (${out} from ${conf})`,
      45_000,
      () => {
        if (!fs.existsSync(dir)) return undefined;
        for (const name of fs.readdirSync(dir)) {
          if (!jobName.test(name)) continue;
          const file = path.join(dir, name);
          const stat = fs.statSync(file);
          if (before.has(name) && stat.mtimeMs < started - 1000) continue;
          const tail = fs.readFileSync(file).subarray(-64).toString('latin1');
          if (/%%EOF\s*$/.test(tail)) return file;
        }
        return undefined;
      },
    );
    try {
      const text = squash(pdfText(printed));
      expect(text, `text of ${printed}`).toContain(squash(item.name));
      expect(text).toContain('所需材料');
      expect(text).toContain('办事指南');
      fs.mkdirSync(OUTPUT_DIR, { recursive: true });
      fs.copyFileSync(printed, path.join(OUTPUT_DIR, 'printed-guide.pdf'));
      const png = renderPng(printed, 1, 'printed-guide-p1');
      expect(fs.statSync(png).size).toBeGreaterThan(5000);
    } finally {
      fs.rmSync(printed, { force: true });
    }
  }, 60_000);

  it('refuses an unknown queue', async () => {
    const checked = new PrintQueue({ queue: 'KIOSK_NO_SUCH_QUEUE', server: cups.server });
    expect(['refused', 'no-queue']).toContain((await catchDeviceError(checked.print(pdf))).reason);
    const unchecked = new PrintQueue({
      queue: 'KIOSK_NO_SUCH_QUEUE',
      server: cups.server,
      checkBeforePrint: false,
    });
    const err = await catchDeviceError(unchecked.print(pdf));
    expect(['refused', 'no-queue']).toContain(err.reason);
    expect(err.message).toMatch(/does not exist|Invalid destination/);
  });

  it('refuses with no-queue when no queue is configured', async () => {
    const err = await catchDeviceError(new PrintQueue({ queue: undefined, server: cups.server }).print(pdf));
    expect(err.reason).toBe('no-queue');
  });

  it('refuses a disabled queue before sending the job', async () => {
    const off = `KIOSK_A4_OFF_${process.pid}`;
    const h = cups.server ? ['-h', cups.server] : [];
    await run('lpadmin', [...h, '-p', off, '-v', 'cups-pdf:/', '-m', PPD_MODEL], { env: C_ENV });
    try {
      await run('cupsdisable', [...h, '-r', 'paper jam', off], { env: C_ENV });
      const status = await queueStatus(off, { server: cups.server });
      expect(status.enabled).toBe(false);
      expect(status.reason).toBe('paper jam');
      const err = await catchDeviceError(new PrintQueue({ queue: off, server: cups.server }).print(pdf));
      expect(err.reason).toBe('refused');
    } finally {
      await run('lpadmin', [...h, '-x', off], { env: C_ENV });
    }
  }, 30_000);

  it('refuses when the CUPS server does not answer', async () => {
    const port = await freePort();
    const err = await catchDeviceError(
      new PrintQueue({ queue: QUEUE, server: `127.0.0.1:${port}` }).print(pdf),
    );
    expect(err.reason).toBe('refused');
  });
});
