/**
 * Attacks on what a process has only so much of, each replayed in bounded form on loopback: file
 * descriptors (silent connections past `ulimit -n`), memory (a flood the client would keep whole),
 * and connection slots held by a request that never finishes (a body announced, never sent).
 */
import { delay } from "@std/async/delay";
import { assert, assertEquals, assertMatch } from "@std/assert";
import { httpServer } from "../lib/course/apps/http-server.ts";
import { tcpClient } from "../lib/course/tcp/tcp-client.ts";
import { captureIo } from "../lib/capture.ts";
import { connectionsWithin, freeDescriptors } from "../lib/transport/descriptors.ts";
import { Clients, type GuardEvent } from "../lib/transport/server.ts";
import {
  bytes,
  connectTo,
  connectWhenUp,
  freePort,
  optionsFor,
  readAll,
  spawnWithFileLimit,
  withServer,
  writeAll,
} from "./helpers.ts";

/** `promise`, or "late" once `ms` have passed; the timer is cleared either way. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | "late"> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<"late">((resolve) => timer = setTimeout(() => resolve("late"), ms));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

// 13. Silent connections past the descriptor limit.

Deno.test("the descriptors free are counted up to what is asked, and a server's count is lowered to them, less a reserve", () => {
  let left = 231;
  const open = () => {
    if (left <= 0) throw new Error("Too many open files (os error 24)");
    left--;
    return { [Symbol.dispose]: () => left++ };
  };
  if (Deno.build.os !== "windows") {
    assertEquals(freeDescriptors(1000, open), 231);
    assertEquals(left, 231, "every descriptor opened to count is closed again");
    assertEquals(freeDescriptors(100, open), undefined, "at least as many as asked");
  }
  const free = (atMost: number) => (atMost > 231 ? 231 : undefined);
  assertEquals(connectionsWithin(1024, free), { max: 216, free: 231, reserve: 15 });
  assertEquals(connectionsWithin(100, free), { max: 100 });
  assertEquals(connectionsWithin(1024, () => 3), { max: 1, free: 3, reserve: 8 });
});

Deno.test("a server out of descriptors closes the connection silent longest and takes the newcomer, instead of pausing", async () => {
  using real = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  // A process with room for two clients: a third accept fails as an exhausted process's does.
  let clients: Clients | undefined = undefined;
  const exhausted = {
    addr: real.addr,
    accept: () =>
      clients!.open.size >= 2
        ? Promise.reject(new Error("Too many open files (os error 24)"))
        : real.accept(),
    close: () => real.close(),
  } as unknown as Deno.Listener;
  const said: GuardEvent[] = [];
  clients = new Clients(exhausted, {
    guard: {
      maxConnections: 1024,
      requestSeconds: 0.4,
      tell: { full: "full", idle: "", slow: "", evicted: "evicted" },
      log: (event) => said.push(event),
    },
  });
  const connect = () => Deno.connect({ hostname: "127.0.0.1", port: real.addr.port });
  using first = await connect();
  const firstServed = await clients.accept();
  using second = await connect();
  const secondServed = await clients.accept();
  assert(firstServed && secondServed);
  // Both silent for over a second: evictable.
  await delay(1300);
  // The second speaks, so the first is the one silent longest.
  await writeAll(second, bytes("x"));
  assertEquals(await secondServed.read(new Uint8Array(1)), 1);
  await delay(300);
  using _third = await connect();
  const third = await within(clients.accept(), 3000);
  try {
    assert(third !== "late" && third !== null, "the newcomer is taken within 3 s");
    assertEquals(said, ["evicted"]);
    assertEquals(clients.open.size, 2);
    assert(!clients.open.has(firstServed), "the first, silent longest, gave up its place");
    const goodbye = new Uint8Array(64);
    const n = await first.read(goodbye);
    assertEquals(new TextDecoder().decode(goodbye.subarray(0, n ?? 0)), "evicted\n");
  } finally {
    clients.closeAll();
  }
});

Deno.test({
  name:
    "with ulimit -n 256, 300 silent connections leave text-server reachable: it says how many it holds, and makes room (not on Windows: it has no ulimit -n)",
  ignore: Deno.build.os === "windows",
  async fn() {
    const port = freePort();
    const server = spawnWithFileLimit(256, "text-server", port);
    const silent: Deno.Conn[] = [];
    let answer: string | "late" = "";
    try {
      silent.push(await connectWhenUp(port));
      for (let i = 1; i < 300; i++) {
        silent.push(await Deno.connect({ hostname: "127.0.0.1", port }));
      }
      // Silent long enough to give up a place.
      await delay(2200);
      using newcomer = await Deno.connect({ hostname: "127.0.0.1", port });
      await writeAll(newcomer, bytes("UPPER hola\n"));
      const reply = new Uint8Array(64);
      const n = await within(newcomer.read(reply), 5000);
      answer = n === "late" ? n : new TextDecoder().decode(reply.subarray(0, n ?? 0));
    } finally {
      for (const conn of silent) conn.close();
      server.kill("SIGINT");
    }
    const { stderr } = await server.output();
    assertEquals(answer, "OK HOLA\n", "the newcomer is answered within 5 s");
    const said = new TextDecoder().decode(stderr);
    assertMatch(
      said,
      /^At most \d+ clients at once, not 1024 \(--max-connections\): this process may open only \d+ more files \(ulimit -n\), and keeps \d+ for itself$/m,
    );
    const max = Number(/^At most (\d+)/m.exec(said)?.[1]);
    assert(max > 150 && max < 256, `${max} clients within 256 descriptors`);
    assertMatch(said, /silent longest/);
    assert(!said.includes("Out of file descriptors"), "no pause: it never runs out");
  },
});

// 14. A flood the client would keep whole.

Deno.test("tcp-client prints an answer as it arrives, escaped, not once the server closes", async () => {
  using listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const io = captureIo();
  const client = tcpClient.run(
    optionsFor(tcpClient, ["--message", "hola", "--quiet"], { port: listener.addr.port }, "en"),
    io,
  );
  const piece = "\x1b[2J" + "x".repeat(64 * 1024 - 4);
  let sent = 0;
  {
    using conn = await listener.accept();
    // The message, up to the client's half-close.
    const buffer = new Uint8Array(1024);
    while (await conn.read(buffer) !== null) { /* read on */ }
    // A flood that goes on until the client has shown some of it (4 MiB at most here).
    for (let i = 0; i < 64 && !io.stdoutText().includes("\\x1b[2J"); i++) {
      await writeAll(conn, bytes(piece));
      sent++;
      await delay(5);
    }
    assert(io.stdoutText().includes("\\x1b[2J"), "printed while the server still sends");
    assert(sent < 64, `shown after ${sent} pieces of 64 KiB`);
    await writeAll(conn, bytes("ñ\r\n"));
  }
  assertEquals(await client, 0);
  // Whole, it reads as it always did: escaped, one line, without the answer's last line ending.
  assertEquals(io.stdoutText(), piece.repeat(sent).replaceAll("\x1b", "\\x1b") + "ñ\n");
});

