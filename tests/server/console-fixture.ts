/**
 * A district server harness with the staff console: staff accounts made through the CLI's service, a
 * signed-in cookie jar per user (login → cookie + CSRF token), a second hall with its own kiosk, and
 * helpers that hand in declarations and help calls the way kiosks do.
 */
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { consoleServices } from '../../src-server/console/console.plugin.js';
import type { StaffRole } from '../../src-server/console/staff.service.js';
import { newEnrollmentCode, sha256Hex } from '../../src-server/core/tokens.js';
import { APPLICANT } from '../helpers/declaration-values.js';
import { HALL, startHarness, type Harness, type StoreKind } from './server-harness.js';

export const HALL_B = { code: 'ZCXH02', name: '淄川区西河镇便民服务中心', address: null, phone: null };
export const PASSWORD = 'correct-horse-9';

export interface Staff {
  cookie: string;
  csrf: string;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
}

export interface ConsoleHarness extends Harness {
  createUser(name: string, role: StaffRole, hallCode?: string): Promise<void>;
  login(name: string, password?: string): Promise<Staff>;
  /** Enrolls a kiosk in `hall` (default HALL); returns its client. */
  kiosk(hall?: string): Promise<{ deviceId: string; token: string }>;
  declare(token: string, itemName?: string): Promise<string>;
  callHelp(token: string, hall?: string): Promise<string>;
}

export async function startConsoleHarness(kind: StoreKind = 'sqlite'): Promise<ConsoleHarness> {
  const h = await startHarness(kind);
  await h.store.createHall(HALL_B, h.clock.now.toISOString());
  const services = await consoleServices(h.store, () => h.clock.now);
  const submit = (
    token: string,
    kind: 'declaration' | 'help',
    payload: Record<string, unknown>,
  ): Promise<string> =>
    h
      .client(token)
      .submit({ idempotencyKey: randomUUID(), kind, payload })
      .then((a) => a.caseNumber);
  const harness: ConsoleHarness = {
    ...h,
    async createUser(name, role, hallCode) {
      await services.staff.createUser({ name, role, password: PASSWORD, ...(hallCode ? { hallCode } : {}) });
    },
    async login(name, password = PASSWORD) {
      const res = await h.app.inject({
        method: 'POST',
        url: '/console/api/login',
        payload: { name, password },
      });
      if (res.statusCode !== 200) throw new Error(`login ${res.statusCode} ${res.body}`);
      const setCookie = String(res.headers['set-cookie']);
      const cookie = setCookie.split(';')[0] ?? '';
      const csrf = res.json<{ csrf: string }>().csrf;
      return {
        cookie,
        csrf,
        get: (url) => h.app.inject({ method: 'GET', url, headers: { cookie } }),
        post: (url, body, headers = {}) =>
          h.app.inject({
            method: 'POST',
            url,
            headers: { cookie, 'x-csrf-token': csrf, ...headers },
            ...(body !== undefined ? { payload: body as object } : {}),
          }),
      };
    },
    async kiosk(hall = HALL.code) {
      const code = newEnrollmentCode();
      await h.store.issueEnrollmentCode({
        codeHash: sha256Hex(code),
        hallCode: hall,
        createdAt: h.clock.now.toISOString(),
        expiresAt: new Date(h.clock.now.getTime() + 86_400_000).toISOString(),
      });
      const answer = await h.client().enroll(code, { appVersion: '0.1.0', hostname: 'kiosk-test' });
      return { deviceId: answer.deviceId, token: answer.deviceToken };
    },
    declare(token, itemName = '最低生活保障审核确认') {
      return submit(token, 'declaration', {
        itemName,
        applicant: { name: APPLICANT.name, idNumber: APPLICANT.idNumber },
        values: { name: APPLICANT.name, idNumber: APPLICANT.idNumber, phone: APPLICANT.phone },
      });
    },
    async callHelp(token, hall = HALL.code) {
      const callId = randomUUID();
      await submit(token, 'help', {
        callId,
        action: 'call',
        kiosk: 'kiosk-test',
        hall,
        screen: 'home',
        time: h.clock.now.toISOString(),
      });
      return callId;
    },
  };
  return harness;
}
