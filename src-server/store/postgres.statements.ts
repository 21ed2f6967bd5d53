/**
 * The PostgreSQL store's hot statements, prepared once per connection (node-postgres names them), and the
 * number allocation they share.
 */
import type pg from 'pg';

/**
 * `prefix` (the parameter `$n`) + the next number of that prefix, at least 6 digits (the SQLite store's
 * padStart(6, '0')) + the check part (the parameter `$m`, from newCheckPart). The upsert locks the
 * prefix's row until the transaction ends.
 */
export const nextNumber = (prefix: string, check: string): string => `
  INSERT INTO case_sequences AS s (prefix, last) VALUES (${prefix}::text, 1)
  ON CONFLICT (prefix) DO UPDATE SET last = s.last + 1
  RETURNING ${prefix}::text || repeat('0', greatest(0, 6 - length(s.last::text))) || s.last::text
            || ${check}::text AS number`;

/** SQLSTATE raised by district_submit for a second rating of a case. */
export const ALREADY_RATED = 'DR001';

const VERSION_COLUMNS =
  'version, display_version, published_at, region, digest, signature, items_digest, items_signature, item_count';

/** The hot statements, prepared once per connection (node-postgres names them). */
export const SQL = {
  deviceByToken: 'SELECT id, hall_code, revoked_at FROM devices WHERE token_hash = $1',
  heartbeatByToken: `
    UPDATE devices SET heartbeat_at = $2, heartbeat_app_version = $3, heartbeat_outbox_depth = $4,
           heartbeat_catalog_version = $5, heartbeat_health = $6
     WHERE token_hash = $1 AND revoked_at IS NULL
    RETURNING id, hall_code, (SELECT coalesce(max(version), 0) FROM catalog_versions) AS catalog_version`,
  deviceWithCatalogVersion: `
    SELECT d.id, d.hall_code, d.revoked_at, v.version AS catalog_version
      FROM (SELECT coalesce(max(version), 0) AS version FROM catalog_versions) v
      LEFT JOIN devices d ON d.token_hash = $1`,
  currentCatalog: `SELECT ${VERSION_COLUMNS} FROM catalog_versions ORDER BY version DESC LIMIT 1`,
  fullPage: `
    SELECT v.*, true AS since_known, r.id, r.body
      FROM (SELECT ${VERSION_COLUMNS} FROM catalog_versions ORDER BY version DESC LIMIT 1) v
      LEFT JOIN LATERAL (
        SELECT id, body FROM catalog_items WHERE body IS NOT NULL AND id > $1 ORDER BY id LIMIT $2
      ) r ON true
     ORDER BY r.id`,
  deltaPage: `
    SELECT v.*, EXISTS (SELECT 1 FROM catalog_versions k WHERE k.version = $1) AS since_known, r.id, r.body
      FROM (SELECT ${VERSION_COLUMNS} FROM catalog_versions ORDER BY version DESC LIMIT 1) v
      LEFT JOIN LATERAL (
        SELECT id, body FROM catalog_items WHERE changed_in > $1 AND id > $2 ORDER BY id LIMIT $3
      ) r ON true
     ORDER BY r.id`,
  submit:
    'SELECT case_number, received_at, created FROM district_submit($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)',
  lookupByPerson: `
    SELECT s.case_number, s.status AS current, s.item_name, s.received_at, e.status, e.at, e.note
      FROM (SELECT s.case_number, s.status, s.item_name, s.received_at
              FROM submissions s JOIN devices d ON d.id = s.device_id
             WHERE s.person_key = $1 AND s.kind = 'declaration' AND d.hall_code = $3
             ORDER BY s.received_at DESC, s.case_number DESC LIMIT $2) s
      JOIN case_events e ON e.case_number = s.case_number
     ORDER BY s.received_at DESC, s.case_number DESC, e.seq`,
  lookupByHolder: `
    SELECT s.case_number, s.status AS current, s.item_name, s.received_at, e.status, e.at, e.note
      FROM submissions s JOIN case_events e ON e.case_number = s.case_number
      JOIN devices d ON d.id = s.device_id
     WHERE s.case_number = $1 AND s.id_last4 = $2 AND s.kind = 'declaration'
       AND ($3::text IS NULL OR d.hall_code = $3::text)
     ORDER BY e.seq`,
  casesForDevice: `
    SELECT s.case_number, s.status AS current, e.status, e.at, e.note
      FROM submissions s JOIN case_events e ON e.case_number = s.case_number
     WHERE s.case_number = ANY ($1::text[]) AND s.device_id = $2
     ORDER BY s.case_number, e.seq`,
  firstAppointment:
    'SELECT number, slot_date, slot_time FROM appointments WHERE device_id = $1 AND idempotency_key = $2',
  isHoliday: 'SELECT 1 FROM hall_holidays WHERE hall_code = $1 AND date = $2',
  lockSlot: `SELECT capacity FROM slot_schedules WHERE hall_code = $1 AND weekday = $2 AND time = $3
             FOR UPDATE`,
  seatsTaken: `SELECT count(*)::int AS n FROM appointments
                WHERE hall_code = $1 AND slot_date = $2 AND slot_time = $3 AND cancelled_at IS NULL`,
  insertAppointment: `
    WITH seq AS (${nextNumber('$11', '$12')})
    INSERT INTO appointments (number, hall_code, device_id, idempotency_key, item_id, slot_date, slot_time,
                              name, id_number, phone, created_at)
    SELECT number, $1::text, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text, $8::text, $9::text,
           $10::text
      FROM seq
    ON CONFLICT (device_id, idempotency_key) DO NOTHING
    RETURNING number`,
  holidaysBetween:
    'SELECT date FROM hall_holidays WHERE hall_code = $1 AND date BETWEEN $2 AND $3 ORDER BY date',
  slotSchedule:
    'SELECT weekday, time, capacity FROM slot_schedules WHERE hall_code = $1 ORDER BY weekday, time',
  bookedCounts: `
    SELECT slot_date AS date, slot_time AS time, count(*)::int AS booked FROM appointments
     WHERE hall_code = $1 AND slot_date BETWEEN $2 AND $3 AND cancelled_at IS NULL
     GROUP BY slot_date, slot_time`,
} as const;

export type Statement = keyof typeof SQL;

/** A named (prepared) query of SQL. */
export function q(name: Statement, values: unknown[] = []): pg.QueryConfig {
  return { name, text: SQL[name], values };
}

export type Queryable = pg.Pool | pg.PoolClient;
