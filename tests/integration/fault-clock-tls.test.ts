/**
 * A kiosk whose PC clock disagrees with its district's HTTPS certificate dates (libfaketime at −2 days and
 * −3 years, before the certificate's start; +1 day, past its end), talking to the reference server behind
 * a real TLS front on loopback with a certificate made here with openssl (the CA trusted through
 * NODE_EXTRA_CA_CERTS, as a hall's PC would trust its province's CA):
 * - it learns the district's signed time (GET /v1/time), syncs, shows the clock is off on the admin
 *   screen and hands in a submission;
 * - a time answer signed with another key, or a recorded genuine answer (another nonce), is refused and
 *   no device token is sent;
 * - a certificate for another host, from a CA the kiosk does not trust, or expired at the signed time
 *   too, is refused.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSyncContext } from '../../src-main/cli/sync-context.js';
import { nodeRequest } from '../../src-main/district/district-tls.js';
import { silentLogger } from '../../src-main/log/logger.js';
import { AdminPin } from '../../src-main/services/admin/admin-pin.js';
import { SettingsRepository } from '../../src-main/store/settings.repository.js';
import { newTimeNonce, signTime } from '../../src-protocol/signed-time.crypto.js';
import { startKioskProcess, type KioskProcess } from '../helpers/kiosk-process.js';
import { tempDir } from '../helpers/temp-dir.js';
import { startHarness, type Harness } from '../server/server-harness.js';

const LIBFAKETIME = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';
const HALL_PIN = '380624';
const DAY_MS = 86_400_000;
const data = tempDir('fault-clock-tls');
const certs = path.join(data.dir, 'certs');

let district: Harness;
/** The reference server's own plain-HTTP address (behind the front). */
let upstream: string;
/** The kiosk's view of the district: https://localhost:PORT/ (the TLS front). */
let url: string;
let front: Front;

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

interface Front {
  server: https.Server;
  /** Answers instead of the reference server (a hostile network holding a key for the host). */
  hostile: Handler | null;
  timeAsks: number;
  tokensSeen: number;
  /** Every HTTP request that came through TLS. */
  requests: number;
}

function openssl(args: string[], env: Record<string, string> = {}): void {
  execFileSync('openssl', args, { cwd: certs, env: { ...process.env, ...env }, stdio: 'pipe' });
}

/**
 * A CA valid from now for 10 years, and leaf certificates valid from 12 hours ago for one day (made
 * under faketime): a PC 2 days or 3 years behind sees them not yet valid, one a day ahead expired.
 */
