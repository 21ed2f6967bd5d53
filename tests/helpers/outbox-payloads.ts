/**
 * Payloads for tests that queue rows by hand: each fits its kind's protocol type, as the outbox requires.
 * `malformed` builds what the compiler refuses, for the tests of what becomes of a damaged row.
 */
import type { KioskDeclarationPayload } from '../../src-protocol/payloads.js';
import type { EnqueueInput } from '../../src-main/store/outbox.repository.js';
import type { OutboxPayloads } from '../../src-main/store/outbox-payloads.js';

/** A declaration with the fields a kiosk always sends, plus `extra` (stored as received). */
export function declarationPayload<T extends object>(extra: T): KioskDeclarationPayload & T {
  return {
    itemId: 'dibao-confirm',
    itemCode: 'TEST-0001',
    itemName: '最低生活保障审核确认',
    identityMethod: 'manual',
    values: {},
    submittedAt: '2026-11-25T02:00:00.000Z',
    ...extra,
  };
}

export function ratingPayload(extra: Partial<OutboxPayloads['rating']> = {}): OutboxPayloads['rating'] {
  return { target: { hallVisit: true }, level: 5, reasons: [], ...extra };
}

export function complaintPayload(
  extra: Partial<OutboxPayloads['complaint']> = {},
): OutboxPayloads['complaint'] {
  return { category: '意见建议', text: '大厅增加座椅', anonymous: true, ...extra };
}

export function helpPayload(extra: Partial<OutboxPayloads['help']> = {}): OutboxPayloads['help'] {
  return {
    callId: 'call-test-0001',
    action: 'call',
    kiosk: 'KIOSK-TEST',
    hall: 'ZCKL01',
    screen: 'home',
    time: '2026-11-25T02:00:00.000Z',
    ...extra,
  };
}

/** A row the outbox's types refuse (as a damaged or foreign row would be stored). */
export function malformed(
  kind: string,
  payload: unknown,
  summary: EnqueueInput['summary'] = {},
): EnqueueInput {
  return { kind, payload, summary } as unknown as EnqueueInput;
}
