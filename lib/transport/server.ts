import { delay } from "@std/async/delay";
import { Trace } from "../present/trace.ts";
import { NetError } from "../errors.ts";
import type { AccessPolicy } from "./access.ts";
import { formatAddr } from "./address.ts";
import { InactivityWatch, nextBackoffMs } from "./inactivity.ts";
import { closeQuietly } from "./net_errors.ts";
import { outOfDescriptors } from "./descriptors.ts";
import { Stream } from "./stream.ts";

const encoder = new TextEncoder();

/** What a server did while it ran, for its closing summary. */
export interface ServeStats {
  clients: number;
  bytesIn: number;
  bytesOut: number;
}

/** How a server accepts and hands over its clients. */
export interface ServeOptions {
  readonly listener: Deno.Listener;
  /** Aborting it stops the server: the listener and every open connection are closed. */
  readonly signal: AbortSignal;
  /**
   * `sequential`: the next client is accepted only once the previous one has been served and
   * closed, like the course's blocking servers (others wait in the listen backlog meanwhile).
   * `concurrent`: every client is served at once, one task each on the event loop (the Deno
   * counterpart of one thread per client).
   */
  readonly concurrency: "sequential" | "concurrent";
  readonly trace?: Trace;
  /** `--timeout` for each client's reads. */
  readonly timeoutSeconds?: number;
  /** Stop accepting after the first client, as the course's one-shot programs do. */
  readonly once?: boolean;
  /** Limits on who is served, for how long silent, how many at once. */
  readonly guard?: Guard;
  /** Serves one client. The stream is closed for it afterwards. */
  handle(stream: Stream): Promise<void>;
  /**
   * Called once when `signal` aborts, after the listener is closed and before the clients are:
   * the time to tell them the server is stopping. Bound its wait: the clients close when it ends.
   */
  stopping?(): Promise<void>;
  /** A client failed (reset, timeout…): the server reports it and goes on with the others. */
  onClientError(stream: Stream, error: unknown): void;
}

/** What a server does about the clients it should not (or no longer) serve. */
export interface Guard {
  /** Clients served at once; another is told the server is full and closed. */
  readonly maxConnections: number;
  /** Seconds a client may stay silent before it is told so and closed. */
  readonly idleSeconds?: number;
  /** Seconds a client may leave what it is sent unread before it is closed. */
  readonly stallSeconds?: number;
  /** Seconds a request (a line, an HTTP head, a file header) may take from its first byte. */
  readonly requestSeconds?: number;
  /** Who may come in at all. */
  readonly access?: AccessPolicy;
  /** The lines clients are told, in the server's language. */
  readonly tell: {
    readonly full: string;
    readonly idle: string;
    readonly slow: string;
    readonly evicted: string;
  };
  /** Reports what the guard did, about whom. */
  log(event: GuardEvent, peer: string): void;
  /** Reports what is still held back, when the server stops. */
  flush?(): void;
}

/** What a {@linkcode Guard} reports. */
export type GuardEvent =
  | "denied"
  | "full"
  | "evicted"
  | "idle"
  | "stalled"
  | "slow"
  | "out-of-descriptors"
  | "descriptors-back";

/** How long the idlest client must have been silent to give its slot to a newcomer. */
const EVICTABLE_AFTER_SECONDS = 1;

/**
 * How long accepting waits for a client it closes (turned away, or evicted for a descriptor) to
 * be told why before closing it anyway: its descriptor is free before the next accept, so that a
 * flood of refusals cannot use up the descriptors kept in reserve.
 */
const GOODBYE_WAIT_MS = 100;

/**
 * The open connections of a server, so that stopping it closes them all. `accept` waits for the
 * next client it may serve and wraps it in a traced {@linkcode Stream}, or resolves to null once
 * the listener is closed. With a {@linkcode Guard}, clients turned away never reach the caller,
 * silent or stalled ones are closed, and running out of file descriptors closes the client silent
 * longest to make room, or, when none may be closed, pauses accepting instead of failing.
 */
export class Clients {
  readonly open = new Set<Stream>();
  #accepted = 0;
  /** Accepting is failing for want of file descriptors: said once when it begins and ends. */
  #outOfDescriptors = false;
  readonly #watch?: InactivityWatch<Stream>;

