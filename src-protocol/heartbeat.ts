/**
 * POST /v1/heartbeat: the kiosk's health and versions, answered with the server's time and catalog
 * version. Pure: zod only.
 */
import { z } from 'zod';
import { boundedJsonObject, isoTime } from './common.js';

export const heartbeatRequestSchema = z.object({
  appVersion: z.string().trim().min(1).max(64),
  /** Device health (printer, reader, disk...): free-form, no personal data, at most 64 KB, 64 deep. */
  health: boundedJsonObject('设备状态', 64 * 1024, '设备状态超过 64 KB'),
  /** Rows still waiting in the kiosk's outbox. */
  outboxDepth: z.number().int().min(0),
  /** The server catalog version the kiosk has applied (0: none, e.g. the bundled demo). */
  catalogVersion: z.number().int().min(0),
});
export type HeartbeatRequest = z.infer<typeof heartbeatRequestSchema>;

export const heartbeatAnswerSchema = z.object({
  receivedAt: isoTime,
  /** The server's current catalog version (0: none published): a sync is due when it is newer. */
  catalogVersion: z.number().int().min(0),
});
export type HeartbeatAnswer = z.infer<typeof heartbeatAnswerSchema>;
