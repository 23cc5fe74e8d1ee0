import { assert, assertEquals, assertMatch, assertThrows } from "@std/assert";
import { UsageError } from "../lib/errors.ts";
import { join, SEPARATOR } from "@std/path";
import { LESSONS } from "../lib/course/course.ts";
import { type LessonContext, pairLesson } from "../lib/run/lesson.ts";
import { demo } from "../lib/course/demo.ts";
import { translator } from "../lib/present/catalogue.ts";
import { tcpClient } from "../lib/course/tcp/tcp-client.ts";
import { tcpServer } from "../lib/course/tcp/tcp-server.ts";
import { freePort, optionsFor, runMode } from "./helpers.ts";

/** A context that runs a lesson on loopback and shows nothing. */
function quietContext(overrides: Partial<LessonContext>): LessonContext {
  return {
    host: "127.0.0.1",
    port: 0,
    lang: "en",
    trace: false,
    hex: false,
    timeoutSeconds: 5,
    signal: new AbortController().signal,
    command: () => {},
    print: () => {},
    ...overrides,
  };
}

Deno.test("the demo runs every lesson side by side and every one passes", async () => {
  const { code, io } = await runMode(demo, optionsFor(demo));
  assertEquals(code, 0);
  const lines = io.stdoutLines();
  const verdicts = lines.filter((line) => /^(PASS|FAIL) /.test(line));
  assertEquals(verdicts, LESSONS.map((lesson) => `PASS ${translator("es")(lesson.title)}`));
  assertEquals(lines.at(-1), `${LESSONS.length} de ${LESSONS.length} lecciones superadas`);
  assert(
    lines.includes(
      "$ socklab tcp-server --chunk 2 --until '\\r\\n' --reply 'Gracias por su Mensaje\\n' --once",
    ),
  );
  // Each line says who printed it, the labels padded to one width.
  assert(lines.includes("servidor  │ Data leida: b'Ho'"));
  assert(lines.includes("cliente   │ Mensaje enviado al servidor: Hola, servidor!"));
  assert(
    lines.includes("cliente 2 │ Sin eco tras 300 ms: el servidor está ocupado con otro cliente"),
  );
  assertEquals(io.stderrText(), "");
});

Deno.test("--lesson runs only the lesson named", async () => {
  const { code, io } = await runMode(demo, optionsFor(demo, ["--lesson", "udp-ack"], {}, "en"));
  assertEquals(code, 0);
  assertEquals(
    io.stdoutLines().filter((line) => line.startsWith("PASS") || line.startsWith("──")),
    [
      `── Lesson ${
        LESSONS.findIndex((lesson) => lesson.id === "udp-ack") + 1
      }: UDP: a datagram and its acknowledgement ──`,
      "PASS UDP: a datagram and its acknowledgement",
    ],
  );
  assertEquals(io.stdoutLines().at(-1), "1 of 1 lesson passed");
});

Deno.test("the web lesson says that socklab makes the curl request itself", async () => {
  const { code, io } = await runMode(demo, optionsFor(demo, ["--lesson", "http"], {}, "en"));
  assertEquals(code, 0);
  const curl = io.stdoutLines().find((line) => line.startsWith("$ curl "));
  assertMatch(
    curl ?? "",
    /^\$ curl http:\/\/\S+\/hola {3}# here socklab makes this request itself/,
  );
});

Deno.test("the file lesson shows where it saved the file as a path of this OS, one separator throughout", async () => {
  const { code, io } = await runMode(demo, optionsFor(demo, ["--lesson", "file"], {}, "en"));
  assertEquals(code, 0);
  const saved = io.stdoutLines().find((line) => line.includes("│ Saved ")) ?? "";
  assert(saved.includes(join("recibidos", "apuntes.txt")), saved);
  assert(!saved.includes(SEPARATOR === "/" ? "\\" : "/"), saved);
});

Deno.test("with --trace the demo shows each side's socket events on stderr", async () => {
  const { io } = await runMode(demo, optionsFor(demo, ["--lesson", "tcp-message", "--trace"]));
  assert(io.stderrLines().some((line) => /^servidor +│ \S+ listen /.test(line)));
  assert(io.stderrLines().some((line) => /^cliente +│ \S+ connect /.test(line)));
});

Deno.test("a lesson fails, saying what was missing, when a side does not print what it should", async () => {
  const lesson = pairLesson({
    id: "broken",
    title: "lesson.tcp-message",
    server: { mode: tcpServer, args: ["--once"] },
    client: { mode: tcpClient, args: [] },
    serverEndsAlone: true,
    expect: () => ({ client: ["a line nobody prints"] }),
  });
  const outcome = await lesson.run(quietContext({ lang: "en" }));
  assertEquals(outcome, { passed: false, reason: "client never printed: a line nobody prints" });
});

