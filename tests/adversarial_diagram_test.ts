/**
 * Attacks on `socklab diagram` through the trace files it reads, which may come from anyone: a
 * trace too big to draw, a line too long to hold, fields of the wrong type, a name made to be
 * markup. Each is replayed bounded, in memory or in a temporary file.
 */
import { assert, assertEquals, assertMatch, assertStringIncludes } from "@std/assert";
import { join } from "@std/path";
import { translator } from "../lib/present/catalogue.ts";
import { layOut } from "../lib/present/diagram/layout.ts";
import { renderMermaid } from "../lib/present/diagram/mermaid.ts";
import type { Diagram, Item } from "../lib/present/diagram/model.ts";
import { readTrace, TraceFileError } from "../lib/present/diagram/records.ts";
import { captureIo, main } from "../main.ts";
import { traceLine } from "./helpers.ts";

/** A record `us` microseconds past a fixed second, as a trace file holds it. */
const record = traceLine;

/** Runs `socklab diagram` with `args` in `lang`: its exit code and what it printed. */
async function diagram(args: string[], lang = "en") {
  const io = captureIo();
  const code = await main(["diagram", ...args], io, lang);
  return {
    code,
    stdout: io.stdoutText(),
    stderr: io.stderrText(),
  };
}

async function withDir(use: (dir: string) => Promise<void>): Promise<void> {
  const dir = await Deno.makeTempDir({ prefix: "socklab-adversarial-diagram-" });
  try {
    await use(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

const S = "127.0.0.1:8000";
const U = "127.0.0.1:9000";
const D = "127.0.0.1:20000";

/**
 * 100,000 events of every kind the diagram pairs up: 25,000 connects from as many processes, each
 * with its accept, a stream of 25,000 writes read in pieces that straddle them, and 25,000
 * datagrams each with its read. Before, every connect and datagram looked through all events for
 * its other end, every write through all reads, and every event through all processes: minutes.
 */
function bigTrace(): string {
  const lines: string[] = [];
  const client = { process: "2.1", mode: "echo-client" };
  const server = { process: "1.1", mode: "echo-server" };
  lines.push(record(0, { ...server, event: "listen", local: S }));
  lines.push(record(0, { process: "3.1", mode: "udp-server", event: "bind", local: U }));
  lines.push(record(0, { process: "4.1", mode: "udp-client", event: "bind", local: D }));
  let us = 1;
  for (let i = 0; i < 24_999; i++, us += 10) {
    const C = `127.0.0.1:${1024 + i}`;
    // Each from a process of its own, as many clients started one after the other.
    lines.push(record(us, { ...client, process: `5.${i}`, event: "connect", local: C, remote: S }));
    lines.push(record(us + 1, { ...server, event: "accept", local: S, remote: C }));
  }
  const C = "127.0.0.1:50000";
  for (let i = 0; i < 12_500; i++, us += 10) {
    // Writes of 3 bytes, reads of 4: every read straddles two writes.
    lines.push(
      record(us, { ...client, event: "write", local: C, remote: S, bytes: 3, data: "b'abc'" }),
    );
    lines.push(
      record(us + 1, { ...server, event: "read", local: S, remote: C, bytes: 4, data: "b'abca'" }),
    );
  }
  for (let i = 0; i < 12_499; i++, us += 10) {
    const data = { bytes: 4, data: "b'ping'" };
    lines.push(
      record(us, {
        process: "4.1",
        mode: "udp-client",
        event: "write",
        local: D,
        remote: U,
        ...data,
      }),
    );
    lines.push(
      record(us + 1, {
        process: "3.1",
        mode: "udp-server",
        event: "read",
        local: U,
        remote: D,
        ...data,
      }),
    );
  }
  lines.push(record(us, { ...client, event: "close", local: C, remote: S }));
  assertEquals(lines.length, 100_000);
  return lines.join("\n") + "\n";
}

// How long it takes is the benchmark's to say (the note of issue 27 has the figures); here, that
// it is drawn at all: before, 100,000 connects overflowed the stack.
Deno.test("a trace of 100,000 connects, writes and datagrams is drawn, not crashed", async () => {
  await withDir(async (dir) => {
    const trace = join(dir, "big.jsonl");
    await Deno.writeTextFile(trace, bigTrace());
    const svg = join(dir, "big.svg");
    const run = await diagram([trace, "-o", svg]);
    assertEquals(run.code, 0, run.stderr);
    const drawn = await Deno.readTextFile(svg);
    assert(drawn.startsWith("<svg ") && drawn.trimEnd().endsWith("</svg>"));
  });
});

Deno.test("a diagram of 300,000 labels is laid out without overflowing the stack", () => {
  const items: Item[] = [];
  for (let row = 0; row < 300_000; row++) {
    items.push({ kind: "note", on: row % 2, row, text: `nota ${row}` });
  }
  const lifeline = (index: number) => ({
    index,
    process: String(index),
    owner: "client",
    endpoint: `127.0.0.1:${5000 + index}`,
    untraced: false,
    server: false,
  });
  const drawing: Diagram = {
    lifelines: [lifeline(0), lifeline(1)],
    items,
    rows: items.length,
    spans: [{ first: 0, last: items.length - 1 }, { first: 1, last: items.length - 1 }],
  };
  const layout = layOut(drawing);
  assertEquals(layout.texts.length, 300_004);
  assert(layout.width > 0 && layout.height > 300_000);
});

Deno.test("a trace of more than 100,000 events is refused, saying how to draw a part of it", async () => {
  await withDir(async (dir) => {
    const trace = join(dir, "huge.jsonl");
    const line = record(0, { event: "listen", local: S }) + "\n";
    await Deno.writeTextFile(trace, line.repeat(100_001));
    const english = await diagram([trace]);
    assertEquals(english.code, 2);
    assertEquals(english.stdout, "");
    assertMatch(english.stderr, /huge\.jsonl, line 100001: more than 100,000 events/);
    assertStringIncludes(english.stderr, "head -n 100000");
    const spanish = await diagram([trace], "es");
    assertEquals(spanish.code, 2);
    assertMatch(spanish.stderr, /huge\.jsonl, línea 100001: más de 100\.000 eventos/);
    // Exactly the limit is drawn.
    await Deno.writeTextFile(trace, line.repeat(100_000));
    assertEquals((await diagram([trace])).code, 0);
  });
});

Deno.test("a line longer than 16 KiB is refused naming it, and the rest of the file is not read", async () => {
  await withDir(async (dir) => {
    // A record socklab could never write: 1 MiB of data.
    const trace = join(dir, "long.jsonl");
    await Deno.writeTextFile(
      trace,
      record(0, { event: "listen", local: S }) + "\n" +
        record(1, { event: "write", local: S, remote: S, bytes: 1, data: "x".repeat(1 << 20) }) +
        "\n",
    );
    const run = await diagram([trace]);
    assertEquals(run.code, 2);
    assertMatch(run.stderr, /long\.jsonl, line 2: longer than 16 KiB/);
    const es = await diagram([trace], "es");
    assertMatch(es.stderr, /long\.jsonl, línea 2: pasa de 16 KiB/);
  });
  // One record of 250 MB, made as it is read: reading stops within its first chunks.
  let pulled = 0;
  const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
  const huge = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(
        new TextEncoder().encode('{"time": "2026-11-30T10:20:30.040123Z", "data": "'),
      );
    },
    pull(controller) {
      pulled += chunk.length;
      if (pulled > 250_000_000) controller.close();
      else controller.enqueue(chunk);
    },
  });
  const refused = await readTrace(huge, 0).catch((error) => error);
  assert(refused instanceof TraceFileError);
  assertEquals([refused.line, refused.problem.kind], [1, "long"]);
  assert(pulled < 1024 * 1024, `${pulled} bytes read`);
});

