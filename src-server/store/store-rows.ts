/**
 * Rows as both stores read them (SQLite and PostgreSQL give the same columns) and how they become the
 * records of district.store.ts: one mapping, whichever database answered.
 */
import type { CaseLookupRecord, CaseStatus } from '../../src-protocol/index.js';
import type {
  BookingInput,
  CatalogVersionRecord,
  FollowUpRecord,
  KioskRecord,
  PublishInput,
} from './district.store.js';

export interface VersionRow {
  version: number;
  display_version: string;
  published_at: string;
  region: string;
  digest: string;
  signature: string;
  items_digest: string | null;
  items_signature: string | null;
  item_count: number;
}

export function toVersionRecord(row: VersionRow): CatalogVersionRecord {
  return {
    manifest: {
      version: row.version,
      displayVersion: row.display_version,
      publishedAt: row.published_at,
      region: row.region,
      digest: row.digest,
      ...(row.items_digest !== null ? { itemsDigest: row.items_digest } : {}),
    },
    signature: row.signature,
    ...(row.items_signature !== null ? { itemsSignature: row.items_signature } : {}),
    itemCount: row.item_count,
  };
}

/**
 * A kiosk row with its enrollment info (JSON text: the hostname the kiosk gave, if any) and the health
 * of its last heartbeat (JSON text).
 */
export function toKioskRecord<R extends Omit<KioskRecord, 'hostname' | 'health'>>({
  info,
  health,
  ...row
}: R & { info: string; health: string | null }): Omit<R, 'info' | 'health'> & {
  hostname: string | null;
  health: Record<string, unknown> | null;
} {
  const parsed = JSON.parse(info) as { hostname?: unknown };
  const healthObject: unknown = health === null ? null : JSON.parse(health);
  return {
    ...row,
    hostname: typeof parsed.hostname === 'string' ? parsed.hostname : null,
    health:
      healthObject !== null && typeof healthObject === 'object' && !Array.isArray(healthObject)
        ? (healthObject as Record<string, unknown>)
        : null,
  };
}

/** A follow-up row with its rating's payload (JSON text): the reasons and comment as submitted. */
export function toFollowUpRecord({
  payload,
  ...row
}: Omit<FollowUpRecord, 'reasons' | 'comment'> & { payload: string }): FollowUpRecord {
  const parsed = JSON.parse(payload) as { reasons?: unknown; comment?: unknown };
  return {
    ...row,
    reasons: Array.isArray(parsed.reasons) ? parsed.reasons.map(String) : [],
    comment: typeof parsed.comment === 'string' && parsed.comment ? parsed.comment : null,
  };
}

/** One row per case event of a lookup, cases in order, events oldest first. */
export interface LookupEventRow {
  case_number: string;
  current: CaseStatus;
  item_name: string | null;
  received_at: string;
  status: CaseStatus;
  at: string;
  note: string | null;
}

/** Lookup rows (one per event) as records with their history, in the rows' order of cases. */
export function toLookupRecords(rows: readonly LookupEventRow[]): CaseLookupRecord[] {
  const byNumber = new Map<string, CaseLookupRecord>();
  for (const row of rows) {
    let record = byNumber.get(row.case_number);
    if (!record) {
      record = {
        caseNumber: row.case_number,
        status: row.current,
        itemName: row.item_name,
        receivedAt: row.received_at,
        history: [],
      };
      byNumber.set(row.case_number, record);
    }
    record.history.push({ status: row.status, at: row.at, ...(row.note !== null ? { note: row.note } : {}) });
  }
  return [...byNumber.values()];
}

/** A published catalog version's columns, in the order both stores insert them. */
export function catalogVersionValues(input: PublishInput): unknown[] {
  const { manifest } = input;
  return [
    manifest.version,
    manifest.displayVersion,
    manifest.publishedAt,
    manifest.region,
    manifest.digest,
    input.signature,
    manifest.itemsDigest ?? null,
    input.itemsSignature ?? null,
    input.itemCount,
    input.createdAt,
  ];
}

/** A booking's columns after its number, in the order both stores insert them. */
export function appointmentValues(input: BookingInput): unknown[] {
  return [
    input.hallCode,
    input.deviceId,
    input.idempotencyKey,
    input.itemId,
    input.slotDate,
    input.slotTime,
    input.name,
    input.idNumber,
    input.phone,
    input.createdAt,
  ];
}
