/** Events pushed from main to the renderer (IPC `webContents.send` or SSE). */
import type { DevicesStatus } from './devices.types.js';
import type { SessionEndReason } from './types.js';
import type { SyncStatus } from './types.js'; // sync
import type { HelpCall } from './citizen.types.js';
import type { PhoneUploadState } from './phone-upload.types.js';

export interface KioskEvents {
  /** The idle timeout passed: show "您还在吗？" with a countdown of `countdownSec`. */
  'session.warning': { countdownSec: number };
  /** The session ended: clear every personal datum and go home. */
  'session.ended': { reason: SessionEndReason };
  /** 语音播报 started or stopped (finished, stopped, or failed: `unavailable`, no engine or no sound). */
  'speech.state': { speaking: boolean; unavailable?: true };
  /** The reader's or the printer's state changed (both sent). No personal data. */
  'devices.state': DevicesStatus;
  /** A card was placed on the reader (true) or taken away (false). Never card data: call devices.readCard. */
  'card.present': { present: boolean };
  /** A help call was raised or cancelled (for the hall admin's alert). No personal data. */
  'help.changed': HelpCall;
  /** 从手机上传: the link opened, a phone opened it, a page arrived, or it closed. */
  'phoneUpload.state': PhoneUploadState;
  // ---- sync ----
  /** The district-server link changed (online/offline, 设备未授权, catalog version, outbox counts). */
  'sync.state': SyncStatus;
  // ---- end sync ----
}

export type EventName = keyof KioskEvents;

export const EVENT_NAMES: readonly EventName[] = [
  'session.warning',
  'session.ended',
  'speech.state',
  'devices.state',
  'card.present',
  'sync.state', // sync
  'help.changed',
  'phoneUpload.state',
];

export interface EventMessage<E extends EventName = EventName> {
  event: E;
  data: KioskEvents[E];
}
