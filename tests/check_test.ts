/**
 * `socklab check`: every built-in exercise passes against socklab's own server for it, and fails
 * at the right stage, for the right reason, against servers written wrong on purpose.
 */
import { assert, assertEquals, assertMatch } from "@std/assert";
import { join, toFileUrl } from "@std/path";
import { check, type CheckResult, exercises, exerciseScript } from "../check.ts";
import type { CommonOptions, Mode } from "../lib/cli/spec.ts";
import { dbServer } from "../lib/course/db/db-server.ts";
import { echoServer } from "../lib/course/echo/echo-server.ts";
import { tcpServer } from "../lib/course/tcp/tcp-server.ts";
import { textServer } from "../lib/course/text/text-server.ts";
import { udpServer } from "../lib/course/udp/udp-server.ts";
import { captureIo, main } from "../main.ts";
import { optionsFor, ROOT, wellFormed, withServer } from "./helpers.ts";

/** Checks `exercise` against `mode` (with `args`) started in-process on a free port. */
function against(
  exercise: string,
  mode: Mode<CommonOptions>,
  args: string[],
  stageSeconds?: number,
): Promise<CheckResult> {
  return withServer(
    mode,
    optionsFor(mode, ["--quiet", ...args]),
    (server) => check(exercise, { port: server.port, ...(stageSeconds ? { stageSeconds } : {}) }),
  );
}

const OWN_SERVERS: [string, Mode<CommonOptions>, string[]][] = [
  ["hello", tcpServer, ["--reply", "Hola, cliente\\n"]],
  ["until-crlf", tcpServer, ["--chunk", "2", "--until", "\\r\\n", "--reply", "Gracias\\n"]],
  ["echo", echoServer, []],
  ["upper", textServer, ["--raw", "upper"]],
  ["upper-many", textServer, ["--raw", "upper"]],
  ["text-service", textServer, []],
  ["concurrent", echoServer, []],
  ["db", dbServer, []],
  ["db-locking", dbServer, []],
  ["udp-ack", udpServer, []],
  ["udp-send", udpServer, ["--no-ack"]],
];

Deno.test("every built-in exercise has socklab's own server for it in this test", () => {
  assertEquals(OWN_SERVERS.map(([name]) => name).sort(), [...exercises].sort());
});

for (const [exercise, mode, args] of OWN_SERVERS) {
  Deno.test(`check ${exercise} passes every stage against socklab ${mode.name}`, async () => {
    const report = await against(exercise, mode, args);
    assertEquals(report.transcript, "");
    assertEquals(report.failed, 0);
    assertEquals(report.points, report.total);
  });
}

/** The stages that failed, each as `number problem`. */
function failures(report: CheckResult): string[] {
  return report.stages.filter((stage) => !stage.passed).map((stage) =>
    `${stage.number} ${stage.failure?.problem}`
  );
}

/** A TCP server written by the test, on a free port, for as long as `body` runs. */
async function rawServer(
  serve: (conn: Deno.Conn, stopped: Promise<void>) => Promise<void>,
  body: (port: number) => Promise<void>,
): Promise<void> {
  const { promise: stopped, resolve: stop } = Promise.withResolvers<void>();
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const open = new Set<Deno.Conn>();
  const serving: Promise<void>[] = [];
  const accepting = (async () => {
    for await (const conn of listener) {
      open.add(conn);
      serving.push(
        serve(conn, stopped).catch(() => {}).finally(() => {
          open.delete(conn);
          try {
            conn.close();
          } catch {
            // Closed by the server already.
          }
        }),
      );
    }
  })();
  try {
    await body(listener.addr.port);
  } finally {
    stop();
    listener.close();
    for (const conn of open) conn.close();
    await accepting.catch(() => {});
    await Promise.all(serving);
  }
}

const upper = (bytes: Uint8Array) =>
  new TextEncoder().encode(new TextDecoder().decode(bytes).toUpperCase());

Deno.test("a server that reads once and closes fails upper-many at its first stage", async () => {
  await rawServer(async (conn) => {
    const buffer = new Uint8Array(1024);
    const n = await conn.read(buffer);
    if (n) await conn.write(upper(buffer.subarray(0, n)));
  }, async (port) => {
    const report = await check("upper-many", { port, stageSeconds: 1 });
    const first = report.stages[0];
    assert(!first.passed);
    assert(["ended", "error"].includes(first.failure!.problem), first.failure!.problem);
    assertMatch(report.transcript, /put recv and send in a loop/);
    assertMatch(report.transcript, /main > b'dos'/, "the conversation shows what was sent");
  });
});

