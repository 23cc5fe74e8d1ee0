import { Trace } from "../present/trace.ts";
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
  readonly trace?: Trace;
  /** `--timeout` for each client's reads. */
  readonly timeoutSeconds?: number;
  /** Stop after the first client, as the course's one-shot programs do. */
  readonly once?: boolean;
  /** Serves one client. The stream is closed for it afterwards. */
  handle(stream: Stream): Promise<void>;
  /** A client failed (reset, timeout…): the server reports it and goes on with the next. */
  onClientError(stream: Stream, error: unknown): void;
}

/**
 * Accepts clients one after another, like the course's blocking servers: the next client is
 * accepted only once the previous one has been served and closed (others wait in the listen
 * backlog meanwhile). Resolves with the totals when `signal` aborts, or after one client with
 * `once`.
 */
export async function serveSequentially(options: ServeOptions): Promise<ServeStats> {
  const { listener, signal } = options;
  const trace = options.trace ?? Trace.off;
  const stats: ServeStats = { clients: 0, bytesIn: 0, bytesOut: 0 };
  let current: Stream | undefined;
  const stop = () => {
    closeQuietly(listener);
    current?.close();
  };
  signal.addEventListener("abort", stop, { once: true });
  try {
    while (!signal.aborted) {
      let conn: Deno.Conn;
      try {
        conn = await listener.accept();
      } catch (error) {
        if (signal.aborted || error instanceof Deno.errors.BadResource) break;
        throw error;
      }
      const stream = current = new Stream(conn, { trace, timeoutSeconds: options.timeoutSeconds });
      trace.event("accept", stream.peer, `on ${stream.local}`);
      try {
        await options.handle(stream);
      } catch (error) {
        if (!signal.aborted) options.onClientError(stream, error);
      } finally {
        stream.close();
        current = undefined;
        stats.clients++;
        stats.bytesIn += stream.bytesIn;
        stats.bytesOut += stream.bytesOut;
      }
      if (options.once) break;
    }
  } finally {
    signal.removeEventListener("abort", stop);
    closeQuietly(listener);
  }
  return stats;
}
