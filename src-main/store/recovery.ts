/**
 * Start-up with a damaged database. A kiosk loses power mid-write or its SD card wears out; the
 * citizen's submissions in the outbox must survive that, the catalog need not (the demo file or the
 * next sync brings it back). So: open, check; if SQLite says the file is corrupt (or not a database),
 * move it aside untouched, start a fresh one, and carry over every outbox, local_sequence and
 * settings row that can still be read, one row at a time, and the kiosk's own records (LOCAL_RECORDS).
 *
 * The check is the full `PRAGMA integrity_check` (every page and record, and every index against its
 * table): about 20 ms at boot for a catalog of 3,000 items (19 MB), so nothing is gained by the
 * shorter quick_check, which would miss an index that no longer matches its table.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { StoreCorruptError } from '../contract/errors.js';
import type { Logger } from '../log/logger.js';
import { loadMigrations, openDatabase, StoreVersionError, type Db } from './database.js';
import { chinaDay } from './outbox.repository.js';

export interface Recovered {
  /** Where the damaged file was moved (its -wal/-shm beside it, same name + suffix). */
  movedTo: string;
  outboxRowsCarried: number;
  /** Outbox rows known to have existed (ids 1..max, rows are never deleted) that could not be carried. */
  outboxRowsLost: number;
}

export interface OpenedDatabase {
  db: Db;
  recovered: null | Recovered;
}

const OUTBOX_COLUMNS = [
  'id',
  'idempotency_key',
  'kind',
  'local_number',
  'item_id',
  'created_at',
  'state',
  'attempts',
  'next_attempt_at',
  'last_error',
  'case_number',
  'case_status',
  'acked_at',
  'payload',
  'summary',
] as const;

/** Above this many ids we do not probe every rowid of a damaged outbox (a garbled max would hang boot). */
const MAX_PROBED_IDS = 5_000_000;

function sqliteCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

