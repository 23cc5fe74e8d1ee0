/**
 * Attacks on `socklab check` by the server it grades, and by the script it runs, each replayed in
 * bounded form on loopback: a flood of bytes, a server that never reads, a request sent in a
 * thousand pieces, loops that never wait, scripts that multiply clients and rounds, a script file
 * that never ends. Each asserts a bounded quantity the code exposes (how long a stage took, what
 * its transcript keeps), never memory.
 */
import { assert, assertEquals, assertInstanceOf, assertMatch, assertThrows } from "@std/assert";
import { join } from "@std/path";
import { ENTRY_BYTES, RECEIVED_LIMIT, TimeUp } from "../lib/check/connections.ts";
import { failureLine, reportText } from "../lib/check/report.ts";
import {
  MAX_PARALLEL_CLIENTS,
  MAX_STEP_RUNS,
  parseScript,
  ScriptError,
} from "../lib/check/parse_script.ts";
import { type CheckReport, runScript } from "../lib/check/run.ts";
import type { Script, Step } from "../lib/check/script.ts";
import { translator } from "../lib/present/catalogue.ts";
import { captureIo, main } from "../main.ts";

const en = translator("en");
const es = translator("es");

/** A server on 127.0.0.1 that does `serve` with each client, closing them all when disposed. */
function server(serve: (conn: Deno.TcpConn, hungUp: Promise<void>) => Promise<void>) {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const { promise: hungUp, resolve: hangingUp } = Promise.withResolvers<void>();
  const conns: Deno.TcpConn[] = [];
  const serving: Promise<void>[] = [];
  const accepting = (async () => {
    for await (const conn of listener) {
      conns.push(conn);
      serving.push(serve(conn, hungUp).catch(() => {}));
    }
  })().catch(() => {});
  return {
    port: listener.addr.port,
    /** Closes its clients: a checker still writing to them is let go. */
    hangUp() {
      hangingUp();
      for (const conn of conns.splice(0)) {
        try {
          conn.close();
        } catch { /* closed already */ }
      }
    },
    async [Symbol.asyncDispose]() {
      listener.close();
      this.hangUp();
      await accepting;
      await Promise.all(serving);
    },
  };
}

/** Sends `chunk` for as long as the client stays, reading nothing. */
const flooding = (chunk: Uint8Array) => async (conn: Deno.TcpConn) => {
  for (;;) await conn.write(chunk);
};

/** Reads and drops everything. */
async function draining(conn: Deno.TcpConn): Promise<void> {
  const buffer = new Uint8Array(64 * 1024);
  while (await conn.read(buffer) !== null) { /* dropped */ }
}

/** Accepts, then never reads nor writes until it hangs up. */
async function deaf(_conn: Deno.TcpConn, hungUp: Promise<void>): Promise<void> {
  await hungUp;
}

function script(timeout: number, steps: Step[]): Script {
  return {
    name: "attack",
    title: "attack",
    transport: "tcp",
    retryAsLine: false,
    stages: [{ title: "one", points: 1, timeout, optional: false, continues: false, steps }],
  };
}

/** Runs `steps` against `port`, and how long the check took; `bound` ms at most is waited. */
async function run(
  port: number,
  timeout: number,
  steps: Step[],
  bound: number,
  signal?: AbortSignal,
): Promise<{ report?: CheckReport; ms: number; running: Promise<CheckReport> }> {
  const started = performance.now();
  const running = runScript(script(timeout, steps), { transport: "tcp", host: "127.0.0.1", port }, {
    ...(signal ? { signal } : {}),
  });
  let id: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) =>
    id = setTimeout(() => resolve(undefined), bound)
  );
  const report = await Promise.race([running, late]);
  clearTimeout(id);
  return { ...(report ? { report } : {}), ms: performance.now() - started, running };
}

/** How many bytes a stage's transcript holds. */
function kept(report: CheckReport): number {
  return report.stages.reduce(
    (sum, stage) => sum + stage.transcript.reduce((n, entry) => n + (entry.bytes?.length ?? 0), 0),
    0,
  );
}

// Generous: a loaded Windows lane under Wine is slow; the failures this catches took seconds more.
const GRACE_MS = 1500;

/** A reply of exactly 1 MiB, line end last, sent in small writes: still taken whole. */
async function wholeMebibytePasses(): Promise<void> {
  const reply = new Uint8Array(RECEIVED_LIMIT).fill(0x61);
  reply[reply.length - 1] = 0x0a;
  await using big = server(async (conn) => {
    for (let at = 0; at < reply.length; at += 1000) await conn.write(reply.subarray(at, at + 1000));
    await draining(conn);
  });
  const steps: Step[] = [
    { do: "connect", client: "main" },
    { do: "expect", client: "main", reply: { prefix: "aaa" }, until: "\n" },
  ];
  const { report } = await run(big.port, 5, steps, 5000 + GRACE_MS);
  assert(report);
  assertEquals(report.stages[0].failure, undefined);
}

