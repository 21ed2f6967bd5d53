/**
 * `/console/api/…`: the staff console's API (signed-in staff only, scoped to the user's hall), and the
 * server-sent events of 呼叫帮办. Every view of personal data and every change goes to the audit log.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { z } from 'zod';
import { CASE_STATUSES, caseNumberSchema, isoDateSchema } from '../../src-protocol/index.js';
import type { DistrictStore } from '../store/district.store.js';
import { HttpError, parseOrInvalid } from '../routes/http-errors.js';
import { CONSOLE_LOGIN_URL, LOGIN_BUSY_MESSAGE } from '../routes/rate-limits.js';
import { AuditLog } from './audit.js';
import { CasesService, STAFF_STATUSES, type StaffStatus } from './cases.service.js';
import type {
  CasesAnswer,
  DevicesAnswer,
  EnrollmentCodeAnswer,
  HallOption,
  HelpCallsAnswer,
  SessionAnswer,
} from './console-api.types.js';
import { DEVICE_PAGE_SIZE, DevicesService } from './devices.service.js';
import {
  checkOrigin,
  clearSessionCookie,
  forbidden,
  requireStaff,
  setSessionCookie,
  pageQuery,
} from './console-http.js';
import type { StoreSql } from '../store/store-sql.js';
import type { HelpCallsService } from './help-calls.service.js';
import { hallScope, type StaffService, type StaffSession } from './staff.service.js';

export interface ConsoleDeps {
  sql: StoreSql;
  store: DistrictStore;
  staff: StaffService;
  help: HelpCallsService;
  now: () => Date;
  /** How often an open 呼叫帮办 stream looks for changes. */
  helpPollMs?: number;
}

export const CASE_PAGE_SIZE = 50;

const loginSchema = z.strictObject(
  {
    name: z.string({ message: '请输入用户名' }).trim().min(1, '请输入用户名').max(64, '用户名太长'),
    password: z.string({ message: '请输入密码' }).min(1, '请输入密码').max(256, '密码太长'),
  },
  { message: '登录信息只能有用户名和密码' },
);

export const hallCodeSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '服务中心编码格式不对');

const casesQuerySchema = z.strictObject(
  {
    hall: hallCodeSchema.optional(),
    status: z.enum(CASE_STATUSES, { message: '状态不对' }).optional(),
    item: z.string().trim().min(1).max(200, '事项名称太长').optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    page: pageQuery,
  },
  { message: '查询条件不认识' },
);

const caseParamsSchema = z.object({ number: caseNumberSchema });
const callParamsSchema = z.object({
  callId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, '呼叫编号格式不对'),
});

const statusBodySchema = z.strictObject(
  {
    status: z.enum(STAFF_STATUSES as [StaffStatus, ...StaffStatus[]], {
      message: '状态应为 已受理 / 不予受理 / 办理中 / 已办结 之一',
    }),
    note: z.string({ message: '说明应为文字' }).trim().max(200, '说明最多 200 字').optional(),
  },
  { message: '只能提交状态和说明' },
);

/** The hall a request may see: a hall user's own; a district user's `hall` filter, or all. */
export function scopeOf(session: StaffSession, requested: string | undefined): string | null {
  const own = hallScope(session.user);
  if (own !== null) {
    if (requested !== undefined && requested !== own) throw forbidden('只能查看本服务中心的数据');
    return own;
  }
  return requested ?? null;
}

