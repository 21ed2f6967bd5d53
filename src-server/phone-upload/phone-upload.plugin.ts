/**
 * 从手机上传 inside the district server: its tables (created if missing), the kiosk's link routes, the
 * phone's claim and upload routes, the built phone page under /phone/, and a sweep that deletes the pages
 * of closed and expired links.
 */
import type { FastifyInstance } from 'fastify';
import type { DistrictStore } from '../store/district.store.js';
import { registerPhoneLinkRoutes } from './phone-links.routes.js';
import { PhoneLinksStore } from './phone-links.store.js';
import { registerPhonePageRoutes } from './phone-page.routes.js';
import { defaultPhoneDir, registerPhoneStatic } from './phone-static.js';
import { ensurePhoneUploadSchema } from './phone-upload-schema.js';
import { storeSql } from '../store/store-sql.js';
import { DEFAULT_PHONE_UPLOAD, type PhoneUploadOptions } from './phone-upload.options.js';

export interface PhoneUploadPluginOptions {
  store: DistrictStore;
  now: () => Date;
  options?: Partial<PhoneUploadOptions>;
  /** The built phone page (default dist/phone). */
  webDir?: string;
}

export async function registerPhoneUpload(
  app: FastifyInstance,
  plugin: PhoneUploadPluginOptions,
): Promise<void> {
  const sql = storeSql(plugin.store);
  await ensurePhoneUploadSchema(sql);
  const links = new PhoneLinksStore(sql);
  const options: PhoneUploadOptions = { ...DEFAULT_PHONE_UPLOAD, ...plugin.options };
  const deps = { store: plugin.store, links, now: plugin.now, options };
  registerPhoneLinkRoutes(app, deps);
  registerPhonePageRoutes(app, deps);
  registerPhoneStatic(app, plugin.webDir ?? defaultPhoneDir());

  const sweep = setInterval(() => {
    links
      .sweep(plugin.now())
      .catch((error: unknown) => app.log.warn({ err: error }, 'phone page sweep failed'));
  }, options.sweepMs);
  sweep.unref();
  app.addHook('onClose', (_instance, done) => {
    clearInterval(sweep);
    done();
  });
}
