/** Events pushed from main to the renderer (IPC `webContents.send` or SSE). */
import type { SessionEndReason } from './types.js';

export interface KioskEvents {
  /** The idle timeout passed: show "您还在吗？" with a countdown of `countdownSec`. */
  'session.warning': { countdownSec: number };
  /** The session ended: clear every personal datum and go home. */
  'session.ended': { reason: SessionEndReason };
  /** 语音播报 started or stopped (finished, stopped, or failed). */
  'speech.state': { speaking: boolean };
}

export type EventName = keyof KioskEvents;

export const EVENT_NAMES: readonly EventName[] = ['session.warning', 'session.ended', 'speech.state'];

export interface EventMessage<E extends EventName = EventName> {
  event: E;
  data: KioskEvents[E];
}