  constructor(
    private readonly listener: Deno.Listener,
    private readonly options: { trace?: Trace; timeoutSeconds?: number; guard?: Guard },
  ) {
    const guard = options.guard;
    if (guard) {
      this.#watch = new InactivityWatch(guard, () => this.open, (stream, why) => {
        guard.log(why, stream.peer);
        // A client that does not read is closed at once; the others are told why first.
        if (why === "stalled") this.close(stream);
        else this.#tellAndClose(stream, why === "idle" ? guard.tell.idle : guard.tell.slow);
      });
    }
  }

  async accept(): Promise<Stream | null> {
    const guard = this.options.guard;
    let backoff = 0;
    for (;;) {
      let conn: Deno.Conn;
      try {
        conn = await this.listener.accept();
      } catch (error) {
        if (error instanceof Deno.errors.BadResource || error instanceof Deno.errors.Interrupted) {
          return null;
        }
        if (!guard || !outOfDescriptors(error)) throw error;
        // Out of file descriptors: the client silent longest gives up its own, as when the server
        // is full (the limit of descriptors can come before --max-connections).
        const idlest = this.#watch?.idlest(EVICTABLE_AFTER_SECONDS);
        if (idlest) {
          guard.log("evicted", idlest.peer);
          await this.#tellAndCloseSoon(idlest, guard.tell.evicted);
          continue;
        }
        // None may be closed: say so once, pause, try again; the clients being served go on.
        if (!this.#outOfDescriptors) {
          guard.log("out-of-descriptors", formatAddr(this.listener.addr));
        }
        this.#outOfDescriptors = true;
        backoff = nextBackoffMs(backoff);
        await delay(backoff);
        continue;
      }
      backoff = 0;
      if (this.#outOfDescriptors && guard) {
        this.#outOfDescriptors = false;
        guard.log("descriptors-back", formatAddr(this.listener.addr));
      }
      const stream = this.#wrap(conn);
      if (guard) {
        const refused = this.#admit(stream, guard);
        if (refused) {
          await refused;
          continue;
        }
      }
      this.open.add(stream);
      return stream;
    }
  }

  #wrap(conn: Deno.Conn): Stream {
    this.#accepted++;
    const local = formatAddr(this.listener.addr);
    // A Unix client has no address of its own: it is named after the socket and its number.
    const peer = conn.remoteAddr.transport === "unix" ? `${local}#${this.#accepted}` : undefined;
    if (conn.remoteAddr.transport === "tcp") (conn as Deno.TcpConn).setNoDelay(true);
    const { trace, timeoutSeconds } = this.options;
    const stream = new Stream(conn, { trace, timeoutSeconds, peer });
    (trace ?? Trace.off).event("accept", local, stream.peer);
    return stream;
  }

  /**
   * Undefined when a new client may be served; one that may not is closed (told why, if full), and
   * the promise returned settles once it is.
   */
  #admit(stream: Stream, guard: Guard): Promise<void> | undefined {
    const host = stream.peerHost;
    if (host !== undefined && guard.access && !guard.access.permits(host)) {
      guard.log("denied", stream.peer);
      stream.close();
      return Promise.resolve();
    }
    if (this.open.size >= guard.maxConnections) {
      // The client silent longest gives up its slot: an idle one is only closed when it is needed.
      const idlest = this.#watch?.idlest(EVICTABLE_AFTER_SECONDS);
      if (!idlest) {
        guard.log("full", stream.peer);
        return this.#tellAndCloseSoon(stream, guard.tell.full);
      }
      guard.log("evicted", idlest.peer);
      this.#tellAndClose(idlest, guard.tell.evicted);
    }
    return undefined;
  }

  /** Tells a client why, then closes it (and forgets it); one that does not read is not waited on. */
  #tellAndClose(stream: Stream, why: string): Promise<void> {
    this.open.delete(stream);
    return stream.write(encoder.encode(why + "\n")).catch(() => {}).finally(() =>
      this.close(stream)
    );
  }

  /** Tells a client why and closes it, within {@linkcode GOODBYE_WAIT_MS}: closed once resolved. */
  async #tellAndCloseSoon(stream: Stream, why: string): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<void>((resolve) => timer = setTimeout(resolve, GOODBYE_WAIT_MS));
    await Promise.race([this.#tellAndClose(stream, why), late]);
    clearTimeout(timer);
    this.close(stream);
  }

  /** Closes a client and forgets it. */
  close(stream: Stream): void {
    stream.close();
    this.open.delete(stream);
  }

  /** Closes the listener and every open client: a blocked accept or read returns. */
  closeAll(): void {
    this.#watch?.[Symbol.dispose]();
    this.options.guard?.flush?.();
    closeQuietly(this.listener);
    for (const stream of this.open) stream.close();
    this.open.clear();
  }
}

/**
 * Whether a client's failure is only the server having closed it (stopping, or its guard): a read
 * cut short then, not something to report. A timeout closes the stream too, but says so itself.
 */
export function closedHere(stream: Stream, error: unknown): boolean {
  return stream.closed && !(error instanceof NetError);
}

/**
 * Accepts clients and hands each to `handle`, one after another or all at once. Resolves with
 * the totals when `signal` aborts (after every client's handler has finished), or after one
 * client with `once`.
 */
export async function serve(options: ServeOptions): Promise<ServeStats> {
  const { signal } = options;
  const stats: ServeStats = { clients: 0, bytesIn: 0, bytesOut: 0 };
  const clients = new Clients(options.listener, options);
  const stop = () => {
    if (!options.stopping) return clients.closeAll();
    closeQuietly(options.listener);
    options.stopping().finally(() => clients.closeAll());
  };
  signal.addEventListener("abort", stop, { once: true });
  // Clients being served, and who to tell when the last one is done. A count, not a set of
  // promises: an idle connection should cost as little as possible.
  let running = 0;
  let allDone: (() => void) | undefined;
  const finished = (stream: Stream) => {
    clients.close(stream);
    stats.clients++;
    stats.bytesIn += stream.bytesIn;
    stats.bytesOut += stream.bytesOut;
    if (--running === 0) allDone?.();
  };
  const serveOne = (stream: Stream): Promise<void> => {
    running++;
    return options.handle(stream).then(() => finished(stream), (error) => {
      // A handler that used the connection directly fails with the runtime's error: translated.
      if (!signal.aborted && !closedHere(stream, error)) {
        options.onClientError(stream, stream.failure(error));
      }
      finished(stream);
    });
  };
  const drain = () =>
    running === 0 ? Promise.resolve() : new Promise<void>((resolve) => allDone = resolve);

  try {
    while (!signal.aborted) {
      const stream = await clients.accept();
      if (!stream) break;
      if (options.concurrency === "sequential") await serveOne(stream);
      else serveOne(stream);
      if (options.once) break;
    }
  } catch (error) {
    // Accepting failed for good: no client is left behind open.
    clients.closeAll();
    await drain();
    throw error;
  } finally {
    signal.removeEventListener("abort", stop);
  }
  await drain();
  clients.closeAll();
  return stats;
}
