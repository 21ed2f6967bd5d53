import { describe, expect, it, vi } from 'vitest';
import { createDispatch, type Handlers } from '../../../src-main/api/dispatch.js';
import { DeviceError, NotFoundError } from '../../../src-main/contract/errors.js';
import type { Logger } from '../../../src-main/log/logger.js';

function fakeLog(): Logger & { lines: Array<{ level: string; obj: object; msg?: string }> } {
  const lines: Array<{ level: string; obj: object; msg?: string }> = [];
  const at =
    (level: string) =>
    (obj: object, msg?: string): void => {
      lines.push({ level, obj, ...(msg ? { msg } : {}) });
    };
  const log = {
    lines,
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: () => log,
  };
  return log;
}

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const none = (): never => {
    throw new Error('not used');
  };
  return {
    'app.info': none,
    'catalog.categories': () => [],
    'catalog.list': none,
    'catalog.item': none,
    'catalog.search': none,
    'catalog.popular': none,
    'catalog.searchHelp': none,
    'catalog.searchMiss': none,
    'catalog.declarable': none,
    'guide.print': none,
    'guide.printForm': none,
    'declaration.submit': none,
    'declaration.printForm': none, // A4 application form
    'progress.query': none,
    'progress.byCard': none,
    'appointment.slots': none,
    'appointment.book': none,
    'appointment.cancel': none,
    'rating.submit': none,
    'complaint.submit': none,
    'complaint.reply': none,
    'help.call': none,
    'help.cancel': none,
    'phoneUpload.open': none,
    'phoneUpload.close': none,
    'phoneUpload.state': none,
    'session.activity': none,
    'session.end': () => ({ ended: true }),
    'speech.speak': none,
    'speech.stop': none,
    'devices.status': none,
    'devices.readCard': none,
    'devices.simulateCard': none,
    'devices.simulateFailure': none,
    'devices.printTest': none,
    'devices.receipts': none,
    'sync.status': none, // sync
    'sync.now': none, // sync
    'admin.enter': none, // admin
    'admin.exit': none, // admin
    'admin.session': none, // admin
    'admin.overview': none, // admin
    'admin.settings': none, // admin
    'admin.updateSettings': none, // admin
    'admin.items': none, // admin
    'admin.changePin': none, // admin
    'admin.setFirstPin': none,
    'admin.ports': none, // admin
    'admin.testPrint': none, // admin
    'admin.testRead': none, // admin
    'admin.syncView': none, // admin
    'admin.syncNow': none, // admin
    'admin.retryEntry': none, // admin
    'admin.discardEntry': none, // admin
    'admin.reprints': none, // admin
    'admin.reprint': none, // admin
    'admin.answerHelp': none, // admin
    'admin.stats': none, // admin
    'admin.audit': none, // admin
    'admin.restart': none, // admin
    'setup.state': none, // admin
    'setup.provision': none, // admin
    'setup.ports': none, // admin
    'setup.devices': none, // admin
    'setup.testPrint': none, // admin
    'setup.testRead': none, // admin
    'setup.finish': none, // admin
    'app.heartbeat': none, // hardening
    'materials.pages': none,
    'materials.capture': none,
    'materials.turn': none,
    'materials.remove': none,
    'materials.atWindow': none,
    'materials.page': none,
    'materials.camera': none,
    'materials.cameraState': none,
    'setup.camera': none,
    'setup.setCamera': none,
    'admin.camera': none,
    'admin.setCamera': none,
    ...overrides,
  };
}

describe('dispatch', () => {
  it('refuses an invalid payload with INPUT and names the field, without calling the handler', async () => {
    const item = vi.fn();
    const dispatch = createDispatch(handlers({ 'catalog.item': item }), fakeLog());
    const result = await dispatch('catalog.item', { id: '../../etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INPUT', field: 'id' } });
    expect(item).not.toHaveBeenCalled();
  });

  it('refuses unexpected extra fields', async () => {
    const dispatch = createDispatch(handlers(), fakeLog());
    const result = await dispatch('session.end', { reason: 'exit', idNumber: '370302199001010021' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INPUT' } });
  });

  it('answers an unknown method with a typed error', async () => {
    const dispatch = createDispatch(handlers(), fakeLog());
    expect(await dispatch('catalog.drop', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(await dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('keeps the code and Chinese message of typed errors', async () => {
    const dispatch = createDispatch(
      handlers({
        'catalog.item': () => {
          throw new NotFoundError('no item x', '没有找到这个事项。');
        },
        'catalog.categories': () => {
          throw new DeviceError('printer', 'paper-out', 'paper out', '打印纸用完了。');
        },
      }),
      fakeLog(),
    );
    expect(await dispatch('catalog.item', { id: 'x-1' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: '没有找到这个事项。' },
    });
    expect(await dispatch('catalog.categories', {})).toEqual({
      ok: false,
      error: { code: 'DEVICE', reason: 'paper-out', message: '打印纸用完了。' },
    });
  });

  it('turns a bug into a calm message with a correlation id, logging the stack but not the message', async () => {
    const log = fakeLog();
    const dispatch = createDispatch(
      handlers({
        'catalog.categories': () => {
          throw new TypeError('secret 370302199001010021');
        },
      }),
      log,
    );
    const result = await dispatch('catalog.categories', {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INTERNAL');
    expect(result.error.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    const line = log.lines.find((l) => l.level === 'error');
    expect(line?.obj).toMatchObject({ correlationId: result.error.correlationId });
    expect(JSON.stringify(line?.obj)).not.toContain('secret 3703');
  });

  it('passes validated input to the handler and wraps its value', async () => {
    const dispatch = createDispatch(handlers(), fakeLog());
    expect(await dispatch('session.end', { reason: 'exit' })).toEqual({ ok: true, value: { ended: true } });
  });
});
