/**
 * What citizens hand in, in turn: a declaration, a rating (好差评 of the visit; every third a 差评 with a
 * reason), a complaint. The fault and kill tests queue these so ratings and complaints face the same
 * faults as declarations. Each payload passes the district server's rules for its kind.
 */
import type { OutboxPayload } from '../../src-main/store/outbox-payloads.js';
import { declarationPayload } from './outbox-payloads.js';

export type QueuedSubmission = OutboxPayload;

export function mixedSubmission(seq: number): QueuedSubmission {
  switch (seq % 3) {
    case 0:
      return {
        kind: 'declaration',
        payload: declarationPayload({
          seq,
          itemName: '最低生活保障审核确认',
          note: `第 ${seq} 份申报`,
          items: ['户口簿', '身份证'],
        }),
      };
    case 1: {
      const level = seq % 6 === 1 ? 1 : 5;
      return {
        kind: 'rating',
        payload: {
          target: { hallVisit: true },
          level,
          reasons: level <= 2 ? ['服务效率'] : [],
          comment: `第 ${seq} 次评价`,
        },
      };
    }
    default:
      return {
        kind: 'complaint',
        payload: { category: '意见建议', text: `第 ${seq} 条建议：增加座椅`, anonymous: true },
      };
  }
}
