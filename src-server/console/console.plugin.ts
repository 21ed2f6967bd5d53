/**
 * The staff console inside the district server: its tables (created if missing), its services, the
 * `/console/api/…` routes and the built web app under `/console/`. The CLI (`user create`) uses the same
 * StaffService.
 */
import type { FastifyInstance } from 'fastify';
import type { DistrictStore } from '../store/district.store.js';
import { attachmentStoreFor } from '../attachments/attachment-store-for.js';
import { registerCasePagesApi } from './case-pages.routes.js';
import { registerConsoleApi } from './console.routes.js';
import { ensureConsoleSchema } from './console-schema.js';
import { storeSql, type StoreSql } from '../store/store-sql.js';
import { registerFeedbackApi } from './feedback.routes.js';
import { defaultConsoleDir, registerConsoleStatic } from './console-static.js';
import { HelpCallsService } from './help-calls.service.js';
import { registerHelpStatusRoute } from './help-status.route.js';
import { StaffService } from './staff.service.js';

export interface ConsoleOptions {
  store: DistrictStore;
  now: () => Date;
  /** The built web app (default dist/console). */
  webDir?: string;
  /** The SMS template of progress notices; null or absent when none are sent. */
  noticeTemplateId?: string | null;
}

export interface ConsoleServices {
  sql: StoreSql;
  staff: StaffService;
  help: HelpCallsService;
}

export async function consoleServices(store: DistrictStore, now: () => Date): Promise<ConsoleServices> {
  const sql = storeSql(store);
  await ensureConsoleSchema(sql);
  return {
    sql,
    staff: new StaffService(sql, now, async (code) => (await store.getHall(code)) !== null),
    help: new HelpCallsService(sql, now),
  };
}

export async function registerConsole(
  app: FastifyInstance,
  options: ConsoleOptions,
): Promise<ConsoleServices> {
  const services = await consoleServices(options.store, options.now);
  // Console answers carry personal data: never kept by a browser or proxy cache, never sniffed.
  app.addHook('onSend', async (request, reply) => {
    if (!request.url.startsWith('/console/api/')) return;
    reply.header('cache-control', 'no-store');
    reply.header('x-content-type-options', 'nosniff');
  });
  registerConsoleApi(app, { ...services, store: options.store, now: options.now });
  registerFeedbackApi(app, {
    ...services,
    store: options.store,
    now: options.now,
    noticeTemplateId: options.noticeTemplateId ?? null,
  });
  const attachments = attachmentStoreFor(options.store);
  if (attachments) registerCasePagesApi(app, { ...services, attachments, now: options.now });
  registerConsoleStatic(app, options.webDir ?? defaultConsoleDir());
  registerHelpStatusRoute(app, { store: options.store, help: services.help });
  return services;
}
