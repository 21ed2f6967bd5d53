/**
 * The SQLite store's connection, prepared statements and numbering, with the halls, enrollment codes and
 * devices (enrollment decided by core/enrollment.rules.ts). The catalog, cases and appointments build on it
 * (sqlite-catalog.store.ts, sqlite-cases.store.ts, sqlite.store.ts).
 */
import type { Statement } from 'better-sqlite3';
import type { HeartbeatRequest } from '../../src-protocol/index.js';
import { newCheckPart } from '../core/case-number.js';
import { enrollmentRefusal, type EnrollmentCodeRow } from '../core/enrollment.rules.js';
import { relaxedWrite, type Db } from './sqlite.database.js';
import { toKioskRecord } from './store-rows.js';
import {
  type DeviceAuth,
  type EnrollInput,
  type EnrollOutcome,
  type HallRecord,
  type KioskRecord,
  type SigningKeyPair,
} from './district.store.js';

/** Runs synchronous SQLite work as a promise (DistrictStore is async for PostgreSQL's sake). */
export function settle<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

export class SqliteStoreBase {
  /** Statements of the hot paths (authentication, submissions), prepared once. */
  protected readonly statements = new Map<string, Statement>();

  protected constructor(protected readonly db: Db) {}

  protected sql<P extends unknown[] = unknown[], R = unknown>(text: string): Statement<P, R> {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement as Statement<P, R>;
  }

  /** Exposed for tests and diagnostics only. */
  get database(): Db {
    return this.db;
  }

  /** prefix + the next 6-digit number of that prefix + a check part; call inside a write transaction. */
  protected nextNumber(prefix: string): string {
    const seq = this.sql<[string], { last: number }>(
      `INSERT INTO case_sequences (prefix, last) VALUES (?, 1)
         ON CONFLICT (prefix) DO UPDATE SET last = last + 1 RETURNING last`,
    ).get(prefix);
    if (!seq) throw new Error('number sequence not allocated');
    return `${prefix}${String(seq.last).padStart(6, '0')}${newCheckPart()}`;
  }

  ensureSigningKey(candidate: () => SigningKeyPair, at: string): Promise<SigningKeyPair> {
    return settle(() => {
      const read = (): SigningKeyPair | undefined =>
        this.db
          .prepare<[], SigningKeyPair>(
            'SELECT public_pem AS publicPem, private_pem AS privatePem FROM signing_key WHERE id = 1',
          )
          .get();
      const existing = read();
      if (existing) return existing;
      const pair = candidate();
      return this.db
        .transaction(() => {
          this.db
            .prepare(
              'INSERT INTO signing_key (id, public_pem, private_pem, created_at) VALUES (1, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
            )
            .run(pair.publicPem, pair.privatePem, at);
          const stored = read();
          if (!stored) throw new Error('signing key not stored');
          return stored;
        })
        .immediate();
    });
  }

  createHall(hall: HallRecord, at: string): Promise<boolean> {
    return settle(() => {
      const result = this.db
        .prepare(
          'INSERT INTO halls (code, name, address, phone, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING',
        )
        .run(hall.code, hall.name, hall.address, hall.phone, at);
      return result.changes === 1;
    });
  }

  getHall(code: string): Promise<HallRecord | null> {
    return settle(() => this.hall(code));
  }

  protected hall(code: string): HallRecord | null {
    return (
      this.db
        .prepare<[string], HallRecord>('SELECT code, name, address, phone FROM halls WHERE code = ?')
        .get(code) ?? null
    );
  }

  issueEnrollmentCode(input: {
    codeHash: string;
    hallCode: string;
    createdAt: string;
    expiresAt: string;
  }): Promise<void> {
    return settle(() => {
      this.db
        .prepare(
          'INSERT INTO enrollment_codes (code_hash, hall_code, created_at, expires_at) VALUES (?, ?, ?, ?)',
        )
        .run(input.codeHash, input.hallCode, input.createdAt, input.expiresAt);
    });
  }

  enroll(input: EnrollInput): Promise<EnrollOutcome> {
    return settle(() => {
      const run = this.db.transaction((): EnrollOutcome => {
        const code = this.db
          .prepare<[string], EnrollmentCodeRow>(
            'SELECT hall_code, expires_at, used_at FROM enrollment_codes WHERE code_hash = ?',
          )
          .get(input.codeHash);
        const refusal = enrollmentRefusal(code, input.at);
        if (refusal || !code) return { ok: false, reason: refusal ?? 'CODE_UNKNOWN' };
        const hall = this.hall(code.hall_code);
        if (!hall) return { ok: false, reason: 'CODE_UNKNOWN' };
        this.db
          .prepare(
            'INSERT INTO devices (id, hall_code, token_hash, info, enrolled_at) VALUES (?, ?, ?, ?, ?)',
          )
          .run(input.deviceId, hall.code, input.tokenHash, JSON.stringify(input.info), input.at);
        this.db
          .prepare('UPDATE enrollment_codes SET used_at = ?, used_by = ? WHERE code_hash = ?')
          .run(input.at, input.deviceId, input.codeHash);
        return { ok: true, hall };
      });
      return run.immediate();
    });
  }

  deviceByTokenHash(tokenHash: string): Promise<DeviceAuth | null> {
    return settle(() => {
      const row = this.sql<[string], { id: string; hall_code: string; revoked_at: string | null }>(
        'SELECT id, hall_code, revoked_at FROM devices WHERE token_hash = ?',
      ).get(tokenHash);
      return row ? { id: row.id, hallCode: row.hall_code, revoked: row.revoked_at !== null } : null;
    });
  }

  revokeDevice(deviceId: string, at: string): Promise<boolean> {
    return settle(() => {
      const found = this.db.prepare('SELECT 1 FROM devices WHERE id = ?').get(deviceId);
      if (!found) return false;
      this.db
        .prepare('UPDATE devices SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?')
        .run(at, deviceId);
      return true;
    });
  }

  listKiosks(): Promise<KioskRecord[]> {
    return settle(() => {
      const rows = this.db
        .prepare<[], Omit<KioskRecord, 'hostname' | 'health'> & { info: string; health: string | null }>(
          `SELECT d.id AS deviceId, d.hall_code AS hallCode, h.name AS hallName, d.enrolled_at AS enrolledAt,
                  d.revoked_at AS revokedAt, d.info AS info, d.heartbeat_at AS heartbeatAt,
                  d.heartbeat_app_version AS appVersion, d.heartbeat_outbox_depth AS outboxDepth,
                  d.heartbeat_catalog_version AS catalogVersion, d.heartbeat_health AS health
             FROM devices d JOIN halls h ON h.code = d.hall_code
            ORDER BY d.hall_code, d.enrolled_at, d.id`,
        )
        .all();
      return rows.map(toKioskRecord);
    });
  }

  protected recordHeartbeat(deviceId: string, heartbeat: HeartbeatRequest, at: string): Promise<void> {
    // A lost heartbeat is harmless (the next one comes in a minute): no fsync wait for it.
    return settle(() => {
      relaxedWrite(this.db, () =>
        this.db
          .prepare(
            `UPDATE devices SET heartbeat_at = ?, heartbeat_app_version = ?, heartbeat_outbox_depth = ?,
                  heartbeat_catalog_version = ?, heartbeat_health = ? WHERE id = ?`,
          )
          .run(
            at,
            heartbeat.appVersion,
            heartbeat.outboxDepth,
            heartbeat.catalogVersion,
            JSON.stringify(heartbeat.health),
            deviceId,
          ),
      );
    });
  }
}
