// A background loop: runs `run` now and then every `everyMs` (from one start to the next), never two
// runs at once. Each part of the worker has its own loop, so none can hold up another.
import "server-only";
export interface Loop {
  /** Ends the loop after the run in progress, if any. */
  stop(): Promise<void>;
}

export function every(label: string, everyMs: number, run: () => Promise<unknown>): Loop {
  let stopped = false;
  let wake: (() => void) | undefined;
  const done = (async () => {
    while (!stopped) {
      const started = Date.now();
      try {
        await run();
      } catch (error) {
        console.error(`[reelroom] ${label} failed:`, error);
      }
      if (stopped) break;
      const wait = Math.max(50, everyMs - (Date.now() - started));
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, wait);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      wake?.();
      await done;
    },
  };
}

/** Runs up to `size` jobs at once; `start` never waits for a job to finish. */
export class Slots {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly size: number) {}

  get free(): number {
    return this.size - this.running.size;
  }

  start(job: () => Promise<void>): void {
    const running: Promise<void> = job().finally(() => this.running.delete(running));
    this.running.add(running);
  }

  async drain(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }
}
