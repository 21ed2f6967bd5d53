/**
 * The PostgreSQL store's pools, with the halls, enrollment codes and devices (enrollment decided by
 * core/enrollment.rules.ts) and the signed catalog versions. Cases and appointments build on it
 * (postgres-cases.store.ts, postgres.store.ts).
 */
import type pg from 'pg';
import type { HeartbeatRequest } from '../../src-protocol/index.js';
import { enrollmentRefusal, type EnrollmentCodeRow } from '../core/enrollment.rules.js';
import { inTransaction } from './postgres.transaction.js';
import { toKioskRecord, toVersionRecord, type VersionRow, catalogVersionValues } from './store-rows.js';
import {
  PublishConflictError,
  type CatalogItemRow,
  type CatalogPageRead,
  type CatalogPageRequest,
  type CatalogVersionRecord,
  type DeviceAuth,
  type EnrollInput,
  type EnrollOutcome,
  type HallRecord,
  type KioskRecord,
  type PublishInput,
  type SigningKeyPair,
} from './district.store.js';
import { q, type Queryable } from './postgres.statements.js';

export class PostgresStoreBase {
  protected constructor(
    protected readonly db: pg.Pool,
    protected readonly telemetry: pg.Pool,
  ) {}

  /** Exposed for tests and diagnostics only. */
  get pool(): pg.Pool {
    return this.db;
  }

  async ensureSigningKey(candidate: () => SigningKeyPair, at: string): Promise<SigningKeyPair> {
    const read = async (): Promise<SigningKeyPair | undefined> =>
      (
        await this.db.query<SigningKeyPair>(
          'SELECT public_pem AS "publicPem", private_pem AS "privatePem" FROM signing_key WHERE id = 1',
        )
      ).rows[0];
    const existing = await read();
    if (existing) return existing;
    const pair = candidate();
    // Two instances starting at once both try; the first insert wins and both read the winner.
    await this.db.query(
      `INSERT INTO signing_key (id, public_pem, private_pem, created_at) VALUES (1, $1, $2, $3)
       ON CONFLICT (id) DO NOTHING`,
      [pair.publicPem, pair.privatePem, at],
    );
    const stored = await read();
    if (!stored) throw new Error('signing key not stored');
    return stored;
  }

  async createHall(hall: HallRecord, at: string): Promise<boolean> {
    const result = await this.db.query(
      `INSERT INTO halls (code, name, address, phone, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (code) DO NOTHING`,
      [hall.code, hall.name, hall.address, hall.phone, at],
    );
    return result.rowCount === 1;
  }

  getHall(code: string): Promise<HallRecord | null> {
    return this.hall(this.db, code);
  }

  protected async hall(db: Queryable, code: string): Promise<HallRecord | null> {
    const result = await db.query<HallRecord>(
      'SELECT code, name, address, phone FROM halls WHERE code = $1',
      [code],
    );
    return result.rows[0] ?? null;
  }

  async issueEnrollmentCode(input: {
    codeHash: string;
    hallCode: string;
    createdAt: string;
    expiresAt: string;
  }): Promise<void> {
    await this.db.query(
      'INSERT INTO enrollment_codes (code_hash, hall_code, created_at, expires_at) VALUES ($1, $2, $3, $4)',
      [input.codeHash, input.hallCode, input.createdAt, input.expiresAt],
    );
  }

  enroll(input: EnrollInput): Promise<EnrollOutcome> {
    return inTransaction(this.db, async (c): Promise<EnrollOutcome> => {
      // FOR UPDATE: a second enrollment with the same code waits here, then sees it used.
      const code = (
        await c.query<EnrollmentCodeRow>(
          'SELECT hall_code, expires_at, used_at FROM enrollment_codes WHERE code_hash = $1 FOR UPDATE',
          [input.codeHash],
        )
      ).rows[0];
      const refusal = enrollmentRefusal(code, input.at);
      if (refusal || !code) return { ok: false, reason: refusal ?? 'CODE_UNKNOWN' };
      const hall = await this.hall(c, code.hall_code);
      if (!hall) return { ok: false, reason: 'CODE_UNKNOWN' };
      await c.query(
        'INSERT INTO devices (id, hall_code, token_hash, info, enrolled_at) VALUES ($1, $2, $3, $4, $5)',
        [input.deviceId, hall.code, input.tokenHash, JSON.stringify(input.info), input.at],
      );
      await c.query('UPDATE enrollment_codes SET used_at = $1, used_by = $2 WHERE code_hash = $3', [
        input.at,
        input.deviceId,
        input.codeHash,
      ]);
      return { ok: true, hall };
    });
  }

  async deviceByTokenHash(tokenHash: string): Promise<DeviceAuth | null> {
    const row = (
      await this.db.query<{ id: string; hall_code: string; revoked_at: string | null }>(
        q('deviceByToken', [tokenHash]),
      )
    ).rows[0];
    return row ? { id: row.id, hallCode: row.hall_code, revoked: row.revoked_at !== null } : null;
  }

  async revokeDevice(deviceId: string, at: string): Promise<boolean> {
    const result = await this.db.query(
      'UPDATE devices SET revoked_at = coalesce(revoked_at, $2) WHERE id = $1',
      [deviceId, at],
    );
    return result.rowCount === 1;
  }

