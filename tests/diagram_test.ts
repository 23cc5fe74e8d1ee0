/**
 * Sequence diagrams from socklab's traces: merging files by time, the order cause imposes, the
 * layout of the lessons' own traces, escaping, collapsing, and the figures of the README.
 */
import { LESSONS } from "../lib/course/course.ts";
import { assert, assertEquals, assertMatch } from "@std/assert";
import { join } from "@std/path";
import { demo } from "../lib/course/demo.ts";
import { translator } from "../lib/present/catalogue.ts";
import { layOut, overlaps } from "../lib/present/diagram/layout.ts";
import { mermaidText, renderMermaid } from "../lib/present/diagram/mermaid.ts";
import { buildDiagram, type Diagram, type Item } from "../lib/present/diagram/model.ts";
import { mergeTraces, parseTrace, type TraceEntry } from "../lib/present/diagram/records.ts";
import { renderSvg } from "../lib/present/diagram/svg.ts";
import type { TraceRecord } from "../lib/present/trace.ts";
import { captureIo, main } from "../main.ts";
import { draw, SCENES } from "../scripts/figures.ts";
import { optionsFor, runMode, traceLine, wellFormed } from "./helpers.ts";

const en = translator("en");

/** A record at `ms` milliseconds past a fixed second, as a trace file holds it. */
function record(ms: number, fields: Partial<TraceRecord> & Pick<TraceRecord, "event">): string {
  return traceLine(Math.round(ms * 1000), fields);
}

function entries(...files: string[][]): TraceEntry[] {
  return mergeTraces(files.map((lines, source) => parseTrace(lines.join("\n") + "\n", source)));
}

const S = "127.0.0.1:8000";
const C = "127.0.0.1:50000";
const server = { process: "1.1", mode: "echo-server" };
const client = { process: "2.1", mode: "echo-client" };

/** What one end of the connection between C and S read or wrote, as its trace holds it. */
function moved(
  ms: number,
  end: "client" | "server",
  event: "read" | "write",
  bytes: number,
  data: string,
): string {
  const [who, local, remote] = end === "client" ? [client, C, S] : [server, S, C];
  return record(ms, { ...who, event, local, remote, bytes, data });
}

Deno.test("files merge by time; at the same microsecond, the first file's line first", () => {
  const merged = entries(
    [
      record(5, { ...server, event: "listen", local: S }),
      record(9, { ...server, event: "close", local: S }),
    ],
    [record(5, { ...client, event: "connect", local: C, remote: S })],
  );
  assertEquals(merged.map((entry) => [entry.source, entry.line, entry.event]), [
    [0, 1, "listen"],
    [1, 1, "connect"],
    [0, 2, "close"],
  ]);
});

/** The messages of a diagram, as `from>to label`. */
function messages(diagram: Diagram): string[] {
  return diagram.items.filter((item): item is Extract<Item, { kind: "message" }> =>
    item.kind === "message"
  ).map((item) => `${item.from}>${item.to} ${item.label}${item.fate ? ` [${item.fate}]` : ""}`);
}

/** A connection's events: listen, connect/accept, a request and its reply, the end. */
function exchange(offsetMs = 0): string[] {
  const at = (ms: number) => ms + offsetMs;
  return [
    moved(at(0), "client", "write", 6, "b'Hola\\r\\n'"),
    moved(at(0.2), "server", "read", 6, "b'Hola\\r\\n'"),
    moved(at(0.3), "server", "write", 6, "b'HOLA\\r\\n'"),
    moved(at(0.5), "client", "read", 6, "b'HOLA\\r\\n'"),
  ];
}

Deno.test("a write is drawn to the read that got its last byte, even when that read was stamped earlier", () => {
  const drawn = buildDiagram(
    entries([
      record(0, { ...server, event: "listen", local: S }),
      record(1, { ...client, event: "connect", local: C, remote: S }),
      record(1.1, { ...server, event: "accept", local: S, remote: C }),
      // The server's clock is a little behind: its read carries a time before the write.
      moved(2, "server", "read", 4, "b'Ho'"),
      moved(2.05, "server", "read", 2, "b'a'"),
      moved(2.1, "client", "write", 6, "b'Hola\\r\\n'"),
    ]),
    en,
  );
  const write = drawn.items.find((item) => item.kind === "message" && item.style === "data");
  assert(write?.kind === "message");
  assert(write.toRow >= write.fromRow, "the arrow goes down the page");
  assertEquals(write.label, "b'Hola\\r\\n' (in 2 recv)");
});

