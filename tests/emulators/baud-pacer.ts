/**
 * Paces an emulator's serial line at a baud rate. A PTY moves any number of bytes at once whatever baud
 * is set, so without pacing "wire time" is fiction. With it, bytes the emulator sends are released in
 * small slices at the moment the last bit of each slice would have left a UART (10 bits per byte: start,
 * 8 data, stop), and bytes it receives are handed on only once they could have arrived. Both directions
 * keep their own line clock, so back-to-back frames queue as on a real wire. Deadlines are absolute, so
 * timer lateness does not add up over a long job.
 */
import { performance } from 'node:perf_hooks';

export interface BaudPacerOptions {
  baudRate: number;
  /** Bytes released at a time when sending. Default: about 2 ms worth of bytes, at least 1. */
  sliceBytes?: number;
}

export class BaudPacer {
  readonly baudRate: number;
  private readonly sliceBytes: number;
  /** performance.now() at which the last byte queued in each direction is done on the wire. */
  private txFreeAt = 0;
  private rxFreeAt = 0;
  private rxChain: Promise<void> = Promise.resolve();

  constructor(options: BaudPacerOptions) {
    if (!Number.isFinite(options.baudRate) || options.baudRate <= 0) {
      throw new RangeError(`bad baud rate: ${options.baudRate}`);
    }
    this.baudRate = options.baudRate;
    this.sliceBytes = Math.max(1, options.sliceBytes ?? Math.round(options.baudRate / 10 / 500));
  }

  /** Milliseconds `bytes` take on the wire at this baud. */
  wireMs(bytes: number): number {
    return (bytes * 10 * 1000) / this.baudRate;
  }

  /**
   * Sends `bytes` through `write` in slices, each once its last byte would have left the wire. Resolves
   * after the last slice was written.
   */
  async send(bytes: Uint8Array, write: (slice: Uint8Array) => Promise<void>): Promise<void> {
    const start = Math.max(performance.now(), this.txFreeAt);
    this.txFreeAt = start + this.wireMs(bytes.length);
    for (let i = 0; i < bytes.length; i += this.sliceBytes) {
      const end = Math.min(bytes.length, i + this.sliceBytes);
      await sleepUntil(start + this.wireMs(end));
      await write(bytes.subarray(i, end));
    }
  }

  /**
   * Hands `chunk` to `deliver` once its last byte could have arrived (after what arrived before it), in
   * order. Bytes are delivered in the slices they were received in: a receiver that counts bytes sees
   * them land at the paced times.
   */
  receive(chunk: Uint8Array, deliver: (chunk: Uint8Array) => void): void {
    const copy = Uint8Array.from(chunk);
    const start = Math.max(performance.now(), this.rxFreeAt);
    this.rxFreeAt = start + this.wireMs(copy.length);
    const slices: Array<{ at: number; bytes: Uint8Array }> = [];
    for (let i = 0; i < copy.length; i += this.sliceBytes) {
      const end = Math.min(copy.length, i + this.sliceBytes);
      slices.push({ at: start + this.wireMs(end), bytes: copy.subarray(i, end) });
    }
    this.rxChain = this.rxChain.then(async () => {
      for (const s of slices) {
        await sleepUntil(s.at);
        deliver(s.bytes);
      }
    });
  }
}

/**
 * Waits until `deadline` (performance.now() time). Timers fire late by up to a millisecond or so, which
 * would swamp the wire time of a short frame (3 bytes take 0.26 ms at 115200), so the last stretch is
 * spun out on setImmediate: other I/O (the code under test) still runs between the turns.
 */
function sleepUntil(deadline: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (): void => {
      const left = deadline - performance.now();
      if (left <= 0) resolve();
      else if (left > SPIN_MS) setTimeout(step, left - SPIN_MS);
      else setImmediate(step);
    };
    step();
  });
}

/** Below this many milliseconds to go, wait by spinning on setImmediate instead of a timer. */
const SPIN_MS = 2;
