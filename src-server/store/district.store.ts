/**
 * The district server's storage door. Routes and CLI commands use only this interface; SQLite
 * (sqlite.store.ts) and PostgreSQL (postgres.store.ts) implement it, with the same semantics, and
 * src-server/app.ts opens the one the configuration names. Methods are async for PostgreSQL's sake.
 * Each method that must be atomic says so and is one transaction.
 * Times are ISO-8601 strings; secrets arrive here already hashed.
 */
import type {
  CaseLookupRecord,
  CaseStatus,
  CaseStatusRecord,
  CatalogManifest,
  EnrollInfo,
  HeartbeatRequest,
  SubmissionKind,
} from '../../src-protocol/index.js';

export interface HallRecord {
  code: string;
  name: string;
  address: string | null;
  phone: string | null;
}

export interface SigningKeyPair {
  /** SPKI PEM, given to kiosks at enrollment. */
  publicPem: string;
  /** PKCS#8 PEM; never leaves the server. */
  privatePem: string;
}

export interface DeviceAuth {
  id: string;
  hallCode: string;
  revoked: boolean;
}

/** A device enrolling with a one-time code (the code and token as their sha256). */
export interface EnrollInput {
  codeHash: string;
  at: string;
  deviceId: string;
  tokenHash: string;
  info: EnrollInfo;
}

export type EnrollOutcome =
  { ok: true; hall: HallRecord } | { ok: false; reason: 'CODE_UNKNOWN' | 'CODE_USED' | 'CODE_EXPIRED' };

export interface CatalogVersionRecord {
  manifest: CatalogManifest;
  signature: string;
  /** The item-digest manifest's signature; absent for versions published before the server made it. */
  itemsSignature?: string;
  itemCount: number;
}

/** One row of the catalog's current state: body is the item's canonical JSON, null once removed. */
export interface CatalogItemRow {
  id: string;
  body: string | null;
}

export interface CatalogPageRequest {
  /** 0 for the full catalog. */
  since: number;
  /** Version the cursor was issued for; the page is gone unless it is still current. */
  expectVersion?: number;
  /** Rows with an id greater than this (paging); '' for the first page. */
  afterId: string;
  limit: number;
}

export type CatalogPageRead =
  | { kind: 'none' }
  | { kind: 'gone' }
  | { kind: 'page'; current: CatalogVersionRecord; rows: CatalogItemRow[] };

export interface PublishInput {
  manifest: CatalogManifest;
  signature: string;
  itemsSignature?: string;
  added: CatalogItemRow[];
  changed: CatalogItemRow[];
  removed: string[];
  itemCount: number;
  createdAt: string;
}

export interface SubmissionInput {
  deviceId: string;
  idempotencyKey: string;
  kind: SubmissionKind;
  /** The payload's JSON text, stored as received. */
  payloadJson: string;
  receivedAt: string;
  /** Case numbers are prefix + a 6-digit sequence per prefix + a check part, e.g. "ZC20261125" + "000042" + "KQMP". */
  casePrefix: string;
  /** For a rating: recorded with the case; a second rating of the same target case throws AlreadyRatedError. */
  rating?: RatingInput;
  /** For a declaration: what its applicant's progress lookup needs. */
  declaration?: DeclarationFacts;
  /** Both of the kiosk's clocks, when it stamped the submission; a repeat keeps the first one's. */
  clocks?: StoredClocks;
}

/** Both of the kiosk's clocks on a submission, as stored: UTC ISO times, like `receivedAt`. */
export interface StoredClocks {
  /** The kiosk PC's own clock when the citizen handed the submission in. */
  kioskLocalAt: string;
  /** The time the kiosk went by (the district's time when the PC's clock was off). */
  kioskTimeAt: string;
}

export interface DeclarationFacts {
  itemName: string | null;
  /** personKey(idNumber) and the number's last four characters; null when the payload names nobody. */
  person: { key: string; last4: string } | null;
}

export interface RatingInput {
  /** The rated case or appointment number, or null for a rating of the hall visit. */
  targetCase: string | null;
  level: number;
  /** For a 差评: the follow-up (回访) to open. */
  followUp?: { hallCode: string; dueDate: string };
}

