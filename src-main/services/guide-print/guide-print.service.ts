/**
 * 打印指南: renders the A4 guide and hands it to the OS print queue (CUPS `lp`). A demo kiosk with
 * simulated devices and no A4 queue renders it but says it was not printed (the screen offers its QR code).
 */
import path from 'node:path';
import type { GuidePrintAnswer } from '../../contract/kiosk-promises.js';
import { onlineGuideUrl } from '../../contract/online-guide.js';
import { renderGuidePdf } from '../../devices/a4/guide.pdf.js';
import { PrintQueue, type PrintJob } from '../../devices/a4/print-queue.js';
import type { Logger } from '../../log/logger.js';
import type { UsageRepository } from '../../store/usage.repository.js';
import type { CatalogService } from '../catalog/catalog.service.js';
import type { KioskConfig } from '../config/config.schema.js';

export const GUIDE_FONT_FILE = path.join('fonts', 'wqy-microhei.ttc');

/** A demo kiosk with simulated devices and no A4 queue: what it renders for A4 is printed by nothing. */
export const a4Simulated = (c: KioskConfig): boolean => c.simulatedDevices && c.a4Queue.trim() === '';

export class GuidePrintService {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      config: () => KioskConfig;
      usage: UsageRepository;
      resourcesDir: string;
      log: Logger;
      /** The kiosk's corrected clock (services/clock): the printed date is the real one on a PC with a wrong clock. */
      now?: () => Date;
    },
  ) {}

  async print(itemId: string): Promise<GuidePrintAnswer> {
    const { catalog, config, usage, resourcesDir, log } = this.deps;
    const item = catalog.item(itemId);
    const c = config();
    const pdf = await renderGuidePdf(item, {
      hallName: c.hallName,
      onlineUrl: onlineGuideUrl(c.onlineGuideBaseUrl, item.code),
      catalogVersion: catalog.meta()?.version ?? '',
      printedAt: this.deps.now?.() ?? new Date(),
      fontPath: path.join(resourcesDir, GUIDE_FONT_FILE),
    });
    if (a4Simulated(c)) {
      log.info({ itemId, bytes: pdf.length }, 'guide rendered for the simulated printer');
      return { outcome: 'simulated' };
    }
    const queue = new PrintQueue({ queue: c.a4Queue, server: c.a4Server || undefined, log });
    const job: PrintJob = await queue.print(pdf, { title: `guide-${item.code}`, cupsOptions: c.a4Options });
    usage.record('guide.print', itemId);
    return { outcome: 'queued', queue: job.queue, requestId: job.requestId };
  }
}
