/**
 * 好差评 at the kiosk: five levels; 差评 (levels 1–2) need a reason or a comment. One rating per case or
 * appointment — under any of its numbers — and one per visit; only what the citizen of this session handed
 * in or looked up can be rated. The rating goes through the outbox like a declaration; a rating of a case
 * still waiting in the outbox names its kiosk number and gets the district's number just before it is sent
 * (see `prepareRating`).
 */
import type { RatingResult, RatingTarget } from '../../contract/citizen.types.js';
import { ConflictError, InputError } from '../../contract/errors.js';
import {
  POOR_RATING_MAX,
  RATING_LEVELS,
  type RatingLevel,
  type RatingReason,
} from '../../contract/feedback.js';
import type { Logger } from '../../log/logger.js';
import type { Db } from '../../store/database.js';
import type { OutboxRepository, OutboxRow } from '../../store/outbox.repository.js';
import type { LocalRatingTarget, OutboxPayloads } from '../../store/outbox-payloads.js';
import type { RatingsRepository } from '../../store/ratings.repository.js';
import type { UsageRepository } from '../../store/usage.repository.js';
import type { SessionService } from '../session/session.service.js';
import type { PrepareOutcome } from '../sync/outbox-sender.js';
import type { RatingGrants, RatingKey } from './rating-grants.js';

export const ALREADY_RATED_MESSAGE = '这次办理已经评价过了，感谢您的参与。';
const VISIT_RATED = 'rating.visit';

export interface RatingInput {
  target: RatingTarget;
  level: number;
  reasons: readonly RatingReason[];
  comment?: string | undefined;
}

export interface RatingDeps {
  db: Db;
  outbox: OutboxRepository;
  ratings: RatingsRepository;
  usage: UsageRepository;
  grants: RatingGrants;
  session: SessionService;
  online: () => boolean;
  log: Logger;
  now?: () => Date;
}

/** The target as the district server sees it; `localNumber` is swapped for the case number when sent. */
/** What the outbox row names as the rated thing (a local number until the district numbers the case). */
type WireTarget = OutboxPayloads['rating']['target'];

export class RatingService {
  private readonly now: () => Date;

  constructor(private readonly deps: RatingDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  submit(input: RatingInput): RatingResult {
    const level = input.level as RatingLevel;
    if (!(level in RATING_LEVELS)) throw new InputError('rating level out of range', 'level');
    const comment = input.comment?.trim() ?? '';
    if (level <= POOR_RATING_MAX && input.reasons.length === 0 && comment.length === 0)
      throw new InputError(
        'poor rating without a reason',
        'reasons',
        '请至少选择一个不满意的地方，或写下您的意见，方便我们改进。',
      );
    const { keys, wire } = this.resolve(input.target);
    const now = this.now();
    const row = this.deps.db.transaction((): OutboxRow => {
      if (keys.length > 0 && this.deps.ratings.rated(keys))
        throw new ConflictError('already rated', ALREADY_RATED_MESSAGE);
      const enqueued = this.deps.outbox.enqueue(
        {
          kind: 'rating',
          payload: {
            target: wire,
            level,
            reasons: [...input.reasons],
            ...(comment ? { comment } : {}),
            ratedAt: now.toISOString(),
          },
          summary: { level, target: input.target.kind },
        },
        now,
      );
      // A visit is recorded too (under its own number), for the hall's rating statistics.
      this.deps.ratings.record(
        keys.length > 0 ? keys : [`visit:${enqueued.localNumber}`],
        enqueued.id,
        level,
        now,
      );
      return enqueued;
    })();
    if (input.target.kind === 'visit') this.deps.session.data()?.set(VISIT_RATED, true);
    this.deps.usage.record('rating', null, now);
    this.deps.log.info(
      { localNumber: row.localNumber, ratingLevel: level, target: input.target.kind },
      'rating stored',
    );
    return {
      trackingNumber: row.localNumber,
      level,
      followUp: level <= POOR_RATING_MAX,
      online: this.deps.online(),
    };
  }

  /** The keys that make the rating unique and the target to send; refuses what this session may not rate. */
  private resolve(target: RatingTarget): { keys: RatingKey[]; wire: WireTarget } {
    const { outbox, grants } = this.deps;
    if (target.kind === 'visit') {
      if (this.deps.session.data()?.get(VISIT_RATED) === true)
        throw new ConflictError('visit already rated', '本次服务已经评价过了，感谢您的参与。');
      return { keys: [], wire: { hallVisit: true, ...(target.itemId ? { itemId: target.itemId } : {}) } };
    }
    if (target.kind === 'appointment') {
      const keys: RatingKey[] = [`appointment:${target.number}`];
      if (!grants.granted(keys)) throw notGranted();
      return { keys, wire: { appointmentNumber: target.number } };
    }
    const row = outbox.byLocalNumber(target.number) ?? outbox.byCaseNumber(target.number);
    const local = row?.kind === 'declaration' ? row : undefined;
    const keys: RatingKey[] = local
      ? [`case:${local.localNumber}`, ...(local.caseNumber ? [`case:${local.caseNumber}` as const] : [])]
      : [`case:${target.number}`];
    if (!grants.granted(keys)) throw notGranted();
    if (!local) return { keys, wire: { caseNumber: target.number } };
    return {
      keys,
      wire: local.caseNumber ? { caseNumber: local.caseNumber } : { localNumber: local.localNumber },
    };
  }
}

function notGranted(): InputError {
  return new InputError(
    'target not handed in or looked up in this session',
    'target',
    '请先在“进度查询”中查到这件办理，再进行评价。',
  );
}

/**
 * Just before a rating is sent: a target named by the kiosk number gets the district's case number once
 * the declaration is acknowledged; until then the rating waits; a refused declaration cannot be rated.
 */
export function prepareRating(outbox: OutboxRepository) {
  return (row: OutboxRow, payloadJson: string): PrepareOutcome => {
    if (row.kind !== 'rating') return { kind: 'send', payloadJson };
    const payload = JSON.parse(payloadJson) as OutboxPayloads['rating'];
    const target = payload.target as Partial<LocalRatingTarget> | undefined;
    // Anything but a local target goes as it is (the drain checks it against the protocol).
    if (typeof target?.localNumber !== 'string') return { kind: 'send', payloadJson };
    const rated = outbox.byLocalNumber(target.localNumber);
    if (rated?.caseNumber)
      return {
        kind: 'send',
        payloadJson: JSON.stringify({ ...payload, target: { caseNumber: rated.caseNumber } }),
      };
    if (rated?.state === 'pending') return { kind: 'wait', reason: '等待所评价的申报先上传' };
    return { kind: 'dead', reason: '所评价的申报未被区里接收，无法上传评价' };
  };
}
