/**
 * A datagram server's whole run, beside the stream servers' (`stream_server.ts`): bind and say
 * where (and where a classmate reaches it), say what the mode does, then receive until Ctrl+C (or
 * after one datagram, with `once`) under the same guard of who may send (--allow, --deny), each
 * datagram handed to the mode; a receive error about one client never stops the others; then the
 * summary. A mode keeps only what it does with a datagram.
 *
 * @module
 */
import type { DatagramServerOptions } from "../cli/spec.ts";
import { EXIT } from "../exit_codes.ts";
import type { Io } from "../io.ts";
import { closeOnAbort } from "../transport/abort.ts";
import { accessPolicy } from "../transport/access.ts";
import { type Datagram, DatagramSocket, isTransientDatagramError } from "../transport/udp.ts";
import type { ModeContext } from "./context.ts";
import { reachableLine } from "./reachable.ts";

/** What a datagram server counts, for its summary. */
export interface DatagramStats {
  /** Datagrams taken from permitted senders. */
  datagrams: number;
  /** Of those, lost on purpose (`--drop`). */
  dropped: number;
  /** Replies sent. */
  acks: number;
}

/** Hands a run of the socket to a loop of the mode's own that needs nothing per datagram. */
export type FastPath = (
  socket: DatagramSocket,
  stats: DatagramStats,
  onReceiveError: (error: unknown) => void,
) => Promise<boolean>;

/** What a datagram server mode adds to {@linkcode runDatagramServer}. */
export interface DatagramService {
  /** Bytes a receive takes at most (`--buffer`). */
  readonly bufferSize: number;
  /** What the server says it does, after saying where it listens. */
  readonly intro?: string;
  /** Stop after the first datagram served. */
  readonly once: boolean;
  /**
   * A loop of the mode's own that serves without looking at each datagram (nothing printed,
   * checked or dropped), tried first when there is no guard; it resolves false when it cannot
   * serve this socket, and the common loop serves it.
   */
  readonly fastPath?: FastPath;
  /**
   * Serves one datagram from a permitted sender (counted already). False when it was not served
   * (lost on purpose): `once` then waits for the next.
   */
  handle(datagram: Datagram, socket: DatagramSocket, stats: DatagramStats): Promise<boolean>;
}

/**
 * A datagram server mode's run: bind, announce, serve each datagram under the guard until Ctrl+C
 * (or one, with `once`), then print the summary.
 */
export async function runDatagramServer(
  options: DatagramServerOptions,
  ctx: ModeContext,
  io: Io,
  service: DatagramService,
): Promise<number> {
  const { t } = ctx;
  const socket = DatagramSocket.bind({
    host: options.host,
    port: options.port,
    bufferSize: service.bufferSize,
    trace: ctx.trace,
    // Windows drops such a datagram whole and does not say who sent it; the server goes on.
    onTooLong: () => ctx.warn(t("udp.tooLongDropped", { buffer: service.bufferSize })),
  });
  using _ = closeOnAbort(io.signal, socket);
  try {
    ctx.say(t("udp.listening", { host: socket.addr.hostname, port: socket.addr.port }));
    const reachable = reachableLine(t, options.host, socket.addr.port);
    if (reachable) ctx.say(reachable);
    if (service.intro) ctx.say(service.intro);
    io.listening?.(socket.addr);
    const stats: DatagramStats = { datagrams: 0, dropped: 0, acks: 0 };
    const access = accessPolicy(options);
    const receiveError = (error: unknown) => {
      // An ICMP error about an earlier send (Windows reports it as a reset on the next
      // receive) concerns one client: the socket goes on serving everyone else.
      if (!isTransientDatagramError(error)) throw error;
      ctx.warn(t("guard.receiveError", { error: ctx.describe(error) }));
    };
    const served = !access && options.timeout === undefined && service.fastPath !== undefined &&
      await service.fastPath(socket, stats, receiveError);
    while (!served && !io.signal.aborted) {
      let datagram: Datagram;
      try {
        datagram = await socket.receive(options.timeout);
      } catch (error) {
        if (io.signal.aborted) break;
        receiveError(error);
        continue;
      }
      if (access && !access.permits(datagram.from.hostname)) {
        ctx.warn(t("guard.datagramDenied", { peer: datagram.peer }));
        continue;
      }
      stats.datagrams++;
      if (await service.handle(datagram, socket, stats) && service.once) break;
    }
    ctx.say(t("udp.summary", { ...stats, bytesIn: socket.bytesIn, bytesOut: socket.bytesOut }));
    if (socket.tooLong > 0) {
      ctx.say(t("udp.tooLongSummary", { count: socket.tooLong, buffer: service.bufferSize }));
    }
    return EXIT.ok;
  } finally {
    socket.close();
  }
}