Deno.test("a client whose connect waits for the server's accept gets a shaded wait with how long", () => {
  const drawn = buildDiagram(
    entries([
      record(0, { ...server, event: "listen", local: S }),
      record(10, { ...client, event: "connect", local: C, remote: S }),
      record(1210, { ...server, event: "accept", local: S, remote: C }),
    ]),
    en,
  );
  const wait = drawn.items.find((item) => item.kind === "wait");
  assertEquals(wait?.kind === "wait" && wait.text, "waits in the listen backlog: 1.20 s");
  assert(drawn.items.some((item) => item.kind === "gap" && item.text === "⋮ 1.20 s later"));
});

Deno.test("a datagram no trace received ends in a cross; one dropped on purpose too, saying so", () => {
  const udpServer = { process: "1.1", mode: "udp-server" };
  const udpClient = { process: "2.1", mode: "udp-client" };
  const drawn = buildDiagram(
    entries([
      record(0, { ...udpServer, event: "bind", local: "0.0.0.0:9999" }),
      record(1, { ...udpClient, event: "bind", local: C }),
      record(2, {
        ...udpClient,
        event: "write",
        local: C,
        remote: "127.0.0.1:9999",
        bytes: 2,
        data: "b'#1'",
      }),
      record(2.1, {
        ...udpServer,
        event: "read",
        local: "0.0.0.0:9999",
        remote: C,
        bytes: 2,
        data: "b'#1'",
      }),
      record(2.2, { ...udpServer, event: "drop", local: "0.0.0.0:9999", remote: C }),
      record(3, {
        ...udpClient,
        event: "write",
        local: C,
        remote: "127.0.0.1:9998",
        bytes: 2,
        data: "b'#2'",
      }),
    ]),
    en,
  );
  assertEquals(messages(drawn), [
    "1>0 b'#1' dropped on purpose (--drop) [dropped]",
    "1>2 b'#2' never arrived [lost]",
  ]);
  assert(drawn.lifelines[2].untraced);
});

Deno.test("more than 20 identical exchanges in a row are drawn once, with how many", () => {
  const lines = [
    record(0, { ...server, event: "listen", local: S }),
    record(0.5, { ...client, event: "connect", local: C, remote: S }),
    record(0.6, { ...server, event: "accept", local: S, remote: C }),
  ];
  for (let i = 0; i < 500; i++) lines.push(...exchange(1 + i));
  const drawn = buildDiagram(entries(lines), en);
  assertEquals(messages(drawn).slice(1), [
    "2>1 b'Hola\\r\\n' × 500",
    "1>2 b'HOLA\\r\\n' × 500",
  ]);
  assert(drawn.rows < 12, `${drawn.rows} rows for 500 exchanges`);
});

const NASTY = "b'<script>&amp;\"quoted\" \\x00\\xff'";

Deno.test("labels with <, &, quotes, control characters and bytes that are not UTF-8 stay text", () => {
  const drawn = buildDiagram(
    entries([
      record(0, { ...server, event: "listen", local: S, mode: "a<b>&\u0001" }),
      moved(1, "client", "write", 9, NASTY),
      moved(1.1, "server", "read", 9, NASTY),
    ]),
    en,
  );
  const svg = renderSvg(drawn, "título <&>");
  assert(wellFormed(svg), svg);
  // deno-lint-ignore no-control-regex -- finding control characters is the point
  assert(!/[\x00-\x08\x0B\x0C\x0E-\x1F]/.test(svg), "no control character reaches the SVG");
  assert(svg.includes("b&apos;&lt;script&gt;&amp;amp;&quot;quoted&quot; \\x00\\xff&apos;"), svg);
  assert(svg.includes("a&lt;b&gt;&amp;\uFFFD"));
  const mermaid = renderMermaid(drawn, "t").split("\n");
  assert(
    mermaid.includes("  P2->>P1: b'#lt;script#gt;&amp#59;#quot;quoted#quot; \\x00\\xff'"),
    mermaid.join("\n"),
  );
  assertEquals(mermaidText('a;b#c<d>"e:f'), "a#59;b#35;c#lt;d#gt;#quot;e#58;f");
});

