/**
 * Catalog integrity, shared by the kiosk (verify) and the reference server (sign):
 * each catalog version has a manifest `{ version, displayVersion, publishedAt, region, digest }` where
 * digest = sha256 hex of canonicalJson(every item at that version, sorted by id), signed with Ed25519.
 * After applying all pages of a delta (or a full sync) the kiosk recomputes the digest of its resulting
 * item set, so a tampered, partial or badly signed catalog is refused.
 */
import crypto from 'node:crypto';
import type { CatalogManifest } from './catalog.js';

/**
 * JSON with object keys sorted recursively (by UTF-16 code unit) and no whitespace. Arrays keep
 * their order; keys whose value is undefined are left out, as JSON.stringify does.
 * Native JSON.stringify with a replacer that hands it plain objects with their keys in order; values
 * it would write differently (array-index keys, which it writes first, `toJSON`, boxed primitives,
 * holes in arrays) take the field-by-field path, which defines the format.
 */
export function canonicalJson(value: unknown): string {
  try {
    const json = JSON.stringify(value, sortedKeys) as string | undefined;
    if (json === undefined) throw new TypeError(`canonicalJson: cannot encode ${typeof value}`);
    return json;
  } catch (error) {
    if (error instanceof FieldByField) return canonicalJsonByField(value);
    throw error;
  }
}

/** Thrown inside the replacer to leave JSON.stringify for the field-by-field path. */
class FieldByField extends Error {}
const FIELD_BY_FIELD = new FieldByField('canonicalJson: field by field');
const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function sortedKeys(this: unknown, key: string, value: unknown): unknown {
  if ((this as Record<string, unknown>)[key] !== value && value === value) throw FIELD_BY_FIELD; // toJSON
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
      return value;
    case 'object':
      break;
    case 'undefined':
      // Left out of objects, null in arrays, as the field-by-field path writes; not a hole, though.
      if (Array.isArray(this) && !(key in this)) throw FIELD_BY_FIELD;
      return value;
    default:
      throw new TypeError(`canonicalJson: cannot encode ${typeof value}`);
  }
  if (value === null) return value;
  if (Array.isArray(value)) return value;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw FIELD_BY_FIELD;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let sorted = true;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    const c = k.charCodeAt(0);
    if (c >= 48 && c <= 57 && ARRAY_INDEX.test(k)) throw FIELD_BY_FIELD;
    if (i > 0 && (keys[i - 1] as string) > k) sorted = false;
  }
  if (sorted) return record;
  keys.sort(byCodeUnit);
  const copy = Object.create(null) as Record<string, unknown>; // an own `__proto__` key stays a key
  for (const k of keys) copy[k] = record[k];
  return copy;
}

/** The canonical JSON built field by field: the format's definition, and the path for unusual values. */
export function canonicalJsonByField(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value))
        return `[${value.map((v: unknown) => (v === undefined ? 'null' : canonicalJsonByField(v))).join(',')}]`;
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record)
        .filter((k) => record[k] !== undefined)
        .sort(byCodeUnit);
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJsonByField(record[k])}`).join(',')}}`;
    }
    default:
      throw new TypeError(`canonicalJson: cannot encode ${typeof value}`);
  }
}

