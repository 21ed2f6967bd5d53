/**
 * The loopback web shell as a real kiosk process: malformed paths (NUL, broken percent-encoding, control
 * characters, backslashes) answer 400 before any file is looked up, and every answer carries a
 * Permissions-Policy that denies the powerful browser features (the camera only for the app
 * itself, for the document camera).
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKioskProcess, type KioskProcess } from '../helpers/kiosk-process.js';
import { tempDir } from '../helpers/temp-dir.js';

/** A raw GET (fetch would normalise the path). */
function rawGet(port: number, path: string): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path, method: 'GET', headers: { host: `127.0.0.1:${port}` } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('web shell paths and headers (real kiosk process)', () => {
  const data = tempDir('sec-web');
  let kiosk: KioskProcess;
  let port = 0;

  beforeAll(async () => {
    kiosk = startKioskProcess({ dataDir: data.dir, from: 'src' });
    port = Number(new URL(await kiosk.appUrl).port);
  });
  afterAll(async () => {
    await kiosk.stop();
    data.remove();
  });

  it('answers 400 to NUL and other malformed paths, without touching the disk', async () => {
    for (const path of [
      '/%00',
      '/index.html%00.png',
      '/%E0%A4%A',
      '/a%0Ab',
      '/..%5C..%5Cetc%5Cpasswd',
      '/%2e%2e/%00',
    ])
      expect((await rawGet(port, path)).status, path).toBe(400);
    // The kiosk is still serving.
    expect((await rawGet(port, '/')).status).toBe(200);
    expect((await kiosk.call('app.info')).ok).toBe(true);
  });

  it('sends a Permissions-Policy denying what the kiosk does not use', async () => {
    const { headers } = await rawGet(port, '/');
    const policy = String(headers['permissions-policy'] ?? '');
    expect(policy).toContain('camera=(self)');
    for (const denied of [
      'microphone=()',
      'geolocation=()',
      'usb=()',
      'serial=()',
      'payment=()',
      'display-capture=()',
    ])
      expect(policy).toContain(denied);
  });
});
