/**
 * The opaque paging cursor of `GET /v1/catalog`: the delta's start, the version it was issued for and
 * the last id sent. A cursor for a version that is no longer current is gone (HTTP 410).
 */
export interface CatalogCursor {
  since: number;
  version: number;
  afterId: string;
}

export function encodeCursor(cursor: CatalogCursor): string {
  return Buffer.from(JSON.stringify([cursor.since, cursor.version, cursor.afterId]), 'utf8').toString(
    'base64url',
  );
}

/** null for anything that is not a cursor this server issued the shape of. */
export function decodeCursor(text: string): CatalogCursor | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(text)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 3) return null;
    const [since, version, afterId] = value as unknown[];
    if (!Number.isSafeInteger(since) || !Number.isSafeInteger(version) || typeof afterId !== 'string')
      return null;
    if ((since as number) < 0 || (version as number) < 1 || afterId.length === 0) return null;
    return { since: since as number, version: version as number, afterId };
  } catch {
    return null;
  }
}