  async listKiosks(): Promise<KioskRecord[]> {
    const rows = (
      await this.db.query<Omit<KioskRecord, 'hostname' | 'health'> & { info: string; health: string | null }>(
        `SELECT d.id AS "deviceId", d.hall_code AS "hallCode", h.name AS "hallName",
                d.enrolled_at AS "enrolledAt", d.revoked_at AS "revokedAt", d.info AS info,
                d.heartbeat_at AS "heartbeatAt", d.heartbeat_app_version AS "appVersion",
                d.heartbeat_outbox_depth AS "outboxDepth", d.heartbeat_catalog_version AS "catalogVersion",
                d.heartbeat_health AS health
           FROM devices d JOIN halls h ON h.code = d.hall_code
          ORDER BY d.hall_code, d.enrolled_at, d.id`,
      )
    ).rows;
    return rows.map(toKioskRecord);
  }

  async heartbeatByToken(
    tokenHash: string,
    heartbeat: HeartbeatRequest,
    at: string,
  ): Promise<{ device: DeviceAuth; catalogVersion: number } | null> {
    // One round trip on the telemetry pool: the device check, the write and the version read together.
    const row = (
      await this.telemetry.query<{ id: string; hall_code: string; catalog_version: number }>(
        q('heartbeatByToken', [
          tokenHash,
          at,
          heartbeat.appVersion,
          heartbeat.outboxDepth,
          heartbeat.catalogVersion,
          JSON.stringify(heartbeat.health),
        ]),
      )
    ).rows[0];
    return row
      ? {
          device: { id: row.id, hallCode: row.hall_code, revoked: false },
          catalogVersion: row.catalog_version,
        }
      : null;
  }

  async deviceWithCatalogVersion(
    tokenHash: string,
  ): Promise<{ device: DeviceAuth | null; catalogVersion: number }> {
    const row = (
      await this.db.query<{
        id: string | null;
        hall_code: string | null;
        revoked_at: string | null;
        catalog_version: number;
      }>(q('deviceWithCatalogVersion', [tokenHash]))
    ).rows[0];
    const device =
      row?.id && row.hall_code
        ? { id: row.id, hallCode: row.hall_code, revoked: row.revoked_at !== null }
        : null;
    return { device, catalogVersion: row?.catalog_version ?? 0 };
  }

  async currentCatalog(): Promise<CatalogVersionRecord | null> {
    const row = (await this.db.query<VersionRow>(q('currentCatalog'))).rows[0];
    return row ? toVersionRecord(row) : null;
  }

  async liveCatalogItems(): Promise<CatalogItemRow[]> {
    return (
      await this.db.query<CatalogItemRow>(
        'SELECT id, body FROM catalog_items WHERE body IS NOT NULL ORDER BY id',
      )
    ).rows;
  }

  async readCatalogPage(request: CatalogPageRequest): Promise<CatalogPageRead> {
    type PageRow = VersionRow & { since_known: boolean; id: string | null; body: string | null };
    const result =
      request.since === 0
        ? await this.db.query<PageRow>(q('fullPage', [request.afterId, request.limit]))
        : await this.db.query<PageRow>(q('deltaPage', [request.since, request.afterId, request.limit]));
    const head = result.rows[0];
    if (!head) return { kind: 'none' };
    const current = toVersionRecord(head);
    const version = current.manifest.version;
    if (request.expectVersion !== undefined && request.expectVersion !== version) return { kind: 'gone' };
    if (request.since > version || !head.since_known) return { kind: 'gone' };
    const rows = result.rows.flatMap((r) => (r.id === null ? [] : [{ id: r.id, body: r.body }]));
    return { kind: 'page', current, rows };
  }

  async publishCatalog(input: PublishInput): Promise<void> {
    const { manifest } = input;
    await inTransaction(this.db, async (c) => {
      // Serialises publishes; SHARE ROW EXCLUSIVE does not block plain reads of the catalog.
      await c.query('LOCK TABLE catalog_versions IN SHARE ROW EXCLUSIVE MODE');
      const found =
        (await c.query<{ version: number }>('SELECT max(version) AS version FROM catalog_versions')).rows[0]
          ?.version ?? 0;
      if (found !== manifest.version - 1) throw new PublishConflictError(manifest.version, found);
      await c.query(
        `INSERT INTO catalog_versions
           (version, display_version, published_at, region, digest, signature, items_digest, items_signature,
            item_count, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        catalogVersionValues(input),
      );
      const upserts = [...input.added, ...input.changed];
      await c.query(
        `INSERT INTO catalog_items (id, body, changed_in)
         SELECT id, body, $3::int FROM unnest($1::text[], $2::text[]) AS t (id, body)
         ON CONFLICT (id) DO UPDATE SET body = excluded.body, changed_in = excluded.changed_in`,
        [upserts.map((r) => r.id), upserts.map((r) => r.body), manifest.version],
      );
      await c.query('UPDATE catalog_items SET body = NULL, changed_in = $1 WHERE id = ANY ($2::text[])', [
        manifest.version,
        input.removed,
      ]);
      const changes = [
        ...input.added.map((r) => [r.id, 'added'] as const),
        ...input.changed.map((r) => [r.id, 'changed'] as const),
        ...input.removed.map((id) => [id, 'removed'] as const),
      ];
      await c.query(
        `INSERT INTO catalog_changes (version, item_id, change)
         SELECT $1::int, item_id, change FROM unnest($2::text[], $3::text[]) AS t (item_id, change)`,
        [manifest.version, changes.map(([id]) => id), changes.map(([, kind]) => kind)],
      );
    });
  }
}
