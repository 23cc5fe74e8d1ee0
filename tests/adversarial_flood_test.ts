/**
 * Attacks that tried to make a server hold too much, or hold on too long, each replayed in
 * bounded form on loopback: reply amplification, a busy loop that starves signals, slowloris, a
 * full server, and floods of refusals. Each asserts a bounded quantity the code exposes, never
 * memory or speed.
 */
import { assert, assertEquals, assertMatch } from "@std/assert";
import { dbServer } from "../lib/course/db/db-server.ts";
import { Database } from "../lib/course/db/protocol.ts";
import { MemoryStore } from "../lib/course/db/store.ts";
import { echoServer } from "../lib/course/echo/echo-server.ts";
import { textServer } from "../lib/course/text/text-server.ts";
import { translator } from "../lib/present/catalogue.ts";
import { captureIo } from "../lib/capture.ts";
import { NetError } from "../lib/errors.ts";
import { modeContext } from "../lib/run/context.ts";
import { runStreamServer } from "../lib/run/stream_server.ts";
import type { LineReply } from "../lib/protocols/reply.ts";
import {
  type LineServingStats,
  PENDING_REPLY_LIMIT,
  serveLineProtocol,
  writeReply,
} from "../lib/transport/line_server.ts";
import { Clients } from "../lib/transport/server.ts";
import {
  bytes,
  connectTo,
  eventually,
  optionsFor,
  pair,
  readAll,
  withServer,
  writeAll,
} from "./helpers.ts";

const en = translator("en");

Deno.test("a record may not grow past what one request line carries: UPDATE that would is refused", async () => {
  const db = new Database(new MemoryStore(), { locking: "none", latencyMs: 0, maxRecord: 1000 });
  await db.answer('ADD big {"a": ""}');
  const chunk = "x".repeat(400);
  const replies = [];
  for (const field of ["a", "b", "c"]) {
    replies.push(writeReply(await db.answer(`UPDATE big {"${field}": "${chunk}"}`), en));
  }
  assertEquals(replies[0].startsWith("OK "), true);
  assertEquals(replies[1].startsWith("OK "), true);
  assertMatch(replies[2], /^ERR too-large /);
  // Left as it was: two fields of 400, not three.
  const stored = writeReply(await db.answer("GET big"), en);
  assertEquals(stored.length < 1000, true);
  assertEquals(JSON.parse(stored.slice(3)).c, undefined);
});

