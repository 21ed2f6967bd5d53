/**
 * The kiosk's own check of a district certificate chain (district-tls.ts), which replaces OpenSSL's when
 * the PC clock is wrong: OpenSSL reports one error per chain, so a date error could hide an untrusted
 * issuer; this check must find it whatever the dates. Certificates made here with openssl.
 */
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainDateProblem, verifiedChain } from '../../../src-main/district/district-tls.js';
import { tempDir } from '../../helpers/temp-dir.js';

const dir = tempDir('district-tls-unit');
const cert = (name: string): X509Certificate =>
  new X509Certificate(fs.readFileSync(path.join(dir.dir, `${name}.crt`)));

function openssl(args: string[]): void {
  execFileSync('openssl', args, { cwd: dir.dir, stdio: 'pipe' });
}

function makeCa(name: string): void {
  openssl([
    ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'],
    ...['-keyout', `${name}.key`, '-out', `${name}.crt`, '-days', '30', '-subj', '/CN=Same Name CA'],
    ...['-addext', 'basicConstraints=critical,CA:TRUE'],
  ]);
}

function makeLeaf(name: string, ca: string, eku: string): void {
  fs.writeFileSync(
    path.join(dir.dir, `${name}.ext`),
    `subjectAltName=DNS:localhost\nextendedKeyUsage=${eku}\nbasicConstraints=CA:FALSE\n`,
  );
  openssl([
    ...['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'],
    ...['-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', '/CN=localhost'],
  ]);
  openssl([
    ...['x509', '-req', '-in', `${name}.csr`, '-CA', `${ca}.crt`, '-CAkey', `${ca}.key`, '-CAcreateserial'],
    ...['-days', '1', '-out', `${name}.crt`, '-extfile', `${name}.ext`],
  ]);
}

beforeAll(() => {
  makeCa('ca');
  makeCa('rogue-ca');
  makeLeaf('leaf', 'ca', 'serverAuth');
  makeLeaf('rogue', 'rogue-ca', 'serverAuth');
  makeLeaf('client', 'ca', 'clientAuth');
});
afterAll(() => dir.remove());

describe('verifiedChain', () => {
  it('follows a leaf to a trusted root, the root from the anchors or as presented', () => {
    const chain = verifiedChain([cert('leaf')], [cert('ca')]);
    expect(Array.isArray(chain) && chain.map((c) => c.fingerprint256)).toEqual([
      cert('leaf').fingerprint256,
      cert('ca').fingerprint256,
    ]);
    expect(Array.isArray(verifiedChain([cert('leaf'), cert('ca')], [cert('ca')]))).toBe(true);
  });

  it('refuses a chain to a CA of the same name it does not trust, even when that CA is presented', () => {
    expect(verifiedChain([cert('rogue')], [cert('ca')])).toBe('UNABLE_TO_GET_ISSUER_CERT_LOCALLY');
    expect(verifiedChain([cert('rogue'), cert('rogue-ca')], [cert('ca')])).toBe(
      'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    );
  });

  it('refuses a leaf not meant for servers', () => {
    expect(verifiedChain([cert('client')], [cert('ca')])).toBe('INVALID_PURPOSE');
  });
});

describe('chainDateProblem', () => {
  it('checks every certificate of the chain at the given time', () => {
    const chain = [cert('leaf'), cert('ca')];
    expect(chainDateProblem(chain, new Date())).toBeNull();
    expect(chainDateProblem(chain, new Date(Date.now() - 2 * 86_400_000))).toBe('CERT_NOT_YET_VALID');
    expect(chainDateProblem(chain, new Date(Date.now() + 2 * 86_400_000))).toBe('CERT_HAS_EXPIRED');
    expect(chainDateProblem([], new Date())).toBe('NO_PEER_CERTIFICATE');
  });
});
