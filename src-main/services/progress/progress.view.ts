/**
 * How one case reads on the 进度查询 screen: its timeline and what the citizen must do next, from this
 * kiosk's outbox row (and the statuses pulled for it) or from the district server's answer.
 */
import type { ProgressCase, ProgressEvent } from '../../contract/citizen.types.js';
import { KEPT_ON_KIOSK, notUploadedStep, type KioskLink } from '../../contract/kiosk-promises.js';
import type { CaseLookupRecord } from '../../district/protocol.types.js';
import type { CaseStatusRow } from '../../store/case-status.repository.js';
import type { OutboxRow } from '../../store/outbox.repository.js';

/** A declaration still in this kiosk's outbox. */
export const NOT_UPLOADED = '待上传';
/** A declaration the district server refused for good. */
export const NOT_ACCEPTED = '未被接收';

export function nextStep(
  status: string,
  hallPhone: string,
  promisedTimeLimit?: string,
  link: KioskLink = 'offline',
): string {
  const limit = promisedTimeLimit ? `（${promisedTimeLimit}）` : '';
  switch (status) {
    case NOT_UPLOADED:
      return notUploadedStep(link);
    case KEPT_ON_KIOSK:
      return notUploadedStep('demo');
    case NOT_ACCEPTED:
      return `申请未能送达审批系统，请带上回执到窗口咨询，或拨打 ${hallPhone}。`;
    case '已提交':
      return '工作人员将在一个工作日内审查申请材料并告知是否受理，请保持电话畅通。';
    case '已受理':
      return `已受理，请按回执上的清单准备材料原件，等待办理结果通知${limit}。`;
    case '不予受理':
      return `未予受理，原因见短信通知；如有疑问请到窗口咨询或拨打 ${hallPhone}。`;
    case '办理中':
      return `正在办理，办结后会短信通知您${limit}。`;
    case '已办结':
      return '已办结，请按通知到窗口领取结果，或留意邮寄送达。';
    default:
      return `如有疑问请到窗口咨询或拨打 ${hallPhone}。`;
  }
}

function pulledTimeline(pulled: CaseStatusRow | undefined): ProgressEvent[] {
  return (pulled?.history ?? []).map((e) => ({
    status: e.status,
    at: e.at,
    ...(e.note !== undefined ? { note: e.note } : {}),
  }));
}

export interface ViewContext {
  hallPhone: string;
  /** The item's 承诺办结时限, when the item is still in the catalog. */
  promisedTimeLimit?: string | undefined;
  rateable: boolean;
  live: boolean;
  /** demo: a row waiting in the outbox will never leave this kiosk. */
  link?: KioskLink;
}

/** A case from this kiosk's outbox, with the statuses last pulled for it. */
export function viewOfRow(row: OutboxRow, pulled: CaseStatusRow | undefined, ctx: ViewContext): ProgressCase {
  const status =
    row.state === 'pending'
      ? ctx.link === 'demo'
        ? KEPT_ON_KIOSK
        : NOT_UPLOADED
      : row.state === 'dead'
        ? NOT_ACCEPTED
        : (pulled?.status ?? row.caseStatus ?? '已提交');
  const timeline: ProgressEvent[] = [{ status: '本机提交', at: row.createdAt }];
  const history = pulledTimeline(pulled);
  if (history.length > 0) timeline.push(...history);
  else if (row.state === 'sent' && row.ackedAt) timeline.push({ status: '已提交', at: row.ackedAt });
  return {
    number: row.localNumber,
    caseNumber: row.caseNumber,
    itemName: typeof row.summary.itemName === 'string' ? row.summary.itemName : '（事项已调整）',
    submittedAt: row.createdAt,
    status,
    timeline,
    nextStep: nextStep(status, ctx.hallPhone, ctx.promisedTimeLimit, ctx.link),
    updatedAt: pulled?.pulledAt ?? row.ackedAt,
    live: ctx.live,
    rateable: ctx.rateable,
  };
}

/** A case the district server knows (handed in elsewhere, or here). */
export function viewOfRecord(
  record: CaseLookupRecord,
  number: string,
  now: Date,
  ctx: ViewContext,
): ProgressCase {
  return {
    number,
    caseNumber: record.caseNumber,
    itemName: record.itemName ?? '（未登记事项名称）',
    submittedAt: record.receivedAt,
    status: record.status,
    timeline: record.history.map((e) => ({
      status: e.status,
      at: e.at,
      ...(e.note !== undefined ? { note: e.note } : {}),
    })),
    nextStep: nextStep(record.status, ctx.hallPhone, ctx.promisedTimeLimit),
    updatedAt: now.toISOString(),
    live: ctx.live,
    rateable: ctx.rateable,
  };
}
