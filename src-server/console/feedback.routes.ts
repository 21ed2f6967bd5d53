/**
 * `/console/api/…` for 好差评, 投诉建议, 预约 and 事项目录: signed-in staff only, scoped to the user's hall;
 * every change (and every view of complaint texts) goes to the audit log. Publishing the catalog is the
 * district's and goes through the same function as `catalog publish`.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { caseNumberSchema, isoDateSchema, slotTimeSchema } from '../../src-protocol/index.js';
import { addDays, chinaDate } from '../core/china-dates.js';
import { publishCatalog } from '../core/catalog-publish.js';
import type { DistrictStore } from '../store/district.store.js';
import { HttpError, parseOrInvalid } from '../routes/http-errors.js';
import { AuditLog } from './audit.js';
import { BookingsService } from './bookings.service.js';
import { previewCatalog } from './catalog-diff.js';
import { ComplaintsService, STAFF_COMPLAINT_STATUSES } from './complaints.service.js';
import { forbidden, pageQuery, requireStaff } from './console-http.js';
import { hallCodeSchema, scopeOf } from './console.routes.js';
import type { StoreSql } from '../store/store-sql.js';
import type {
  BookingsAnswer,
  CatalogPreviewAnswer,
  CatalogPublishAnswer,
  ComplaintsAnswer,
  NoticesAnswer,
  RatingsAnswer,
} from './feedback-api.types.js';
import { RatingsService } from './ratings.service.js';
import { listNotices, retryNotice } from '../notices/notices.service.js';
import { hallScope, type StaffService, type StaffSession } from './staff.service.js';

export interface FeedbackDeps {
  sql: StoreSql;
  store: DistrictStore;
  staff: StaffService;
  now: () => Date;
  /** The SMS template of progress notices; null when none are sent. */
  noticeTemplateId?: string | null;
}

/** Longest period of one 好差评 report. */
const MAX_REPORT_DAYS = 731;

const ratingsQuerySchema = z.strictObject(
  {
    hall: hallCodeSchema.optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    page: pageQuery,
  },
  { message: '查询条件不认识' },
);
const numberParams = z.object({ number: caseNumberSchema });
const actionBody = z.strictObject(
  {
    kind: z.enum(['回访', '整改'], { message: '记录类型应为 回访 或 整改' }),
    note: z.string({ message: '请填写记录内容' }).trim().min(1, '请填写记录内容').max(500, '记录最多 500 字'),
  },
  { message: '只能提交记录类型和内容' },
);
const complaintsQuery = z.strictObject(
  {
    hall: hallCodeSchema.optional(),
    status: z.enum(['待处理', ...STAFF_COMPLAINT_STATUSES], { message: '状态不对' }).optional(),
  },
  { message: '查询条件不认识' },
);
const replyBody = z.strictObject(
  {
    status: z.enum(STAFF_COMPLAINT_STATUSES, { message: '状态应为 处理中 / 已答复 / 已办结 之一' }),
    reply: z.string({ message: '答复应为文字' }).trim().max(1000, '答复最多 1000 字').optional(),
  },
  { message: '只能提交状态和答复' },
);
const bookingsQuery = z.strictObject(
  { hall: hallCodeSchema.optional(), date: isoDateSchema.optional() },
  { message: '查询条件不认识' },
);
const scheduleBody = z.strictObject(
  {
    hall: hallCodeSchema.optional(),
    weekday: z
      .number({ message: '星期应为 1 到 7' })
      .int()
      .min(1, '星期应为 1 到 7')
      .max(7, '星期应为 1 到 7'),
    times: z.array(slotTimeSchema, { message: '时间应为 HH:MM 的列表' }).max(48, '一天最多 48 个时段'),
    capacity: z
      .number({ message: '名额应为数字' })
      .int('名额应为整数')
      .min(1, '名额应为 1 到 1000')
      .max(1000, '名额应为 1 到 1000'),
  },
  { message: '只能提交服务中心、星期、时间和名额' },
);
const holidayBody = z.strictObject(
  {
    hall: hallCodeSchema.optional(),
    date: isoDateSchema,
    closed: z.boolean({ message: 'closed 应为 true 或 false' }),
  },
  { message: '只能提交服务中心、日期和是否休息' },
);

