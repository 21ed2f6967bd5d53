/**
 * 进度查询. By number: a 申报编号 (this kiosk's) or 受理编号 (the district's) with the ID's last four
 * characters — a wrong number and wrong digits get the same calm answer, and five wrong tries lock the
 * query for a minute. By card: this kiosk's declarations of the card holder and, online, the district's.
 * Online, statuses come fresh from the server; offline, the last pulled status with its time.
 */
import type { ProgressCase, ProgressResult } from '../../contract/citizen.types.js';
import type { IdCardData } from '../../contract/devices.types.js';
import { InputError, OfflineError } from '../../contract/errors.js';
import type { KioskLink } from '../../contract/kiosk-promises.js';
import { maskName } from '../../contract/id-number.js';
import type { DistrictClient } from '../../district/district.client.js';
import type { CaseLookupRecord, CaseStatusRecord } from '../../district/protocol.types.js';
import type { Logger } from '../../log/logger.js';
import type { CaseStatusRepository } from '../../store/case-status.repository.js';
import type { OutboxRepository, OutboxRow } from '../../store/outbox.repository.js';
import type { RatingsRepository } from '../../store/ratings.repository.js';
import type { UsageRepository } from '../../store/usage.repository.js';
import { AttemptLimiter, type Attempt } from '../attempt-limiter.js';
import type { CatalogService } from '../catalog/catalog.service.js';
import type { KioskConfig } from '../config/config.schema.js';
import type { PersonDigest } from '../person-digest.js';
import type { RatingGrants, RatingKey } from '../rating/rating-grants.js';
import { viewOfRecord, viewOfRow } from './progress.view.js';
import { busyError, RateLimitedError } from '../../district/rate-limit.js';

export const NO_MATCH_MESSAGE = '没有查到对应的办件，请核对编号和身份证号后四位。';
export const LOCKED_MESSAGE = '输入错误次数较多，请 {minutes} 分钟后再试，或到窗口咨询。';

export interface ProgressDeps {
  outbox: OutboxRepository;
  cases: CaseStatusRepository;
  ratings: RatingsRepository;
  catalog: CatalogService;
  usage: UsageRepository;
  config: () => KioskConfig;
  grants: RatingGrants;
  personDigest: PersonDigest;
  readCard: () => Promise<IdCardData>;
  /** One live request to the district server; OfflineError when it cannot be reached or not provisioned. */
  live: <T>(call: (client: DistrictClient) => Promise<T>) => Promise<T>;
  /** Enrolled with a district server; a kiosk that is not never uploads (demo). Default: enrolled. */
  provisioned?: () => boolean;
  /** Wrong ID digits (shared with cancelling an appointment). */
  limiter: AttemptLimiter;
  log: Logger;
  now?: () => Date;
}

/** Five wrong tries lock the lookup by number for a minute. */
export function progressLimiter(now?: () => number): AttemptLimiter {
  return new AttemptLimiter({
    maxFailures: 5,
    lockMs: 60_000,
    lockedMessage: LOCKED_MESSAGE,
    ...(now ? { now } : {}),
  });
}

const lastFour = (masked: unknown): string | undefined =>
  typeof masked === 'string' && masked.length >= 4 ? masked.slice(-4).toUpperCase() : undefined;

export class ProgressService {
  private readonly now: () => Date;

