import { normalizeHost } from "./address.ts";
import { closeQuietly, type Endpoint, toNetError } from "./net_errors.ts";

/** How many ports past a busy one {@linkcode findFreePort} tries. */
const FREE_PORT_TRIES = 20;

/** A port just above `port` that is free right now on `host`, to suggest when `port` is taken. */
export function findFreePort(host: string, port: number, transport: "tcp" | "udp"): number {
  const hostname = normalizeHost(host);
  for (
    let candidate = port + 1;
    candidate <= Math.min(port + FREE_PORT_TRIES, 65535);
    candidate++
  ) {
    try {
      closeQuietly(
        transport === "tcp"
          ? Deno.listen({ hostname, port: candidate })
          : Deno.listenDatagram({ hostname, port: candidate, transport: "udp" }),
      );
      return candidate;
    } catch {
      // Taken too; try the next one.
    }
  }
  return port < 65535 ? port + 1 : 1024;
}

/**
 * Opens a listener or socket on `endpoint` with `open` (given the host as the OS wants it), or
 * throws the {@linkcode bindFailure} that explains why it could not.
 */
export function bindOrExplain<T>(
  endpoint: Endpoint,
  transport: "tcp" | "udp",
  open: (hostname: string) => T,
): T {
  try {
    return open(normalizeHost(endpoint.host));
  } catch (error) {
    throw bindFailure(error, endpoint, transport);
  }
}

/**
 * Explains why a server could not listen or bind on `endpoint`; when the port is taken, the
 * explanation suggests one that is free.
 */
export function bindFailure(error: unknown, endpoint: Endpoint, transport: "tcp" | "udp"): unknown {
  const extra = error instanceof Deno.errors.AddrInUse
    ? { suggestion: findFreePort(endpoint.host, endpoint.port, transport) }
    : {};
  return toNetError(error, endpoint, transport === "tcp" ? "listen" : "bind", extra);
}
