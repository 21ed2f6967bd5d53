/**
 * 自助申报: checks a declaration against the item's form again (the renderer's checks are a
 * convenience, not a guarantee), writes it to the outbox in one transaction, then prints the
 * receipt. A printer failure never loses the declaration: the receipt is queued for a reprint.
 */
import type { AnnouncedPage } from '../../../src-protocol/payloads.js';
import type { DeclarationResult, UploadState } from '../../contract/declaration.types.js';
import { checkForm, isFormPath, type FormValues } from '../../contract/form-values.js';
import { InputError } from '../../contract/errors.js';
import { maskIdNumber, maskName } from '../../contract/id-number.js';
import type { ReceiptLine } from '../../devices/printer/printer.types.js';
import type { Logger } from '../../log/logger.js';
import type { OutboxRepository } from '../../store/outbox.repository.js';
import type { ReceiptsRepository } from '../../store/receipts.repository.js';
import type { UsageRepository } from '../../store/usage.repository.js';
import type { CatalogService } from '../catalog/catalog.service.js';
import type { KioskConfig } from '../config/config.schema.js';
import type { PersonDigest } from '../person-digest.js';
import type { RatingGrants } from '../rating/rating-grants.js';
import { printOrQueue } from '../receipts/print-or-queue.js';
import { declarationReceipt } from './declaration.receipt.js';

export interface DeclarationInput {
  itemId: string;
  identityMethod: 'card' | 'manual';
  values: FormValues;
}

export interface DeclarationDeps {
  catalog: CatalogService;
  outbox: OutboxRepository;
  receipts: ReceiptsRepository;
  usage: UsageRepository;
  config: () => KioskConfig;
  printReceipt: (lines: ReceiptLine[]) => Promise<void>;
  /** The district server answered lately. */
  online: () => boolean;
  /** Enrolled with a district server; false on a demo kiosk, whose declarations are never uploaded. */
  provisioned: () => boolean;
  /** Keyed hash of the applicant's ID number, for a later lookup by card. */
  personDigest: PersonDigest;
  /** The citizen may rate what they just handed in. */
  grants: RatingGrants;
  log: Logger;
  /** The session's material pages: listed in the payload and sealed in the declaration's transaction. */
  pages?: DeclarationPages;
}

/** What a declaration needs of the captured pages (services/materials/declaration-pages.ts). */
export interface DeclarationPages {
  /** The pages' manifest for the payload; empty when none were captured. */
  manifest(): AnnouncedPage[];
  /** Seals the pages under the outbox row (inside its transaction). */
  seal(rowId: number, now: Date): void;
  /** After the commit: the plain pages are wiped from memory. */
  sealed(): void;
}

/** The value of the first field with the given prefill key (the applicant's own name and ID). */
function prefilledValue(
  values: FormValues,
  fields: Array<{ id: string; prefill?: string }>,
  key: string,
): string {
  const field = fields.find((f) => f.prefill === key);
  const value = field ? values[field.id] : undefined;
  return typeof value === 'string' ? value.trim() : '';
}

export class DeclarationService {
  constructor(private readonly deps: DeclarationDeps) {}

  async submit(input: DeclarationInput, now = new Date()): Promise<DeclarationResult> {
    const { catalog, outbox, receipts, usage, config, log } = this.deps;
    const item = catalog.item(input.itemId);
    if (!item.form)
      throw new InputError(`item ${item.id} has no form`, 'itemId', '该事项暂不支持自助申报，请到窗口办理。');
    const problems = checkForm(item.form, input.values, now);
    const first = problems[0];
    if (first) {
      // The log names only the form's own places: a key the form does not have was chosen by the client.
      const where = isFormPath(item.form, first.field) ? first.field : 'a key not in the form';
      throw new InputError(`declaration invalid at ${where}`, first.field, first.message);
    }

    const name = prefilledValue(input.values, item.form.fields, 'name');
    const idNumber = prefilledValue(input.values, item.form.fields, 'idNumber');
    const summary = {
      itemName: item.name,
      maskedName: maskName(name),
      maskedIdNumber: maskIdNumber(idNumber),
      ...(idNumber ? { personDigest: this.deps.personDigest(idNumber) } : {}),
    };
    const pages = this.deps.pages?.manifest() ?? [];
    const row = outbox.enqueue(
      {
        kind: 'declaration',
        itemId: item.id,
        payload: {
          itemId: item.id,
          itemCode: item.code,
          itemName: item.name,
          ...(name && idNumber ? { applicant: { name, idNumber } } : {}),
          identityMethod: input.identityMethod,
          values: input.values,
          submittedAt: now.toISOString(),
          ...(pages.length > 0 ? { attachments: pages } : {}),
        },
        summary: pages.length > 0 ? { ...summary, pages: pages.length } : summary,
        ...(pages.length > 0 ? { within: (rowId: number) => this.deps.pages?.seal(rowId, now) } : {}),
      },
      now,
    );
    this.deps.pages?.sealed();
    usage.record('declaration', item.id, now);
    log.info({ localNumber: row.localNumber, itemId: item.id }, 'declaration stored in outbox');
    this.deps.grants.grant([`case:${row.localNumber}`]);

    const c = config();
    const online = this.deps.online();
    const upload: UploadState = !this.deps.provisioned() ? 'local' : online ? 'online' : 'offline';
    const progressUrl = c.progressBaseUrl + encodeURIComponent(row.localNumber);
    const lines = declarationReceipt({
      hallName: c.hallName,
      hallPhone: c.hallPhone,
      item,
      localNumber: row.localNumber,
      submittedAt: now,
      maskedName: summary.maskedName,
      maskedIdNumber: summary.maskedIdNumber,
      progressUrl,
      upload,
      ratingUrl: c.ratingBaseUrl + encodeURIComponent(row.localNumber),
    });
    const receipt = await printOrQueue({ print: this.deps.printReceipt, receipts, log }, lines, {
      outboxId: row.id,
      number: row.localNumber,
      what: '回执',
      safe: '您的申请已安全提交',
    });
    return {
      localNumber: row.localNumber,
      submittedAt: row.createdAt,
      itemName: item.name,
      promisedTimeLimit: item.promisedTimeLimit,
      maskedName: summary.maskedName,
      maskedIdNumber: summary.maskedIdNumber,
      progressUrl,
      online: upload === 'online',
      upload,
      receipt,
    };
  }
}
