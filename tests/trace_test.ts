import { assert, assertEquals, assertMatch, assertThrows } from "@std/assert";
import { UsageError } from "../lib/errors.ts";
import { bench } from "../lib/course/perf/bench.ts";
import { tcpClient } from "../lib/course/tcp/tcp-client.ts";
import { tcpServer } from "../lib/course/tcp/tcp-server.ts";
import { udpClient } from "../lib/course/udp/udp-client.ts";
import { udpServer } from "../lib/course/udp/udp-server.ts";
import { captureIo } from "../lib/capture.ts";
import { Trace, TRACE_LITERAL_LIMIT } from "../lib/present/trace.ts";
import { translator } from "../lib/present/catalogue.ts";
import { renderHtml } from "../lib/present/diagram/html.ts";
import { buildDiagram } from "../lib/present/diagram/model.ts";
import { parseTrace } from "../lib/present/diagram/records.ts";
import { bytes, FIXED_CLOCK, optionsFor, runMode, withServer } from "./helpers.ts";

Deno.test("each traced event is one timestamped line naming the event and the peer", () => {
  const io = captureIo();
  const trace = new Trace(io.stderr, { now: FIXED_CLOCK });
  trace.event("accept", "127.0.0.1:8080", "127.0.0.1:52482", "on 127.0.0.1:8080");
  trace.event("close", "127.0.0.1:8080", "127.0.0.1:52482");
  assertEquals(io.stderrLines(), [
    "10:20:30.040 accept     127.0.0.1:52482  on 127.0.0.1:8080",
    "10:20:30.040 close      127.0.0.1:52482",
  ]);
});

Deno.test("reads and writes show their byte count and bytes as a Python literal", () => {
  const io = captureIo();
  const trace = new Trace(io.stderr, { now: FIXED_CLOCK });
  trace.data("read", "127.0.0.1:8080", "127.0.0.1:52482", bytes("Hola\r\n"));
  trace.data("read", "127.0.0.1:8080", "127.0.0.1:52482", new Uint8Array());
  assertEquals(io.stderrLines(), [
    "10:20:30.040 read       127.0.0.1:52482  6 bytes  b'Hola\\r\\n'",
    "10:20:30.040 read       127.0.0.1:52482  0 bytes  EOF",
  ]);
});

Deno.test("with hex, every payload is followed by its hex dump", () => {
  const io = captureIo();
  new Trace(io.stderr, { hex: true, now: FIXED_CLOCK }).data(
    "write",
    "[::1]:1",
    "[::1]:9",
    bytes("Hi"),
  );
  assertEquals(io.stderrLines(), [
    "10:20:30.040 write      [::1]:9  2 bytes  b'Hi'",
    "  00000000  48 69                                             |Hi|",
  ]);
});

Deno.test("a traced hex dump row fits 80 columns, sixteen bytes and their characters", () => {
  const io = captureIo();
  new Trace(io.stderr, { hex: true, now: FIXED_CLOCK }).data(
    "read",
    "127.0.0.1:8080",
    "127.0.0.1:52482",
    bytes("GET / HTTP/1.1\r\nHost: x\r\n"),
  );
  const rows = io.stderrLines().slice(1);
  assertEquals(
    rows[0],
    "  00000000  47 45 54 20 2f 20 48 54  54 50 2f 31 2e 31 0d 0a  |GET / HTTP/1.1..|",
  );
  for (const row of rows) assert(row.length <= 80, `${row.length} columns: ${row}`);
});

Deno.test("a timeout's seconds are those asked for, rounded, in the trace's language", async () => {
  await withServer(udpServer, optionsFor(udpServer, ["--no-ack", "--quiet"]), async (server) => {
    for (const [lang, seconds] of [["es", "0,3"], ["en", "0.3"]] as const) {
      const args = ["--timeout", "0.3", "--trace"];
      const { code, io } = await runMode(
        udpClient,
        optionsFor(udpClient, args, { port: server.port }, lang),
      );
      assertEquals(code, 1);
      const timeout = io.stderrLines().find((line) => / timeout /.test(line)) ?? "";
      assert(timeout.endsWith(`  recvfrom, ${seconds} s`), timeout);
    }
  });
});

Deno.test("long payloads are cut in the literal but say how much was left out", () => {
  const io = captureIo();
  new Trace(io.stderr, { now: FIXED_CLOCK }).data("read", "", "p", new Uint8Array(300).fill(0x61));
  const line = io.stderrLines()[0];
  assertEquals(
    line,
    `10:20:30.040 read       p  300 bytes  b'${"a".repeat(TRACE_LITERAL_LIMIT)}' … (+44 bytes)`,
  );
});

Deno.test("a disabled trace prints nothing", () => {
  Trace.off.event("listen", "x", "");
  Trace.off.data("read", "x", "y", bytes("z"));
  assertEquals(Trace.off.enabled, false);
});

