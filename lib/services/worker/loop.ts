// A background loop: runs `run` now and then every `everyMs` (from one start to the next), never two
// runs at once. Each part of the worker has its own loop, so none can hold up another.
import "server-only";
export interface Loop {
  /** Runs the next pass now (or right after the one in progress) instead of at its time. */
  wake(): void;
  /** Ends the loop after the run in progress, if any. */
  stop(): Promise<void>;
}

export function every(label: string, everyMs: number, run: () => Promise<unknown>): Loop {
  let stopped = false;
  let woken = false;
  let wake: (() => void) | undefined;
  const done = (async () => {
    while (!stopped) {
      const started = Date.now();
      woken = false;
      try {
        await run();
      } catch (error) {
        console.error(`[reelroom] ${label} failed:`, error);
      }
      if (stopped) break;
      if (woken) continue;
      const wait = Math.max(50, everyMs - (Date.now() - started));
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, wait);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
    }
  })();
  return {
    wake: () => {
      woken = true;
      wake?.();
    },
    stop: async () => {
      stopped = true;
      wake?.();
      await done;
    },
  };
}

/**
 * Runs up to `size` jobs at once and queues the rest in order; `start` never waits for a job. A slot
 * can be reserved ahead of its job, so work found elsewhere can be handed over without a claim.
 */
export class Slots {
  private readonly running = new Set<Promise<void>>();
  private readonly waiting: (() => Promise<void>)[] = [];
  private reserved = 0;

  constructor(
    private readonly size: number,
    /** Called each time a job ends. */
    private readonly onJobEnd: () => void = () => undefined,
  ) {}

  /** Slots neither running, reserved nor promised to a queued job. */
  get free(): number {
    return Math.max(0, this.size - this.running.size - this.reserved - this.waiting.length);
  }

  /** Jobs started or queued, not yet ended. */
  get backlog(): number {
    return this.running.size + this.waiting.length;
  }

  /** Jobs started, queued or reserved. */
  get taken(): number {
    return this.backlog + this.reserved;
  }

  start(job: () => Promise<void>): void {
    this.waiting.push(job);
    this.next();
  }

  /** Holds a free slot for a job to come (`startReserved`) or gives it back (`unreserve`); false when none is free. */
  reserve(): boolean {
    if (this.free === 0) return false;
    this.reserved += 1;
    return true;
  }

  startReserved(job: () => Promise<void>): void {
    this.reserved -= 1;
    this.run(job);
  }

  unreserve(): void {
    this.reserved -= 1;
    this.next();
  }

  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  private next(): void {
    while (this.waiting.length > 0 && this.running.size + this.reserved < this.size) this.run(this.waiting.shift() as () => Promise<void>);
  }

  private run(job: () => Promise<void>): void {
    const running: Promise<void> = job().finally(() => {
      this.running.delete(running);
      this.next();
      this.onJobEnd();
    });
    this.running.add(running);
  }
}