/** sha256 hex of the canonical JSON of the complete item list, sorted by id. */
export function catalogDigest(items: readonly { id: string }[]): string {
  const sorted = [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return crypto.createHash('sha256').update(canonicalJson(sorted), 'utf8').digest('hex');
}

/** sha256 hex of one item's canonical JSON: the digest a kiosk keeps beside the item. */
export function itemDigest(item: unknown): string {
  return canonicalItem(item).digest;
}

/** An item's canonical JSON and its digest, computed once. */
export function canonicalItem(item: unknown): { json: string; digest: string } {
  const json = canonicalJson(item);
  return { json, digest: crypto.createHash('sha256').update(json, 'utf8').digest('hex') };
}

const byId = (a: readonly [string, string], b: readonly [string, string]): number =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;

/**
 * The item-digest format's catalog digest: sha256 hex of canonicalJson of the `[id, itemDigest]`
 * pairs, sorted by id. A kiosk that keeps each item's digest recomputes it without touching items.
 */
export function itemListDigest(digests: Iterable<readonly [string, string]>): string {
  const pairs = [...digests].sort(byId);
  return crypto.createHash('sha256').update(canonicalJson(pairs), 'utf8').digest('hex');
}

/** The bytes signed for the item-digest format: the manifest with `itemsDigest` in place of `digest`. */
export function itemsManifestBytes(manifest: CatalogManifest & { itemsDigest: string }): Buffer {
  const { version, displayVersion, publishedAt, region, itemsDigest } = manifest;
  return Buffer.from(canonicalJson({ version, displayVersion, publishedAt, region, itemsDigest }), 'utf8');
}

/** Server side: signs the item-digest manifest (PKCS#8 PEM private key); base64 signature. */
export function signItemsManifest(
  manifest: CatalogManifest & { itemsDigest: string },
  privateKeyPem: string,
): string {
  return crypto.sign(null, itemsManifestBytes(manifest), privateKeyPem).toString('base64');
}

/** Kiosk side: true when `signature` signs the item-digest manifest under `publicKey`. Never throws. */
export function verifyItemsManifest(
  manifest: CatalogManifest,
  signature: string,
  publicKey: string,
): boolean {
  if (manifest.itemsDigest === undefined) return false;
  try {
    const key = crypto.createPublicKey(publicKey);
    if (key.asymmetricKeyType !== 'ed25519') return false;
    return crypto.verify(
      null,
      itemsManifestBytes({ ...manifest, itemsDigest: manifest.itemsDigest }),
      key,
      Buffer.from(signature, 'base64'),
    );
  } catch {
    return false;
  }
}

/** The exact bytes that are signed: the five manifest fields and nothing else. */
export function manifestBytes(manifest: CatalogManifest): Buffer {
  const { version, displayVersion, publishedAt, region, digest } = manifest;
  return Buffer.from(canonicalJson({ version, displayVersion, publishedAt, region, digest }), 'utf8');
}

/** Server side: signs a manifest with the Ed25519 private key (PKCS#8 PEM); base64 signature. */
export function signManifest(manifest: CatalogManifest, privateKeyPem: string): string {
  return crypto.sign(null, manifestBytes(manifest), privateKeyPem).toString('base64');
}

/**
 * Kiosk side: true when `signature` (base64) is a valid Ed25519 signature of the manifest under
 * `publicKey` (SPKI PEM, as pinned at enrollment). Never throws: a bad key or signature is false.
 */
export function verifyManifest(manifest: CatalogManifest, signature: string, publicKey: string): boolean {
  try {
    const key = crypto.createPublicKey(publicKey);
    if (key.asymmetricKeyType !== 'ed25519') return false;
    return crypto.verify(null, manifestBytes(manifest), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

export type CatalogCheck = { ok: true } | { ok: false; reason: 'SIGNATURE' | 'DIGEST' };

/**
 * The whole check a kiosk runs before it swaps in a synced catalog: the manifest is signed by the
 * pinned key and the resulting item set (after the delta was applied) has the manifest's digest.
 */
export function checkCatalog(input: {
  manifest: CatalogManifest;
  signature: string;
  publicKey: string;
  items: readonly { id: string }[];
}): CatalogCheck {
  if (!verifyManifest(input.manifest, input.signature, input.publicKey))
    return { ok: false, reason: 'SIGNATURE' };
  if (catalogDigest(input.items) !== input.manifest.digest) return { ok: false, reason: 'DIGEST' };
  return { ok: true };
}

/**
 * Applies a synced catalog to the kiosk's current items: a full catalog replaces them, a delta
 * upserts `items` by id and drops `removed`. Pure; the result is sorted by id.
 */
export function applyCatalogDelta<T extends { id: string }>(
  current: readonly T[],
  delta: { full: boolean; items: readonly T[]; removed: readonly string[] },
): T[] {
  const byId = new Map<string, T>(delta.full ? [] : current.map((item) => [item.id, item]));
  for (const id of delta.removed) byId.delete(id);
  for (const item of delta.items) byId.set(item.id, item);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
