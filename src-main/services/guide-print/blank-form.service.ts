/**
 * 打印空白表 / 打印样表: an item's application form, blank to fill by hand or filled with the catalog's
 * invented example, on the hall's A4 printer. The answer says what really happened: printed (the job left
 * the queue), still waiting in the queue, or only simulated on a demo kiosk without an A4 printer; a
 * printer out of paper or out of order is an error whose message says the form did not come out and where
 * to get one. The forms hold no personal data.
 */
import path from 'node:path';
import { DeviceError, InputError } from '../../contract/errors.js';
import { formNotPrinted, type FormPrintOutcome } from '../../contract/kiosk-promises.js';
import { onlineGuideUrl } from '../../contract/online-guide.js';
import { renderBlankFormPdf } from '../../devices/a4/blank-form.pdf.js';
import { PrintQueue, watchJob } from '../../devices/a4/print-queue.js';
import type { Logger } from '../../log/logger.js';
import type { UsageRepository } from '../../store/usage.repository.js';
import type { CatalogService } from '../catalog/catalog.service.js';
import type { KioskConfig } from '../config/config.schema.js';
import { a4Simulated, GUIDE_FONT_FILE } from './guide-print.service.js';

export interface BlankFormPrint {
  outcome: FormPrintOutcome;
  /** CUPS request id when the job reached a queue. */
  requestId?: string;
}

/** How the citizen calls what was asked for. */
export function formWhat(sample: boolean): string {
  return sample ? '样表' : '空白申请表';
}

export interface BlankFormDeps {
  catalog: CatalogService;
  config: () => KioskConfig;
  usage: UsageRepository;
  resourcesDir: string;
  log: Logger;
  now?: () => Date;
  /** How long to wait for the printer to take the job before saying it is still queued (default 20 s). */
  watchMs?: number;
}

export class BlankFormService {
  constructor(private readonly deps: BlankFormDeps) {}

  async print(itemId: string, sample: boolean): Promise<BlankFormPrint> {
    const { catalog, config, usage, resourcesDir, log } = this.deps;
    const item = catalog.item(itemId);
    const what = formWhat(sample);
    if (!item.form || !item.materials.some((m) => m.blankForm))
      throw new InputError('item has no printable form', 'id', '这个事项没有可以打印的申请表。');
    if (sample && !item.form.sample)
      throw new InputError('item has no sample form', 'sample', '这个事项没有样表。');
    const c = config();
    const pdf = await renderBlankFormPdf(
      { hallName: c.hallName, item, onlineUrl: onlineGuideUrl(c.onlineGuideBaseUrl, item.code), sample },
      { printedAt: this.deps.now?.() ?? new Date(), fontPath: path.join(resourcesDir, GUIDE_FONT_FILE) },
    );
    // A demo kiosk with simulated devices and no A4 queue: the form was made, but nothing printed it.
    if (a4Simulated(c)) {
      log.info({ itemId, sample, bytes: pdf.length }, 'blank form rendered for the simulated printer');
      return { outcome: 'simulated' };
    }
    const server = c.a4Server || undefined;
    const queue = new PrintQueue({ queue: c.a4Queue, server, log });
    try {
      const job = await queue.print(pdf, {
        title: `${sample ? 'sample' : 'blank'}-${item.code}`,
        cupsOptions: c.a4Options,
      });
      const fate = await watchJob(job, { server, log, timeoutMs: this.deps.watchMs ?? 20_000 });
      if (fate === 'paper-out')
        throw new DeviceError(
          'a4',
          'paper-out',
          'a4 printer out of paper',
          formNotPrinted('paper-out', what),
        );
      usage.record('form.print', item.id);
      log.info({ itemId, sample, requestId: job.requestId, fate }, 'blank form sent to the A4 queue');
      return { outcome: fate === 'completed' ? 'printed' : 'waiting', requestId: job.requestId };
    } catch (error) {
      if (error instanceof DeviceError && error.reason !== 'paper-out')
        throw new DeviceError(error.device, error.reason, error.message, formNotPrinted('unavailable', what));
      throw error;
    }
  }
}