Deno.test("traces of more than 128 MiB in all are refused, however they are split between files", async () => {
  await withDir(async (dir) => {
    // Blank lines of 1 KiB: no event at all, only bytes. Two files of 65 MiB pass 128 MiB together.
    const blank = new Uint8Array(65 * 1024 * 1024).fill(0x20);
    for (let at = 1023; at < blank.length; at += 1024) blank[at] = 0x0a;
    const [first, second] = [join(dir, "a.jsonl"), join(dir, "b.jsonl")];
    await Deno.writeFile(first, blank);
    await Deno.writeFile(second, blank);
    const run = await diagram([first, second]);
    assertEquals(run.code, 2);
    assertMatch(run.stderr, /b\.jsonl, line \d+: the traces pass 128 MiB/);
    const es = await diagram([first, second], "es");
    assertMatch(es.stderr, /b\.jsonl, línea \d+: las trazas pasan de 128 MiB/);
    // Each alone is read whole: it only has no events.
    assertMatch((await diagram([first])).stderr, /no socket events to draw/);
  });
});

Deno.test("a field of the wrong type is refused naming the field and its line, in English and Spanish", async () => {
  const good = { event: "write", local: S, remote: "127.0.0.1:50000", bytes: 4, data: "b'hola'" };
  const cases: [Record<string, unknown>, RegExp, RegExp][] = [
    [{ data: 123 }, /line 2: "data" must be text/, /línea 2: «data» debe ser texto/],
    [{ detail: [] }, /line 2: "detail" must be text/, /línea 2: «detail» debe ser texto/],
    [{ local: null }, /line 2: "local" must be text/, /línea 2: «local» debe ser texto/],
    [
      { bytes: "4" },
      /line 2: "bytes" must be a whole number/,
      /línea 2: «bytes» debe ser un número entero/,
    ],
    [
      { bytes: -4 },
      /line 2: "bytes" must be a whole number/,
      /línea 2: «bytes» debe ser un número entero/,
    ],
    [
      { bytes: 1.5 },
      /line 2: "bytes" must be a whole number/,
      /línea 2: «bytes» debe ser un número entero/,
    ],
    [
      { event: 7 },
      /line 2: "event" must be one of listen, bind/,
      /línea 2: «event» debe ser uno de listen/,
    ],
    [{ event: "explode" }, /line 2: "event" must be one of/, /línea 2: «event» debe ser uno de/],
    [
      { time: "ayer" },
      /line 2: "time" must be a time as socklab writes it/,
      /línea 2: «time» debe ser una hora/,
    ],
    [
      { remote: undefined },
      /line 2: the record has no "remote" field/,
      /línea 2: al registro le falta el campo «remote»/,
    ],
  ];
  await withDir(async (dir) => {
    const trace = join(dir, "t.jsonl");
    for (const [change, english, spanish] of cases) {
      await Deno.writeTextFile(
        trace,
        record(0, { event: "listen", local: S }) + "\n" + record(1, { ...good, ...change }) + "\n",
      );
      const en = await diagram([trace]);
      assertEquals(en.code, 2, JSON.stringify(change));
      assertMatch(en.stderr, english);
      assertMatch((await diagram([trace], "es")).stderr, spanish);
    }
    // A JSON value that is no object is still not a record.
    await Deno.writeTextFile(trace, "[1, 2]\n");
    assertMatch((await diagram([trace])).stderr, /line 1: not a socklab trace record/);
  });
});

Deno.test("a trace file's name reaches the Markdown heading escaped: no tag, no link", async () => {
  const drawing: Diagram = { lifelines: [], items: [], rows: 0, spans: [] };
  const title = translator("en")("diagram.title", {
    files: "<img src=x onerror=alert(1)>.jsonl, [pulsa](javascript:alert(1)).jsonl #",
  });
  const heading = renderMermaid(drawing, title).split("\n")[0];
  assertEquals(
    heading,
    "## Socket events of &lt;img src=x onerror=alert\\(1\\)&gt;.jsonl, " +
      "\\[pulsa\\]\\(javascript:alert\\(1\\)\\).jsonl \\#",
  );
  if (Deno.build.os === "windows") return; // No < or > in a file's name there.
  await withDir(async (dir) => {
    const trace = join(dir, "<img src=x onerror=alert(1)>.jsonl");
    await Deno.writeTextFile(trace, record(0, { event: "listen", local: S }) + "\n");
    const run = await diagram([trace]);
    assertEquals(run.code, 0, run.stderr);
    const first = run.stdout.split("\n")[0];
    assert(!first.includes("<img"), first);
    assertStringIncludes(first, "&lt;img src=x onerror=alert\\(1\\)&gt;.jsonl");
  });
});