export interface SubmissionOutcome {
  /** false when the idempotency key was seen before: the first answer is returned. */
  created: boolean;
  caseNumber: string;
  receivedAt: string;
}

export interface KioskRecord {
  deviceId: string;
  hallCode: string;
  hallName: string;
  enrolledAt: string;
  revokedAt: string | null;
  hostname: string | null;
  heartbeatAt: string | null;
  appVersion: string | null;
  outboxDepth: number | null;
  catalogVersion: number | null;
  /** The device health of the last heartbeat (free-form JSON from the kiosk), null before one. */
  health: Record<string, unknown> | null;
}

export interface SlotScheduleRow {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** "HH:MM". */
  time: string;
  capacity: number;
}

export interface BookedCount {
  date: string;
  time: string;
  booked: number;
}

export interface BookingInput {
  hallCode: string;
  deviceId: string;
  idempotencyKey: string;
  itemId: string;
  slotDate: string;
  slotTime: string;
  name: string;
  idNumber: string;
  phone: string;
  createdAt: string;
  /** Appointment numbers are prefix + a 6-digit sequence + a check part, e.g. "YY20261125" + "000007" + "MXTR". */
  numberPrefix: string;
}

export type BookingOutcome =
  | { kind: 'booked' | 'repeat'; appointmentNumber: string; slotDate: string; slotTime: string }
  /** The hall has no such slot on that date (no schedule, or a holiday). */
  | { kind: 'no-slot' }
  | { kind: 'full' };

export interface FollowUpRecord {
  /** The rating's own case number. */
  caseNumber: string;
  hallCode: string;
  targetCase: string | null;
  level: number;
  dueDate: string;
  createdAt: string;
  doneAt: string | null;
  /** The rating's reasons and comment, as submitted. */
  reasons: string[];
  comment: string | null;
}

export interface SubmissionRecord {
  caseNumber: string;
  deviceId: string;
  hallCode: string;
  receivedAt: string;
  status: CaseStatus;
  payload: unknown;
}

export interface DistrictStore {
  /** Returns the stored key pair, storing `candidate()` first when there is none (atomic). */
  ensureSigningKey(candidate: () => SigningKeyPair, at: string): Promise<SigningKeyPair>;

  /** false when a hall with that code exists. */
  createHall(hall: HallRecord, at: string): Promise<boolean>;
  getHall(code: string): Promise<HallRecord | null>;

  issueEnrollmentCode(input: {
    codeHash: string;
    hallCode: string;
    createdAt: string;
    expiresAt: string;
  }): Promise<void>;
  /** Atomic: checks and spends the code and creates the device. */
  enroll(input: EnrollInput): Promise<EnrollOutcome>;
  deviceByTokenHash(tokenHash: string): Promise<DeviceAuth | null>;
  /** false when no such device. */
  revokeDevice(deviceId: string, at: string): Promise<boolean>;
  listKiosks(): Promise<KioskRecord[]>;
  /**
   * A heartbeat in one step: records it for the enrolled, not revoked device holding `tokenHash` and
   * answers that device with the current catalog version (0 before any publish); null (nothing recorded)
   * for an unknown or revoked token.
   */
  heartbeatByToken(
    tokenHash: string,
    heartbeat: HeartbeatRequest,
    at: string,
  ): Promise<{ device: DeviceAuth; catalogVersion: number } | null>;
  /** The device holding `tokenHash` (revoked or not) and the current catalog version, in one read. */
  deviceWithCatalogVersion(tokenHash: string): Promise<{ device: DeviceAuth | null; catalogVersion: number }>;

  currentCatalog(): Promise<CatalogVersionRecord | null>;
  /** Items of the current catalog (removed ones excluded), in id order. */
  liveCatalogItems(): Promise<CatalogItemRow[]>;
  /**
   * One consistent read (a single transaction): the current version and the rows changed after
   * `since` (live rows only when since = 0), id order. 'gone' when `since` is newer than the current
   * version, is not a published version, or `expectVersion` is no longer current.
   */
  readCatalogPage(request: CatalogPageRequest): Promise<CatalogPageRead>;
  /** Atomic; throws PublishConflictError unless manifest.version is the current version + 1. */
  publishCatalog(input: PublishInput): Promise<void>;

