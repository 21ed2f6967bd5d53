/** Typed in-process events; the shells forward them to the renderer. */
import type { EventName, KioskEvents } from '../contract/events.js';

type Listener<E extends EventName> = (data: KioskEvents[E]) => void;
type AnyListener = (event: EventName, data: unknown) => void;

export class EventBus {
  private readonly listeners = new Map<EventName, Set<Listener<EventName>>>();
  private readonly anyListeners = new Set<AnyListener>();

  on<E extends EventName>(event: E, listener: Listener<E>): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener as Listener<EventName>);
    return () => set.delete(listener as Listener<EventName>);
  }

  /** Every event, for the shells that forward them all. */
  onAny(listener: AnyListener): () => void {
    this.anyListeners.add(listener);
    return () => this.anyListeners.delete(listener);
  }

  emit<E extends EventName>(event: E, data: KioskEvents[E]): void {
    for (const l of this.listeners.get(event) ?? []) l(data);
    for (const l of this.anyListeners) l(event, data);
  }
}