function isCorruption(error: unknown): boolean {
  const code = sqliteCode(error);
  return code !== undefined && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

type Health = { ok: true; db: Db } | { ok: false; sqliteCode: string; issues: number };

function openAndCheck(file: string): Health {
  let db: Db;
  try {
    db = openDatabase(file, loadMigrations());
  } catch (error) {
    if (error instanceof StoreVersionError || !isCorruption(error)) throw error;
    return { ok: false, sqliteCode: sqliteCode(error) ?? 'SQLITE_CORRUPT', issues: 1 };
  }
  try {
    const rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
    if (rows.length === 1 && rows[0]?.integrity_check === 'ok') return { ok: true, db };
    db.close();
    return { ok: false, sqliteCode: 'SQLITE_CORRUPT', issues: rows.length };
  } catch (error) {
    db.close();
    if (!isCorruption(error)) throw error;
    return { ok: false, sqliteCode: sqliteCode(error) ?? 'SQLITE_CORRUPT', issues: 1 };
  }
}

/** `kiosk.db.damaged-2026-11-25T18-40-00-000Z`, with a counter if that name is taken. */
function damagedName(file: string, now: Date): string {
  const base = `${file}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`;
  let candidate = base;
  for (let n = 2; fs.existsSync(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}

function moveAside(file: string, to: string): void {
  fs.renameSync(file, to);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, to + suffix);
  }
}

/** Runs `fn`, answering `fallback` if the damaged file throws. */
function attempt<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

interface TableRead {
  rows: Record<string, unknown>[];
  /** Rowids that exist (or should) but could not be read. */
  unreadable: number;
  /** Highest rowid seen, or null when the table could not be read at all. */
  maxRowid: number | null;
}

/**
 * Reads a rowid table row by row: the rowids come from a forward and a backward scan (each stops at
 * the first bad page) and, when `probeTo` is set, every rowid from 1 to the table's max; each row is
 * then fetched alone, so one bad page costs only the rows on it.
 */
function readTable(damaged: Db, table: string, columns: readonly string[], probe: boolean): TableRead {
  const rowids = new Set<number>();
  const scan = (order: 'ASC' | 'DESC'): void => {
    try {
      for (const r of damaged
        .prepare<[], { r: number }>(`SELECT rowid AS r FROM ${table} ORDER BY rowid ${order}`)
        .iterate())
        rowids.add(r.r);
    } catch {
      // Stop at the first unreadable page; the other direction and the probe cover the rest.
    }
  };
  scan('ASC');
  scan('DESC');
  const max = attempt(
    () => damaged.prepare<[], { m: number | null }>(`SELECT max(rowid) AS m FROM ${table}`).get()?.m ?? null,
    null,
  );
  const maxRowid = max ?? (rowids.size > 0 ? Math.max(...rowids) : null);
  if (probe && maxRowid !== null && maxRowid <= MAX_PROBED_IDS) {
    for (let id = 1; id <= maxRowid; id++) rowids.add(id);
  }
  const one = attempt(
    () =>
      damaged.prepare<[number], Record<string, unknown>>(
        `SELECT ${columns.join(', ')} FROM ${table} WHERE rowid = ?`,
      ),
    null,
  );
  if (!one) return { rows: [], unreadable: 0, maxRowid };
  const rows: Record<string, unknown>[] = [];
  let unreadable = 0;
  for (const id of [...rowids].sort((a, b) => a - b)) {
    try {
      const row = one.get(id);
      if (row) rows.push(row);
      else if (probe) unreadable++; // the outbox never deletes: a missing id was lost with its page
    } catch {
      unreadable++;
    }
  }
  return { rows, unreadable, maxRowid };
}

function openDamaged(file: string): Db | null {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch {
    return null;
  }
}

/** The day's sequence a local number used: hall code + YYYYMMDD + sequence. */
function sequenceOf(row: Record<string, unknown>): { day: string; seq: number } | null {
  if (typeof row['created_at'] !== 'string' || typeof row['local_number'] !== 'string') return null;
  const created = new Date(row['created_at']);
  if (Number.isNaN(created.getTime())) return null;
  const day = chinaDay(created);
  const at = row['local_number'].lastIndexOf(day);
  const digits = at < 0 ? '' : row['local_number'].slice(at + day.length);
  return /^\d{1,9}$/.test(digits) ? { day, seq: Number(digits) } : null;
}

/**
 * The kiosk's own records beyond the outbox, carried when readable: receipts waiting for a reprint,
 * the one-rating-per-service guard, appointments booked here, help calls, the admin audit log and the
 * usage counts behind the statistics. Referenced outbox rows keep their ids, so their links hold.
 */
const LOCAL_RECORDS = [
  'pending_receipts',
  'ratings_given',
  'appointments',
  'help_calls',
  'audit_log',
  'usage_events',
] as const;

/** Columns both files have for a table (a damaged file from an older schema lacks the newer ones). */
function sharedColumns(damaged: Db, fresh: Db, table: string): string[] {
  const names = (db: Db): string[] =>
    attempt(
      () => (db.pragma(`table_info(${table})`) as Array<{ name: string }>).map((c) => c.name),
      [] as string[],
    );
  const old = new Set(names(damaged));
  return names(fresh).filter((c) => old.has(c));
}

interface Carried {
  outboxCarried: number;
  outboxLost: number;
  outboxReadable: boolean;
  sequenceCarried: number;
  settingsCarried: number;
  recordsCarried: number;
  rowsLost: number;
}

function carry(damaged: Db | null, fresh: Db): Carried {
  const none = { rows: [], unreadable: 0, maxRowid: null } satisfies TableRead;
  const outbox = damaged ? readTable(damaged, 'outbox', OUTBOX_COLUMNS, true) : none;
  const sequence = damaged ? readTable(damaged, 'local_sequence', ['day', 'seq'], false) : none;
  const settings = damaged ? readTable(damaged, 'settings', ['key', 'value'], false) : none;

  const result: Carried = {
    outboxCarried: 0,
    outboxLost: outbox.unreadable,
    outboxReadable: outbox.maxRowid !== null || outbox.rows.length > 0,
    sequenceCarried: 0,
    settingsCarried: 0,
    recordsCarried: 0,
    rowsLost: sequence.unreadable + settings.unreadable,
  };
  const records = LOCAL_RECORDS.flatMap((table) => {
    const columns = damaged ? sharedColumns(damaged, fresh, table) : [];
    if (!damaged || columns.length === 0) return [];
    const read = readTable(damaged, table, columns, false);
    result.rowsLost += read.unreadable;
    const insert = fresh.prepare(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
    );
    return [{ insert, rows: read.rows }];
  });
  const insertOutbox = fresh.prepare(
    `INSERT INTO outbox (${OUTBOX_COLUMNS.join(', ')}) VALUES (${OUTBOX_COLUMNS.map((c) => `@${c}`).join(', ')})`,
  );
  // Never go back on a number already handed out: the outbox rows' numbers raise the sequence too.
  const bumpSequence = fresh.prepare(
    `INSERT INTO local_sequence (day, seq) VALUES (?, ?)
     ON CONFLICT(day) DO UPDATE SET seq = max(seq, excluded.seq)`,
  );
  const insertSetting = fresh.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (@key, @value)');

  // Each failed INSERT (a garbled row breaking a CHECK, STRICT type or UNIQUE) undoes only itself.
  fresh.transaction(() => {
    for (const row of outbox.rows) {
      try {
        insertOutbox.run(row);
        result.outboxCarried++;
        const s = sequenceOf(row);
        if (s) bumpSequence.run(s.day, s.seq);
      } catch {
        result.outboxLost++;
      }
    }
    for (const row of sequence.rows) {
      try {
        bumpSequence.run(row['day'], row['seq']);
        result.sequenceCarried++;
      } catch {
        result.rowsLost++;
      }
    }
    for (const row of settings.rows) {
      try {
        insertSetting.run(row);
        result.settingsCarried++;
      } catch {
        result.rowsLost++;
      }
    }
    // After the outbox: a record whose outbox row was lost breaks its foreign key and is not carried.
    for (const { insert, rows } of records) {
      for (const row of rows) {
        try {
          insert.run(row);
          result.recordsCarried++;
        } catch {
          result.rowsLost++;
        }
      }
    }
  })();
  return result;
}

/**
 * Opens the kiosk database; a corrupt file is moved aside and replaced by a fresh one holding what
 * could be saved from it (outbox, numbering, settings and enrollment, local records). The catalog is not carried:
 * the caller installs it again. A database written by a newer kiosk is refused, not "recovered".
 */
export function openKioskDatabase(file: string, log: Logger): OpenedDatabase {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const health = openAndCheck(file);
  if (health.ok) return { db: health.db, recovered: null };

  const error = new StoreCorruptError(`database failed its check (${health.sqliteCode})`);
  const movedTo = damagedName(file, new Date());
  log.error(
    {
      code: error.code,
      sqliteCode: health.sqliteCode,
      issues: health.issues,
      movedTo: path.basename(movedTo),
    },
    'database damaged: moving it aside and starting a fresh one',
  );
  moveAside(file, movedTo);

  const fresh = openDatabase(file, loadMigrations());
  let carried: Carried;
  const damaged = openDamaged(movedTo);
  try {
    carried = carry(damaged, fresh);
  } catch (carryError) {
    fresh.close();
    throw carryError;
  } finally {
    damaged?.close();
  }
  log.warn(
    {
      code: error.code,
      outboxRowsCarried: carried.outboxCarried,
      outboxRowsLost: carried.outboxLost,
      outboxReadable: carried.outboxReadable,
      sequenceRowsCarried: carried.sequenceCarried,
      settingsRowsCarried: carried.settingsCarried,
      localRecordsCarried: carried.recordsCarried,
      otherRowsLost: carried.rowsLost,
    },
    'database recovered: the catalog will be installed again',
  );
  return {
    db: fresh,
    recovered: { movedTo, outboxRowsCarried: carried.outboxCarried, outboxRowsLost: carried.outboxLost },
  };
}
