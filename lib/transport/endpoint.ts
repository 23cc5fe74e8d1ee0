import { lookup } from "node:dns/promises";
import { NetError } from "../errors.ts";
import { Trace } from "../present/trace.ts";
import { isIpLiteral } from "./address.ts";
import type { Stream } from "./stream.ts";
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

/** The addresses a host name stands for, as the system resolver (hosts file too) gives them. */
async function addressesOf(host: string): Promise<string[] | undefined> {
  try {
    return (await lookup(host, { all: true })).map((entry) => entry.address);
  } catch {
    return undefined;
  }
}

/**
 * Connects a stream client (TCP or Unix), or throws a {@linkcode NetError} saying why not. When a
 * name such as `localhost` is refused, the error lists the addresses it stands for: every one of
 * them was tried.
 */
export async function connectStream(
  endpoint: StreamEndpoint & {
    readonly timeoutSeconds?: number;
    readonly signal?: AbortSignal;
    readonly trace?: Trace;
  },
): Promise<Stream> {
  if (endpoint.unix !== undefined) return await connectUnix(endpoint.unix, endpoint);
  try {
    return await connectTcp(endpoint);
  } catch (error) {
    if (!(error instanceof NetError) || error.kind !== "refused" || isIpLiteral(endpoint.host)) {
      throw error;
    }
    const tried = await addressesOf(endpoint.host);
    throw new NetError("refused", { ...error.info, tried }, { cause: error.cause });
  }
}
