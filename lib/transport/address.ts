import { parseAddress } from "./access.ts";

/** Removes the brackets users put around IPv6 addresses (`[::1]` → `::1`). */
export function normalizeHost(host: string): string {
  return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}

/** `host:port`, with an IPv6 host in brackets as URLs and nc write it: `[::1]:8080`. */
export function formatAddress(host: string, port: number): string {
  const bare = normalizeHost(host);
  return bare.includes(":") ? `[${bare}]:${port}` : `${bare}:${port}`;
}

/**
 * A socket address as people read it: `host:port`, or a Unix socket's path (`unnamed` for the
 * pathless end of a Unix connection, as unix(7) calls it).
 */
export function formatAddr(addr: Deno.Addr): string {
  if ("path" in addr) return addr.path || "unnamed";
  if ("cid" in addr) return `vsock:${addr.cid}:${addr.port}`;
  return formatAddress(addr.hostname, addr.port);
}

/** Whether `host` is an IP address rather than a name to resolve. */
export function isIpLiteral(host: string): boolean {
  const bare = normalizeHost(host);
  return /^\d+\.\d+\.\d+\.\d+$/.test(bare) || bare.includes(":");
}

/** An IPv4 address of all zeros however written: `0`, `0.0.0.0`, `0x0`, `00.0`. */
const IPV4_ZERO = /^(0x0*|0+)(\.(0x0*|0+)){0,3}$/i;

/**
 * Which family a server on this host listens on every network of: 4 for `0.0.0.0`, 6 for `::`
 * (which takes IPv4 too), however the address is written (`0`, `::0`, `0:0:0:0:0:0:0:0`);
 * undefined for a host that is one address.
 */
export function wildcardFamily(host: string): 4 | 6 | undefined {
  const bare = normalizeHost(host);
  if (IPV4_ZERO.test(bare)) return 4;
  const address = parseAddress(bare);
  return address?.family === 6 && address.address === 0n ? 6 : undefined;
}

/** Whether a server on this host listens on every network of the machine. */
export function isWildcard(host: string): boolean {
  return wildcardFamily(host) !== undefined;
}

/** Whether an IP address is a loopback one (reachable only from this machine). */
export function isLoopback(address: string): boolean {
  const bare = normalizeHost(address);
  return bare.startsWith("127.") || bare === "::1" || bare === "localhost";
}

/**
 * The addresses a classmate could use to reach a server listening on a wildcard host: every
 * non-loopback address of the machine in the families that wildcard covers (`0.0.0.0`: IPv4;
 * `::`: both, as dual-stack sockets do). Link-local IPv6 is left out: it needs a zone to be usable.
 */
export function reachableAddresses(
  interfaces: readonly Deno.NetworkInterfaceInfo[],
  host: string,
  port: number,
): string[] {
  const ipv6Too = wildcardFamily(host) === 6;
  const seen = new Set<string>();
  for (const info of interfaces) {
    if (isLoopback(info.address)) continue;
    if (info.family === "IPv6" && (!ipv6Too || /^fe80:/i.test(info.address))) continue;
    seen.add(`${formatAddress(info.address, port)} (${info.name})`);
  }
  return [...seen];
}