for (
  const [what, chunk] of [
    ["letters", new Uint8Array(64 * 1024).fill(0x41)],
    ["bytes that need escaping", new Uint8Array(64 * 1024).fill(0xff)],
  ] as const
) {
  Deno.test(`a server flooding ${what} fails its stage once it has sent 1 MiB no step took (a 1 MiB reply still passes), and the transcript keeps only the start of each read`, async () => {
    await using flood = server(flooding(chunk));
    for (const until of [undefined, "\n"]) {
      const steps: Step[] = [
        { do: "connect", client: "main" },
        { do: "expect", client: "main", reply: { any: true }, ...(until ? { until } : {}) },
      ];
      const { report, ms } = await run(flood.port, 2, steps, 2000 + GRACE_MS);
      assert(report, "the stage did not end within its time");
      assert(ms < 2000 + GRACE_MS, `${ms} ms`);
      const stage = report.stages[0];
      assertEquals(stage.failure?.problem, "flood");
      assert(stage.transcript.every((entry) => (entry.bytes?.length ?? 0) <= ENTRY_BYTES));
      assert(kept(report) < 64 * ENTRY_BYTES, `${kept(report)} bytes kept`);
      assertEquals(
        failureLine(stage.failure!, en),
        "the server sent more than 1 MiB that no step took: it must send only what is asked for",
      );
      assertMatch(failureLine(stage.failure!, es), /^el servidor envió más de 1 MiB/);
      const text = reportText(report, en);
      assert(text.length < 64 * 1024, `${text.length} characters of report`);
      assert(Math.max(...text.split("\n").map((line) => line.length)) < 1000);
      // A transcript line says how much of the read it left out.
      assertMatch(text, / … \(\+\d+ bytes\)/);
    }
    await wholeMebibytePasses();
  });
}

