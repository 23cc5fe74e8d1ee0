import { lookup } from "node:dns/promises";
import { NetError } from "../errors.ts";
import { Trace } from "../present/trace.ts";
import { formatAddress, isIpLiteral } from "./address.ts";
import type { Stream } from "./stream.ts";
import { withTimeout } from "./net_errors.ts";
import { connectTcp, listenTcp } from "./tcp.ts";
import { connectUnix, listenUnix } from "./unix.ts";

/** Where a stream mode listens or connects: a TCP host and port, or a Unix socket's path. */
export interface StreamEndpoint {
  readonly host: string;
  readonly port: number;
  /** `--unix PATH`: a Unix domain socket instead of TCP. */
  readonly unix?: string;
}

/** Opens a stream listener (TCP or Unix), or throws a {@linkcode NetError} saying why not. */
export async function listenStream(
  endpoint: StreamEndpoint & {
    readonly backlog?: number;
    readonly trace?: Trace;
    /** Told when a stale socket file left by a crashed server was removed. */
    readonly onStaleRemoved?: () => void;
  },
): Promise<Deno.Listener> {
  if (endpoint.unix !== undefined) return await listenUnix(endpoint.unix, endpoint);
  return listenTcp(endpoint);
}

/** The addresses a host name stands for, in the order the system resolver gives them. */
export type Resolve = (host: string) => Promise<readonly string[] | undefined>;

/**
 * The addresses a host name stands for, as the system resolver (`getaddrinfo`, the hosts file
 * too, so it works offline) gives them and in its order; undefined when it cannot resolve it.
 * Not `Deno.resolveDns`: that asks DNS servers only, and knows nothing of `localhost`.
 */
export const systemResolve: Resolve = async (host) => {
  try {
    return [...new Set((await lookup(host, { all: true })).map((entry) => entry.address))];
  } catch {
    return undefined;
  }
};

/** `promise`, or a rejection with the signal's reason as soon as `signal` aborts. */
function untilAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  signal.throwIfAborted();
  const { promise: aborted, reject } = Promise.withResolvers<never>();
  const abort = () => reject(signal.reason);
  signal.addEventListener("abort", abort, { once: true });
  return Promise.race([promise, aborted]).finally(() => signal.removeEventListener("abort", abort));
}

/**
 * The addresses to try for `host`: those resolved, and for `localhost` (and `*.localhost`, RFC
 * 6761) both loopbacks after them, since a hosts file often names only one (`127.0.0.1 localhost`
 * in many containers) while a server may listen on the other (`--host ::1`).
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * assertEquals(withLoopbacks("localhost", ["127.0.0.1"]), ["127.0.0.1", "::1"]);
 * assertEquals(withLoopbacks("LOCALHOST", []), ["::1", "127.0.0.1"]);
 * assertEquals(withLoopbacks("example.test", ["192.0.2.1"]), ["192.0.2.1"]);
 * ```
 */
export function withLoopbacks(host: string, resolved: readonly string[]): string[] {
  const name = host.toLowerCase().replace(/\.$/, "");
  const local = name === "localhost" || name.endsWith(".localhost");
  return [...new Set([...resolved, ...(local ? ["::1", "127.0.0.1"] : [])])];
}

/** Where and how a stream client connects. */
export interface ConnectStreamOptions extends StreamEndpoint {
  /** `--timeout`: each address tried, and each later read, gives up after this many seconds. */
  readonly timeoutSeconds?: number;
  /** Aborting it abandons the connect. */
  readonly signal?: AbortSignal;
  readonly trace?: Trace;
  /** How a host name becomes addresses. @default {systemResolve} */
  readonly resolve?: Resolve;
}

/**
 * Connects a stream client (TCP or Unix), or throws a {@linkcode NetError} saying why not. A name
 * such as `localhost` may stand for several addresses (`::1` and `127.0.0.1`): each is tried in
 * the resolver's order until one answers, as Python's `socket.create_connection` does (the
 * runtime's own connect tries only the first), and when none does the error lists them all.
 */
export async function connectStream(endpoint: ConnectStreamOptions): Promise<Stream> {
  if (endpoint.unix !== undefined) return await connectUnix(endpoint.unix, endpoint);
  if (isIpLiteral(endpoint.host)) return await connectTcp(endpoint);
  const address = formatAddress(endpoint.host, endpoint.port);
  // Looking the name up is part of connecting: Ctrl+C and --timeout end it too.
  const addresses = await withTimeout(
    untilAborted((endpoint.resolve ?? systemResolve)(endpoint.host), endpoint.signal),
    endpoint.timeoutSeconds,
    () => {
      const { host, port, timeoutSeconds: seconds } = endpoint;
      return new NetError("connect-timeout", { host, port, address, seconds });
    },
  );
  const tried = withLoopbacks(endpoint.host, addresses ?? []);
  // Unresolved: the runtime's own attempt says why (an unknown host, no network).
  if (tried.length === 0) return await connectTcp(endpoint);
  const failures: unknown[] = [];
  for (const address of tried) {
    try {
      return await connectTcp({ ...endpoint, host: address });
    } catch (error) {
      if (endpoint.signal?.aborted) throw error;
      // A permission granted for the name (--allow-net=localhost) is not one for its addresses.
      if (error instanceof NetError && error.kind === "missing-permission") {
        return await connectTcp(endpoint);
      }
      failures.push(error);
    }
  }
  // The most telling failure: one that is not a plain refusal (a timeout, an unreachable network).
  const explained = failures.filter((error) => error instanceof NetError);
  const failure = explained.find((error) => error.kind !== "refused") ?? explained[0];
  if (!failure) throw failures[0];
  const named = { host: endpoint.host, address, tried };
  throw new NetError(failure.kind, { ...failure.info, ...named }, {
    cause: failure.cause,
  });
}
