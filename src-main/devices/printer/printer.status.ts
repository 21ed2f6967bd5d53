/**
 * Pure decoding of the printer's status bytes (EPSON ESC/POS).
 *
 * Real-time requests (DLE EOT n, processed on arrival even when the printer is offline) answer one
 * byte whose fixed bits are 0, 1, 4, 7 = 0, 1, 1, 0 (mask 0x93, pattern 0x12).
 * The in-sequence request GS r 1 (processed only after every byte before it, so it marks the end of
 * a job) answers a byte with bits 4 and 7 fixed at 0, which tells it apart from a DLE EOT answer.
 */
import type { PrinterState } from './printer.types.js';

export const DLE_EOT_PRINTER = Buffer.from([0x10, 0x04, 0x01]);
export const DLE_EOT_OFFLINE_CAUSE = Buffer.from([0x10, 0x04, 0x02]);
export const DLE_EOT_ERROR_CAUSE = Buffer.from([0x10, 0x04, 0x03]);
export const DLE_EOT_PAPER_SENSOR = Buffer.from([0x10, 0x04, 0x04]);
/** GS r 1: transmit paper sensor status, in sequence with the job data. */
export const GS_R_PAPER = Buffer.from([0x1d, 0x72, 0x01]);

/** True for a byte that can be a DLE EOT answer (fixed bits 0x12 under mask 0x93). */
export function isRealtimeStatusByte(b: number): boolean {
  return (b & 0x93) === 0x12;
}

/** True for a byte that can be a GS r 1 answer (bits 4 and 7 fixed at 0). */
export function isPaperStatusReply(b: number): boolean {
  return (b & 0x90) === 0;
}

export interface PaperSensor {
  /** Bits 2-3: roll paper near-end sensor reports paper low. */
  nearEnd: boolean;
  /** Bits 5-6: roll paper end sensor reports no paper. */
  paperEnd: boolean;
}

/** DLE EOT 4 answer. Throws on a byte that breaks the fixed-bit pattern. */
export function decodePaperSensor(b: number): PaperSensor {
  assertRealtime(b, 'DLE EOT 4');
  return { nearEnd: (b & 0x0c) !== 0, paperEnd: (b & 0x60) !== 0 };
}

export interface OfflineCause {
  /** Bit 2. */
  coverOpen: boolean;
  /** Bit 3: paper is being fed by the feed button. */
  feedButton: boolean;
  /** Bit 5: printing stopped because the paper ran out. */
  paperEndStop: boolean;
  /** Bit 6: an error occurred. */
  error: boolean;
}

/** DLE EOT 2 answer. Throws on a byte that breaks the fixed-bit pattern. */
export function decodeOfflineCause(b: number): OfflineCause {
  assertRealtime(b, 'DLE EOT 2');
  return {
    coverOpen: (b & 0x04) !== 0,
    feedButton: (b & 0x08) !== 0,
    paperEndStop: (b & 0x20) !== 0,
    error: (b & 0x40) !== 0,
  };
}

/** GS r 1 answer: bits 0-1 near end, bits 2-3 paper end. */
export function decodePaperStatusReply(b: number): PaperSensor {
  if (!isPaperStatusReply(b)) throw new Error(`not a GS r 1 answer: 0x${b.toString(16)}`);
  return { nearEnd: (b & 0x03) !== 0, paperEnd: (b & 0x0c) !== 0 };
}

/**
 * The printer's state from both answers. A cover open comes first (the paper sensor may read
 * "no paper" then too), then paper out, then any other offline cause, then paper low.
 */
export function stateFromStatus(paper: PaperSensor, cause: OfflineCause): PrinterState {
  if (cause.coverOpen) return 'cover-open';
  if (paper.paperEnd || cause.paperEndStop) return 'paper-out';
  if (cause.error || cause.feedButton) return 'offline';
  if (paper.nearEnd) return 'paper-low';
  return 'ready';
}

/** Decodes the two raw bytes (DLE EOT 4, DLE EOT 2) into a state. */
export function stateFromBytes(paperSensor: number, offlineCause: number): PrinterState {
  return stateFromStatus(decodePaperSensor(paperSensor), decodeOfflineCause(offlineCause));
}

function assertRealtime(b: number, what: string): void {
  if (!Number.isInteger(b) || b < 0 || b > 0xff || !isRealtimeStatusByte(b)) {
    throw new Error(`not a ${what} answer: 0x${b.toString(16)}`);
  }
}
