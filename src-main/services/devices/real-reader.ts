/**
 * The real ID-card reader: an IdCardWatcher on the configured port, turned into the CardReaderDevice
 * status and events. The card the watcher reports on insertion is dropped here (events carry no card
 * data); readCard() reads the card again when the identify step asks for it.
 */
import type { ReaderState, ReaderStatus } from '../../contract/devices.types.js';
import { IdCardWatcher, type IdCardWatcherOptions } from '../../devices/idcard/idcard.watcher.js';
import type { IdCard } from '../../devices/idcard/idcard.types.js';
import type { Logger } from '../../log/logger.js';
import {
  DEVICE_LABELS,
  type CardReaderDevice,
  type CardReaderEvent,
  type CardReaderEvents,
} from './device.types.js';
import { ReaderEventHub } from './reader-events.js';

export interface RealCardReaderOptions {
  port: string;
  baudRate: number;
  log: Logger;
  /** Watcher tuning (poll and reconnect intervals, timeouts) for tests and the bench. */
  watcher?: Partial<Omit<IdCardWatcherOptions, 'path' | 'baudRate' | 'logger'>>;
}

export class RealCardReader implements CardReaderDevice {
  readonly simulated = false;
  private readonly watcher: IdCardWatcher;
  private readonly hub = new ReaderEventHub();
  private readonly port: string;
  /** A card is on the reader but its read failed (cleared when it is taken away or read). */
  private unreadable = false;
  private closed = false;

  constructor(options: RealCardReaderOptions) {
    this.port = options.port;
    this.watcher = new IdCardWatcher({
      ...options.watcher,
      path: options.port,
      baudRate: options.baudRate,
      logger: options.log,
    });
    const changed = (): void => this.hub.stateChanged(this.status());
    this.watcher.on('connected', () => {
      this.unreadable = false;
      changed();
    });
    this.watcher.on('lost', () => {
      this.unreadable = false;
      changed();
    });
    // The parsed card is deliberately not taken: it must not outlive this event.
    this.watcher.on('card.inserted', () => {
      this.unreadable = false;
      this.hub.emit('card.inserted');
      changed();
    });
    this.watcher.on('card.removed', () => {
      this.hub.emit('card.removed');
      changed();
    });
    this.watcher.on('read.error', () => {
      this.unreadable = true;
      changed();
    });
    this.watcher.on('read.cleared', () => {
      this.unreadable = false;
      changed();
    });
  }

  status(): ReaderStatus {
    return { state: this.state(), simulated: false, label: DEVICE_LABELS.reader, port: this.port };
  }

  readCard(): Promise<IdCard> {
    return this.watcher.readPresentCard();
  }

  on<E extends CardReaderEvent>(event: E, listener: (...args: CardReaderEvents[E]) => void): () => void {
    return this.hub.on(event, listener);
  }

  start(): void {
    if (this.closed) return;
    this.watcher.start();
    this.hub.stateChanged(this.status());
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.hub.clear();
    this.watcher.removeAllListeners();
    await this.watcher.stop();
  }

  private state(): ReaderState {
    if (!this.watcher.connected) return 'disconnected';
    if (this.watcher.cardPresent) return 'card-present';
    return this.unreadable ? 'error' : 'ready';
  }
}
