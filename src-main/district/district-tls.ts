/**
 * HTTPS to the district server when the kiosk's own clock is wrong. A PC whose CMOS battery died (years
 * back) or that drifted past the certificate's end sees the district's certificate as not yet valid or
 * expired, so a plain TLS check refuses the only place that could tell it the real time. This fetch:
 *
 * 1. goes through the normal fetch (Node's TLS check, all of it) until a connection fails with a date
 *    error (CERT_NOT_YET_VALID / CERT_HAS_EXPIRED); from then on it uses its own connections;
 * 2. on those, checks the certificate chain up to a trusted root (Node's roots and NODE_EXTRA_CA_CERTS),
 *    each signature and CA flag, the server-auth usage and the host name itself; the one thing it does
 *    differently is the date, which is checked against a trusted time instead of the PC's clock;
 * 3. learns that trusted time from `GET /v1/time?nonce=` (src-protocol/signed-time.ts): the server's
 *    time signed with the catalog key pinned at enrollment, over a nonce made for this ask. A forged
 *    answer (wrong key) or a recorded one (another nonce) is refused; so is a chain that is not valid
 *    at the signed time. Without a pinned key (not enrolled yet) nothing is tolerated.
 *
 * The trusted time is kept as the signed time plus the monotonic time since (so it does not follow a
 * later jump of the PC's clock) and asked again every TRUSTED_TIME_TTL_MS. Any TLS error other than a
 * date error still refuses the connection. Device tokens are only ever sent on a connection that passed.
 */
import { X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { PROTOCOL_PREFIX } from '../../src-protocol/index.js';
import { newTimeNonce, verifySignedTime } from '../../src-protocol/signed-time.crypto.js';
import type { Logger } from '../log/logger.js';
import type { FetchLike } from './district.client.js';

/** The TLS errors that only say the PC's clock and the certificate's dates disagree. */
export const DATE_ERRORS: ReadonlySet<string> = new Set(['CERT_NOT_YET_VALID', 'CERT_HAS_EXPIRED']);

/** How long a signed time is used before it is asked again. */
export const TRUSTED_TIME_TTL_MS = 6 * 3_600_000;

const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';
const MAX_CHAIN = 8;
const TIME_TIMEOUT_MS = 10_000;

export interface DistrictTlsDeps {
  /** The catalog key pinned at enrollment (SPKI PEM), or null before enrollment. */
  publicKey: () => string | null;
  log: Logger;
  /** Trust anchors (PEM); default Node's roots plus the file NODE_EXTRA_CA_CERTS names. */
  anchors?: readonly string[];
  /** The fetch used while no date error was seen; default the global fetch. */
  fetch?: FetchLike;
}

/** A TLS failure of this module, with the code that goes into logs (never a certificate's content). */
export class TlsCheckError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'TlsCheckError';
  }
}

interface TrustedTime {
  signedMs: number;
  monoAt: number;
}

export interface DistrictTls {
  fetch: FetchLike;
  /** The trusted time now (signed time + monotonic time since), or null when none was taken. */
  trustedNow(): Date | null;
}

