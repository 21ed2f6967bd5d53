/** The outbox's payloads are the protocol's, by kind: the compiler refuses a wrong shape, the drain a damaged row. */
import { describe, expect, it } from 'vitest';
import { ratingPayloadSchema } from '../../../src-protocol/payloads.js';
import type { EnqueueInput } from '../../../src-main/store/outbox.repository.js';
import { checkOutgoingPayload, OutboxPayloadError } from '../../../src-main/store/outbox-payloads.js';
import { StoreCorruptError } from '../../../src-main/contract/errors.js';
import {
  complaintPayload,
  declarationPayload,
  helpPayload,
  ratingPayload,
} from '../../helpers/outbox-payloads.js';

describe('outbox payloads', () => {
  it('an enqueue of a wrong shape for its kind does not compile', () => {
    const inputs: EnqueueInput[] = [
      { kind: 'rating', payload: ratingPayload(), summary: {} },
      {
        kind: 'rating',
        payload: { ...ratingPayload(), target: { localNumber: 'ZCKL01202611250001' } },
        summary: {},
      },
      { kind: 'help', payload: helpPayload(), summary: {} },
      // @ts-expect-error a rating needs a target and reasons may not be free text
      { kind: 'rating', payload: { level: 5, reasons: ['太慢'] }, summary: {} },
      // @ts-expect-error a complaint's payload under the kind of a help call
      { kind: 'help', payload: complaintPayload(), summary: {} },
      // @ts-expect-error a declaration without the item it declares
      { kind: 'declaration', payload: { values: {} }, summary: {} },
      // @ts-expect-error the kiosk never queues an appointment
      { kind: 'appointment', payload: {}, summary: {} },
    ];
    expect(inputs).toHaveLength(7);
  });

  it('checks a payload against its kind as it goes out', () => {
    const declaration = declarationPayload({ note: '附加说明' });
    expect(checkOutgoingPayload('declaration', JSON.stringify(declaration))).toEqual({
      kind: 'declaration',
      payload: declaration, // as sealed, extra keys included
    });
    for (const [kind, payload] of [
      ['rating', ratingPayload({ ratedAt: '2026-11-25T10:00:00.000+08:00' })],
      ['complaint', complaintPayload({ trackingNumber: 'ZCKL01202611250001' })],
      ['help', helpPayload({ action: 'cancel' })],
    ] as const)
      expect(checkOutgoingPayload(kind, JSON.stringify(payload)).payload).toEqual(payload);
  });

  it('a damaged payload is a typed error naming its broken fields, never their values', () => {
    const cases: Array<[string, string, string[]]> = [
      ['rating', JSON.stringify([5]), ['(root)']],
      ['rating', '{"level":', ['(json)']],
      ['rating', JSON.stringify({ target: { localNumber: 'ZCKL01202611250001' }, level: 5 }), ['target']],
      ['complaint', JSON.stringify({ category: '天气', text: '韩红英 370302199001010029' }), ['category']],
      ['declaration', JSON.stringify({ applicant: { name: '韩红英' } }), ['applicant.idNumber']],
      ['appointment', '{}', ['(kind)']],
    ];
    for (const [kind, json, fields] of cases) {
      let caught: unknown;
      try {
        checkOutgoingPayload(kind, json);
      } catch (error) {
        caught = error;
      }
      expect(caught, json).toBeInstanceOf(OutboxPayloadError);
      expect(caught).toBeInstanceOf(StoreCorruptError);
      expect(caught).toMatchObject({ code: 'STORE_CORRUPT', kind, fields });
      expect((caught as Error).message).not.toMatch(/韩红英|370302199001010029/);
    }
  });

  it('a rating from an older kiosk (no ratedAt) still fits; a malformed ratedAt is dropped, not refused', () => {
    const older = { target: { hallVisit: true }, level: 4, reasons: [] };
    expect(ratingPayloadSchema.parse(older)).toEqual(older);
    expect(ratingPayloadSchema.parse({ ...older, ratedAt: '昨天' })).toEqual(older);
  });
});
