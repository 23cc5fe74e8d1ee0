import { deadline } from "@std/async/deadline";
import { NetError, type NetErrorInfo, type NetErrorKind } from "../errors.ts";
import { formatAddress } from "./address.ts";

/** The socket call that failed: it decides what some errors mean. */
export type SocketOperation = "listen" | "bind" | "connect" | "read" | "write" | "send";

/** The host and port a socket call was about; for a Unix socket, its path and port 0. */
export interface Endpoint {
  readonly host: string;
  readonly port: number;
}

const HOST_NOT_FOUND =
  /failed to lookup address|name or service not known|nodename nor servname|no such host|temporary failure in name resolution/i;

function kindOf(
  error: unknown,
  port: number,
  operation: SocketOperation,
): NetErrorKind | undefined {
  const errors = Deno.errors;
  if (error instanceof errors.ConnectionRefused) return "refused";
  if (error instanceof errors.ConnectionReset || error instanceof errors.ConnectionAborted) {
    return "reset";
  }
  if (error instanceof errors.BrokenPipe) return "broken-pipe";
  if (error instanceof errors.AddrInUse) return "addr-in-use";
  if (error instanceof errors.AddrNotAvailable) return "addr-not-available";
  if (error instanceof errors.NotCapable) return "missing-permission";
  if (error instanceof errors.NetworkUnreachable) return "unreachable";
  if (error instanceof errors.TimedOut && operation === "connect") return "connect-timeout";
  // Only a Unix socket connect fails for a missing file; TCP's missing hosts are lookup errors.
  if (error instanceof errors.NotFound && operation === "connect") return "no-socket";
  if (error instanceof errors.PermissionDenied) {
    const binding = operation === "listen" || operation === "bind";
    return binding && port > 0 && port < 1024 ? "privileged-port" : "permission-denied";
  }
  if (error instanceof URIError && /invalid host/i.test(error.message)) return "invalid-host";
  if (error instanceof Error && HOST_NOT_FOUND.test(error.message)) return "host-not-found";
  return undefined;
}

/**
 * Turns an error from one of Deno's socket calls into a {@linkcode NetError} when it is a failure
 * socklab explains; any other error is returned as it was.
 */
export function toNetError(
  error: unknown,
  endpoint: Endpoint,
  operation: SocketOperation,
  extra: Partial<NetErrorInfo> = {},
): unknown {
  if (error instanceof NetError) return error;
  const kind = kindOf(error, endpoint.port, operation);
  if (!kind) return error;
  const flag = kind === "missing-permission"
    ? /--allow-[a-z-]+/.exec((error as Error).message)?.[0] ?? "--allow-net"
    : undefined;
  return new NetError(kind, {
    host: endpoint.host,
    port: endpoint.port,
    // A Unix socket's endpoint is its path, with no port.
    address: endpoint.port === 0 ? endpoint.host : formatAddress(endpoint.host, endpoint.port),
    ...(flag ? { flag } : {}),
    ...extra,
  }, { cause: error });
}

/**
 * Races a socket call against a timer (std's `deadline`), failing with `onTimeout()`'s error. The
 * call is not cancelled (the caller closes the socket); its late failure is marked handled so it
 * cannot surface as an unhandled rejection.
 */
export async function withTimeout<T>(
  call: Promise<T>,
  seconds: number | undefined,
  onTimeout: () => Error,
): Promise<T> {
  if (seconds === undefined) return await call;
  call.catch(() => {});
  try {
    return await deadline(call, seconds * 1000);
  } catch (error) {
    if (error instanceof DOMException && error.name === "TimeoutError") throw onTimeout();
    throw error;
  }
}

/** Closes a listener, socket or connection that may already be closed. */
export function closeQuietly(resource: { close(): void }): void {
  try {
    resource.close();
  } catch (error) {
    if (!(error instanceof Deno.errors.BadResource)) throw error;
  }
}
