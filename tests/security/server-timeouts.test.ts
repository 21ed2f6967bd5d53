/**
 * A slow or stalled sender cannot hold a connection of the district server: a request that stops sending
 * its body has its connection closed after the connection timeout, on a real socket; and both Fastify
 * timeouts are set by default.
 */
import { once } from 'node:events';
import net from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp, TIMEOUTS } from '../../src-server/app.js';
import { startHarness, type Harness } from '../server/server-harness.js';

describe('district server timeouts', () => {
  let h: Harness | undefined;
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
    await h?.close();
  });

  it('sets a connection and a request timeout by default', async () => {
    h = await startHarness();
    expect(TIMEOUTS.connectionMs).toBeGreaterThan(0);
    expect(TIMEOUTS.requestMs).toBeGreaterThan(0);
    expect(h.app.initialConfig.connectionTimeout).toBe(TIMEOUTS.connectionMs);
    expect(h.app.server.requestTimeout).toBe(TIMEOUTS.requestMs);
  });

  it('closes the connection of a request whose body stalls', async () => {
    h = await startHarness();
    app = await buildApp({ store: h.store, timeouts: { connectionMs: 300 } });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    const socket = net.connect(address.port, '127.0.0.1');
    await once(socket, 'connect');
    const received: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    // Headers promise 1,000 bytes; a few arrive, then nothing.
    socket.write(
      'POST /v1/enroll HTTP/1.1\r\nHost: district\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"code":',
    );
    await once(socket, 'close');
    // Closed by the server, with no answer to the unfinished request.
    expect(Buffer.concat(received).toString()).not.toMatch(/^HTTP\/1\.1 2/);
  });
});
