import { delay } from "@std/async/delay";
import { assert, assertEquals, assertMatch } from "@std/assert";
import { echoServer } from "../lib/course/echo/echo-server.ts";
import { textServer } from "../lib/course/text/text-server.ts";
import { udpClient } from "../lib/course/udp/udp-client.ts";
import { udpServer } from "../lib/course/udp/udp-server.ts";
import { AccessPolicy, parseAddress, parseAddressList } from "../lib/transport/access.ts";
import { isTransientDatagramError } from "../lib/transport/udp.ts";
import {
  bytes,
  connectTo,
  connectWhenUp,
  eventually,
  freePort,
  hasIpv6Loopback,
  optionsFor,
  readAll,
  runMode,
  spawnWithFileLimit,
  withServer,
  writeAll,
} from "./helpers.ts";

const policy = (allow?: string, deny?: string) =>
  new AccessPolicy(
    allow ? parseAddressList(allow) : undefined,
    deny ? parseAddressList(deny) : undefined,
  );

Deno.test("addresses and CIDR ranges are read in both families", () => {
  assertEquals(parseAddress("192.168.1.7"), { family: 4, address: 0xc0a80107n });
  assertEquals(parseAddress("::1"), { family: 6, address: 1n });
  assertEquals(parseAddress("::ffff:127.0.0.1"), { family: 4, address: 0x7f000001n });
  assertEquals(parseAddress("fe80::1%eth0"), { family: 6, address: (0xfe80n << 112n) | 1n });
  assertEquals(parseAddress("2001:db8:0:0:0:0:0:1"), parseAddress("2001:db8::1"));
  assertEquals(parseAddressList("10.0.0.0/8, ::1"), [
    { family: 4, address: 0x0a000000n, prefix: 8 },
    { family: 6, address: 1n, prefix: 128 },
  ]);
  for (
    const bad of [
      "",
      "10.0.0.256",
      "10.0.0.0/33",
      "::/129",
      "1:2:3:4:5:6:7:8:9",
      "1::2::3",
      "host",
      "10.0.0.0/8,",
    ]
  ) {
    assertEquals(parseAddressList(bad), undefined, bad);
  }
});

Deno.test("an allow list lets in only its ranges; a deny list keeps its ranges out", () => {
  const lan = policy("192.168.1.0/24,fd00::/8");
  assertEquals(lan.permits("192.168.1.200"), true);
  assertEquals(lan.permits("192.168.2.1"), false);
  assertEquals(lan.permits("fd12::3"), true);
  assertEquals(lan.permits("2001:db8::1"), false);
  assertEquals(lan.permits("::ffff:192.168.1.9"), true, "IPv4 seen through a dual-stack socket");
  const noLoopback = policy(undefined, "127.0.0.0/8,::1");
  assertEquals(noLoopback.permits("127.0.0.1"), false);
  assertEquals(noLoopback.permits("::1"), false);
  assertEquals(noLoopback.permits("10.1.1.1"), true);
  const both = policy("10.0.0.0/8", "10.0.0.66");
  assertEquals(both.permits("10.0.0.65"), true);
  assertEquals(both.permits("10.0.0.66"), false);
  assertEquals(policy().active, false);
});

Deno.test("a peer outside --allow is refused at accept and logged; one inside is served", async () => {
  await withServer(
    echoServer,
    optionsFor(echoServer, ["--allow", "10.0.0.0/8", "--quiet"]),
    async (server) => {
      using conn = await connectTo(server.address);
      await writeAll(conn, bytes("hola")).catch(() => {});
      assertEquals(await readAll(conn).catch(() => ""), "");
      assertMatch(
        server.io.stderrText(),
        /^Rechazado 127\.0\.0\.1:\d+: no lo permiten --allow \/ --deny\n$/,
      );
    },
  );
  await withServer(
    echoServer,
    optionsFor(echoServer, ["--allow", "127.0.0.0/8", "--quiet"]),
    async (server) => {
      using conn = await connectTo(server.address);
      await writeAll(conn, bytes("hola"));
      await conn.closeWrite();
      assertEquals(await readAll(conn), "hola");
    },
  );
});

Deno.test({
  name: "--deny works for IPv6 peers too",
  ignore: !hasIpv6Loopback(),
  async fn() {
    const options = optionsFor(
      echoServer,
      ["--host", "::1", "--deny", "::1/128", "--quiet"],
      {},
      "en",
    );
    await withServer(echoServer, options, async (server) => {
      using conn = await connectTo(server.address);
      assertEquals(await readAll(conn).catch(() => ""), "");
      assertMatch(
        server.io.stderrText(),
        /^Refused \[::1\]:\d+: not allowed by --allow \/ --deny\n$/,
      );
    });
  },
});

Deno.test("past --max-connections a client is told the server is full; the cap frees up again", async () => {
  await withServer(
    echoServer,
    optionsFor(echoServer, ["--max-connections", "2", "--quiet"]),
    async (server) => {
      const first = await connectTo(server.address);
      using second = await connectTo(server.address);
      for (const conn of [first, second]) {
        await writeAll(conn, bytes("x"));
        await conn.read(new Uint8Array(1));
      }
      {
        using third = await connectTo(server.address);
        assertEquals(
          await readAll(third),
          "El servidor está lleno (2 clientes a la vez); inténtalo más tarde\n",
        );
      }
      assertMatch(
        server.io.stderrText(),
        /^Rechazado 127\.0\.0\.1:\d+: ya hay 2 clientes \(--max-connections\)\n$/,
      );
      // The two being served noticed nothing.
      await writeAll(second, bytes("sigo"));
      const buffer = new Uint8Array(4);
      assertEquals(await second.read(buffer), 4);
      first.close();
      let servedAgain = false;
      // Once one leaves, a new client is served (as soon as the server has noticed it left).
      // Each try's connection is closed by reading it to its end.
      for (let tries = 0; tries < 50 && !servedAgain; tries++) {
        const conn = await connectTo(server.address);
        await writeAll(conn, bytes("otra vez"));
        await conn.closeWrite();
        servedAgain = await readAll(conn) === "otra vez";
        if (!servedAgain) await delay(20);
      }
      assert(servedAgain, "a client got in after one left");
    },
  );
});