/** A hall the user may edit: a hall user's own, or the one a district user names. */
function editHall(session: StaffSession, requested: string | undefined): string {
  const hall = scopeOf(session, requested);
  if (hall === null) throw new HttpError(400, 'INVALID', '请先选择服务中心', 'hall');
  return hall;
}

export function registerFeedbackApi(app: FastifyInstance, deps: FeedbackDeps): void {
  const audit = new AuditLog(deps.sql, deps.now);
  const ratings = new RatingsService(deps.sql, deps.store, deps.now);
  const complaints = new ComplaintsService(deps.sql, deps.now);
  const bookings = new BookingsService(deps.sql, deps.store);
  const staff = (request: FastifyRequest): Promise<StaffSession> => requireStaff(request, deps.staff);
  const knownHall = async (code: string): Promise<void> => {
    if (!(await deps.store.getHall(code))) throw new HttpError(404, 'NOT_FOUND', '没有这个服务中心');
  };

  app.get('/console/api/ratings', async (request) => {
    const session = await staff(request);
    const query = parseOrInvalid(ratingsQuerySchema, request.query, '查询条件');
    const to = query.to ?? chinaDate(deps.now());
    const from = query.from ?? addDays(to, -89);
    if (from > to) throw new HttpError(400, 'INVALID', '开始日期不能晚于结束日期', 'from');
    if (addDays(from, MAX_REPORT_DAYS) < to) throw new HttpError(400, 'INVALID', '统计期间最长两年', 'from');
    const answer: RatingsAnswer = await ratings.report(
      scopeOf(session, query.hall),
      from,
      to,
      query.page ?? 1,
    );
    return answer;
  });

  app.post('/console/api/ratings/:number/actions', async (request) => {
    const session = await staff(request);
    const { number } = parseOrInvalid(numberParams, request.params, '评价编号');
    const body = parseOrInvalid(actionBody, request.body, '记录');
    const hall = await ratings.record(session.user, hallScope(session.user), number, body.kind, body.note);
    if (hall === null) throw new HttpError(404, 'NOT_FOUND', '没有这条差评，或不属于本服务中心');
    await audit.record(session.user, { action: `rating.${body.kind}`, target: number, hallCode: hall });
    return { ok: true };
  });

  app.get('/console/api/complaints', async (request) => {
    const session = await staff(request);
    const query = parseOrInvalid(complaintsQuery, request.query, '查询条件');
    const hall = scopeOf(session, query.hall);
    const answer: ComplaintsAnswer = { rows: await complaints.list(hall, query.status) };
    // Complaint texts can name people: each view of the list is audited.
    await audit.record(session.user, { action: 'complaint.list', target: hall ?? '全区', hallCode: hall });
    return answer;
  });

  app.post('/console/api/complaints/:number/reply', async (request) => {
    const session = await staff(request);
    const { number } = parseOrInvalid(numberParams, request.params, '投诉编号');
    const body = parseOrInvalid(replyBody, request.body, '答复');
    if (body.status === '已答复' && !body.reply)
      throw new HttpError(400, 'INVALID', '状态为已答复时请填写答复内容', 'reply');
    const hall = await complaints.answer(
      session.user,
      hallScope(session.user),
      number,
      body.status,
      body.reply || undefined,
    );
    if (hall === null) throw new HttpError(404, 'NOT_FOUND', '没有这条投诉建议，或不属于本服务中心');
    await audit.record(session.user, {
      action: 'complaint.reply',
      target: number,
      hallCode: hall,
      detail: body.status,
    });
    return { ok: true };
  });

  app.get('/console/api/bookings', async (request) => {
    const session = await staff(request);
    const query = parseOrInvalid(bookingsQuery, request.query, '查询条件');
    const hall = editHall(session, query.hall);
    await knownHall(hall);
    const answer: BookingsAnswer = await bookings.day(hall, query.date ?? chinaDate(deps.now()));
    return answer;
  });

  app.post('/console/api/bookings/schedule', async (request) => {
    const session = await staff(request);
    const body = parseOrInvalid(scheduleBody, request.body, '时段');
    const hall = editHall(session, body.hall);
    await knownHall(hall);
    const times = [...new Set(body.times)].sort();
    await bookings.setSchedule(hall, [body.weekday], times, body.capacity);
    await audit.record(session.user, {
      action: 'slots.set',
      target: hall,
      hallCode: hall,
      detail: `星期${body.weekday} ${times.join(',') || '无时段'} 每时段 ${body.capacity} 人`,
    });
    return { ok: true };
  });

  app.post('/console/api/bookings/holidays', async (request) => {
    const session = await staff(request);
    const body = parseOrInvalid(holidayBody, request.body, '休息日');
    const hall = editHall(session, body.hall);
    await knownHall(hall);
    const changed = body.closed
      ? await bookings.addHoliday(hall, body.date)
      : await bookings.removeHoliday(hall, body.date);
    await audit.record(session.user, {
      action: body.closed ? 'holiday.add' : 'holiday.remove',
      target: body.date,
      hallCode: hall,
    });
    return { ok: true, changed };
  });

  app.get('/console/api/notices', async (request) => {
    const session = await staff(request);
    const query = parseOrInvalid(
      z.strictObject(
        {
          hall: hallCodeSchema.optional(),
          state: z
            .enum(['pending', 'sent', 'dead'], { message: '状态应为 pending / sent / dead' })
            .optional(),
        },
        { message: '查询条件不认识' },
      ),
      request.query,
      '查询条件',
    );
    const answer: NoticesAnswer = {
      rows: await listNotices(deps.sql, scopeOf(session, query.hall), query.state ?? 'dead'),
      templateId: deps.noticeTemplateId ?? null,
    };
    return answer;
  });

  app.post('/console/api/notices/:id/retry', async (request) => {
    const session = await staff(request);
    const { id } = parseOrInvalid(
      z.object({
        id: z.coerce.number({ message: '通知编号应为数字' }).int().min(1).max(Number.MAX_SAFE_INTEGER),
      }),
      request.params,
      '通知编号',
    );
    if (!(await retryNotice(deps.sql, hallScope(session.user), id, deps.now())))
      throw new HttpError(404, 'NOT_FOUND', '没有这条发送失败的通知，或不属于本服务中心');
    await audit.record(session.user, { action: 'notice.retry', target: String(id) });
    return { ok: true };
  });

  const districtOnly = (session: StaffSession): void => {
    if (session.user.role !== 'district') throw forbidden('事项目录只有区级用户可以发布');
  };

  app.post('/console/api/catalog/preview', async (request) => {
    const session = await staff(request);
    districtOnly(session);
    const answer: CatalogPreviewAnswer = await previewCatalog(deps.store, request.body);
    return answer;
  });

  app.post('/console/api/catalog/publish', async (request) => {
    const session = await staff(request);
    districtOnly(session);
    const result = await publishCatalog(deps.store, request.body, deps.now());
    if (!result.ok) {
      const first = result.problems[0];
      throw new HttpError(
        400,
        'INVALID',
        `目录无效，未发布：${first ? `${first.field} ${first.message}` : ''}（共 ${result.problems.length} 处）`,
        first?.field,
      );
    }
    await audit.record(session.user, {
      action: 'catalog.publish',
      target: result.manifest.displayVersion,
      detail: `新增 ${result.added}，修改 ${result.changed}，删除 ${result.removed}`,
    });
    const answer: CatalogPublishAnswer = {
      version: result.manifest.version,
      displayVersion: result.manifest.displayVersion,
      added: result.added,
      changed: result.changed,
      removed: result.removed,
    };
    return answer;
  });
}
