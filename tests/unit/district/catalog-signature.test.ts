import crypto from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyCatalogDelta,
  canonicalJson,
  catalogDigest,
  checkCatalog,
  signManifest,
  verifyManifest,
} from '../../../src-main/district/catalog-signature.js';
import type { CatalogManifest } from '../../../src-main/district/protocol.types.js';

function keyPair(type: 'ed25519' | 'ed448' = 'ed25519'): { publicPem: string; privatePem: string } {
  const { publicKey, privateKey } = crypto.generateKeyPairSync(type as 'ed25519');
  return {
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

const items = [
  { id: 'b-item', name: '乙', list: [3, 1, 2], nested: { z: 1, a: '甲' } },
  { id: 'a-item', name: '甲', list: [], nested: { a: null } },
];
const manifest: CatalogManifest = {
  version: 4,
  displayVersion: '2026.11.25-1',
  publishedAt: '2026-11-25T09:00:00+08:00',
  region: '淄川区昆仑镇',
  digest: catalogDigest(items),
};

describe('canonicalJson', () => {
  it('sorts keys recursively, keeps array order and drops whitespace and undefined keys', () => {
    expect(canonicalJson({ b: [2, { y: 1, x: 'é' }], a: 'x', u: undefined, n: null })).toBe(
      '{"a":"x","b":[2,{"x":"é","y":1}],"n":null}',
    );
  });

  it('is the same for any key order and parses back to an equal value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(text).not.toMatch(/^\s|\s$/);
      }),
    );
  });

  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(TypeError);
  });
});

describe('catalogDigest', () => {
  it('does not depend on item order or key order, and changes with any content', () => {
    const reordered = [{ nested: { a: null }, list: [], name: '甲', id: 'a-item' }, items[0]!];
    expect(catalogDigest(reordered)).toBe(manifest.digest);
    expect(manifest.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(catalogDigest([items[0]!, { ...items[1]!, name: '丙' }])).not.toBe(manifest.digest);
    expect(catalogDigest([items[0]!])).not.toBe(manifest.digest);
  });
});

describe('manifest signatures', () => {
  const key = keyPair();

  it('verify with the pinned key, and fail for any changed field, another key or garbage', () => {
    const signature = signManifest(manifest, key.privatePem);
    expect(verifyManifest(manifest, signature, key.publicPem)).toBe(true);
    for (const changed of [
      { ...manifest, version: 5 },
      { ...manifest, displayVersion: 'x' },
      { ...manifest, publishedAt: '2026-11-26T09:00:00+08:00' },
      { ...manifest, region: '别处' },
      { ...manifest, digest: '0'.repeat(64) },
    ])
      expect(verifyManifest(changed, signature, key.publicPem)).toBe(false);
    expect(verifyManifest(manifest, signature, keyPair().publicPem)).toBe(false);
    expect(verifyManifest(manifest, signature, keyPair('ed448').publicPem)).toBe(false);
    expect(verifyManifest(manifest, 'not base64 !!', key.publicPem)).toBe(false);
    expect(verifyManifest(manifest, signature, 'not a key')).toBe(false);
  });

  it('signs only the five manifest fields', () => {
    const signature = signManifest(manifest, key.privatePem);
    expect(verifyManifest({ ...manifest, extra: 1 } as CatalogManifest, signature, key.publicPem)).toBe(true);
  });

  it('checkCatalog names what failed', () => {
    const signature = signManifest(manifest, key.privatePem);
    expect(checkCatalog({ manifest, signature, publicKey: key.publicPem, items })).toEqual({ ok: true });
    expect(checkCatalog({ manifest, signature, publicKey: key.publicPem, items: items.slice(1) })).toEqual({
      ok: false,
      reason: 'DIGEST',
    });
    expect(
      checkCatalog({
        manifest,
        signature: signManifest(manifest, keyPair().privatePem),
        publicKey: key.publicPem,
        items,
      }),
    ).toEqual({
      ok: false,
      reason: 'SIGNATURE',
    });
  });
});

describe('applyCatalogDelta', () => {
  const current = [
    { id: 'a', v: 1 },
    { id: 'b', v: 1 },
    { id: 'c', v: 1 },
  ];
  it('upserts items and drops removed ids for a delta, sorted by id', () => {
    expect(
      applyCatalogDelta(current, {
        full: false,
        items: [
          { id: 'd', v: 1 },
          { id: 'b', v: 2 },
        ],
        removed: ['a', 'zz'],
      }),
    ).toEqual([
      { id: 'b', v: 2 },
      { id: 'c', v: 1 },
      { id: 'd', v: 1 },
    ]);
  });
  it('replaces everything for a full catalog', () => {
    expect(applyCatalogDelta(current, { full: true, items: [{ id: 'x', v: 9 }], removed: [] })).toEqual([
      { id: 'x', v: 9 },
    ]);
  });
});