Deno.test("the lessons' own diagrams (demo --diagrams) are well-formed SVG with no two labels overlapping", async () => {
  const dir = await Deno.makeTempDir({ prefix: "socklab-diagrams-" });
  try {
    const { code } = await runMode(
      demo,
      optionsFor(demo, ["--diagrams", dir, "--quiet"], {}, "en"),
    );
    assertEquals(code, 0);
    let drawn = 0;
    for await (const file of Deno.readDir(dir)) {
      if (!file.name.endsWith(".jsonl")) continue;
      const trace = entries(
        (await Deno.readTextFile(join(dir, file.name))).trimEnd().split("\n"),
      );
      const diagram = buildDiagram(trace, en);
      assertEquals(
        overlaps(layOut(diagram)).map(([a, b]) => `${a.text} / ${b.text}`),
        [],
        file.name,
      );
      const svg = await Deno.readTextFile(join(dir, file.name.replace(".jsonl", ".svg")));
      assert(wellFormed(svg), file.name);
      drawn++;
    }
    assertEquals(drawn, LESSONS.length, "one diagram per lesson");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("socklab diagram writes SVG, HTML with the events, or Mermaid, as the file's name says", async () => {
  const dir = await Deno.makeTempDir({ prefix: "socklab-diagram-" });
  try {
    const trace = join(dir, "t.jsonl");
    await Deno.writeTextFile(
      trace,
      [
        record(0, { ...server, event: "listen", local: S }),
        record(1, { ...client, event: "connect", local: C, remote: S }),
        record(1.1, { ...server, event: "accept", local: S, remote: C }),
        ...exchange(2),
      ].join("\n") + "\n",
    );
    for (
      const [name, start] of [["d.svg", "<svg "], ["d.html", "<!doctype html>"], ["d.md", "## "]]
    ) {
      const io = captureIo();
      assertEquals(await main(["diagram", trace, "-o", join(dir, name)], io, "en"), 0);
      assert((await Deno.readTextFile(join(dir, name))).startsWith(start), name);
    }
    const html = await Deno.readTextFile(join(dir, "d.html"));
    assertMatch(html, /<td>accept<\/td>/);
    const stdout = captureIo();
    assertEquals(await main(["diagram", trace], stdout, "es"), 0);
    assertMatch(stdout.stdoutText(), /```mermaid\nsequenceDiagram\n {2}participant P0 as servidor/);
    const wrong = captureIo();
    assertEquals(await main(["diagram", trace, "-o", join(dir, "d.txt")], wrong, "en"), 2);
    await Deno.writeTextFile(trace, "esto no es una traza\n", { append: true });
    const bad = captureIo();
    assertEquals(await main(["diagram", trace], bad, "en"), 2);
    assertMatch(bad.stderrText(), /t\.jsonl, line 8: not a socklab trace record/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("the README's figures: the blocking echo keeps client 2 waiting across the pause, the concurrent one does not", async () => {
  const dir = await Deno.makeTempDir({ prefix: "socklab-figures-" });
  try {
    const stalls: Record<string, boolean> = {};
    for (const scene of SCENES) {
      const file = join(dir, `${scene.name}.jsonl`);
      await scene.play(file);
      const svg = await Deno.readTextFile(await draw(file, scene.title));
      assert(wellFormed(svg), scene.name);
      const drawn = buildDiagram(
        entries((await Deno.readTextFile(file)).trimEnd().split("\n")),
        en,
      );
      const gap = drawn.items.find((item) => item.kind === "gap");
      const dos = drawn.items.find((item) =>
        item.kind === "message" && item.label.startsWith("b'dos")
      );
      stalls[scene.name] = gap?.kind === "gap" && dos?.kind === "message" &&
        dos.fromRow < gap.row && dos.toRow > gap.row;
      if (scene.name === "udp-retry") {
        assertEquals(messages(drawn).filter((line) => line.includes("[dropped]")).length, 1);
      }
    }
    assertEquals(stalls["echo-blocking"], true, "client 2's line waits across the pause");
    assertEquals(stalls["echo-concurrent"], false, "client 2 is answered before the pause");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
