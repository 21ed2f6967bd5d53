/**
 * `serve [--port 8787] [--host 127.0.0.1]`: runs the district server until SIGINT/SIGTERM.
 * On PostgreSQL, `$DISTRICT_PG_POOL` sets this instance's connections (default 10).
 * Progress notices: `$DISTRICT_SMS_WEBHOOK_URL` / `$DISTRICT_NOTICE_FILE` (see notices.plugin.ts).
 * `$DISTRICT_TRUST_PROXY`: the reverse proxy's addresses (comma-separated addresses or CIDRs), whose
 * X-Forwarded-For then names the kiosk's address (for the per-address enrollment limit).
 * `$DISTRICT_ENROLL_PER_HOUR`: enrollment tries per address and hour (default 20; a load test enrolls
 * thousands of kiosks from one address).
 * `$DISTRICT_PUBLIC_URL`: the address citizens' phones reach this server at (the 从手机上传 page's links);
 * default: the scheme and Host the kiosk itself used.
 */
import { noticeSetupFromEnv } from '../notices/notices.plugin.js';
import { once } from 'node:events';
import { buildApp, openStore } from '../app.js';
import { applyRetention, RETENTION_EVERY_MS } from '../core/retention.js';
import { describeTarget } from '../store/store-target.js';
import { allowOnly, UsageError, type ParsedArgs } from './args.js';
import type { CliContext } from './cli-context.js';

function poolSize(): number | undefined {
  const raw = process.env['DISTRICT_PG_POOL'];
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 1000)
    throw new UsageError('DISTRICT_PG_POOL 应为 1 到 1000 的整数');
  return n;
}

function enrollPerHour(): number | undefined {
  const raw = process.env['DISTRICT_ENROLL_PER_HOUR'];
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 1_000_000)
    throw new UsageError('DISTRICT_ENROLL_PER_HOUR 应为 1 到 1000000 的整数');
  return n;
}

export async function serveCommand(args: ParsedArgs, ctx: CliContext): Promise<number> {
  allowOnly(args, ['port', 'host']);
  const port = Number(args.options.get('port') ?? '8787');
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError('--port 应为 0 到 65535 的整数');
  const host = args.options.get('host') ?? '127.0.0.1';
  const postgresPoolSize = poolSize();
  const enrollMax = enrollPerHour();
  const trustProxy = process.env['DISTRICT_TRUST_PROXY'];
  const publicUrl = process.env['DISTRICT_PUBLIC_URL'];
  const notices = noticeSetupFromEnv();
  const store = await openStore(ctx.db, postgresPoolSize !== undefined ? { postgresPoolSize } : {});
  try {
    const app = await buildApp({
      store,
      now: ctx.now,
      logger: { level: process.env['DISTRICT_LOG_LEVEL'] ?? 'info' },
      ...(enrollMax !== undefined ? { rateLimits: { enroll: { max: enrollMax, windowMs: 3_600_000 } } } : {}),
      ...(trustProxy ? { trustProxy } : {}),
      ...(publicUrl ? { phoneUpload: { publicUrl } } : {}),
      ...(notices ? { notices } : {}),
    });
    // Retention runs at start and every few hours while the server runs.
    const retain = (): void => {
      applyRetention(store, ctx.now()).then(
        (outcome) => app.log.info(outcome, 'retention applied'),
        (error: unknown) => app.log.error({ err: error }, 'retention failed'),
      );
    };
    retain();
    const retention = setInterval(retain, RETENTION_EVERY_MS);
    retention.unref();
    try {
      const address = await app.listen({ port, host });
      ctx.io.out(`district server listening on ${address} (db ${describeTarget(ctx.db)})`);
      if (ctx.signal && !ctx.signal.aborted) await once(ctx.signal, 'abort');
      return 0;
    } finally {
      clearInterval(retention);
      await app.close();
    }
  } finally {
    await store.close();
  }
}
