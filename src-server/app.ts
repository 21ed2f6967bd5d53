/**
 * Composition root of the reference district server: opens the store the configuration names (SQLite
 * file or PostgreSQL URL) and builds the Fastify app on it. The app holds no state of its own: everything
 * lives in the store (the signing key and the number sequences included), so several instances can serve
 * one PostgreSQL database behind a load balancer.
 */
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import { attachmentStoreFor } from './attachments/attachment-store-for.js';
import { registerAttachmentsRoute } from './attachments/attachments.route.js';
import { registerConsole } from './console/console.plugin.js';
import { registerPhoneUpload } from './phone-upload/phone-upload.plugin.js';
import type { PhoneUploadOptions } from './phone-upload/phone-upload.options.js';
import { registerComplaintReplyRoute } from './routes/complaint-reply.route.js';
import { noticeTemplateOf, startNotices, type NoticeSetup } from './notices/notices.plugin.js';
import { loadSigningKey } from './core/signing-key.js';
import { registerAppointmentsRoute } from './routes/appointments.route.js';
import { registerCasesRoute } from './routes/cases.route.js';
import { registerCatalogRoute } from './routes/catalog.route.js';
import { registerEnrollRoute } from './routes/enroll.route.js';
import { registerHealthRoute } from './routes/health.route.js';
import { registerHeartbeatRoute } from './routes/heartbeat.route.js';
import { HttpError, installErrorHandlers } from './routes/http-errors.js';
import { DEFAULT_RATE_LIMITS, installRateLimits, type RateLimits } from './routes/rate-limits.js';
import type { RouteDeps } from './routes/route-deps.js';
import { registerSubmissionsRoute } from './routes/submissions.route.js';
import { registerTimeRoute } from './routes/time.route.js';
import type { DistrictStore } from './store/district.store.js';
import { PostgresDistrictStore } from './store/postgres.store.js';
import { SqliteDistrictStore } from './store/sqlite.store.js';
import type { StoreTarget } from './store/store-target.js';

export interface AppOptions {
  store: DistrictStore;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  /** Fastify's logger option: false (default) or pino options. Request bodies are never logged. */
  logger?: FastifyServerOptions['logger'];
  /** Rate limits other than DEFAULT_RATE_LIMITS (rate-limits.ts), e.g. for a load test's enrollments. */
  rateLimits?: Partial<RateLimits>;
  /** The reverse proxy's addresses, whose X-Forwarded-For names the client (Fastify's trustProxy). */
  trustProxy?: string;
  /** Socket and request timeouts other than TIMEOUTS. */
  timeouts?: Partial<typeof TIMEOUTS>;
  /** The built staff console (default dist/console). */
  consoleDir?: string;
  /** 从手机上传: the phones' address of this server, link lifetime and limits (phone-upload.options.ts). */
  phoneUpload?: Partial<PhoneUploadOptions>;
  /** The built phone upload page (default dist/phone). */
  phoneDir?: string;
  /** How progress notices reach applicants' phones; without it they stay queued. */
  notices?: NoticeSetup;
}

/**
 * A socket idle this long is closed; a request (headers and body) must arrive within requestMs, so a
 * slow or stalled sender cannot hold a connection. A kiosk's largest batch (512 KB) needs 60 s only
 * below 9 KB/s.
 */
export const TIMEOUTS = { connectionMs: 30_000, requestMs: 60_000 };

/** Largest request body: a 256 KB payload plus its envelope, with room for JSON escapes. */
const BODY_LIMIT = 1024 * 1024;

/**
 * Errors Fastify answers before any route or error handler runs — a path that does not decode (`%ZZ`), a
 * path parameter longer than the router takes — in the protocol's shape like every other answer.
 */
function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const answer =
    error.code === 'FST_ERR_BAD_URL'
      ? new HttpError(400, 'INVALID', '请求地址格式不对')
      : error.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? new HttpError(414, 'INVALID', '请求地址太长')
        : new HttpError(500, 'INTERNAL', '服务器内部错误，请稍后再试');
  if (answer.status >= 500) request.log.error({ err: error }, 'request failed');
  void reply.code(answer.status).send(answer.toAnswer());
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const now = options.now ?? (() => new Date());
  const key = await loadSigningKey(options.store, now());
  const timeouts = { ...TIMEOUTS, ...options.timeouts };
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT,
    connectionTimeout: timeouts.connectionMs,
    requestTimeout: timeouts.requestMs,
    ...(options.trustProxy ? { trustProxy: options.trustProxy } : {}),
    frameworkErrors,
  });
  installErrorHandlers(app);
  const limits: RateLimits = { ...DEFAULT_RATE_LIMITS, ...options.rateLimits };
  const guardGuess = await installRateLimits(app, limits, options.store);
  const deps: RouteDeps = {
    store: options.store,
    now,
    catalogPublicKey: key.publicPem,
    limits,
    guardGuess,
  };
  registerEnrollRoute(app, deps);
  registerCatalogRoute(app, deps);
  registerSubmissionsRoute(app, deps);
  registerCasesRoute(app, deps);
  registerHeartbeatRoute(app, deps);
  registerAppointmentsRoute(app, deps);
  registerHealthRoute(app, deps);
  registerTimeRoute(app, deps, key.privatePem);
  const attachments = attachmentStoreFor(options.store);
  if (attachments) registerAttachmentsRoute(app, deps, attachments);
  registerComplaintReplyRoute(app, deps);
  await registerConsole(app, {
    store: options.store,
    now,
    ...(options.consoleDir ? { webDir: options.consoleDir } : {}),
    noticeTemplateId: noticeTemplateOf(options.notices),
  });
  await registerPhoneUpload(app, {
    store: options.store,
    now,
    ...(options.phoneUpload ? { options: options.phoneUpload } : {}),
    ...(options.phoneDir ? { webDir: options.phoneDir } : {}),
  });
  if (options.notices) startNotices(app, options.store, now, options.notices);
  return app;
}

export interface StoreOptions {
  /** Connections of this instance to PostgreSQL (default 10); ignored for SQLite. */
  postgresPoolSize?: number;
}

/** Opens (creating and migrating) the store of `target`. */
export async function openStore(target: StoreTarget, options: StoreOptions = {}): Promise<DistrictStore> {
  if (target.kind === 'sqlite') return SqliteDistrictStore.open(target.file);
  return PostgresDistrictStore.open(target.url, {
    ...(options.postgresPoolSize !== undefined ? { max: options.postgresPoolSize } : {}),
  });
}