export function districtTls(deps: DistrictTlsDeps): DistrictTls {
  const base: FetchLike = deps.fetch ?? ((input, init) => fetch(input, init));
  let anchors: X509Certificate[] | undefined;
  let dateMode = false;
  let trusted: TrustedTime | null = null;
  let asking: Promise<TrustedTime> | null = null;

  const roots = (): X509Certificate[] => (anchors ??= parseAnchors(deps.anchors ?? defaultAnchorPems()));
  const trustedNow = (): Date | null =>
    trusted ? new Date(trusted.signedMs + (performance.now() - trusted.monoAt)) : null;

  /**
   * An agent whose sockets are handed to requests only after checkPeer passed: for requests with the
   * dates at the trusted time (refused while there is none), for the time ask without dates.
   */
  const agentFor = (use: 'request' | 'time'): https.Agent => {
    const agent = new https.Agent({ keepAlive: true, maxSockets: 16 });
    agent.createConnection = (options, callback): undefined => {
      const { host, port, servername } = options as tls.ConnectionOptions & { host: string; port: number };
      const hostname = servername || host;
      const socket = tls.connect({
        host,
        port,
        ...(isIp(hostname) ? {} : { servername: hostname }),
        rejectUnauthorized: false,
        ALPNProtocols: ['http/1.1'],
      });
      const done = once(callback as (error: Error | null, socket?: net.Socket) => void);
      socket.once('error', (error: Error) => done(error));
      socket.once('secureConnect', () => {
        const at = use === 'time' ? null : trustedNow();
        const problem =
          use === 'request' && !at
            ? new TlsCheckError('CERT_DATE_UNTRUSTED', 'TLS: no trusted time to check dates at')
            : checkPeer(socket, hostname, roots(), at);
        if (problem) {
          deps.log.warn({ code: problem.code }, 'district TLS connection refused');
          socket.destroy();
          done(problem);
          return;
        }
        done(null, socket);
      });
      return undefined;
    };
    return agent;
  };

  // Requests: dates against the trusted time. The time ask: dates not checked (there is no time yet);
  // the chain it came over is checked at the signed time once that is known.
  const requestAgent = agentFor('request');
  let timePeer: X509Certificate[] = [];
  const timeAgent = agentFor('time');

  async function askTime(baseUrl: string): Promise<TrustedTime> {
    const key = deps.publicKey();
    if (!key) throw new TlsCheckError('CERT_DATE_UNTRUSTED', 'date error and no pinned key to check a time');
    const nonce = newTimeNonce();
    const url = new URL(`${PROTOCOL_PREFIX.slice(1)}/time?nonce=${nonce}`, baseUrl).toString();
    const sentAt = new Date();
    const sentMono = performance.now();
    const response = await nodeRequest(
      url,
      { method: 'GET', signal: AbortSignal.timeout(TIME_TIMEOUT_MS) },
      {
        agent: timeAgent,
        onPeer: (chain) => (timePeer = chain),
      },
    );
    const answeredMono = performance.now();
    const answeredAt = new Date();
    if (response.status !== 200)
      throw new TlsCheckError('TIME_UNAVAILABLE', `GET /v1/time: HTTP ${response.status}`);
    let body: unknown;
    try {
      body = JSON.parse(await response.text()) as unknown;
    } catch {
      body = undefined;
    }
    const verdict = verifySignedTime(body, nonce, key);
    if (!verdict.ok) {
      deps.log.warn({ reason: verdict.reason }, 'district time answer refused');
      throw new TlsCheckError('TIME_FORGED', `GET /v1/time: answer refused (${verdict.reason})`);
    }
    // The answer was made between the ask and the answer: halfway is off by at most half the round trip.
    const signedAt = new Date(verdict.timeMs);
    const stale = chainDateProblem(timePeer, signedAt);
    if (stale) {
      deps.log.warn({ code: stale }, 'district certificate not valid at the signed district time');
      throw new TlsCheckError(stale, 'the certificate is not valid at the signed time either');
    }
    const time: TrustedTime = { signedMs: verdict.timeMs, monoAt: (sentMono + answeredMono) / 2 };
    deps.log.warn(
      { offsetMs: Math.round(verdict.timeMs - (sentAt.getTime() + answeredAt.getTime()) / 2) },
      'district certificate dates checked against the signed district time',
    );
    return time;
  }

  async function ensureTime(baseUrl: string): Promise<void> {
    if (trusted && performance.now() - trusted.monoAt < TRUSTED_TIME_TTL_MS) return;
    asking ??= askTime(baseUrl).finally(() => (asking = null));
    trusted = await asking;
  }

  const datedFetch: FetchLike = async (input, init) => {
    await ensureTime(new URL(baseOf(input), input).toString());
    return nodeRequest(input, init, { agent: requestAgent });
  };

  return {
    trustedNow,
    fetch: async (input, init) => {
      if (!input.startsWith('https:')) return base(input, init);
      if (!dateMode) {
        try {
          return await base(input, init);
        } catch (error) {
          const code = causeCode(error);
          if (!code || !DATE_ERRORS.has(code) || !deps.publicKey()) throw error;
          deps.log.warn({ code }, 'district certificate dates disagree with this PC clock');
          dateMode = true;
        }
      }
      return datedFetch(input, init);
    },
  };
}