// 15. A body announced and never sent.

Deno.test("http-server: a body announced by Content-Length and never sent is cut at --request-timeout, like the head", async () => {
  await withServer(
    httpServer,
    optionsFor(httpServer, ["--request-timeout", "0.5", "--quiet"], {}, "en"),
    async (server) => {
      const started = Date.now();
      using conn = await connectTo(server.address);
      await writeAll(conn, bytes("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nab"));
      const answer = await within(readAll(conn), 4000);
      assert(answer !== "late", "closed within 4 s, not held open");
      assertEquals(
        answer,
        "Closed: a request not finished 0.5 s after it began (--request-timeout)\n",
      );
      assert(Date.now() - started < 2500, `closed after ${Date.now() - started} ms`);
      assertMatch(server.io.stderrText(), /^Closed 127\.0\.0\.1:\d+: a request not finished/);
    },
  );
});

Deno.test("http-server: a body that does come within --request-timeout is shown as before", async () => {
  await withServer(
    httpServer,
    optionsFor(httpServer, ["--request-timeout", "0.5", "--quiet"], {}, "en"),
    async (server) => {
      using conn = await connectTo(server.address);
      await writeAll(conn, bytes("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nab"));
      await delay(100);
      await writeAll(conn, bytes("cd"));
      const page = await within(readAll(conn), 4000);
      assert(page !== "late");
      assertMatch(page, /^HTTP\/1\.1 200 OK\r\n/);
      assert(page.includes("abcd"), "the body is on the page");
      assertEquals(server.io.stderrText(), "");
    },
  );
});
