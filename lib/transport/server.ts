import { Trace } from "../present/trace.ts";
import { formatAddr } from "./address.ts";
import { closeQuietly } from "./net_errors.ts";
import { Stream } from "./stream.ts";

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
  /** Serves one client. The stream is closed for it afterwards. */
  handle(stream: Stream): Promise<void>;
  /** A client failed (reset, timeout…): the server reports it and goes on with the others. */
  onClientError(stream: Stream, error: unknown): void;
}

/**
 * The open connections of a server, so that stopping it closes them all. `accept` waits for the
 * next client and wraps it in a traced {@linkcode Stream}, or resolves to null once the listener
 * is closed.
 */
export class Clients {
  readonly open = new Set<Stream>();
  #accepted = 0;

  constructor(
    private readonly listener: Deno.Listener,
    private readonly options: { trace?: Trace; timeoutSeconds?: number },
  ) {}

  async accept(): Promise<Stream | null> {
    let conn: Deno.Conn;
    try {
      conn = await this.listener.accept();
    } catch (error) {
      if (error instanceof Deno.errors.BadResource || error instanceof Deno.errors.Interrupted) {
        return null;
      }
      throw error;
    }
    this.#accepted++;
    const local = formatAddr(this.listener.addr);
    // A Unix client has no address of its own: it is named after the socket and its number.
    const peer = conn.remoteAddr.transport === "unix" ? `${local}#${this.#accepted}` : undefined;
    if (conn.remoteAddr.transport === "tcp") (conn as Deno.TcpConn).setNoDelay(true);
    const stream = new Stream(conn, { ...this.options, peer });
    this.open.add(stream);
    (this.options.trace ?? Trace.off).event("accept", stream.peer, `on ${local}`);
    return stream;
  }

  /** Closes a client and forgets it. */
  close(stream: Stream): void {
    stream.close();
    this.open.delete(stream);
  }

  /** Closes the listener and every open client: a blocked accept or read returns. */
  closeAll(): void {
    closeQuietly(this.listener);
    for (const stream of this.open) stream.close();
    this.open.clear();
  }
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
  const stop = () => clients.closeAll();
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
      if (!signal.aborted) options.onClientError(stream, error);
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
  closeQuietly(options.listener);
  return stats;
}
