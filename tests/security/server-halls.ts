/**
 * Two halls on one district server for the security tests: the harness's HALL (ZCKL01) and a second hall
 * (ZCKL02), each with its own enrolled kiosk, and helpers that act as a kiosk does over app.inject.
 */
import type { FastifyInstance } from 'fastify';
import { newEnrollmentCode, sha256Hex } from '../../src-server/core/tokens.js';
import { bearer, HALL, type Harness } from '../server/server-harness.js';

export const OTHER_HALL = {
  code: 'ZCKL02',
  name: '淄川区昆仑镇磁村便民服务站',
  address: null,
  phone: null,
};

/** A citizen of hall 1 and the last four characters of their ID number. */
export const CITIZEN = { name: '韩红英', idNumber: '37030219900101002X', last4: '002X' };

/** Creates OTHER_HALL and enrolls a kiosk there; returns its token. */
export async function enrollInOtherHall(h: Harness): Promise<string> {
  await h.store.createHall(OTHER_HALL, h.clock.now.toISOString());
  return enrollAnotherInOtherHall(h);
}

/** Enrolls one more kiosk in OTHER_HALL (created already); returns its token. */
export async function enrollAnotherInOtherHall(h: Harness): Promise<string> {
  const code = newEnrollmentCode();
  await h.store.issueEnrollmentCode({
    codeHash: sha256Hex(code),
    hallCode: OTHER_HALL.code,
    createdAt: h.clock.now.toISOString(),
    expiresAt: new Date(h.clock.now.getTime() + 86_400_000).toISOString(),
  });
  return (await h.client().enroll(code, { appVersion: '0.1.0', hostname: 'kiosk-other' })).deviceToken;
}

let key = 0;
const nextKey = (): string => `security-key-${String(++key).padStart(6, '0')}`;

export function post(app: FastifyInstance, url: string, token: string, payload: object) {
  return app.inject({ method: 'POST', url, headers: bearer(token), payload });
}

/** A declaration of CITIZEN handed in by the kiosk of `token`; returns its case number. */
export async function declare(app: FastifyInstance, token: string): Promise<string> {
  const res = await post(app, '/v1/submissions', token, {
    idempotencyKey: nextKey(),
    kind: 'declaration',
    payload: { itemName: '临时救助', applicant: { name: CITIZEN.name, idNumber: CITIZEN.idNumber } },
  });
  if (res.statusCode !== 201) throw new Error(`declaration answered ${res.statusCode}: ${res.body}`);
  return res.json<{ caseNumber: string }>().caseNumber;
}

/** Opens HALL's Thursday 09:00 slot (the harness's clock is Wednesday 25 November 2026). */
export async function openSlot(h: Harness): Promise<void> {
  await h.store.setSlotSchedule({ hallCode: HALL.code, weekdays: [4], times: ['09:00'], capacity: 5 });
}

/** CITIZEN books the open slot (a Thursday) at the kiosk of `token`; returns the appointment number. */
export async function book(app: FastifyInstance, token: string, slotDate = '2026-11-26'): Promise<string> {
  const res = await post(app, '/v1/appointments', token, {
    idempotencyKey: nextKey(),
    itemId: 'pension-enroll',
    slotDate,
    slotTime: '09:00',
    name: CITIZEN.name,
    idNumber: CITIZEN.idNumber,
    phone: '13805331234',
  });
  if (res.statusCode !== 201) throw new Error(`booking answered ${res.statusCode}: ${res.body}`);
  return res.json<{ appointmentNumber: string }>().appointmentNumber;
}

export const rate = (app: FastifyInstance, token: string, target: object) =>
  post(app, '/v1/submissions', token, {
    idempotencyKey: nextKey(),
    kind: 'rating',
    payload: { target, level: 5 },
  });