Deno.test("a server that answers without the delimiter fails until-crlf: part of a reply, and the hint", async () => {
  await rawServer(async (conn) => {
    const buffer = new Uint8Array(1024);
    let got = "";
    while (!got.endsWith("\r\n")) {
      const n = await conn.read(buffer);
      if (n === null) return;
      got += new TextDecoder().decode(buffer.subarray(0, n));
    }
    await conn.write(new TextEncoder().encode("Gracias"));
    await conn.read(buffer);
  }, async (port) => {
    const report = await check("until-crlf", { port, stageSeconds: 0.5 });
    assertEquals(failures(report), ["3 partial"], "only the stage that waits for the reply fails");
    assertMatch(report.transcript, /got only b'Gracias' before/);
    assertMatch(
      report.transcript,
      /hint: part of the reply came and never the rest: does the reply end/,
    );
  });
});

Deno.test("the course's blocking echo loop fails concurrent: it stalls on the silent client", async () => {
  const report = await against("concurrent", echoServer, ["--blocking"], 0.5);
  assertEquals(failures(report)[0], "1 nothing");
  assertMatch(report.transcript, /it stalls: it serves one client at a time/);
});

Deno.test("a UDP server that never acknowledges fails udp-ack; a port nobody binds fails udp-send", async () => {
  const silent = await against("udp-ack", udpServer, ["--no-ack"], 0.3);
  assertEquals(failures(silent), ["1 nothing", "2 nothing"]);
  const probe = Deno.listenDatagram({ transport: "udp", hostname: "127.0.0.1", port: 0 });
  const port = (probe.addr as Deno.NetAddr).port;
  probe.close();
  const nobody = await check("udp-send", { port });
  assertEquals(failures(nobody), ["1 unbound"]);
  assertMatch(nobody.transcript, /no socket is bound to that UDP port/);
});

Deno.test("a database without locks fails db-locking, counting the lost updates", async () => {
  const report = await against("db-locking", dbServer, ["--locking", "none", "--latency", "2"]);
  assertEquals(failures(report), ["2 number"]);
  const { got, expected } = report.stages[1].failure!.number!;
  assertEquals(expected, 300);
  assert(got < 300);
  assertMatch(
    report.transcript,
    new RegExp(`the reply says ${got}, not 300: ${300 - got} updates? w`),
  );
  assertEquals(report.points, 0, "the stages of the setup are worth nothing");
});

Deno.test("a server that accepts and never answers fails, and the whole check stays bounded", async () => {
  await rawServer(async (conn, stopped) => {
    // Reads all, never answers, and holds the connection open until the test ends.
    const buffer = new Uint8Array(1024);
    while (await conn.read(buffer) !== null) { /* says nothing */ }
    await stopped;
  }, async (port) => {
    const started = performance.now();
    const report = await check("hello", { port, stageSeconds: 0.3 });
    assertEquals(failures(report), ["2 nothing", "3 not-ended"]);
    assert(performance.now() - started < 3000, "the check did not stay within its limits");
  });
});

/** Runs `socklab check …` in-process, in English. */
async function socklabCheck(...args: string[]) {
  const io = captureIo();
  const code = await main(["check", ...args], io, "en");
  return { code, io };
}

Deno.test("--json prints one object: totals, and each stage with its failure explained", async () => {
  await withServer(textServer, optionsFor(textServer, ["--quiet"]), async (server) => {
    // A line service, not the raw one: the replies are not what upper expects.
    const { code, io } = await socklabCheck(
      "upper",
      "--port",
      String(server.port),
      "--json",
      "--timeout",
      "0.5",
    );
    assertEquals(code, 1);
    const report = JSON.parse(io.stdoutText());
    assertEquals(Object.keys(report), [
      "exercise",
      "title",
      "target",
      "passed",
      "failed",
      "skipped",
      "optionalFailed",
      "points",
      "total",
      "seconds",
      "interrupted",
      "stages",
    ]);
    assertEquals([report.exercise, report.passed, report.failed, report.total], ["upper", 0, 2, 2]);
    const [first] = report.stages;
    assertEquals(Object.keys(first), [
      "number",
      "title",
      "passed",
      "skipped",
      "optional",
      "points",
      "of",
      "seconds",
      "notes",
      "failure",
    ]);
    assertEquals(Object.keys(first.failure), [
      "client",
      "problem",
      "message",
      "hint",
      "conversation",
    ]);
    assertEquals(first.failure.conversation[1], "main > b'hola \\xc3\\xb1and\\xc3\\xba'");
  });
});