export function registerConsoleApi(app: FastifyInstance, deps: ConsoleDeps): void {
  const audit = new AuditLog(deps.sql, deps.now);
  const cases = new CasesService(deps.sql, deps.store, deps.now);
  const staff = (request: FastifyRequest): Promise<StaffSession> => requireStaff(request, deps.staff);
  // Open event streams end before the server closes its connections.
  const streams = new Set<() => void>();
  app.addHook('preClose', (done) => {
    for (const end of [...streams]) end();
    done();
  });

  // Tries per address are limited too: installRateLimits (rate-limits.ts) gives this route its limit.
  app.post(CONSOLE_LOGIN_URL, async (request, reply) => {
    checkOrigin(request);
    const body = parseOrInvalid(loginSchema, request.body, '登录信息');
    const outcome = await deps.staff.login(body.name, body.password);
    if (!outcome.ok) {
      request.log.info({ outcome: outcome.reason }, 'console login refused');
      if (outcome.reason === 'LOCKED')
        throw new HttpError(423, 'LOCKED', '密码错误次数过多，账号已锁定 15 分钟，请稍后再试');
      if (outcome.reason === 'BUSY') {
        void reply.header('retry-after', '1');
        throw new HttpError(503, 'RATE_LIMITED', LOGIN_BUSY_MESSAGE);
      }
      throw new HttpError(401, 'UNAUTHORIZED', '用户名或密码不对');
    }
    setSessionCookie(request, reply, outcome.token);
    await audit.record(outcome.user, { action: 'login', target: outcome.user.name });
    const answer: SessionAnswer = { user: outcome.user, csrf: outcome.csrf };
    return answer;
  });

  app.post('/console/api/logout', async (request, reply) => {
    const session = await staff(request);
    await deps.staff.logout(session.tokenHash);
    await audit.record(session.user, { action: 'logout', target: session.user.name });
    clearSessionCookie(request, reply);
    return { ok: true };
  });

  app.get('/console/api/session', async (request) => {
    const session = await staff(request);
    const answer: SessionAnswer = { user: session.user, csrf: session.csrf };
    return answer;
  });

  app.get('/console/api/halls', async (request) => {
    const session = await staff(request);
    const own = hallScope(session.user);
    const halls = await deps.sql.all<HallOption>(
      `SELECT code, name FROM halls ${own !== null ? 'WHERE code = ?' : ''} ORDER BY code`,
      own !== null ? [own] : [],
    );
    return { halls };
  });

  app.get('/console/api/help', async (request) => {
    const session = await staff(request);
    const query = parseOrInvalid(
      z.strictObject({ hall: hallCodeSchema.optional() }),
      request.query,
      '查询条件',
    );
    const answer: HelpCallsAnswer = { calls: await deps.help.list(scopeOf(session, query.hall)) };
    return answer;
  });

  app.get('/console/api/help/events', async (request, reply) => {
    const session = await staff(request);
    const query = parseOrInvalid(
      z.strictObject({ hall: hallCodeSchema.optional() }),
      request.query,
      '查询条件',
    );
    streamHelpCalls(request, reply, deps, session, scopeOf(session, query.hall), streams);
  });

  app.post('/console/api/help/:callId/accept', async (request) => {
    const session = await staff(request);
    const { callId } = parseOrInvalid(callParamsSchema, request.params, '呼叫编号');
    const call = await deps.help.accept(session.user, hallScope(session.user), callId);
    if (!call) throw new HttpError(404, 'NOT_FOUND', '没有这次呼叫，或不属于本服务中心');
    await audit.record(session.user, { action: 'help.accept', target: callId, hallCode: call.hallCode });
    return { call };
  });

  app.get('/console/api/cases', async (request) => {
    const session = await staff(request);
    const query = parseOrInvalid(casesQuerySchema, request.query, '查询条件');
    if (query.from && query.to && query.from > query.to)
      throw new HttpError(400, 'INVALID', '开始日期不能晚于结束日期', 'from');
    const page = query.page ?? 1;
    const result = await cases.list({
      hall: scopeOf(session, query.hall),
      ...(query.status ? { status: query.status } : {}),
      ...(query.item ? { itemName: query.item } : {}),
      ...(query.from ? { from: query.from } : {}),
      ...(query.to ? { to: query.to } : {}),
      offset: (page - 1) * CASE_PAGE_SIZE,
      limit: CASE_PAGE_SIZE,
    });
    const answer: CasesAnswer = { ...result, pageSize: CASE_PAGE_SIZE };
    return answer;
  });

  app.get('/console/api/cases/:number', async (request) => {
    const session = await staff(request);
    const { number } = parseOrInvalid(caseParamsSchema, request.params, '受理编号');
    const detail = await cases.get(hallScope(session.user), number);
    if (!detail) throw new HttpError(404, 'NOT_FOUND', '没有这个办件，或不属于本服务中心');
    await audit.record(session.user, { action: 'case.view', target: number, hallCode: detail.hallCode });
    return { case: detail };
  });

  app.post('/console/api/cases/:number/status', async (request) => {
    const session = await staff(request);
    const { number } = parseOrInvalid(caseParamsSchema, request.params, '受理编号');
    const body = parseOrInvalid(statusBodySchema, request.body, '状态');
    const done = await cases.setStatus(hallScope(session.user), number, body.status, body.note || undefined);
    if (!done) throw new HttpError(404, 'NOT_FOUND', '没有这个办件，或不属于本服务中心');
    await audit.record(session.user, {
      action: 'case.status',
      target: number,
      detail: body.status,
    });
    const detail = await cases.get(hallScope(session.user), number);
    return { case: detail };
  });

  const devices = new DevicesService(deps.sql, deps.store, deps.now);
  const devicesQuerySchema = z.strictObject(
    {
      hall: hallCodeSchema.optional(),
      attention: z.enum(['1', '0'], { message: 'attention 应为 1 或 0' }).optional(),
      page: z.coerce
        .number({ message: '页码应为数字' })
        .int('页码应为整数')
        .min(1, '页码从 1 开始')
        .max(100_000, '页码太大')
        .optional(),
    },
    { message: '查询条件不认识' },
  );
  const deviceParamsSchema = z.object({
    deviceId: z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, '终端编号格式不对'),
  });

  app.get('/console/api/devices', async (request) => {
    const session = await staff(request);
    const query = parseOrInvalid(devicesQuerySchema, request.query, '查询条件');
    const result = await devices.list(scopeOf(session, query.hall), {
      attention: query.attention === '1',
      page: query.page ?? 1,
    });
    const answer: DevicesAnswer = { ...result, pageSize: DEVICE_PAGE_SIZE };
    return answer;
  });

  app.post('/console/api/devices/codes', async (request) => {
    const session = await staff(request);
    const body = parseOrInvalid(
      z.strictObject({ hall: hallCodeSchema.optional() }, { message: '只能指定服务中心' }),
      request.body ?? {},
      '注册码请求',
    );
    const hall = scopeOf(session, body.hall);
    if (hall === null) throw new HttpError(400, 'INVALID', '请先选择服务中心', 'hall');
    const issued = await devices.issueCode(hall);
    if (!issued) throw new HttpError(404, 'NOT_FOUND', '没有这个服务中心');
    await audit.record(session.user, { action: 'device.code', target: hall, hallCode: hall });
    const qrSvg = await QRCode.toString(issued.code, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    const answer: EnrollmentCodeAnswer = { ...issued, hallCode: hall, qrSvg };
    return answer;
  });

  app.post('/console/api/devices/:deviceId/revoke', async (request) => {
    const session = await staff(request);
    const { deviceId } = parseOrInvalid(deviceParamsSchema, request.params, '终端编号');
    const done = await devices.revoke(hallScope(session.user), deviceId);
    if (!done) throw new HttpError(404, 'NOT_FOUND', '没有这台终端，或不属于本服务中心');
    await audit.record(session.user, { action: 'device.revoke', target: deviceId, hallCode: done.hallCode });
    return { ok: true };
  });

  app.get('/console/api/audit', async (request) => {
    const session = await staff(request);
    if (session.user.role !== 'district') throw forbidden('审计日志只有区级用户可以查看');
    const query = parseOrInvalid(
      z.strictObject({ before: z.coerce.number().int().min(1).optional() }),
      request.query,
      '查询条件',
    );
    return { entries: await audit.list(100, query.before) };
  });
}