Deno.test("--idle-timeout closes a silent client, telling it why, and spares a talking one", async () => {
  await withServer(
    textServer,
    optionsFor(textServer, ["--idle-timeout", "1", "--quiet"]),
    async (server) => {
      using talker = await connectTo(server.address);
      using silent = await connectTo(server.address);
      let closed = false;
      const told = readAll(silent).finally(() => closed = true);
      // The talker speaks every 100 ms until the silent one is closed: ten times more often than
      // the timeout, so a loaded machine cannot make it silent too.
      while (!closed) {
        await writeAll(talker, bytes("MAYUS hola\n"));
        await talker.read(new Uint8Array(16));
        await delay(100);
      }
      assertEquals(await told, "Cerrado: no se envió ni recibió nada en 1 s (--idle-timeout)\n");
      assertMatch(
        server.io.stderrText(),
        /^Cerrado 127\.0\.0\.1:\d+: 1 s en silencio \(--idle-timeout\)\n$/,
      );
      await writeAll(talker, bytes("MAYUS sigo\n"));
      const buffer = new Uint8Array(16);
      const n = await talker.read(buffer);
      assertEquals(new TextDecoder().decode(buffer.subarray(0, n ?? 0)), "OK SIGO\n");
    },
  );
});

Deno.test("a client that sends but never reads is closed with the reason, not waited on", async () => {
  await withServer(
    echoServer,
    optionsFor(echoServer, ["--stall-timeout", "0.3", "--quiet"], {}, "en"),
    async (server) => {
      using conn = await connectTo(server.address);
      // Far more than the socket buffers hold: the server's echo has nowhere to go.
      const sending = (async () => {
        const chunk = new Uint8Array(64 * 1024);
        for (let i = 0; i < 400; i++) await writeAll(conn, chunk);
      })().catch(() => {});
      await eventually(
        () => server.io.stderrText().includes("left what it was sent unread"),
        10_000,
      );
      assertMatch(
        server.io.stderrLines()[0],
        /^Closed 127\.0\.0\.1:\d+: it left what it was sent unread for 0\.3 s \(--stall-timeout\)$/,
      );
      conn.close();
      await sending;
    },
  );
});

Deno.test({
  name:
    "under a low descriptor limit the server says at start how many clients it holds, never runs out, keeps serving, and accepts again later (not on Windows: it has no ulimit -n)",
  ignore: Deno.build.os === "windows",
  async fn() {
    const port = freePort();
    const server = spawnWithFileLimit(48, "echo-server", port, ["--quiet"]);
    const conns: Deno.Conn[] = [];
    try {
      conns.push(await connectWhenUp(port));
      for (let i = 0; i < 80; i++) conns.push(await Deno.connect({ hostname: "127.0.0.1", port }));
      // The first client is still served while the others are turned away.
      await writeAll(conns[0], bytes("hola"));
      const buffer = new Uint8Array(4);
      assertEquals(await conns[0].read(buffer), 4);
      for (const conn of conns.splice(1)) conn.close();
      let echoed = "";
      for (let tries = 0; tries < 100 && echoed !== "otra"; tries++) {
        using fresh = await Deno.connect({ hostname: "127.0.0.1", port });
        await writeAll(fresh, bytes("otra"));
        await fresh.closeWrite();
        echoed = await readAll(fresh);
        if (echoed !== "otra") await delay(50);
      }
      assertEquals(echoed, "otra", "a new client is served once descriptors are free");
    } finally {
      for (const conn of conns) conn.close();
      server.kill("SIGINT");
    }
    const { code, stderr } = await server.output();
    assertEquals(code, 0);
    const lines = new TextDecoder().decode(stderr).trim().split("\n");
    assertEquals(
      lines.filter((line) => /^At most \d+ clients at once, not 1024/.test(line)).length,
      1,
    );
    // Running out anyway pauses accepting: tests/adversarial_flood_test.ts replays it.
    assertEquals(lines.filter((line) => line.startsWith("Out of file descriptors")).length, 0);
  },
});

Deno.test("a UDP server drops, and logs, datagrams from peers --deny names", async () => {
  await withServer(
    udpServer,
    optionsFor(udpServer, ["--deny", "127.0.0.1"], {}, "en"),
    async (server) => {
      const client = await runMode(
        udpClient,
        optionsFor(udpClient, ["--timeout", "0.2"], { port: server.port }, "en"),
      );
      assertEquals(client.code, 1);
      assertMatch(
        server.io.stderrText(),
        /^Dropped a datagram from 127\.0\.0\.1:\d+: not allowed by --allow \/ --deny\n$/,
      );
    },
  );
});

Deno.test("an ICMP error reported on a receive is about one peer: the UDP socket goes on", () => {
  assertEquals(isTransientDatagramError(new Deno.errors.ConnectionReset("reset")), true);
  assertEquals(isTransientDatagramError(new Deno.errors.ConnectionRefused("refused")), true);
  assertEquals(isTransientDatagramError(new Deno.errors.BadResource("closed")), false);
});
