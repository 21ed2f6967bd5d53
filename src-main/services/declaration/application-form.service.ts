/**
 * 打印申请表（A4）: the filled application form of a declaration just submitted, to the hall's A4 queue.
 * The values are kept in the main process's session object (SessionService.data(), cleared when the
 * session ends: 完成, 退出, idle, card removed), never on disk but as the print spool file that
 * PrintQueue deletes once `lp` has it; so the form can be printed only within the session that
 * submitted it. Logs carry the 申报编号 and the print job, never a value.
 */
import path from 'node:path';
import type { DeclarationResult } from '../../contract/declaration.types.js';
import { DeviceError, NotFoundError } from '../../contract/errors.js';
import type { FormValues } from '../../contract/form-values.js';
import { renderApplicationFormPdf } from '../../devices/a4/application-form.pdf.js';
import { PrintQueue } from '../../devices/a4/print-queue.js';
import type { Logger } from '../../log/logger.js';
import type { UsageRepository } from '../../store/usage.repository.js';
import type { CatalogService } from '../catalog/catalog.service.js';
import type { KioskConfig } from '../config/config.schema.js';
import { GUIDE_FONT_FILE } from '../guide-print/guide-print.service.js';

/** Key of the held form in the session's data. */
export const APPLICATION_FORM_KEY = 'declaration.applicationForm';

export const FORM_GONE_MESSAGE = '申请表只能在提交后、离开本页前打印。如需申请表，请到窗口请工作人员打印。';
export const FORM_PRINTER_MESSAGE =
  'A4 打印机暂时无法使用，申请表未能打印。您的申请已提交，请记下申报编号，到窗口请工作人员打印申请表。';

interface HeldForm {
  localNumber: string;
  itemId: string;
  identityMethod: 'card' | 'manual';
  values: FormValues;
  submittedAt: string;
  progressUrl: string;
}

export interface ApplicationFormDeps {
  catalog: CatalogService;
  config: () => KioskConfig;
  /** The current session's scratch space; undefined when no session is active. */
  sessionData: () => Map<string, unknown> | undefined;
  usage: UsageRepository;
  resourcesDir: string;
  log: Logger;
  now?: () => Date;
}

export class ApplicationFormService {
  constructor(private readonly deps: ApplicationFormDeps) {}

  /**
   * Holds a just-submitted declaration's values in the session for 打印申请表（A4）. True when the
   * form can be offered: an A4 queue is configured and a session is there to hold the values.
   */
  keep(
    result: DeclarationResult,
    input: { itemId: string; identityMethod: 'card' | 'manual'; values: FormValues },
  ): boolean {
    const data = this.deps.sessionData();
    if (!data || this.deps.config().a4Queue.trim() === '') return false;
    const held: HeldForm = {
      localNumber: result.localNumber,
      itemId: input.itemId,
      identityMethod: input.identityMethod,
      values: input.values,
      submittedAt: result.submittedAt,
      progressUrl: result.progressUrl,
    };
    data.set(APPLICATION_FORM_KEY, held);
    return true;
  }

  /** Renders the held form of `localNumber` and sends it to the A4 queue. */
  async print(localNumber: string): Promise<{ queue: string; requestId: string }> {
    const { catalog, config, usage, resourcesDir, log } = this.deps;
    const held = this.deps.sessionData()?.get(APPLICATION_FORM_KEY) as HeldForm | undefined;
    if (!held || held.localNumber !== localNumber)
      throw new NotFoundError('no application form held for this number in this session', FORM_GONE_MESSAGE);
    const item = catalog.item(held.itemId);
    const c = config();
    const pdf = await renderApplicationFormPdf(
      {
        hallName: c.hallName,
        item,
        localNumber: held.localNumber,
        submittedAt: new Date(held.submittedAt),
        identityMethod: held.identityMethod,
        values: held.values,
        progressUrl: held.progressUrl,
      },
      { printedAt: this.deps.now?.() ?? new Date(), fontPath: path.join(resourcesDir, GUIDE_FONT_FILE) },
    );
    const queue = new PrintQueue({ queue: c.a4Queue, server: c.a4Server || undefined, log });
    try {
      const job = await queue.print(pdf, { title: `form-${held.localNumber}`, cupsOptions: c.a4Options });
      usage.record('form.print', item.id);
      log.info(
        { localNumber: held.localNumber, requestId: job.requestId },
        'application form sent to the A4 queue',
      );
      return { queue: job.queue, requestId: job.requestId };
    } catch (error) {
      // The guide's message points at a QR code; the form's points at the window.
      if (error instanceof DeviceError)
        throw new DeviceError(error.device, error.reason, error.message, FORM_PRINTER_MESSAGE);
      throw error;
    }
  }
}