  /** Atomic: a repeat of (deviceId, idempotencyKey) returns the first case, whatever runs concurrently. */
  submit(input: SubmissionInput): Promise<SubmissionOutcome>;
  /** The device's own cases among `numbers`, with their history. */
  casesForDevice(deviceId: string, numbers: readonly string[]): Promise<CaseStatusRecord[]>;
  /** Appends a status to a case's history; false when no such case. */
  setCaseStatus(input: {
    caseNumber: string;
    status: CaseStatus;
    note?: string;
    at: string;
  }): Promise<boolean>;

  /** Replaces the hall's slots on each of `weekdays` by `times`, each with `capacity` (atomic). */
  setSlotSchedule(input: {
    hallCode: string;
    weekdays: readonly number[];
    times: readonly string[];
    capacity: number;
  }): Promise<void>;
  slotSchedule(hallCode: string): Promise<SlotScheduleRow[]>;
  /** false when the date was already a holiday. */
  addHoliday(hallCode: string, date: string): Promise<boolean>;
  /** The hall's holidays between `from` and `to` (inclusive). */
  holidays(hallCode: string, from: string, to: string): Promise<string[]>;
  /** Live (not cancelled) appointments per slot between `from` and `to` (inclusive). */
  bookedCounts(hallCode: string, from: string, to: string): Promise<BookedCount[]>;
  /**
   * Atomic: a repeat of (deviceId, idempotencyKey) returns the first appointment; otherwise checks the slot
   * exists on that date and has a free seat, and inserts, in one transaction.
   */
  book(input: BookingInput): Promise<BookingOutcome>;
  /**
   * Cancels when the number is an appointment of `hallCode` and its ID number ends with `idLast4`; true
   * also when already cancelled. Another hall's appointment is refused like an unknown number.
   */
  cancelAppointment(input: {
    appointmentNumber: string;
    idLast4: string;
    hallCode: string;
    at: string;
  }): Promise<boolean>;
  /**
   * Retention: blanks the name, ID number and phone of the appointments whose slot date is before
   * `slotDateBefore` (the booking, its slot and its number stay, so counts do); returns how many it blanked.
   */
  forgetAppointmentHolders(slotDateBefore: string): Promise<number>;
  listFollowUps(): Promise<FollowUpRecord[]>;
  /** A person's declarations handed in at kiosks of `hallCode`, newest first (at most `limit`). */
  casesForPerson(personKey: string, limit: number, hallCode: string): Promise<CaseLookupRecord[]>;
  /**
   * One declaration, when its applicant's ID number ends with `last4` and it was handed in at a kiosk of
   * `hallCode` (any hall when `hallCode` is null); null otherwise (no difference told).
   */
  caseForHolder(caseNumber: string, last4: string, hallCode: string | null): Promise<CaseLookupRecord | null>;
  /**
   * The hall a rating target belongs to: the hall of the kiosk that handed the case in (a case of any kind
   * but a rating), or the appointment's hall; null when there is no such case or appointment.
   */
  ratingTargetHall(target: { caseNumber: string } | { appointmentNumber: string }): Promise<string | null>;
  /** Submissions of one kind, newest first. */
  listSubmissions(kind: SubmissionKind, limit: number): Promise<SubmissionRecord[]>;

  close(): Promise<void>;
}

/** The target case of a rating has been rated already (by any device or key). */
export class AlreadyRatedError extends Error {
  constructor() {
    super('case already rated');
    this.name = 'AlreadyRatedError';
  }
}

/** Another publish won the race for the next version number. */
export class PublishConflictError extends Error {
  constructor(expected: number, found: number) {
    super(
      `catalog version ${expected} expected to follow ${expected - 1}, but the current version is ${found}`,
    );
    this.name = 'PublishConflictError';
  }
}