Deno.test("a server trickling a few bytes at a time leaves one transcript entry for the lot, with its count", async () => {
  await using trickle = server(async (conn, hungUp) => {
    let gone = false;
    hungUp.then(() => gone = true);
    const few = new Uint8Array(4).fill(0x41);
    while (!gone) {
      await conn.write(few);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  });
  const steps: Step[] = [
    { do: "connect", client: "main" },
    { do: "expect", client: "main", reply: { any: true }, until: "\n" },
  ];
  const { report } = await run(trickle.port, 0.5, steps, 500 + GRACE_MS);
  assert(report);
  const received = report.stages[0].transcript.filter((entry) => entry.direction === "<");
  assertEquals(received.length, 1, `${received.length} entries`);
  assertEquals(received[0].bytes?.length, ENTRY_BYTES);
  assert((received[0].size ?? 0) > ENTRY_BYTES, `${received[0].size} bytes`);
  assertMatch(reportText(report, en), /main < b'A{200}' … \(\+\d+ bytes\)/);
});

Deno.test("a send to a server that never reads fails when the stage's time is up, not later", async () => {
  await using never = server(deaf);
  const steps: Step[] = [
    { do: "connect", client: "main" },
    { do: "repeat", times: 64, steps: [{ do: "send", client: "main", size: 1024 * 1024 }] },
  ];
  const { report, ms, running } = await run(never.port, 1, steps, 1000 + GRACE_MS);
  // Let a checker still writing go (the code before this change), so the test ends either way.
  never.hangUp();
  await running.catch(() => {});
  assert(report, "the stage was still sending after its time");
  assert(ms < 1000 + GRACE_MS, `${ms} ms`);
  const failure = report.stages[0].failure!;
  assertEquals(failure.problem, "error");
  assertInstanceOf(failure.cause, TimeUp);
  assertEquals(
    failureLine(failure, en),
    "the stage's time ran out while sending: the server did not read what it was sent",
  );
  assertMatch(failureLine(failure, es), /^se acabó el tiempo de la etapa mientras se enviaba/);
});

Deno.test("a request sent one byte at a time stops when the stage's time runs out, and the stage fails", async () => {
  await using sink = server(draining);
  const steps: Step[] = [
    { do: "connect", client: "main" },
    { do: "send", client: "main", text: "x".repeat(200), pieces: 1 },
  ];
  // 200 pieces 15 ms apart take 3 s; the stage has half a second.
  const { report, ms, running } = await run(sink.port, 0.5, steps, 5000);
  await running;
  assert(report);
  assert(ms < 500 + GRACE_MS, `${ms} ms`);
  assertEquals(report.stages[0].failure?.problem, "error");
  assertInstanceOf(report.stages[0].failure?.cause, TimeUp);
});

/** Three repeats nested, of a step that never waits: ten million rounds in all. */
const busyLoop: Step[] = [{
  do: "repeat",
  times: 100,
  steps: [{
    do: "repeat",
    times: 100,
    steps: [{ do: "repeat", times: 1000, steps: [{ do: "close", client: "nobody" }] }],
  }],
}];

Deno.test("repeats nested three deep stop at the stage's time", async () => {
  await using sink = server(draining);
  const { report, ms, running } = await run(sink.port, 0.3, busyLoop, 10_000);
  await running;
  assert(report);
  assert(ms < 300 + GRACE_MS, `${ms} ms`);
  const failure = report.stages[0].failure!;
  assertInstanceOf(failure.cause, TimeUp);
  assertEquals(failureLine(failure, en), "the stage's time ran out before its steps were done");
});

Deno.test("Ctrl+C stops repeats that never wait", async () => {
  await using sink = server(draining);
  const stop = new AbortController();
  const id = setTimeout(() => stop.abort(), 200);
  const { report, ms, running } = await run(sink.port, 30, busyLoop, 10_000, stop.signal);
  clearTimeout(id);
  await running;
  assert(report);
  assert(ms < 200 + GRACE_MS, `${ms} ms`);
  assertEquals(report.interrupted, true);
});

Deno.test("Ctrl+C ends a long pause at once", async () => {
  await using sink = server(draining);
  const stop = new AbortController();
  const id = setTimeout(() => stop.abort(), 200);
  const steps: Step[] = [{ do: "pause", ms: 60_000 }];
  const { report, ms, running } = await run(sink.port, 3, steps, 10_000, stop.signal);
  clearTimeout(id);
  await running;
  assert(report);
  assert(ms < 200 + GRACE_MS, `${ms} ms`);
  assertEquals(report.interrupted, true);
});

Deno.test("a parallel starts no more clients once the stage's time is up", async () => {
  await using sink = server(draining);
  const steps: Step[] = [{
    do: "parallel",
    clients: 1000,
    steps: [{ do: "pause", ms: 5 }, { do: "together" }, { do: "close", client: "main" }],
  }];
  // A thousand clients 5 ms each, in turn, take 5 s; the stage has half a second.
  const { report, ms, running } = await run(sink.port, 0.5, steps, 10_000);
  await running;
  assert(report);
  assert(ms < 500 + GRACE_MS, `${ms} ms`);
  assertInstanceOf(report.stages[0].failure?.cause, TimeUp);
});

function stageOf(steps: unknown[]) {
  return { name: "x", title: "x", stages: [{ title: "x", steps }] };
}

Deno.test("a script whose repeats and parallels multiply past the limits is refused, naming the stage", () => {
  const send = { do: "send", text: "x" };
  const nested = {
    do: "repeat",
    times: 1000,
    steps: [{ do: "repeat", times: 1000, steps: [send] }],
  };
  const runs = assertThrows(() => parseScript(stageOf([nested])), ScriptError);
  assertEquals([runs.where, runs.field], ["stages[0]", "steps"]);
  assertEquals(runs.expected, { kind: "runs", max: MAX_STEP_RUNS });
  const wide = {
    do: "parallel",
    clients: 1000,
    steps: [{ do: "parallel", clients: 2, steps: [send] }],
  };
  const clients = assertThrows(() => parseScript(stageOf([wide])), ScriptError);
  assertEquals(clients.expected, { kind: "clients", max: MAX_PARALLEL_CLIENTS });
  // At the limits, a script is taken.
  parseScript(stageOf([{ do: "repeat", times: 100_000, steps: [send, send] }]));
  parseScript(stageOf([{ do: "parallel", clients: 1000, steps: [send] }]));
});

Deno.test("a script file larger than 1 MiB is refused, in the user's language, before it is read whole", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const path = join(dir, "huge.json");
    const valid = JSON.stringify(stageOf([{ do: "connect" }]));
    await Deno.writeTextFile(path, valid + " ".repeat(1024 * 1024));
    for (const [lang, words] of [["en", "is larger than 1 MiB"], ["es", "ocupa más de 1 MiB"]]) {
      const io = captureIo();
      const code = await main(["check", "--script", path, "--port", "1", "--lang", lang], io, "en");
      assertEquals(code, 2);
      assert(io.stderrText().includes(words), io.stderrText());
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
