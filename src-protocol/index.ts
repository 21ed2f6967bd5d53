/**
 * The district server protocol (/v1), shared by the reference server (src-server/) and the kiosk's
 * client (src-main/district/district.client.ts): one zod schema per request body and per answer, one
 * file per route. See protocol.md beside it. Pure: zod only (the catalog signature uses node:crypto and
 * is imported from its own file).
 */
export * from './common.js';
export * from './errors.js';
export * from './enroll.js';
export * from './catalog.js';
export * from './submissions.js';
export * from './payloads.js';
export * from './cases.js';
export * from './appointments.js';
export * from './heartbeat.js';
export * from './help.js';
export {
  COMPLAINT_CATEGORIES,
  COMPLAINT_TEXT_MAX,
  FOLLOW_UP_WORKING_DAYS,
  POOR_RATING_MAX,
  RATING_LEVELS,
  RATING_REASONS,
  type RatingLevel,
} from './feedback.js';
export * from './attachments.js';
export * from './phone-links.js';
export * from './complaint-reply.js';
export * from './signed-time.js';