Deno.test("LIST never answers more than a request line carries: past it, ERR too-large", async () => {
  const db = new Database(new MemoryStore(), { locking: "none", latencyMs: 0, maxRecord: 500 });
  for (let i = 0; i < 100; i++) await db.answer(`ADD persona-${i} {}`);
  assertMatch(writeReply(await db.answer("LIST"), en), /^ERR too-large .*prefix/);
  assertMatch(writeReply(await db.answer("LIST persona-1"), en), /^OK \[/);
});

/** A protocol whose every answer is a 60 KB result, counting what it has answered. */
function bigAnswers() {
  const result = "x".repeat(60_000);
  const counter = {
    answered: 0,
    firstTimerSaw: -1,
    answer(): LineReply<never> {
      if (counter.answered++ === 0) {
        // Fires as soon as the loop lets other work run.
        setTimeout(() => counter.firstTimerSaw = counter.answered, 0);
      }
      return { ok: true, result };
    },
  };
  return counter;
}

Deno.test("a client that asks for big replies and reads none makes the server hold at most 256 KiB, and stop reading", async () => {
  using conns = await pair();
  const protocol = bigAnswers();
  const stats: LineServingStats = { pendingPeak: 0, paused: 0, yields: 0 };
  const serving = serveLineProtocol(conns.server, protocol, { maxLine: 65536, t: en, stats })
    .catch(() => {});
  // 8000 requests in one go, as the attack sent them; none of the replies is read.
  await writeAll(conns.client, bytes("GET big\n".repeat(8000)));
  await eventually(() => stats.paused > 0);
  await new Promise((resolve) => setTimeout(resolve, 200));
  assert(stats.pendingPeak <= PENDING_REPLY_LIMIT + 60_002, `held ${stats.pendingPeak} bytes`);
  // The server stopped reading: far fewer answered than asked (the OS buffers hold the rest).
  assert(protocol.answered < 1000, `answered ${protocol.answered} of 8000 unread`);
  conns.client.close();
  await serving;
});

Deno.test("while big replies are built, a timer (Ctrl+C, another client) runs between batches", async () => {
  using conns = await pair();
  const protocol = bigAnswers();
  const serving = serveLineProtocol(conns.server, protocol, { maxLine: 65536, t: en }).catch(
    () => {},
  );
  const reading = readAll(conns.client).catch(() => "");
  await writeAll(conns.client, bytes("GET big\n".repeat(100)));
  await eventually(() => protocol.firstTimerSaw >= 0);
  // Before the fix, every request of a read was answered before anything else could run.
  assert(protocol.firstTimerSaw <= 8, `the timer ran only after ${protocol.firstTimerSaw} answers`);
  await conns.client.closeWrite();
  await serving;
  conns.server.close();
  await reading;
});

Deno.test("slowloris: a line dripped a byte at a time is cut at --request-timeout, however often bytes come", async () => {
  await withServer(
    textServer,
    // No --idle-timeout short enough to race the drip: a byte every 100 ms is never silent, and
    // a loaded machine that delays a byte must not make the test about silence instead.
    optionsFor(textServer, ["--request-timeout", "0.3"], {}, "en"),
    async (server) => {
      using conn = await connectTo(server.address);
      const dripping = (async () => {
        // A byte every 100 ms, until the server closes.
        for (let i = 0; i < 30; i++) {
          if (await conn.write(bytes("U")).then(() => false, () => true)) return;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      })();
      const told = await readAll(conn).catch(() => "");
      await dripping;
      assertMatch(told, /^Closed: a request not finished 0\.3 s after it began/);
      assertMatch(server.io.stderrText(), /Closed 127\.0\.0\.1:\d+: a request not finished/);
    },
  );
});

Deno.test("a full server gives the slot of the connection silent longest to a newcomer", async () => {
  await withServer(
    echoServer,
    optionsFor(
      echoServer,
      ["--max-connections", "2", "--request-timeout", "0.4", "--quiet"],
      {},
      "en",
    ),
    async (server) => {
      const idle = await connectTo(server.address);
      const idleTold = readAll(idle).catch(() => "");
      await new Promise((resolve) => setTimeout(resolve, 600));
      using busy = await connectTo(server.address);
      await writeAll(busy, bytes("hola"));
      await busy.read(new Uint8Array(4));
      await new Promise((resolve) => setTimeout(resolve, 600));
      // The server is full, but `idle` has said nothing for over a second: it makes room.
      using newcomer = await connectTo(server.address);
      await writeAll(newcomer, bytes("sitio"));
      const echo = new Uint8Array(5);
      assertEquals(await newcomer.read(echo), 5);
      assertEquals(new TextDecoder().decode(echo), "sitio");
      assertMatch(
        await idleTold,
        /^Closed: the server is full, and this connection had been silent longest/,
      );
    },
  );
});

Deno.test("a flood of refused connections is a few lines, not one each", async () => {
  await withServer(
    echoServer,
    optionsFor(echoServer, ["--max-connections", "1", "--quiet"], {}, "en"),
    async (server) => {
      using first = await connectTo(server.address);
      await writeAll(first, bytes("x"));
      await first.read(new Uint8Array(1));
      for (let i = 0; i < 30; i++) {
        const refused = await connectTo(server.address);
        await readAll(refused).catch(() => "");
      }
      await eventually(() => server.io.stderrLines().length >= 1);
      assert(server.io.stderrLines().length <= 2, server.io.stderrText());
    },
  );
});

Deno.test("many clients failing at once are a few lines, and the rest are counted", async () => {
  const controller = new AbortController();
  const io = captureIo({ signal: controller.signal });
  const { promise: listening, resolve } = Promise.withResolvers<Deno.Addr>();
  const options = optionsFor(echoServer, ["--quiet"], {}, "en");
  // Every client fails as one whose connection was reset (a load generator that exits with
  // replies unread).
  const served = { ...io, listening: resolve };
  const running = runStreamServer(options, modeContext(options, served), served, {
    concurrency: "concurrent",
    handle: (stream) =>
      Promise.reject(new NetError("reset", { host: "127.0.0.1", port: 1, address: stream.peer })),
  });
  const address = await listening;
  for (let i = 0; i < 30; i++) (await connectTo(address)).close();
  await eventually(() => io.stderrLines().length >= 1);
  controller.abort();
  assertEquals(await running, 0);
  const lines = io.stderrLines();
  assertMatch(lines[0], /^client 127\.0\.0\.1:\d+: /);
  // Told at the latest when the server stops: how many more there were.
  assertMatch(lines.at(-1)!, /^… and \d+ more like it in the last second$/);
  assert(lines.length <= 4, io.stderrText());
});

Deno.test("db-server over the wire: a record cannot be merged past what a request line carries", async () => {
  await withServer(dbServer, optionsFor(dbServer, ["--quiet"], {}, "en"), async (server) => {
    using conn = await connectTo(server.address);
    const value = "x".repeat(60_000);
    await writeAll(conn, bytes(`ADD big {"v": "${value}"}\n`));
    const ok = new Uint8Array(3);
    await conn.read(ok);
    // Grown past a request line by merges, as the attack did: refused.
    await writeAll(conn, bytes(`UPDATE big {"w": "${value}"}\n`));
    const refusal = new Uint8Array(200);
    const n = await conn.read(refusal) ?? 0;
    assertMatch(new TextDecoder().decode(refusal.subarray(0, n)), /^ERR too-large /);
  });
});

Deno.test("running out of file descriptors is said once when it begins and once when it ends", async () => {
  using real = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  let failures = 3;
  // A listener that fails as an exhausted process does, three times, then accepts.
  const exhausted = {
    addr: real.addr,
    accept: () =>
      failures-- > 0
        ? Promise.reject(new Error("Too many open files (os error 24)"))
        : real.accept(),
    close: () => real.close(),
  } as unknown as Deno.Listener;
  const said: string[] = [];
  const clients = new Clients(exhausted, {
    guard: {
      maxConnections: 10,
      tell: { full: "", idle: "", slow: "", evicted: "" },
      log: (event) => said.push(event),
    },
  });
  using client = await Deno.connect({ hostname: "127.0.0.1", port: real.addr.port });
  const stream = await clients.accept();
  assertEquals(said, ["out-of-descriptors", "descriptors-back"]);
  assert(stream && client);
  clients.closeAll();
});
