/**
 * The demo mode's ID-card reader: no hardware, clearly labelled 模拟读卡器. It holds one fictional
 * resident card (the same fixture the reader emulator uses) that a demo user places and takes away
 * through the contract, and it can act out failures (no card detected, unreadable card, unplugged).
 */
import type { ReaderStatus, SimulatedReaderFailure } from '../../contract/devices.types.js';
import { driverError, errorForSw3 } from '../../devices/idcard/idcard.errors.js';
import type { IdCard } from '../../devices/idcard/idcard.types.js';
import {
  DEVICE_LABELS,
  type CardReaderDevice,
  type CardReaderEvent,
  type CardReaderEvents,
} from './device.types.js';
import { ReaderEventHub } from './reader-events.js';

/** A made-up resident of 淄川区 (valid check digit); no real person. */
export const SAMPLE_CARD: Readonly<IdCard> = Object.freeze({
  cardType: '居民身份证',
  name: '韩红英',
  sex: '女',
  nation: '汉',
  birthDate: '1990-01-01',
  address: '山东省淄博市淄川区昆仑镇昆仑村123号',
  idNumber: '370302199001010029',
  issuer: '淄博市公安局淄川分局',
  validFrom: '2015-03-01',
  validUntil: '2035-03-01',
});

const SW3_NO_CARD = 0x80;
const SW3_READ_FAILED = 0x41;

export class SimulatedCardReader implements CardReaderDevice {
  readonly simulated = true;
  private readonly hub = new ReaderEventHub();
  private placed = false;
  private failure: SimulatedReaderFailure | null = null;
  private closed = false;

  /** True when a card lies on the reader as the reader sees it (a 'no-card' failure hides it). */
  get cardPresent(): boolean {
    return this.placed && this.failure !== 'no-card' && this.failure !== 'disconnected';
  }

  get currentFailure(): SimulatedReaderFailure | null {
    return this.failure;
  }

  status(): ReaderStatus {
    const base = { simulated: true, label: DEVICE_LABELS.simulatedReader };
    if (this.failure === 'disconnected') return { ...base, state: 'disconnected' };
    if (!this.cardPresent) return { ...base, state: 'ready' };
    return { ...base, state: this.failure === 'read-failed' ? 'error' : 'card-present' };
  }

  readCard(): Promise<IdCard> {
    if (this.closed || this.failure === 'disconnected') {
      return Promise.reject(driverError('port-closed', 'simulated reader disconnected'));
    }
    if (!this.cardPresent) return Promise.reject(errorForSw3(SW3_NO_CARD));
    if (this.failure === 'read-failed') return Promise.reject(errorForSw3(SW3_READ_FAILED));
    return Promise.resolve({ ...SAMPLE_CARD });
  }

  /** The demo user places (true) or takes away (false) the sample card. */
  setCardPresent(present: boolean): void {
    this.change(() => {
      this.placed = present;
    });
  }

  /** Acts out a failure until called with null. */
  simulateFailure(failure: SimulatedReaderFailure | null): void {
    this.change(() => {
      this.failure = failure;
    });
  }

  on<E extends CardReaderEvent>(event: E, listener: (...args: CardReaderEvents[E]) => void): () => void {
    return this.hub.on(event, listener);
  }

  start(): void {
    this.hub.stateChanged(this.status());
  }

  close(): Promise<void> {
    this.closed = true;
    this.hub.clear();
    return Promise.resolve();
  }

  private change(apply: () => void): void {
    const before = this.cardPresent;
    apply();
    const after = this.cardPresent;
    if (!before && after) this.hub.emit('card.inserted');
    if (before && !after) this.hub.emit('card.removed');
    this.hub.stateChanged(this.status());
  }
}