Deno.test("a trace file gets one JSON line per event, with both ends, microseconds and the bytes", async () => {
  const dir = await Deno.makeTempDir({ prefix: "socklab-trace-" });
  try {
    const path = `${dir}/trace.jsonl`;
    const file = { path, mode: "tcp-server", process: "1234.1" };
    const trace = new Trace(null, { file });
    trace.event("listen", "127.0.0.1:8080", "", "backlog 1");
    trace.data("read", "127.0.0.1:8080", "127.0.0.1:52482", bytes("Hola\r\n"));
    // Another writer, as a client sharing the file would be.
    new Trace(null, { file: { ...file, mode: "tcp-client", process: "1235.1" } })
      .data("write", "127.0.0.1:52482", "127.0.0.1:8080", bytes("<&>"));
    const records = (await Deno.readTextFile(path)).trimEnd().split("\n").map((line) =>
      JSON.parse(line)
    );
    assertEquals(records.length, 3);
    for (const record of records) {
      assertMatch(record.time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    }
    assertEquals(records.map(({ time: _, ...rest }) => rest), [
      {
        process: "1234.1",
        mode: "tcp-server",
        event: "listen",
        local: "127.0.0.1:8080",
        remote: "",
        detail: "backlog 1",
      },
      {
        process: "1234.1",
        mode: "tcp-server",
        event: "read",
        local: "127.0.0.1:8080",
        remote: "127.0.0.1:52482",
        bytes: 6,
        data: "b'Hola\\r\\n'",
      },
      {
        process: "1235.1",
        mode: "tcp-client",
        event: "write",
        local: "127.0.0.1:52482",
        remote: "127.0.0.1:8080",
        bytes: 3,
        data: "b'<&>'",
      },
    ]);
    assertEquals(trace.enabled, true);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("--trace-file: a server and its client share one file, each event of both, in order", async () => {
  const dir = await Deno.makeTempDir({ prefix: "socklab-trace-" });
  try {
    const path = `${dir}/clase.jsonl`;
    await withServer(
      tcpServer,
      optionsFor(tcpServer, ["--quiet", "--reply", "Gracias\\n", "--trace-file", path]),
      async (server) => {
        await runMode(
          tcpClient,
          optionsFor(tcpClient, ["--quiet", "--trace-file", path], { port: server.port }),
        );
      },
    );
    const records = (await Deno.readTextFile(path)).trimEnd().split("\n").map((line) =>
      JSON.parse(line)
    );
    const seen = records.map((record) => `${record.mode} ${record.event}`);
    assertEquals(seen[0], "tcp-server listen");
    // The two ends of one connection: which is recorded first is up to the scheduler.
    assertEquals(seen.slice(1, 3).sort(), ["tcp-client connect", "tcp-server accept"]);
    for (const event of ["write", "read", "half-close", "close"]) {
      assert(seen.includes(`tcp-client ${event}`), `the client's ${event}`);
    }
    assertEquals(new Set(records.map((record) => record.process)).size, 2);
    const times = records.map((record) => record.time);
    assertEquals(times, [...times].sort(), "appended in the order they happened");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("bench takes no --trace-file: tracing would be what it measures", () => {
  assertThrows(() => optionsFor(bench, ["--trace-file", "x"]), UsageError, "--trace-file");
});

Deno.test("a Spanish trace says in Spanish what is not a socket call's name", () => {
  const io = captureIo();
  const trace = new Trace(io.stderr, { now: FIXED_CLOCK, t: translator("es") });
  trace.event("accept", "127.0.0.1:8080", "127.0.0.1:52482");
  trace.event("connect", "127.0.0.1:52482", "127.0.0.1:8080");
  trace.event("half-close", "127.0.0.1:52482", "127.0.0.1:8080", "shutdown(SHUT_WR)");
  trace.data("read", "127.0.0.1:8080", "127.0.0.1:52482", new Uint8Array());
  assertEquals(io.stderrLines(), [
    "10:20:30.040 accept       127.0.0.1:52482  en 127.0.0.1:8080",
    "10:20:30.040 connect      127.0.0.1:8080  desde 127.0.0.1:52482",
    "10:20:30.040 medio cierre 127.0.0.1:8080  shutdown(SHUT_WR)",
    "10:20:30.040 read         127.0.0.1:52482  0 bytes  fin del flujo",
  ]);
});

Deno.test("the diagram's event table says events and their details in the page's language", () => {
  const records = [
    { event: "listen", local: "127.0.0.1:8080", remote: "", detail: "backlog 1" },
    { event: "connect", local: "127.0.0.1:52482", remote: "127.0.0.1:8080", mode: "tcp-client" },
    { event: "accept", local: "127.0.0.1:8080", remote: "127.0.0.1:52482", detail: "on x" },
    { event: "half-close", local: "127.0.0.1:52482", remote: "127.0.0.1:8080", mode: "tcp-client" },
    { event: "read", local: "127.0.0.1:8080", remote: "127.0.0.1:52482", bytes: 0 },
  ].map((record, i) =>
    JSON.stringify({
      time: `2026-11-30T10:20:30.0${i}0000Z`,
      process: record.mode ? "2.1" : "1.1",
      mode: "tcp-server",
      ...record,
    })
  ).join("\n") + "\n";
  const entries = parseTrace(records, 0);
  const t = translator("es");
  const page = renderHtml(buildDiagram(entries, t), entries, "traza", "es", t);
  const table = page.slice(page.indexOf("<table>"));
  for (
    const said of ["desde 127.0.0.1:52482", "en 127.0.0.1:8080", "medio cierre", "fin del flujo"]
  ) {
    assert(table.includes(said), said);
  }
  for (const english of ["from ", "on ", "half-close", "EOF"]) {
    assert(!table.includes(english), english);
  }
});