function makeCertificates(): void {
  fs.mkdirSync(certs, { recursive: true });
  openssl([
    ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'],
    ...['-keyout', 'ca.key', '-out', 'ca.crt', '-days', '3650', '-subj', '/CN=Test District CA'],
    ...['-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'],
  ]);
  // A CA of the same name the kiosk does not trust (an attacker's): OpenSSL reports only one error per
  // chain, and a date error must not hide this one.
  openssl([
    ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'],
    ...['-keyout', 'rogue-ca.key', '-out', 'rogue-ca.crt', '-days', '3650', '-subj', '/CN=Test District CA'],
    ...['-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'],
  ]);
  for (const [name, san, ca] of [
    ['district', 'DNS:localhost,IP:127.0.0.1', 'ca'],
    ['other', 'DNS:other.example', 'ca'],
    ['rogue', 'DNS:localhost,IP:127.0.0.1', 'rogue-ca'],
    ['expired', 'DNS:localhost,IP:127.0.0.1', 'ca'],
  ] as const) {
    fs.writeFileSync(
      path.join(certs, `${name}.ext`),
      `subjectAltName=${san}\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n`,
    );
    openssl([
      ...['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'],
      ...['-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${san.split(',')[0]}`],
    ]);
    openssl(
      [
        ...['x509', '-req', '-in', `${name}.csr`, '-CA', `${ca}.crt`, '-CAkey', `${ca}.key`],
        ...['-CAcreateserial'],
        ...['-days', name === 'expired' ? '2' : '1', '-out', `${name}.crt`, '-extfile', `${name}.ext`],
      ],
      // Valid from 12 hours ago for a day; the expired one from 3 days ago for 2 days (ended a day ago).
      { LD_PRELOAD: LIBFAKETIME, FAKETIME: name === 'expired' ? '-3d' : '-12h' },
    );
  }
}

const pem = (name: string): string => fs.readFileSync(path.join(certs, name), 'utf8');

function useCertificate(name: 'district' | 'other' | 'rogue' | 'expired'): void {
  front.server.setSecureContext({ key: pem(`${name}.key`), cert: pem(`${name}.crt`) });
}

/** The TLS front: forwards to the reference server, or answers itself when `hostile` is set. */
async function startFront(): Promise<Front> {
  const state: Front = {
    server: https.createServer({ key: pem('district.key'), cert: pem('district.crt') }),
    hostile: null,
    timeAsks: 0,
    tokensSeen: 0,
    requests: 0,
  };
  state.server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    state.requests++;
    if (req.url?.startsWith('/v1/time')) state.timeAsks++;
    if (state.hostile) {
      if (req.headers.authorization) state.tokensSeen++;
      state.hostile(req, res);
      return;
    }
    const up = http.request(
      new URL(req.url ?? '/', upstream),
      { method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    up.once('error', () => res.writeHead(502).end());
    req.pipe(up);
  });
  state.server.listen(0, '127.0.0.1');
  await new Promise((resolve) => state.server.once('listening', resolve));
  return state;
}

beforeAll(async () => {
  makeCertificates();
  district = await startHarness();
  // The server on the real time (the harness's clock is fixed for its route tests).
  Object.defineProperty(district.clock, 'now', { get: () => new Date() });
  upstream = await district.app.listen({ host: '127.0.0.1', port: 0 });
  front = await startFront();
  const address = front.server.address();
  if (!address || typeof address === 'string') throw new Error('front has no port');
  url = `https://localhost:${address.port}/`;
}, 60_000);
afterAll(async () => {
  front?.server.closeAllConnections();
  await new Promise((resolve) => front?.server.close(resolve));
  await district?.close();
  data.remove();
});

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 45_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface Overview {
  clock: { corrected: boolean; offsetMs: number; localTime: string; kioskTime: string };
}

/** Enrolls a kiosk through the front, by this process (whose clock is right); its data folder. */
async function enroll(name: string): Promise<string> {
  const dir = path.join(data.dir, name);
  const agent = new https.Agent({ ca: pem('ca.crt') });
  const ctx = openSyncContext(dir, {
    log: silentLogger(),
    fetch: (input, init) => nodeRequest(input, init, { agent }),
  });
  await ctx.sync.provision(url, await district.issueCode());
  await new AdminPin(new SettingsRepository(ctx.db)).set(HALL_PIN);
  await ctx.close();
  agent.destroy();
  return dir;
}

/** The kiosk of `dir` under faketime, trusting the test CA; and its log file. */
async function startSkewed(dir: string, skew: string): Promise<{ kiosk: KioskProcess; log: string }> {
  const kiosk = startKioskProcess({
    dataDir: dir,
    from: 'src',
    env: {
      LD_PRELOAD: LIBFAKETIME,
      FAKETIME: skew,
      FAKETIME_DONT_FAKE_MONOTONIC: '1',
      NODE_EXTRA_CA_CERTS: path.join(certs, 'ca.crt'),
      KIOSK_LOG_LEVEL: 'warn',
    },
  });
  await kiosk.appUrl;
  return { kiosk, log: path.join(dir, 'logs', 'kiosk.log') };
}

const readLog = (file: string): Promise<string> =>
  Promise.resolve(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');

async function overview(kiosk: KioskProcess): Promise<Overview> {
  expect((await kiosk.call('admin.enter', { pin: HALL_PIN })).ok).toBe(true);
  const o = ((await kiosk.call('admin.overview')) as { value: Overview }).value;
  await kiosk.call('admin.exit');
  return o;
}

describe.each([
  { skew: '-2d', days: -2 },
  { skew: '-1095d', days: -1095 },
  { skew: '+1d', days: 1 },
])('a kiosk $skew off, against a certificate its clock calls invalid', ({ skew, days }) => {
  it('takes the signed district time, syncs, and shows the clock is off', { timeout: 120_000 }, async () => {
    front.hostile = null;
    useCertificate('district');
    const before = await district.count('submissions');
    const asksBefore = front.timeAsks;
    const { kiosk } = await startSkewed(await enroll(`good${skew}`), skew);
    try {
      expect((await kiosk.call('admin.enter', { pin: HALL_PIN })).ok).toBe(true);
      const o = await until(
        async () => ((await kiosk.call('admin.overview')) as { value: Overview }).value,
        (v) => v.clock.corrected,
        'the clock correction',
      );
      await kiosk.call('admin.exit');
      expect(o.clock.offsetMs / DAY_MS).toBeCloseTo(-days, 1);
      expect(Math.abs(Date.parse(o.clock.kioskTime) - Date.now())).toBeLessThan(60_000);
      expect(front.timeAsks).toBeGreaterThan(asksBefore);

      const answer = await kiosk.call('complaint.submit', {
        category: '意见建议',
        text: '增加座椅',
        anonymous: true,
      });
      expect(answer.ok).toBe(true);
      await kiosk.call('sync.now');
      await until(
        () => district.count('submissions'),
        (n) => n > before,
        'the submission to reach the server',
      );
    } finally {
      await kiosk.stop();
    }
  });
});

describe('a hostile network that holds a key for the district host', () => {
  it('refuses a time signed with another key, and sends no token', { timeout: 120_000 }, async () => {
    useCertificate('district');
    const dir = await enroll('forged');
    const wrongKey = crypto
      .generateKeyPairSync('ed25519')
      .privateKey.export({ type: 'pkcs8', format: 'pem' });
    front.hostile = (req, res) => {
      if (!req.url?.startsWith('/v1/time')) return void res.writeHead(503).end();
      const nonce = new URL(req.url, 'https://x').searchParams.get('nonce') ?? '';
      const body = signTime(nonce, new Date().toISOString(), wrongKey.toString());
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    const { kiosk, log } = await startSkewed(dir, '+1d');
    try {
      await until(
        () => readLog(log),
        (text) => /"reason":"signature".*time answer refused/.test(text),
        'refusal',
      );
      expect((await overview(kiosk)).clock.corrected).toBe(false);
      expect(front.tokensSeen).toBe(0);
    } finally {
      await kiosk.stop();
      front.hostile = null;
    }
  });

  it('refuses a recorded genuine time answer (another nonce)', { timeout: 120_000 }, async () => {
    useCertificate('district');
    const recorded = (await (await fetch(`${upstream}/v1/time?nonce=${newTimeNonce()}`)).json()) as unknown;
    const dir = await enroll('replayed');
    front.hostile = (req, res) => {
      if (!req.url?.startsWith('/v1/time')) return void res.writeHead(503).end();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(recorded));
    };
    const { kiosk, log } = await startSkewed(dir, '-1095d');
    try {
      await until(
        () => readLog(log),
        (text) => /"reason":"nonce".*time answer refused/.test(text),
        'refusal',
      );
      expect((await overview(kiosk)).clock.corrected).toBe(false);
      expect(front.tokensSeen).toBe(0);
    } finally {
      await kiosk.stop();
      front.hostile = null;
    }
  });

  it('refuses a certificate that is expired at the signed time too', { timeout: 120_000 }, async () => {
    useCertificate('district');
    const dir = await enroll('expired');
    useCertificate('expired');
    const requests = front.requests;
    const asks = front.timeAsks;
    const { kiosk, log } = await startSkewed(dir, '+1d');
    try {
      await until(
        () => readLog(log),
        (text) => text.includes('not valid at the signed district time'),
        'the refusal',
      );
      expect((await overview(kiosk)).clock.corrected).toBe(false);
      // Only the time was asked over it: no request with the device token.
      expect(front.requests - requests).toBe(front.timeAsks - asks);
    } finally {
      await kiosk.stop();
      useCertificate('district');
    }
  });

  it.each([
    { cert: 'other' as const, what: 'for another host' },
    { cert: 'rogue' as const, what: 'from an untrusted CA' },
  ])('refuses a certificate $what', { timeout: 120_000 }, async ({ cert }) => {
    useCertificate('district');
    const { kiosk, log } = await startSkewed(await enroll(`cert-${cert}`), '-2d');
    try {
      // First the real district: the kiosk now checks certificate dates at the signed time.
      expect((await kiosk.call('admin.enter', { pin: HALL_PIN })).ok).toBe(true);
      await until(
        async () => ((await kiosk.call('admin.overview')) as { value: Overview }).value,
        (v) => v.clock.corrected,
        'the clock correction',
      );
      await kiosk.call('admin.exit');
      // Then the host's certificate changes under it, on new connections only.
      useCertificate(cert);
      front.server.closeAllConnections();
      const logged = (await readLog(log)).length;
      const requests = front.requests;
      // A round that was under way when the connections closed ends offline: ask again until refused.
      await until(
        async () => {
          await kiosk.call('sync.now');
          return (await readLog(log)).slice(logged);
        },
        (text) => text.includes('district TLS connection refused'),
        'the refusal',
      );
      expect(front.requests).toBe(requests);
    } finally {
      await kiosk.stop();
      useCertificate('district');
    }
  });
});
