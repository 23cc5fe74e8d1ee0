import { assertEquals } from "@std/assert";
import { reachableLine } from "../lib/run/reachable.ts";
import { translator } from "../lib/present/catalogue.ts";
import {
  formatAddr,
  formatAddress,
  isWildcard,
  normalizeHost,
  reachableAddresses,
} from "../lib/transport/address.ts";

const iface = (
  name: string,
  family: "IPv4" | "IPv6",
  address: string,
): Deno.NetworkInterfaceInfo => ({
  name,
  family,
  address,
  netmask: "",
  scopeid: null,
  cidr: "",
  mac: "00:00:00:00:00:00",
});

const INTERFACES = [
  iface("lo", "IPv4", "127.0.0.1"),
  iface("lo", "IPv6", "::1"),
  iface("eth0", "IPv4", "192.168.1.20"),
  iface("eth0", "IPv6", "fe80::1"),
  iface("eth0", "IPv6", "2001:db8::20"),
  iface("wlan0", "IPv4", "10.0.0.7"),
];

Deno.test("addresses print as host:port, IPv6 in brackets", () => {
  assertEquals(formatAddress("127.0.0.1", 8080), "127.0.0.1:8080");
  assertEquals(formatAddress("::1", 8080), "[::1]:8080");
  assertEquals(formatAddress("[::1]", 8080), "[::1]:8080");
  assertEquals(formatAddr({ transport: "tcp", hostname: "::", port: 1 }), "[::]:1");
  assertEquals(formatAddr({ transport: "unix", path: "/tmp/s.sock" }), "/tmp/s.sock");
  assertEquals(normalizeHost("[::1]"), "::1");
});

Deno.test("0.0.0.0 and :: are the wildcard hosts; loopback is not", () => {
  assertEquals(isWildcard("0.0.0.0"), true);
  assertEquals(isWildcard("::"), true);
  assertEquals(isWildcard("[::]"), true);
  assertEquals(isWildcard("127.0.0.1"), false);
});

Deno.test("on 0.0.0.0 a server names the machine's IPv4 addresses, not loopback", () => {
  assertEquals(reachableAddresses(INTERFACES, "0.0.0.0", 8080), [
    "192.168.1.20:8080 (eth0)",
    "10.0.0.7:8080 (wlan0)",
  ]);
});

Deno.test("on :: a server also names global IPv6 addresses, but not link-local ones", () => {
  assertEquals(reachableAddresses(INTERFACES, "::", 9999), [
    "192.168.1.20:9999 (eth0)",
    "[2001:db8::20]:9999 (eth0)",
    "10.0.0.7:9999 (wlan0)",
  ]);
});

Deno.test("servers say where classmates can connect only when listening on a wildcard", () => {
  const t = translator("es");
  assertEquals(reachableLine(t, "127.0.0.1", 8080, () => INTERFACES), undefined);
  assertEquals(
    reachableLine(t, "0.0.0.0", 8080, () => INTERFACES),
    "Tus compañeros en la red pueden conectarse a: 192.168.1.20:8080 (eth0), 10.0.0.7:8080 (wlan0)",
  );
  assertEquals(
    reachableLine(t, "0.0.0.0", 8080, () => [INTERFACES[0]]),
    t("net.reachableNone"),
  );
  const denied = reachableLine(t, "::", 8080, () => {
    throw new Deno.errors.NotCapable("Requires sys access");
  });
  assertEquals(denied?.startsWith("No se pudieron listar las direcciones de esta máquina"), true);
});
