import { assertEquals, assertMatch } from "@std/assert";
import { parsePortList } from "../lib/cli/port_list.ts";
import { describeInterfaces, likelyAddress } from "../lib/course/tools/interfaces.ts";
import { ClosedRuns, probe } from "../lib/course/tools/probe.ts";
import { tcpServer } from "../lib/course/tcp/tcp-server.ts";
import { translator } from "../lib/present/catalogue.ts";
import { freePort, optionsFor, runMode, silentPort, withServer } from "./helpers.ts";

Deno.test("probe tells an open loopback port from a closed one, in the order given", async () => {
  await withServer(tcpServer, optionsFor(tcpServer, ["--quiet"]), async (server) => {
    const closed = freePort();
    const { code, io } = await runMode(
      probe,
      optionsFor(probe, ["127.0.0.1", `${closed},${server.port}`], {}, "es"),
    );
    assertEquals(code, 0);
    const lines = io.stdoutLines();
    assertMatch(lines[0], new RegExp(`^127\\.0\\.0\\.1:${closed}  cerrado  \\d+,\\d ms$`));
    assertMatch(lines[1], new RegExp(`^127\\.0\\.0\\.1:${server.port}  abierto  \\d+,\\d ms$`));
    assertEquals(
      lines[2],
      "abiertos: 1, cerrados: 1, sin respuesta: 0 (se esperó hasta 1 s por cada uno)",
    );
  });
});

Deno.test("a port behind a 'firewall' (no answer at all) is told apart from a closed one", async () => {
  using silent = await silentPort();
  const { io } = await runMode(
    probe,
    optionsFor(probe, ["127.0.0.1", String(silent.port), "--timeout", "0.3"], {}, "en"),
  );
  assertMatch(
    io.stdoutLines()[0],
    new RegExp(`^127\\.0\\.0\\.1:${silent.port}  no answer  \\d+\\.\\d ms$`),
  );
  assertEquals(
    io.stdoutLines()[1],
    "open: 0, closed: 0, without answer: 1 (waited up to 0.3 s each)",
  );
});

Deno.test("probe sums up three or more closed ports in a row in one line, and shows each other one", () => {
  const ports = [8000, 8001, 8002, 8003, 8004, 8005, 8006, 8010, 8011, 22];
  const open = new Set([8004, 8011]);
  const runs = new ClosedRuns(
    (i) => `${ports[i]} ${open.has(ports[i]) ? "open" : "closed"}`,
    (first, last, count) => `${first}–${last} closed (${count})`,
  );
  const lines = ports.flatMap((port, i) => runs.next(i, port, !open.has(port)));
  assertEquals([...lines, ...runs.end()], [
    "8000–8003 closed (4)",
    "8004 open",
    "8005 closed",
    "8006 closed",
    "8010 closed",
    "8011 open",
    "22 closed",
  ]);
});

Deno.test("probe exits 1 when nothing is listening", async () => {
  const { code, io } = await runMode(
    probe,
    optionsFor(probe, ["127.0.0.1", String(freePort())], {}, "en"),
  );
  assertEquals(code, 1);
  assertMatch(io.stdoutLines().at(-1) ?? "", /^open: 0, closed: 1, without answer: 0/);
});

Deno.test("a port list is single ports, ranges and commas, each port once, at most 1024", () => {
  assertEquals(parsePortList("8080"), [8080]);
  assertEquals(parsePortList("8000-8003"), [8000, 8001, 8002, 8003]);
  assertEquals(parsePortList("22, 80,443,80"), [22, 80, 443]);
  assertEquals(parsePortList("1-1024")?.length, 1024);
  for (const bad of ["", "0", "65536", "10-5", "1-1025", "a", "80,,81", "80-", "-80", "1-2000"]) {
    assertEquals(parsePortList(bad), undefined, bad);
  }
});

const iface = (
  name: string,
  family: "IPv4" | "IPv6",
  address: string,
  cidr = "",
): Deno.NetworkInterfaceInfo => ({
  name,
  family,
  address,
  netmask: "",
  scopeid: null,
  cidr,
  mac: "00:00:00:00:00:00",
});

Deno.test("the address a classmate would use is the real network's, not loopback or a container's", () => {
  const list = [
    iface("lo", "IPv4", "127.0.0.1"),
    iface("docker0", "IPv4", "172.17.0.1"),
    iface("wlan0", "IPv4", "192.168.1.33"),
    iface("wlan0", "IPv6", "fe80::1"),
  ];
  assertEquals(likelyAddress(list)?.address, "192.168.1.33");
  assertEquals(
    likelyAddress([iface("lo", "IPv4", "127.0.0.1"), iface("eth0", "IPv4", "169.254.3.3")]),
    undefined,
  );
  assertEquals(
    likelyAddress([iface("eth0", "IPv4", "81.2.3.4"), iface("veth9", "IPv4", "10.0.0.2")])?.address,
    "81.2.3.4",
  );
});

Deno.test("interfaces lists the addresses, the one to share, and the firewall reminder", () => {
  const lines = describeInterfaces(
    [
      iface("lo", "IPv4", "127.0.0.1", "127.0.0.1/8"),
      iface("eth0", "IPv4", "192.168.1.20", "192.168.1.20/24"),
    ],
    5555,
    translator("es"),
  );
  assertEquals(lines[0], "Interfaces de red de esta máquina:");
  assertEquals(
    lines[1],
    "  lo    IPv4  127.0.0.1/8                   (loopback: solo esta máquina)",
  );
  assertEquals(lines[2], "  eth0  IPv4  192.168.1.20/24");
  assertEquals(lines[3], "Un compañero en tu red se conectaría a: 192.168.1.20:5555 (eth0)");
  assertMatch(
    lines[4],
    /^Recuerda: el servidor debe escuchar en 0\.0\.0\.0 .* sudo ufw allow 5555\/tcp\)\.$/,
  );
});
