/**
 * What the proxy does to the bytes between a client and its server: each direction read and
 * written on, piece by piece, with the faults asked for. Pure of sockets' details: it reads and
 * writes {@linkcode Stream}s and sleeps on an abort signal.
 *
 * @module
 */
import type { Stream } from "../../transport/stream.ts";
import { sleep } from "../../transport/abort.ts";

/** The faults one direction gets. */
export interface DirectionFaults {
  /** Forward at most this many bytes per write. @default {undefined: what was read, whole} */
  readonly slice?: number;
  /** Milliseconds between two pieces of one read. @default {0} */
  readonly sliceDelay: number;
  /** Milliseconds each piece is held before it is forwarded. @default {0} */
  readonly delay: number;
  /** Up to this many milliseconds more per piece, drawn from `random`. @default {0} */
  readonly jitter?: number;
  /** Bytes per second at most, on average. @default {undefined: as fast as it comes} */
  readonly bandwidth?: number;
  /** This direction's own stream of choices (its seed, connection and direction). */
  readonly random?: () => number;
}

/** What both directions of one connection count together: `--close-after`, `--hold-after`. */
export class Budget {
  /** Bytes forwarded, both directions together. */
  forwarded = 0;
  /** Set once the connection is to be closed cleanly (FIN both ways). */
  closing = false;
  constructor(
    /** Bytes after which both ends are closed. */
    readonly closeAfter: number = Infinity,
    /** Bytes after which nothing more is forwarded, and the connection stays silent. */
    readonly holdAfter: number = Infinity,
  ) {}

  /** How many of `wanted` bytes may still go; past `closeAfter` the connection closes. */
  allow(wanted: number): number {
    const limit = Math.min(this.closeAfter, this.holdAfter);
    const allowed = Math.max(0, Math.min(wanted, limit - this.forwarded));
    this.forwarded += allowed;
    if (this.forwarded >= this.closeAfter) this.closing = true;
    return allowed;
  }
}

/**
 * Forwards what `from` sends to `to`, with `faults`, until `from` ends (then `to` is half-closed,
 * as its peer did) or the budget says to close; resolves to the bytes forwarded. Bytes held back
 * by `--hold-after` are read and dropped: the other end sees silence.
 */
export async function relay(
  from: Stream,
  to: Stream,
  faults: DirectionFaults,
  budget: Budget,
  signal: AbortSignal,
): Promise<number> {
  let forwarded = 0;
  const buffer = new Uint8Array(64 * 1024);
  const { bandwidth } = faults;
  // Within a bandwidth a piece is at most a twentieth of a second's bytes: the rate holds smoothly.
  const paced = bandwidth === undefined ? undefined : Math.max(1, Math.floor(bandwidth / 20));
  /** When the next piece may go, to keep within the bandwidth (performance.now() time). */
  let nextAt = 0;
  for (;;) {
    if (budget.closing) return forwarded;
    const n = await from.read(buffer);
    if (n === null) {
      await to.closeWrite().catch(() => {});
      return forwarded;
    }
    const allowed = budget.allow(n);
    const size = faults.slice ?? paced ?? allowed;
    for (let at = 0; at < allowed; at += size) {
      if (at > 0 && faults.sliceDelay > 0) await sleep(faults.sliceDelay, signal);
      // TCP keeps order: a piece waits its own delay after the one before it has gone.
      const jitter = faults.jitter && faults.random
        ? Math.round(faults.random() * faults.jitter)
        : 0;
      if (faults.delay + jitter > 0) await sleep(faults.delay + jitter, signal);
      if (bandwidth !== undefined) {
        const now = performance.now();
        if (nextAt > now) await sleep(nextAt - now, signal);
        nextAt = Math.max(now, nextAt) + (Math.min(size, allowed - at) * 1000) / bandwidth;
      }
      if (signal.aborted) return forwarded;
      // Written whole before the buffer is read into again: a view is enough.
      await to.write(buffer.subarray(at, Math.min(allowed, at + size)));
    }
    forwarded += allowed;
  }
}