Deno.test("--junit writes JUnit XML that parses, with a test case per stage and its failures", async () => {
  const dir = await Deno.makeTempDir({ prefix: "socklab-junit-" });
  try {
    const path = join(dir, "informe.xml");
    await withServer(
      echoServer,
      optionsFor(echoServer, ["--blocking", "--quiet"]),
      async (server) => {
        const { code, io } = await socklabCheck(
          "concurrent",
          "--port",
          String(server.port),
          "--timeout",
          "0.5",
          "--junit",
          path,
        );
        assertEquals(code, 1);
        assertEquals(io.stderrText(), `JUnit report written to ${path}\n`);
      },
    );
    const xml = await Deno.readTextFile(path);
    assert(wellFormed(xml), xml);
    assertMatch(
      xml,
      /<testsuite name="concurrent" tests="2" failures="2" skipped="0" time="[\d.]+">/,
    );
    assertEquals([...xml.matchAll(/<testcase /g)].length, 2);
    assertEquals([...xml.matchAll(/<failure message="[^"]+" type="nothing">/g)].length, 2);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("a script with a wrong step is a usage error (exit 2) naming the step and the field", async () => {
  const dir = await Deno.makeTempDir({ prefix: "socklab-script-" });
  try {
    const path = join(dir, "ejercicio.json");
    await Deno.writeTextFile(
      path,
      JSON.stringify({
        name: "mine",
        title: "mine",
        stages: [{ title: "one", steps: [{ do: "connect" }, { do: "send", txt: "hola" }] }],
      }),
    );
    const bad = await socklabCheck("--script", path, "--port", "1");
    assertEquals(bad.code, 2);
    assertEquals(
      bad.io.stderrText(),
      `socklab: ${path}: stages[0].steps[1].text: expected exactly one of: text, hex, size\n`,
    );
    const spanish = await socklabCheck("--script", path, "--port", "1", "--lang", "es");
    assertEquals(
      spanish.io.stderrText(),
      `socklab: ${path}: stages[0].steps[1].text: se esperaba exactamente uno de: text, hex, size\n`,
    );
    await Deno.writeTextFile(path, '{"name": "mine",');
    const broken = await socklabCheck("--script", path, "--port", "1");
    assertEquals(broken.code, 2);
    assertMatch(broken.io.stderrText(), /is not valid JSON/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("a teacher's script runs like a built-in one: --show prints a script that --script takes back", async () => {
  const shown = await socklabCheck("--show", "upper");
  assertEquals(JSON.parse(shown.io.stdoutText()), exerciseScript("upper"));
  const dir = await Deno.makeTempDir({ prefix: "socklab-script-" });
  try {
    const path = join(dir, "upper.json");
    await Deno.writeTextFile(path, shown.io.stdoutText());
    await withServer(
      textServer,
      optionsFor(textServer, ["--raw", "upper", "--quiet"]),
      async (server) => {
        const { code, io } = await socklabCheck("--script", path, "--port", String(server.port));
        assertEquals(code, 0);
        assertEquals(io.stdoutLines().at(-1), "2 of 2 stages passed; 2 of 2 points");
      },
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("--list shows every exercise with one line in the user's language", async () => {
  const { code, io } = await socklabCheck("--list", "--lang", "es");
  assertEquals(code, 0);
  const lines = io.stdoutLines();
  assertEquals(lines.length, exercises.length + 1);
  for (const [i, name] of exercises.entries()) assert(lines[i + 1].startsWith(`  ${name} `), name);
  assertMatch(lines.find((line) => line.includes("upper-many"))!, /muchas peticiones/);
});

Deno.test("the README's grading file runs with deno test, and passes against socklab's servers", async () => {
  const readme = await Deno.readTextFile(join(ROOT, "README.md"));
  const example = /```ts\n(\/\/ grade_test\.ts[\s\S]*?)```/.exec(readme)?.[1];
  assert(example, "the README shows grade_test.ts");
  const dir = await Deno.makeTempDir({ prefix: "socklab-grade-" });
  try {
    await Deno.mkdir(join(dir, "socklab"));
    // What dist/check.js is, as source: the same exports.
    await Deno.writeTextFile(
      join(dir, "socklab", "check.js"),
      `export * from ${JSON.stringify(toFileUrl(join(ROOT, "check.ts")).href)};\n`,
    );
    await Deno.writeTextFile(join(dir, "grade_test.ts"), example);
    await withServer(
      echoServer,
      optionsFor(echoServer, ["--quiet"]),
      (echo) =>
        withServer(dbServer, optionsFor(dbServer, ["--quiet"]), async (db) => {
          const { code, stdout } = await new Deno.Command(Deno.execPath(), {
            args: [
              "test",
              "--allow-net",
              "--allow-env",
              "--config",
              join(ROOT, "deno.json"),
              "grade_test.ts",
            ],
            cwd: dir,
            env: { PORT: String(echo.port), DB_PORT: String(db.port), NO_COLOR: "1" },
            stdin: "null",
          }).output();
          const output = new TextDecoder().decode(stdout);
          assertEquals(code, 0, output);
          assertMatch(output, /ok \| 2 passed \| 0 failed/);
        }),
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("a script sends bytes given in hex, and judges the reply to them", async () => {
  const script = {
    name: "bytes",
    title: "bytes",
    stages: [{
      title: "an echo of bytes that are not UTF-8",
      steps: [
        { do: "send", hex: "ff000d0a" },
        { do: "expect", reply: { any: true }, until: "\n" },
      ],
    }],
  };
  await withServer(echoServer, optionsFor(echoServer, ["--quiet"]), async (server) => {
    const report = await check(script, { port: server.port });
    assertEquals(report.failed, 0, report.transcript);
    assertEquals(report.stages[0].transcript[1].bytes, new Uint8Array([0xff, 0, 0x0d, 0x0a]));
  });
});