Deno.test("a server that does not end by itself fails its lesson after the lesson timeout", async () => {
  const lesson = pairLesson({
    id: "stuck",
    title: "lesson.tcp-message",
    server: { mode: tcpServer, args: [] },
    client: { mode: tcpClient, args: [] },
    serverEndsAlone: true,
    expect: () => ({}),
  });
  const outcome = await lesson.run(quietContext({ lang: "es", timeoutSeconds: 0.2 }));
  assertEquals(outcome, { passed: false, reason: "el servidor no terminó en 0,2 s" });
});

Deno.test("every lesson has a unique name and a title of its own", () => {
  assertEquals(new Set(LESSONS.map((lesson) => lesson.id)).size, LESSONS.length);
  assertEquals(new Set(LESSONS.map((lesson) => lesson.title)).size, LESSONS.length);
});

Deno.test("--port runs every lesson's server on that one port, one after another", async () => {
  const port = freePort();
  const { code, io } = await runMode(demo, optionsFor(demo, ["--port", String(port)], { port }));
  assertEquals(code, 0);
  // Every stream lesson's servers (TCP, echo, text, database): all on the one port. A proxy
  // between a client and its server listens on a free port of its own.
  const listening = io.stdoutLines().filter((line) =>
    line.includes("Servidor escuchando en") && !line.startsWith("proxy")
  );
  assert(listening.length >= 5, `${listening.length} servers listened`);
  for (const line of listening) {
    assert(line.endsWith(`Servidor escuchando en 127.0.0.1:${port}`), line);
  }
  assertEquals(
    io.stdoutLines().at(-1),
    `${LESSONS.length} de ${LESSONS.length} lecciones superadas`,
  );
});

Deno.test("Ctrl+C during the demo says it was interrupted, not that lessons failed, and exits 130", async () => {
  const ctrlC = new AbortController();
  let lessonsStarted = 0;
  const { code, io } = await runMode(demo, optionsFor(demo), {
    signal: ctrlC.signal,
    // Ctrl+C in the middle of the second lesson, once its server has said something.
    onLine: (_, line) => {
      if (line.startsWith("── ")) lessonsStarted++;
      if (lessonsStarted === 2 && line.startsWith("servidor")) ctrlC.abort();
    },
  });
  assertEquals(code, 130);
  const verdicts = io.stdoutLines().filter((line) => /^(PASS|FAIL) /.test(line));
  assertEquals(verdicts, [`PASS ${translator("es")(LESSONS[0].title)}`]);
  assert(!io.stdoutText().includes("lecciones superadas"), "no summary of lessons not run");
  assertEquals(
    io.stderrLines().at(-1),
    `Interrumpido (Ctrl+C) durante «${translator("es")(LESSONS[1].title)}»: ` +
      "las lecciones siguientes no se ejecutaron",
  );
});

Deno.test("Ctrl+C during the last lesson says only where it stopped: no lessons were left", async () => {
  const ctrlC = new AbortController();
  const { code, io } = await runMode(demo, optionsFor(demo, ["--lesson", "tcp-reply"]), {
    signal: ctrlC.signal,
    onLine: (_, line) => {
      if (line.startsWith("servidor")) ctrlC.abort();
    },
  });
  assertEquals(code, 130);
  const title = translator("es")(LESSONS.find((lesson) => lesson.id === "tcp-reply")!.title);
  assertEquals(io.stderrLines().at(-1), `Interrumpido (Ctrl+C) durante «${title}»`);
});

Deno.test("demo --trace-file keeps every socket event of the lessons run in that one file", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const file = join(dir, "clase.jsonl");
    const options = optionsFor(demo, ["--lesson", "tcp-reply", "--trace-file", file]);
    const { code } = await runMode(demo, options);
    assertEquals(code, 0);
    const events = (await Deno.readTextFile(file)).trim().split("\n").map((line) =>
      JSON.parse(line).event
    );
    for (const event of ["listen", "accept", "connect", "write", "read", "close"]) {
      assert(events.includes(event), `${event} in ${events.join(", ")}`);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("demo refuses --trace-file with --diagrams, which keeps a trace file per lesson", () => {
  assertThrows(
    () => optionsFor(demo, ["--trace-file", "a.jsonl", "--diagrams", "out"]),
    UsageError,
    "--diagrams",
  );
});
