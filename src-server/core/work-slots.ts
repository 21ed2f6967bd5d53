/**
 * A bound on costly work in this process (a password hash, a photo's re-encoding): at most `slots` tasks
 * run at once, `queue` more wait in order for a slot, and any further one is refused at once with the
 * error `busy` makes, so that a flood costs a refusal rather than the server's cores or memory.
 */
export class WorkSlots {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly slots: number,
    private readonly queue: number,
    private readonly busy: () => Error,
  ) {}

  /** Runs `task` in a slot: at once, after a wait in the queue, or not at all (queue full). */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running < this.slots) this.running++;
    else if (this.waiting.length < this.queue)
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    else throw this.busy();
    try {
      return await task();
    } finally {
      // A waiting task takes the slot over; otherwise it is free.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
