/**
 * An async mutex: `run` waits its turn, runs, and lets the next waiter in, even when the work
 * throws. Waiters are served in arrival order.
 */
export class Mutex {
  #locked = false;
  readonly #waiting: (() => void)[] = [];

  /** Whether nobody holds or waits for the mutex. */
  get idle(): boolean {
    return !this.#locked && this.#waiting.length === 0;
  }

  async run<T>(work: () => T | Promise<T>): Promise<T> {
    if (this.#locked) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#locked = true;
    try {
      return await work();
    } finally {
      const next = this.#waiting.shift();
      // The lock passes straight to the next waiter, so nobody can cut in between.
      if (next) next();
      else this.#locked = false;
    }
  }
}

/**
 * One mutex per key, made when a key is first locked and dropped when nobody holds or waits for
 * it: the table never grows beyond the keys in use.
 */
export class KeyedMutex {
  readonly #mutexes = new Map<string, Mutex>();

  /** How many keys are locked or waited for right now. */
  get size(): number {
    return this.#mutexes.size;
  }

  async run<T>(key: string, work: () => T | Promise<T>): Promise<T> {
    let mutex = this.#mutexes.get(key);
    if (!mutex) this.#mutexes.set(key, mutex = new Mutex());
    try {
      return await mutex.run(work);
    } finally {
      if (mutex.idle) this.#mutexes.delete(key);
    }
  }
}
