/**
 * Progress notices on both stores, against a fake SMS gateway on loopback (real HTTP): a status change in
 * the console and one made with `case set` each queue a notice; the webhook gets the template id, the
 * phone and the variables; a gateway that fails is retried with a doubling delay, and one that keeps
 * failing puts the notice on the dead-letter list the console reads and can send again. No log line
 * carries the phone; a declaration without a phone queues nothing.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { storeSql } from '../../src-server/store/store-sql.js';
import type { NoticeRow } from '../../src-server/console/feedback-api.types.js';
import { runCli } from '../../src-server/cli/cli.js';
import { NoticesService } from '../../src-server/notices/notices.service.js';
import { WebhookNotifier } from '../../src-server/notices/webhook.notifier.js';
import { APPLICANT } from '../helpers/declaration-values.js';
import { startConsoleHarness, type ConsoleHarness } from './console-fixture.js';
import { HALL, STORE_KINDS } from './server-harness.js';

interface Gateway {
  url: string;
  received: { body: Record<string, unknown>; auth: string | undefined }[];
  /** Status codes to answer, in order; 200 once they run out. */
  answers: number[];
  close(): Promise<void>;
}

async function fakeGateway(): Promise<Gateway> {
  const gateway: Omit<Gateway, 'url' | 'close'> = { received: [], answers: [] };
  const server = http.createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => {
      gateway.received.push({
        body: JSON.parse(text) as Record<string, unknown>,
        auth: req.headers.authorization,
      });
      res.writeHead(gateway.answers.shift() ?? 200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    ...gateway,
    get received() {
      return gateway.received;
    },
    get answers() {
      return gateway.answers;
    },
    set answers(list: number[]) {
      gateway.answers = list;
    },
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let h: ConsoleHarness;
let gateway: Gateway;
afterEach(async () => {
  await h?.close();
  await gateway?.close();
});

describe.each(STORE_KINDS)('progress notices (%s)', (kind) => {
  it('reach the gateway after a console or CLI status change, with retries and a dead-letter list', async () => {
    h = await startConsoleHarness(kind);
    // The CLI's `case set` runs on the real clock: so does this test.
    h.clock.now = new Date();
    gateway = await fakeGateway();
    await h.createUser('zhanzhang', 'hall', HALL.code);
    const kiosk = await h.kiosk();
    const first = await h.declare(kiosk.token);
    const second = await h.declare(kiosk.token);
    const lines: string[] = [];
    const log = {
      info: (o: object, m: string) => lines.push(JSON.stringify([o, m])),
      warn: (o: object, m: string) => lines.push(JSON.stringify([o, m])),
    };
    const notices = new NoticesService(
      storeSql(h.store),
      h.store,
      new WebhookNotifier({ url: gateway.url, token: 'gateway-token-1' }),
      log,
      () => h.clock.now,
      { templateId: 'SMS_CASE_STATUS', backoffMs: 60_000, maxAttempts: 3 },
    );

    const staff = await h.login('zhanzhang');
    expect((await staff.post(`/console/api/cases/${first}/status`, { status: '已受理' })).statusCode).toBe(
      200,
    );
    const out: string[] = [];
    expect(
      await runCli(['case', 'set', second, '办理中', '--db', h.db], {
        io: { out: (s) => out.push(s), err: (s) => out.push(s) },
      }),
    ).toBe(0);

    h.clock.now = new Date(Date.now() + 1000);
    // The gateway fails once for the first notice: one sent, one to retry a minute later.
    gateway.answers = [503];
    expect(await notices.drain()).toBe(1);
    expect(await notices.drain()).toBe(0); // not due yet
    h.clock.now = new Date(h.clock.now.getTime() + 60_000);
    expect(await notices.drain()).toBe(1);
    expect(gateway.received).toHaveLength(3);
    const bodies = gateway.received.map((r) => r.body);
    expect(bodies).toContainEqual({
      templateId: 'SMS_CASE_STATUS',
      phone: APPLICANT.phone,
      variables: { caseNumber: first, itemName: '最低生活保障审核确认', status: '已受理' },
    });
    expect(bodies).toContainEqual(
      expect.objectContaining({
        variables: expect.objectContaining({ caseNumber: second, status: '办理中' }) as unknown,
      }),
    );
    expect(gateway.received.every((r) => r.auth === 'Bearer gateway-token-1')).toBe(true);

    // A gateway that keeps failing: retried with doubling delays, then dead-lettered.
    expect((await staff.post(`/console/api/cases/${first}/status`, { status: '已办结' })).statusCode).toBe(
      200,
    );
    gateway.answers = [500, 500, 500];
    await notices.drain();
    h.clock.now = new Date(h.clock.now.getTime() + 60_000);
    await notices.drain();
    h.clock.now = new Date(h.clock.now.getTime() + 60_000); // 2 minutes are due now, not yet
    expect(await notices.drain()).toBe(0);
    h.clock.now = new Date(h.clock.now.getTime() + 60_000);
    await notices.drain();
    const dead = (await staff.get('/console/api/notices?state=dead')).json<{ rows: NoticeRow[] }>().rows;
    expect(dead).toEqual([
      expect.objectContaining({
        caseNumber: first,
        status: '已办结',
        attempts: 3,
        state: 'dead',
        lastError: '短信网关回答 500',
      }),
    ]);

    // 重新发送 from the console puts it back; this time the gateway takes it.
    expect((await staff.post(`/console/api/notices/${dead[0]?.id}/retry`)).statusCode).toBe(200);
    expect(await notices.drain()).toBe(1);
    expect((await staff.get('/console/api/notices?state=dead')).json<{ rows: NoticeRow[] }>().rows).toEqual(
      [],
    );
    expect(
      (await staff.get('/console/api/notices?state=sent')).json<{ rows: NoticeRow[] }>().rows,
    ).toHaveLength(3);

    // A refusal (400) is not retried.
    expect((await staff.post(`/console/api/cases/${second}/status`, { status: '已办结' })).statusCode).toBe(
      200,
    );
    gateway.answers = [400];
    await notices.drain();
    expect(
      (await staff.get('/console/api/notices?state=dead')).json<{ rows: NoticeRow[] }>().rows[0],
    ).toMatchObject({
      caseNumber: second,
      attempts: 1,
    });

    // No phone in any log line or in the notices table.
    expect(lines.join('\n')).not.toContain(APPLICANT.phone);
    expect(lines.join('\n')).not.toContain(APPLICANT.phone.slice(-4) + '"');
    const stored = await h.rows<Record<string, unknown>>('SELECT * FROM progress_notices');
    expect(JSON.stringify(stored)).not.toContain(APPLICANT.phone);

    // A declaration without a phone queues nothing.
    const before = await h.count('progress_notices');
    const res = await h.client(kiosk.token).submit({
      idempotencyKey: `no-phone-${kind}-0001`,
      kind: 'declaration',
      payload: { itemName: '临时救助', values: { householdVillage: '磁村' } },
    });
    expect(
      (await staff.post(`/console/api/cases/${res.caseNumber}/status`, { status: '已受理' })).statusCode,
    ).toBe(200);
    expect(await h.count('progress_notices')).toBe(before);
  });
});
