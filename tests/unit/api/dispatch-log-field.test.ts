/**
 * The log line of a refused input names only the schema's top-level field: a record key chosen by the
 * client (a declaration value's key) can hold personal data, and the log never does.
 */
import { describe, expect, it } from 'vitest';
import { createDispatch, type Handlers } from '../../../src-main/api/dispatch.js';
import { METHOD_NAMES } from '../../../src-main/contract/method-names.js';
import type { Logger } from '../../../src-main/log/logger.js';

function recordingLog(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const at = (obj: object, msg?: string): void => {
    lines.push(JSON.stringify({ ...obj, msg }));
  };
  const log = { lines, debug: at, info: at, warn: at, error: at, child: () => log };
  return log;
}

const handlers = Object.fromEntries(METHOD_NAMES.map((m) => [m, () => ({})])) as unknown as Handlers;

describe('dispatch: the logged field of an invalid input', () => {
  it('logs the top-level field, never a record key the client chose', async () => {
    const log = recordingLog();
    const dispatch = createDispatch(handlers, log);
    const result = await dispatch('declaration.submit', {
      itemId: 'pension-enroll',
      consent: true,
      identityMethod: 'manual',
      values: { '370302199001010021': 5 },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INPUT' } });
    expect(log.lines).toHaveLength(1);
    expect(JSON.parse(log.lines[0]!)).toMatchObject({ code: 'INPUT', field: 'values' });
    expect(log.lines.join('\n')).not.toContain('370302199001010021');
  });

  it('logs "(input)" for a body that is not an object', async () => {
    const log = recordingLog();
    await createDispatch(handlers, log)('catalog.item', '370302199001010021');
    expect(JSON.parse(log.lines[0]!)).toMatchObject({ field: '(input)' });
    expect(log.lines.join('\n')).not.toContain('370302199001010021');
  });
});
