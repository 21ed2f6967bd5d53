/**
 * Runs the progress-notice outbox inside the server: a drain every `intervalMs` (and one right after a
 * status change in the console), stopped when the server closes. The notifier comes from the
 * environment: `$DISTRICT_SMS_WEBHOOK_URL` (with `$DISTRICT_SMS_TOKEN`, `$DISTRICT_SMS_TEMPLATE`) for an
 * SMS gateway, or `$DISTRICT_NOTICE_FILE` for a file sink; with neither, notices stay queued. The retry
 * schedule can be tuned with `$DISTRICT_SMS_MAX_ATTEMPTS`, `$DISTRICT_SMS_BACKOFF_MS` and
 * `$DISTRICT_NOTICE_INTERVAL_MS` (positive whole numbers; anything else keeps the default).
 */
import type { FastifyInstance } from 'fastify';
import { storeSql } from '../store/store-sql.js';
import type { DistrictStore } from '../store/district.store.js';
import { FileNotifier } from './file.notifier.js';
import { DEFAULT_NOTICE_OPTIONS, NoticesService, type NoticeOptions } from './notices.service.js';
import type { ProgressNotifier } from './notifier.js';
import { WebhookNotifier } from './webhook.notifier.js';

export interface NoticeSetup {
  notifier: ProgressNotifier;
  options?: Partial<NoticeOptions>;
  /** How often queued notices are looked at (default 5 s). */
  intervalMs?: number;
}

/** A positive whole number from the environment, or undefined. */
function positiveInt(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d{1,9}$/.test(text.trim())) return undefined;
  const value = Number(text.trim());
  return value > 0 ? value : undefined;
}

export function noticeSetupFromEnv(env: NodeJS.ProcessEnv = process.env): NoticeSetup | undefined {
  const template = env['DISTRICT_SMS_TEMPLATE'];
  const maxAttempts = positiveInt(env['DISTRICT_SMS_MAX_ATTEMPTS']);
  const backoffMs = positiveInt(env['DISTRICT_SMS_BACKOFF_MS']);
  const intervalMs = positiveInt(env['DISTRICT_NOTICE_INTERVAL_MS']);
  const options: Partial<NoticeOptions> = {
    ...(template ? { templateId: template } : {}),
    ...(maxAttempts !== undefined ? { maxAttempts } : {}),
    ...(backoffMs !== undefined ? { backoffMs } : {}),
  };
  const schedule = intervalMs !== undefined ? { intervalMs } : {};
  const url = env['DISTRICT_SMS_WEBHOOK_URL'];
  if (url) {
    const token = env['DISTRICT_SMS_TOKEN'];
    return { notifier: new WebhookNotifier({ url, ...(token ? { token } : {}) }), options, ...schedule };
  }
  const file = env['DISTRICT_NOTICE_FILE'];
  if (file) return { notifier: new FileNotifier(file), options, ...schedule };
  return undefined;
}

/** The SMS template notices are sent with, or null when no notifier is set up (notices stay queued). */
export function noticeTemplateOf(setup: NoticeSetup | undefined): string | null {
  if (!setup) return null;
  return setup.options?.templateId ?? DEFAULT_NOTICE_OPTIONS.templateId;
}

export function startNotices(
  app: FastifyInstance,
  store: DistrictStore,
  now: () => Date,
  setup: NoticeSetup,
): NoticesService {
  const service = new NoticesService(storeSql(store), store, setup.notifier, app.log, now, {
    ...DEFAULT_NOTICE_OPTIONS,
    ...setup.options,
  });
  const drain = (): void => {
    service.drain().catch((error: unknown) => app.log.error({ err: error }, 'progress notices drain failed'));
  };
  const timer = setInterval(drain, setup.intervalMs ?? 5_000);
  timer.unref();
  // A status change made in the console is sent without waiting for the next tick.
  app.addHook('onResponse', (request, reply, done) => {
    if (
      request.method === 'POST' &&
      reply.statusCode === 200 &&
      /\/console\/api\/(cases\/[^/]+\/status|notices\/)/.test(request.url)
    )
      drain();
    done();
  });
  app.addHook('onClose', (_app, done) => {
    clearInterval(timer);
    done();
  });
  return service;
}
