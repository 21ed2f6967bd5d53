/**
 * 呼叫帮办 on both stores: a kiosk's call reaches the console's event stream (real HTTP, server-sent
 * events), 接单 is recorded once and audited, and the kiosk's long poll of GET /v1/help/:callId answers
 * `accepted` as soon as staff took the call; a cancelled call is kept, closed, for the statistics; an
 * open stream ends once its session has (logout, the account disabled).
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConsoleHelpCall } from '../../src-server/console/console-api.types.js';
import { consoleServices } from '../../src-server/console/console.plugin.js';
import { startConsoleHarness, type ConsoleHarness } from './console-fixture.js';
import { HALL, STORE_KINDS } from './server-harness.js';

let h: ConsoleHarness;
afterEach(async () => h?.close());

/** Reads `event: calls` messages of an SSE response until `until` holds for one. */
async function readCalls(
  body: ReadableStream<Uint8Array>,
  until: (calls: ConsoleHelpCall[]) => boolean,
): Promise<ConsoleHelpCall[]> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error('stream ended');
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const message = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = message.split('\n').find((l) => l.startsWith('data: '));
        if (!message.includes('event: calls') || !data) continue;
        const { calls } = JSON.parse(data.slice(6)) as { calls: ConsoleHelpCall[] };
        if (until(calls)) return calls;
      }
    }
  } finally {
    await reader.cancel();
  }
}

/** Reads an SSE response to its end; returns every event name it carried. */
async function readToEnd(body: ReadableStream<Uint8Array>): Promise<string[]> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  return [...text.matchAll(/^event: (.+)$/gm)].map((m) => m[1]!);
}

describe.each(STORE_KINDS)('呼叫帮办 (%s)', (kind) => {
  it('ends an open stream, saying signed-out, once its session has ended', async () => {
    h = await startConsoleHarness(kind);
    await h.createUser('zhanzhang', 'hall', HALL.code);
    await h.createUser('kezhang', 'hall', HALL.code);
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(h.app.server.address() as AddressInfo).port}`;
    // The events read to the stream's end (wrapped: an async function's returned promise would be awaited).
    const open = async (cookie: string): Promise<{ events: Promise<string[]> }> => {
      const stream = await fetch(`${base}/console/api/help/events`, { headers: { cookie } });
      expect(stream.status).toBe(200);
      return { events: readToEnd(stream.body!) };
    };

    // Logout.
    const staff = await h.login('zhanzhang');
    const ended = await open(staff.cookie);
    expect((await staff.post('/console/api/logout')).statusCode).toBe(200);
    expect(await ended.events).toEqual(expect.arrayContaining(['signed-out']));

    // The account disabled from the CLI's service while its stream is open.
    const other = await h.login('kezhang');
    const disabled = await open(other.cookie);
    const { staff: accounts } = await consoleServices(h.store, () => h.clock.now);
    await accounts.disableUser('kezhang');
    expect(await disabled.events).toEqual(expect.arrayContaining(['signed-out']));
    expect(
      (await fetch(`${base}/console/api/help/events`, { headers: { cookie: other.cookie } })).status,
    ).toBe(401);
  });

  it('streams a new call to the console; 接单 reaches the kiosk through its long poll', async () => {
    h = await startConsoleHarness(kind);
    await h.createUser('zhanzhang', 'hall', HALL.code);
    const staff = await h.login('zhanzhang');
    const kiosk = await h.kiosk();
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(h.app.server.address() as AddressInfo).port}`;

    const stream = await fetch(`${base}/console/api/help/events`, { headers: { cookie: staff.cookie } });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const seen = readCalls(stream.body!, (calls) => calls.length === 1);
    const callId = await h.callHelp(kiosk.token);
    const [call] = await seen;
    expect(call).toMatchObject({ callId, state: 'open', deviceId: kiosk.deviceId, hallCode: HALL.code });

    const client = h.client(kiosk.token);
    expect(await client.helpStatus(callId)).toMatchObject({ state: 'open', acceptedAt: null });
    // The kiosk waits; staff take the call meanwhile; the wait ends with `accepted`.
    const waiting = client.helpStatus(callId, 20);
    const accepted = await staff.post(`/console/api/help/${callId}/accept`);
    expect(accepted.statusCode).toBe(200);
    expect(await waiting).toMatchObject({ callId, state: 'accepted' });
    expect((await staff.post(`/console/api/help/${callId}/accept`)).json()).toMatchObject({
      call: { state: 'accepted', acceptedBy: 'zhanzhang' },
    });
    const answers = await h.rows<{ accepted_by: string }>('SELECT accepted_by FROM help_call_answers');
    expect(answers).toEqual([{ accepted_by: 'zhanzhang' }]);

    // Another device cannot read this call.
    const other = await h.kiosk();
    await expect(h.client(other.token).helpStatus(callId)).rejects.toThrow(/404/);
  });

  it('keeps cancelled calls, closed, after the open ones', async () => {
    h = await startConsoleHarness(kind);
    await h.createUser('quzhang', 'district');
    const staff = await h.login('quzhang');
    const kiosk = await h.kiosk();
    const first = await h.callHelp(kiosk.token);
    const second = await h.callHelp(kiosk.token);
    await h.client(kiosk.token).submit({
      idempotencyKey: randomUUID(),
      kind: 'help',
      payload: {
        callId: first,
        action: 'cancel',
        kiosk: 'k',
        hall: HALL.code,
        screen: 'home',
        time: h.clock.now.toISOString(),
      },
    });
    const { calls } = (await staff.get('/console/api/help')).json<{ calls: ConsoleHelpCall[] }>();
    expect(calls.map((c) => [c.callId, c.state])).toEqual([
      [second, 'open'],
      [first, 'closed'],
    ]);
    expect((await staff.post(`/console/api/help/${randomUUID()}/accept`)).statusCode).toBe(404);
  });
});
