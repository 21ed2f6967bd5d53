/**
 * GET /v1/help/:callId: the state of a help call (呼叫工作人员), long-polled by the kiosk. Pure: zod only.
 */
import { z } from 'zod';
import { isoTime } from './common.js';

/** Longest wait (seconds) a kiosk may ask of `GET /v1/help/:callId?wait=`. */
export const HELP_WAIT_MAX_SECONDS = 25;

/**
 * A help call raised by the asking device, as the hall's staff handle it: `open` (nobody took it yet),
 * `accepted` (a staff member took it in the console — 接单 — and is on the way), `closed` (cancelled at the
 * kiosk, or answered). With `wait`, an open call is answered when its state changes or the wait is over.
 */
export const helpStatusAnswerSchema = z.object({
  callId: z.string(),
  state: z.enum(['open', 'accepted', 'closed']),
  acceptedAt: isoTime.nullable(),
});
export type HelpStatusAnswer = z.infer<typeof helpStatusAnswerSchema>;