/** The protocol's base path in a request URL ("https://h/prefix/v1/x" → "/prefix/"). */
function baseOf(input: string): string {
  const url = new URL(input);
  const at = url.pathname.indexOf(`${PROTOCOL_PREFIX}/`);
  return at >= 0 ? url.pathname.slice(0, at + 1) : '/';
}

/**
 * Why the peer of a TLS socket (verified by Node with rejectUnauthorized off) is refused, or null.
 * Node's own verdict counts unless it is only a date error; the chain is then checked here in full,
 * with its dates at `at` (not at all when `at` is null: only the time ask does that).
 */
export function checkPeer(
  socket: tls.TLSSocket,
  hostname: string,
  anchors: readonly X509Certificate[],
  at: Date | null,
): TlsCheckError | null {
  // Node sets it to the OpenSSL code (a string), though its type says Error.
  const nodeError = socket.authorizationError as unknown as string | NodeJS.ErrnoException | null;
  const nodeCode =
    typeof nodeError === 'string' ? nodeError : (nodeError?.code ?? nodeError?.message ?? null);
  if (nodeCode && !DATE_ERRORS.has(nodeCode)) return new TlsCheckError(nodeCode, `TLS: ${nodeCode}`);
  const peer = socket.getPeerCertificate(true);
  if (!peer || !peer.raw) return new TlsCheckError('NO_PEER_CERTIFICATE', 'TLS: no certificate');
  const identity = tls.checkServerIdentity(hostname, peer);
  if (identity) return new TlsCheckError('ERR_TLS_CERT_ALTNAME_INVALID', 'TLS: certificate for another host');
  const chain = verifiedChain(presentedChain(peer), anchors);
  if (typeof chain === 'string') return new TlsCheckError(chain, `TLS: ${chain}`);
  (socket as TLSSocketWithChain).checkedChain = chain;
  if (at) {
    const problem = chainDateProblem(chain, at);
    if (problem) return new TlsCheckError(problem, `TLS: ${problem} at the district's time`);
  }
  return null;
}

interface TLSSocketWithChain extends tls.TLSSocket {
  checkedChain?: X509Certificate[];
}

/** The certificates the peer presented (and Node completed), leaf first. */
function presentedChain(peer: tls.DetailedPeerCertificate): X509Certificate[] {
  const out: X509Certificate[] = [];
  let cert: tls.DetailedPeerCertificate | undefined = peer;
  while (cert?.raw && out.length < MAX_CHAIN) {
    const x = new X509Certificate(cert.raw);
    if (out.some((c) => c.fingerprint256 === x.fingerprint256)) break;
    out.push(x);
    cert = cert.issuerCertificate;
  }
  return out;
}

/**
 * The path from the leaf to a trust anchor, every link's issuer name and signature checked and every
 * issuer a CA, the leaf allowed for server auth; or the OpenSSL-style code of what is wrong. Dates are
 * not looked at here.
 */
