/** A small typed event hub shared by the reader implementations (unsubscribe functions, no `this` chaining). */
import { EventEmitter } from 'node:events';
import type { ReaderStatus } from '../../contract/devices.types.js';
import type { CardReaderEvent, CardReaderEvents } from './device.types.js';

export class ReaderEventHub {
  private readonly emitter = new EventEmitter<CardReaderEvents>();
  private lastState: string | null = null;

  on<E extends CardReaderEvent>(event: E, listener: (...args: CardReaderEvents[E]) => void): () => void {
    const l = listener as (...args: unknown[]) => void;
    this.emitter.on(event, l as never);
    return () => {
      this.emitter.off(event, l as never);
    };
  }

  emit<E extends CardReaderEvent>(event: E, ...args: CardReaderEvents[E]): void {
    (this.emitter.emit as (e: string, ...a: unknown[]) => boolean)(event, ...args);
  }

  /** Emits `state` when the status differs from the last one emitted. */
  stateChanged(status: ReaderStatus): void {
    const key = `${status.state}|${status.label}|${status.port ?? ''}`;
    if (key === this.lastState) return;
    this.lastState = key;
    this.emit('state', status);
  }

  clear(): void {
    this.emitter.removeAllListeners();
  }
}