/**
 * The hall's help calls as server-sent events, sent again whenever they change. The session was checked
 * when the stream opened and is checked again at every look (without restarting its idle clock): once it
 * has ended (logout, idle or age expiry, the account disabled) the stream says `signed-out` and closes.
 */
function streamHelpCalls(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: ConsoleDeps,
  session: StaffSession,
  hall: string | null,
  streams: Set<() => void>,
): void {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  raw.write('retry: 2000\n\n');
  let last = '';
  let busy = false;
  let idleTicks = 0;
  const tick = async (): Promise<void> => {
    if (busy || raw.writableEnded) return;
    busy = true;
    try {
      if (!(await deps.staff.isLive(session.tokenHash))) {
        raw.write('event: signed-out\ndata: {}\n\n');
        end();
        return;
      }
      const calls = await deps.help.list(hall);
      const text = JSON.stringify({ calls });
      if (text !== last) {
        last = text;
        idleTicks = 0;
        raw.write(`event: calls\ndata: ${text}\n\n`);
      } else if (++idleTicks % 30 === 0) raw.write(': keep-alive\n\n');
    } catch (error) {
      request.log.error({ err: error }, 'help stream read failed');
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void tick(), deps.helpPollMs ?? 500);
  void tick();
  const end = (): void => {
    clearInterval(timer);
    streams.delete(end);
    if (!raw.writableEnded) raw.end();
  };
  streams.add(end);
  request.raw.on('close', end);
}