export function verifiedChain(
  presented: readonly X509Certificate[],
  anchors: readonly X509Certificate[],
): X509Certificate[] | string {
  const leaf = presented[0];
  if (!leaf) return 'NO_PEER_CERTIFICATE';
  if (leaf.keyUsage && !leaf.keyUsage.includes(SERVER_AUTH)) return 'INVALID_PURPOSE';
  const isAnchor = (c: X509Certificate): boolean =>
    anchors.some((a) => a.fingerprint256 === c.fingerprint256);
  const path = [leaf];
  let current = leaf;
  while (!isAnchor(current)) {
    if (path.length > MAX_CHAIN) return 'CERT_CHAIN_TOO_LONG';
    const issuer = [...presented.slice(1), ...anchors].find(
      (c) =>
        c.fingerprint256 !== current.fingerprint256 &&
        c.ca &&
        current.checkIssued(c) &&
        safeVerify(current, c),
    );
    if (!issuer) return 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY';
    path.push(issuer);
    current = issuer;
  }
  return path;
}

function safeVerify(cert: X509Certificate, issuer: X509Certificate): boolean {
  try {
    return cert.verify(issuer.publicKey);
  } catch {
    return false;
  }
}

/** CERT_NOT_YET_VALID / CERT_HAS_EXPIRED when a certificate of the chain is not valid at `at`. */
export function chainDateProblem(chain: readonly X509Certificate[], at: Date): string | null {
  if (chain.length === 0) return 'NO_PEER_CERTIFICATE';
  for (const cert of chain) {
    if (at.getTime() < Date.parse(cert.validFrom)) return 'CERT_NOT_YET_VALID';
    if (at.getTime() > Date.parse(cert.validTo)) return 'CERT_HAS_EXPIRED';
  }
  return null;
}

function defaultAnchorPems(): string[] {
  const pems = [...tls.rootCertificates];
  const extra = process.env['NODE_EXTRA_CA_CERTS'];
  if (extra) {
    try {
      pems.push(...splitPem(fs.readFileSync(extra, 'utf8')));
    } catch {
      // Node itself only warns about an unreadable file; so do we, by trusting the built-in roots only.
    }
  }
  return pems;
}

function splitPem(text: string): string[] {
  return text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
}

function parseAnchors(pems: readonly string[]): X509Certificate[] {
  const out: X509Certificate[] = [];
  for (const pem of pems.flatMap(splitPem)) {
    try {
      out.push(new X509Certificate(pem));
    } catch {
      // A root Node ships that this OpenSSL cannot parse is no anchor.
    }
  }
  return out;
}

function isIp(host: string): boolean {
  return net.isIP(host.replace(/^\[|\]$/g, '')) !== 0;
}

function once<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  let called = false;
  return (...args) => {
    if (called) return;
    called = true;
    fn(...args);
  };
}

function causeCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * One request over node:https, answered as a fetch Response (what DistrictClient reads: status, headers,
 * text). `onPeer` gets the checked chain of the socket that carried it.
 */
export function nodeRequest(
  input: string,
  init: RequestInit,
  options: { agent: https.Agent; onPeer?: (chain: X509Certificate[]) => void },
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const headers = new Headers(init.headers);
    const body = init.body as string | Uint8Array | undefined | null;
    const req = https.request(input, {
      method: init.method ?? 'GET',
      headers: Object.fromEntries(headers.entries()),
      agent: options.agent,
      ...(init.signal ? { signal: init.signal } : {}),
    });
    req.once('socket', (socket) => {
      const chain = (socket as TLSSocketWithChain).checkedChain;
      if (chain) options.onPeer?.(chain);
    });
    req.once('error', (error) => reject(new TypeError('fetch failed', { cause: error })));
    req.once('response', (res) => {
      const parts: Buffer[] = [];
      res.on('data', (chunk: Buffer) => parts.push(chunk));
      res.once('error', (error) => reject(new TypeError('fetch failed', { cause: error })));
      res.once('end', () => {
        const status = res.statusCode ?? 502;
        const noBody = status === 204 || status === 304;
        resolve(
          new Response(noBody ? null : Buffer.concat(parts), {
            status,
            headers: toHeaders(res.headers),
          }),
        );
      });
    });
    if (body !== undefined && body !== null) req.end(body);
    else req.end();
  });
}

function toHeaders(raw: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  return headers;
}