  constructor(private readonly deps: ProgressDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  async query(number: string, idLast4: string): Promise<ProgressResult> {
    const { outbox, limiter, usage } = this.deps;
    // Counted before it is checked; a match forgives only the tries on this number.
    const attempt = limiter.begin(number.toUpperCase());
    usage.record('progress');
    const row = outbox.byLocalNumber(number) ?? outbox.byCaseNumber(number);
    if (row && row.kind === 'declaration') {
      if (lastFour(row.summary.maskedIdNumber) !== idLast4) return this.noMatch(attempt);
      attempt.succeed();
      const fresh = await this.refresh(row.caseNumber ? [row.caseNumber] : []);
      return { cases: [this.viewRow(row, fresh.live)], online: fresh.online, link: this.link(fresh.online) };
    }
    let found: CaseLookupRecord[];
    try {
      found = await this.deps.live((client) => client.lookupCases({ caseNumber: number, idLast4 }));
    } catch (error) {
      if (error instanceof RateLimitedError) throw busyError(error);
      if (!(error instanceof OfflineError)) throw error;
      // Offline, only this kiosk's own cases can be checked: the same answer as a wrong number.
      return this.noMatch(attempt);
    }
    const record = found[0];
    if (!record) return this.noMatch(attempt);
    attempt.succeed();
    return { cases: [this.viewRecord(record, number)], online: true, link: 'online' };
  }

  async byCard(): Promise<ProgressResult> {
    const card = await this.deps.readCard();
    this.deps.usage.record('progress');
    const rows = this.deps.outbox.declarationsOf(this.deps.personDigest(card.idNumber));
    let records: CaseLookupRecord[] = [];
    let online = false;
    try {
      records = await this.deps.live((client) => client.lookupCases({ idNumber: card.idNumber }));
      online = true;
    } catch (error) {
      if (error instanceof RateLimitedError) throw busyError(error);
      if (!(error instanceof OfflineError)) throw error;
    }
    if (online) this.store(records);
    const byCase = new Map(records.map((r) => [r.caseNumber, r]));
    const cases: ProgressCase[] = rows.map((row) => {
      if (row.caseNumber) byCase.delete(row.caseNumber);
      return this.viewRow(row, online && row.caseNumber !== null);
    });
    for (const record of byCase.values()) cases.push(this.viewRecord(record, record.caseNumber));
    cases.sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
    return { cases, online, link: this.link(online), maskedName: maskName(card.name) };
  }

  /** Asks the server for fresh statuses of these cases; offline keeps what was pulled last. */
  private async refresh(caseNumbers: string[]): Promise<{ online: boolean; live: boolean }> {
    if (caseNumbers.length === 0) return { online: false, live: false };
    try {
      const records: CaseStatusRecord[] = await this.deps.live((client) => client.cases(caseNumbers));
      this.store(records);
      return { online: true, live: records.length > 0 };
    } catch (error) {
      if (error instanceof OfflineError) return { online: false, live: false };
      throw error;
    }
  }

  /** What this kiosk is for this answer: a demo one never asked the server. */
  private link(online: boolean): KioskLink {
    if (this.deps.provisioned?.() === false) return 'demo';
    return online ? 'online' : 'offline';
  }

  private store(records: readonly CaseStatusRecord[]): void {
    if (records.length === 0) return;
    this.deps.cases.upsert(
      records.map((r) => ({ caseNumber: r.caseNumber, status: r.status, history: r.history })),
      this.now(),
    );
  }

  private noMatch(attempt: Attempt): never {
    const left = attempt.fail();
    this.deps.log.info({ code: 'progress-no-match', triesLeft: left }, 'progress query without a match');
    if (left === 0) this.deps.limiter.check();
    const hint = left <= 2 ? `还可以再试 ${left} 次。` : '';
    throw new InputError('no case matches the number and ID digits', 'number', NO_MATCH_MESSAGE + hint);
  }

  /** Grants rating of the case and tells whether it is still unrated. */
  private rateable(keys: RatingKey[]): boolean {
    this.deps.grants.grant(keys);
    return !this.deps.ratings.rated(keys);
  }

  private viewRow(row: OutboxRow, live: boolean): ProgressCase {
    const keys: RatingKey[] = [`case:${row.localNumber}`];
    if (row.caseNumber) keys.push(`case:${row.caseNumber}`);
    return viewOfRow(row, row.caseNumber ? this.deps.cases.get(row.caseNumber) : undefined, {
      hallPhone: this.deps.config().hallPhone,
      promisedTimeLimit: this.promisedTimeLimit(row.itemId),
      rateable: this.rateable(keys),
      live,
      // A row not yet uploaded: kept here for good on a demo kiosk, waiting for the network otherwise.
      link: this.link(false),
    });
  }

  private viewRecord(record: CaseLookupRecord, number: string): ProgressCase {
    return viewOfRecord(record, number, this.now(), {
      hallPhone: this.deps.config().hallPhone,
      rateable: this.rateable([`case:${record.caseNumber}`]),
      live: true,
    });
  }

  private promisedTimeLimit(itemId: string | null): string | undefined {
    if (!itemId) return undefined;
    try {
      return this.deps.catalog.item(itemId).promisedTimeLimit;
    } catch {
      return undefined;
    }
  }
}
