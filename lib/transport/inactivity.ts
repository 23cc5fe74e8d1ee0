/** What the watch reads of a client: counters that move when it reads or is written to. */
export interface Activity {
  /** Reads from the client so far. */
  readonly reads: number;
  /** Writes the client took so far. */
  readonly writes: number;
  /** A write to it is waiting for the client to read. */
  readonly writing: boolean;
  /** A request has begun and is not whole yet. */
  readonly inRequest?: boolean;
  /** Requests begun so far: a new number is a new request. */
  readonly requestsBegun?: number;
  /** A long upload (a file's bytes) being read from it, and how fast it arrives lately. */
  readonly upload?: { bytesPerSecond(): number };
}

/**
 * Bytes a second below which an upload may be closed to make room for a newcomer when the server
 * is full, the slowest first: far below what any working network carries.
 */
export const SLOW_UPLOAD_BYTES_PER_SECOND = 64 * 1024;

/** Why the watch gives up on a client. */
export type Inactivity = "idle" | "stalled" | "slow";

/** The limits of an {@linkcode InactivityWatch}, in seconds; an absent one is never reached. */
export interface InactivityLimits {
  /** Nothing read from the client, nothing written to it (and no write waiting) for this long. */
  readonly idleSeconds?: number;
  /** A write waiting for the client to read, with no progress, for this long. */
  readonly stallSeconds?: number;
  /**
   * A request (a line, an HTTP head, a file header) not whole this long after its first byte:
   * a client dripping bytes to hold its slot (slowloris).
   */
  readonly requestSeconds?: number;
}

/** Per client: its counters when last looked at, and how long they have not moved. */
interface Seen {
  reads: number;
  writes: number;
  requestsBegun: number;
  quiet: number;
  stuck: number;
  slow: number;
}

/**
 * Finds clients that stay silent or stop reading for longer than allowed. It looks at their
 * counters a few times per limit, so that nothing is timed on each read or write; a client
 * reported is not reported again until it moves.
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * import { FakeTime } from "@std/testing/time";
 * using time = new FakeTime();
 * const client = { reads: 0, writes: 0, writing: false };
 * const found: string[] = [];
 * using _watch = new InactivityWatch(
 *   { idleSeconds: 2 },
 *   () => [client],
 *   (_client, why) => found.push(why),
 * );
 * time.tick(2000);
 * assertEquals(found, ["idle"]);
 * ```
 */
export class InactivityWatch<Client extends Activity> implements Disposable {
  readonly #seen = new WeakMap<Client, Seen>();
  readonly #timer?: ReturnType<typeof setInterval>;

  constructor(
    private readonly limits: InactivityLimits,
    private readonly clients: () => Iterable<Client>,
    private readonly found: (client: Client, why: Inactivity) => void,
  ) {
    const tick = watchTickMs(limits);
    if (tick !== undefined) this.#timer = setInterval(() => this.look(tick / 1000), tick);
  }

  /** Looks at every client once, `seconds` after the last look. */
  look(seconds: number): void {
    const { idleSeconds, stallSeconds, requestSeconds } = this.limits;
    for (const client of this.clients()) {
      const seen = this.#seen.get(client) ?? {
        reads: client.reads,
        writes: client.writes,
        requestsBegun: client.requestsBegun ?? 0,
        quiet: 0,
        stuck: 0,
        slow: 0,
      };
      // Silent: nothing read from it, nothing written to it (a chat reader who only listens is
      // not silent).
      seen.quiet = client.reads === seen.reads && client.writes === seen.writes
        ? seen.quiet + seconds
        : 0;
      seen.stuck = client.writing && client.writes === seen.writes ? seen.stuck + seconds : 0;
      // The same request, still not whole: however many bytes it dripped in, its clock runs.
      const sameRequest = client.inRequest === true && client.requestsBegun === seen.requestsBegun;
      seen.slow = sameRequest ? seen.slow + seconds : 0;
      seen.reads = client.reads;
      seen.writes = client.writes;
      seen.requestsBegun = client.requestsBegun ?? 0;
      this.#seen.set(client, seen);
      if (requestSeconds !== undefined && seen.slow >= requestSeconds) {
        seen.slow = -Infinity;
        this.found(client, "slow");
      } else if (stallSeconds !== undefined && seen.stuck >= stallSeconds) {
        seen.stuck = -Infinity;
        this.found(client, "stalled");
      } else if (idleSeconds !== undefined && seen.quiet >= idleSeconds && !client.writing) {
        seen.quiet = -Infinity;
        this.found(client, "idle");
      }
    }
  }

  /**
   * The client silent longest, if one has been silent at least `seconds` (and is neither reading a
   * request nor waiting for a write), else the one whose upload arrives slowest, if one arrives
   * slower than {@linkcode SLOW_UPLOAD_BYTES_PER_SECOND}: who gives up its slot when the server is
   * full.
   */
  idlest(seconds: number): Client | undefined {
    let idlest: Client | undefined;
    let longest = seconds;
    for (const client of this.clients()) {
      const quiet = this.#seen.get(client)?.quiet ?? 0;
      if (quiet >= longest && !client.writing && !client.inRequest) {
        idlest = client;
        longest = quiet;
      }
    }
    return idlest ?? this.#slowestUpload();
  }

  #slowestUpload(): Client | undefined {
    let slowest: Client | undefined;
    let lowest = SLOW_UPLOAD_BYTES_PER_SECOND;
    for (const client of this.clients()) {
      const rate = client.upload?.bytesPerSecond();
      if (rate !== undefined && rate < lowest && !client.writing) {
        slowest = client;
        lowest = rate;
      }
    }
    return slowest;
  }

  /** Stops looking. */
  [Symbol.dispose](): void {
    clearInterval(this.#timer);
  }
}

/**
 * How often to look, in milliseconds: four times within the shortest limit, between 10 ms and
 * a second; undefined when there is no limit to watch.
 */
export function watchTickMs(limits: InactivityLimits): number | undefined {
  const shortest = Math.min(
    limits.idleSeconds ?? Infinity,
    limits.stallSeconds ?? Infinity,
    limits.requestSeconds ?? Infinity,
  );
  if (shortest === Infinity) return undefined;
  return Math.min(1000, Math.max(10, (shortest * 1000) / 4));
}

/** How long to pause accepting when out of file descriptors: 50 ms, doubling, at most 1 s. */
export function nextBackoffMs(previousMs: number): number {
  return Math.min(previousMs === 0 ? 50 : previousMs * 2, 1000);
}
