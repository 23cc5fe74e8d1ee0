import { NetError } from "../errors.ts";
import { timeoutDetail, Trace } from "../present/trace.ts";
import { formatAddr, formatAddress, normalizeHost } from "./address.ts";
import { bindOrExplain } from "./bind_failure.ts";
import { toNetError } from "./net_errors.ts";
import { Stream } from "./stream.ts";

/** Where and how a TCP server listens. */
export interface ListenTcpOptions {
  readonly host: string;
  /** 0 picks any free port. */
  readonly port: number;
  /** `listen(backlog)`: how many connections the OS queues before accept. @default {the OS's} */
  readonly backlog?: number;
  readonly trace?: Trace;
}

/** Opens a TCP listener, or throws a {@linkcode NetError} that says why it could not. */
export function listenTcp(options: ListenTcpOptions): Deno.TcpListener {
  const trace = options.trace ?? Trace.off;
  const listener = bindOrExplain(options, "tcp", (hostname) =>
    Deno.listen({
      hostname,
      port: options.port,
      ...(options.backlog === undefined ? {} : { tcpBacklog: options.backlog }),
    }));
  const backlog = options.backlog === undefined ? "" : `backlog ${options.backlog}`;
  trace.event("listen", formatAddr(listener.addr), "", backlog);
  return listener;
}

/** Where a TCP client connects and how long it waits. */
export interface ConnectTcpOptions {
  readonly host: string;
  readonly port: number;
  /** `--timeout`: the connect and each later read give up after this many seconds. */
  readonly timeoutSeconds?: number;
  /** Aborting it abandons the connect. */
  readonly signal?: AbortSignal;
  readonly trace?: Trace;
}

/** Connects to a TCP server, or throws a {@linkcode NetError} that says why it could not. */
export async function connectTcp(options: ConnectTcpOptions): Promise<Stream> {
  const trace = options.trace ?? Trace.off;
  const address = formatAddress(options.host, options.port);
  const attempt = new AbortController();
  const abandon = () => attempt.abort();
  options.signal?.addEventListener("abort", abandon, { once: true });
  let timedOut = false;
  const started = performance.now();
  const timer = options.timeoutSeconds === undefined ? undefined : setTimeout(() => {
    timedOut = true;
    attempt.abort();
  }, options.timeoutSeconds * 1000);
  try {
    const conn = await Deno.connect({
      hostname: normalizeHost(options.host),
      port: options.port,
      signal: attempt.signal,
    });
    const stream = new Stream(conn, { trace, timeoutSeconds: options.timeoutSeconds });
    trace.event("connect", stream.local, stream.peer);
    return stream;
  } catch (error) {
    if (timedOut) {
      trace.event("timeout", "", address, timeoutDetail("connect", options.timeoutSeconds!));
      throw new NetError("connect-timeout", {
        host: options.host,
        port: options.port,
        address,
        seconds: options.timeoutSeconds,
      }, { cause: error });
    }
    // The OS gives up on its own too (no --timeout): say how long that took.
    const seconds = Math.round((performance.now() - started) / 1000);
    throw toNetError(error, options, "connect", { seconds });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", abandon);
  }
}
