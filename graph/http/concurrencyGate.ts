/**
 * The one bound on work running at once: the console's queries (graph/console/concurrency.ts) and
 * the password hashes of sign-ins (graph/auth/hashSlots.ts) each hold a gate. A waiter gets its slot
 * first come, first served; it gives up after `waitMs`, or at once when the queue is full.
 */

interface Waiter {
  grant(): void;
}

/**
 * A counting semaphore whose waiters give up after a while, with a bound on how many may wait:
 * one beyond it is refused at once rather than queued.
 */
export class ConcurrencyGate {
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(
    readonly limit: number,
    readonly maxWaiting = Number.POSITIVE_INFINITY,
  ) {}

  /** Runs `work` once a slot is free; rejects with `onTimeout()` if none frees within `waitMs`. */
  async run<T>(work: () => Promise<T>, waitMs: number, onTimeout: () => Error): Promise<T> {
    await this.acquire(waitMs, onTimeout);
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  /** How many hold a slot and how many wait for one. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  private acquire(waitMs: number, onTimeout: () => Error): Promise<void> {
    if (this.running < this.limit) {
      this.running += 1;
      return Promise.resolve();
    }
    if (waitMs <= 0 || this.waiting.length >= this.maxWaiting) return Promise.reject(onTimeout());
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        grant: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(waiter), 1);
        reject(onTimeout());
      }, waitMs);
      this.waiting.push(waiter);
    });
  }

  private release(): void {
    // Hand the slot straight to the longest waiter, so `running` never dips and lets a newcomer jump the queue.
    const next = this.waiting.shift();
    if (next) next.grant();
    else this.running -= 1;
  }
}
