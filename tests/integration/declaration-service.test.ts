/** DeclarationService on a real SQLite file: validation, the outbox write, the receipt and its reprint queue. */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DeviceError, InputError } from '../../src-main/contract/errors.js';
import { silentLogger } from '../../src-main/log/logger.js';
import { CatalogService } from '../../src-main/services/catalog/catalog.service.js';
import { configSchema } from '../../src-main/services/config/config.schema.js';
import { DeclarationService } from '../../src-main/services/declaration/declaration.service.js';
import type { ReceiptLine } from '../../src-main/devices/printer/printer.types.js';
import { CatalogRepository } from '../../src-main/store/catalog.repository.js';
import { openDatabase } from '../../src-main/store/database.js';
import { fileDeviceKey } from '../../src-main/store/device-key.js';
import { OutboxRepository } from '../../src-main/store/outbox.repository.js';
import { ReceiptsRepository } from '../../src-main/store/receipts.repository.js';
import { UsageRepository } from '../../src-main/store/usage.repository.js';
import { EventBus } from '../../src-main/services/event-bus.js';
import { personDigest } from '../../src-main/services/person-digest.js';
import { RatingGrants } from '../../src-main/services/rating/rating-grants.js';
import { SessionService } from '../../src-main/services/session/session.service.js';
import { validValues } from '../helpers/declaration-values.js';
import { DEMO_CATALOG_PATH } from '../helpers/demo-catalog.js';
import { tempDir } from '../helpers/temp-dir.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function setup(
  print: (lines: ReceiptLine[]) => Promise<void>,
  link: { provisioned: boolean; online: boolean } = { provisioned: true, online: false },
) {
  const t = tempDir('declaration');
  const db = openDatabase(path.join(t.dir, 'kiosk.db'));
  cleanups.push(t.remove);
  cleanups.unshift(() => db.close());
  const catalog = new CatalogService(new CatalogRepository(db), silentLogger());
  catalog.installFile(DEMO_CATALOG_PATH, 'demo');
  const outbox = new OutboxRepository(db, fileDeviceKey(t.dir), () => 'ZCKL01');
  const receipts = new ReceiptsRepository(db);
  const session = new SessionService(
    { idleTimeoutMs: () => 60_000, countdownMs: () => 10_000 },
    new EventBus(),
    silentLogger(),
  );
  cleanups.push(() => session.dispose());
  const service = new DeclarationService({
    catalog,
    outbox,
    receipts,
    usage: new UsageRepository(db),
    config: () => configSchema.parse({}),
    printReceipt: print,
    online: () => link.online,
    provisioned: () => link.provisioned,
    personDigest: personDigest(fileDeviceKey(t.dir)),
    grants: new RatingGrants(session),
    log: silentLogger(),
  });
  return { service, outbox, receipts, catalog };
}

describe('declaration service', () => {
  it('stores a valid declaration in the outbox, then prints a receipt with masked data only', async () => {
    const printed: ReceiptLine[][] = [];
    const { service, outbox, catalog } = setup((lines) => {
      printed.push(lines);
      return Promise.resolve();
    });
    const result = await service.submit({
      itemId: 'pension-enroll',
      identityMethod: 'card',
      values: validValues(catalog),
    });
    expect(result.localNumber).toMatch(/^ZCKL01\d{8}0001$/);
    expect(result).toMatchObject({
      maskedName: '韩*英',
      maskedIdNumber: '3703**********0029',
      receipt: { printed: true },
    });
    const row = outbox.byLocalNumber(result.localNumber)!;
    expect(row).toMatchObject({ kind: 'declaration', state: 'pending', hasPayload: true });
    expect(JSON.stringify(outbox.payload(row.id))).toContain('370302199001010029');
    const text = JSON.stringify(printed[0]);
    expect(text).toContain(result.localNumber);
    expect(text).toContain('韩*英');
    expect(text).not.toContain('韩红英');
    expect(text).not.toContain('370302199001010029');
    expect(printed[0]?.some((l) => l.kind === 'qr' && l.data.includes(result.localNumber))).toBe(true);
  });

  it('refuses invalid input with the field named and writes nothing', async () => {
    const { service, outbox, catalog } = setup(() => Promise.resolve());
    const values = { ...validValues(catalog) };
    const idField = catalog.item('pension-enroll').form!.fields.find((f) => f.prefill === 'idNumber')!.id;
    values[idField] = '370302199001010021';
    const error = await service
      .submit({ itemId: 'pension-enroll', identityMethod: 'manual', values })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).field).toBe(idField);
    expect(outbox.counts()).toEqual({ pending: 0, sent: 0, dead: 0 });
  });

  it('refuses a field the form does not have without quoting its name, which the client chose', async () => {
    const { service, outbox, catalog } = setup(() => Promise.resolve());
    const values = { ...validValues(catalog), '370302199001010021': '韩秀英' };
    const error = await service
      .submit({ itemId: 'pension-enroll', identityMethod: 'manual', values })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    // The message goes to the log; the field only back to the screen that sent it.
    expect((error as InputError).message).not.toContain('370302199001010021');
    expect((error as InputError).field).toBe('370302199001010021');
    expect(outbox.counts()).toEqual({ pending: 0, sent: 0, dead: 0 });
  });

  it('keeps the declaration and queues the receipt for a reprint when the printer is out of paper', async () => {
    const { service, outbox, receipts, catalog } = setup(() =>
      Promise.reject(new DeviceError('printer', 'paper-out', 'paper out', '打印纸用完了。')),
    );
    const result = await service.submit({
      itemId: 'pension-enroll',
      identityMethod: 'card',
      values: validValues(catalog),
    });
    expect(result.receipt).toEqual({
      printed: false,
      message: '打印纸用完了。 您的申请已安全提交，回执已交工作人员补打。',
    });
    expect(outbox.counts().pending).toBe(1);
    const queued = receipts.pending();
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ localNumber: result.localNumber, reason: 'DEVICE' });
    expect(JSON.stringify(queued[0]?.lines)).not.toContain('韩红英');
  });

  it.each([
    [{ provisioned: true, online: true }, 'online', null],
    [
      { provisioned: true, online: false },
      'offline',
      '当前网络未连接，申请已安全保存在本机，网络恢复后将自动上传。',
    ],
    [
      { provisioned: false, online: false },
      'local',
      '演示模式：本申请只保存在本机，不会上传，也不会被受理。如需办理，请到窗口。',
    ],
  ] as const)(
    'tells what becomes of the declaration (%o → %s), on the receipt too',
    async (link, upload, line) => {
      const printed: ReceiptLine[][] = [];
      const { service, catalog } = setup((lines) => {
        printed.push(lines);
        return Promise.resolve();
      }, link);
      const result = await service.submit({
        itemId: 'pension-enroll',
        identityMethod: 'card',
        values: validValues(catalog),
      });
      expect(result).toMatchObject({ upload, online: upload === 'online' });
      const texts = printed[0]!.flatMap((l) => (l.kind === 'text' ? [l.text] : []));
      const notes = texts.filter((t) => /网络|演示模式/.test(t));
      expect(notes).toEqual(line ? [line] : []);
      // A demo receipt promises no review; the others say what comes next.
      expect(texts.some((t) => t.startsWith('工作人员将在一个工作日内审查'))).toBe(upload !== 'local');
    },
  );
});
