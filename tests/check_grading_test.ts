/**
 * Grades a teacher can trust: `socklab check` against servers written the way students write them
 * (tests/students.ts), each test a sentence about the grade it must give. A correct server must
 * not lose a point, a wrong one must not win any, and the hint must point where the evidence does.
 */
import { assert, assertEquals, assertFalse, assertMatch, assertStringIncludes } from "@std/assert";
import { check, exercises } from "../check.ts";
import { marks } from "./grades.ts";
import { parseModeOptions } from "../lib/cli/parse.ts";
import { EXERCISES } from "../lib/check/exercises.ts";
import { failureLine } from "../lib/check/report.ts";
import { textServer } from "../lib/course/text/text-server.ts";
import { tcpServer } from "../lib/course/tcp/tcp-server.ts";
import { check as checkMode, checkTarget } from "../lib/course/tools/check.ts";
import { translator } from "../lib/present/catalogue.ts";
import { captureIo, main } from "../main.ts";
import { optionsFor, wellFormed, withServer } from "./helpers.ts";
import {
  database,
  type Handler,
  students,
  type StudentSocket,
  textService,
  withStudentServer,
} from "./students.ts";

const en = translator("en");

/** Runs `socklab check …` in-process, in English. */
async function socklabCheck(...args: string[]) {
  const io = captureIo();
  const code = await main(["check", ...args], io, "en");
  return { code, io };
}

// 1. The port.

Deno.test("without --port, check connects to the exercise's own port, the course document's", () => {
  for (const name of exercises) {
    const options = parseModeOptions(checkMode, [name, "--json"], "en");
    const script = EXERCISES.get(name)!;
    assert(script.port !== undefined, name);
    assertEquals(checkTarget(options, script, en), {
      transport: script.transport,
      host: "127.0.0.1",
      port: script.port,
    });
  }
  assertEquals(EXERCISES.get("until-crlf")!.port, 8000, "Sockets bloqueantes reads on 8000");
  assertEquals(EXERCISES.get("concurrent")!.port, 8000);
  assertEquals(EXERCISES.get("hello")!.port, 8080);
  const given = parseModeOptions(checkMode, ["concurrent", "--port", "9000"], "en");
  assertEquals(checkTarget(given, EXERCISES.get("concurrent")!, en).port, 9000);
});

Deno.test("a script with no port, run without --port, is a usage error before any socket opens", async () => {
  const dir = await Deno.makeTempDir({ prefix: "socklab-script-" });
  try {
    const path = `${dir}/sin-puerto.json`;
    await Deno.writeTextFile(
      path,
      JSON.stringify({
        name: "x",
        title: "x",
        stages: [{ title: "x", steps: [{ do: "connect" }] }],
      }),
    );
    const { code, io } = await socklabCheck("--script", path);
    assertEquals(code, 2);
    assertMatch(io.stderrText(), /--port/);
    assertEquals(io.stdoutText(), "");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("check --list shows each exercise's port", async () => {
  const { code, io } = await socklabCheck("--list");
  assertEquals(code, 0);
  for (const [name, script] of EXERCISES) {
    const line = io.stdoutLines().find((text) => text.startsWith(`  ${name} `))!;
    const port = script.transport === "udp" ? `${script.port}/udp` : `${script.port}`;
    assertMatch(line, new RegExp(`^  ${name} +${port} +\\S`), line);
  }
});

// 2. Hints only where the evidence is.

Deno.test("a server that stopped after its first client is told it stopped accepting, not how to send", async () => {
  await withStudentServer("one-shot", students.upperLoop, async ({ port }) => {
    const report = await check("upper-many", { port, stageSeconds: 1 });
    assertEquals(marks(report), ["✓", "✗stopped", "✗stopped"]);
    assertMatch(report.transcript, /the server stopped accepting connections after an earlier one/);
    assertEquals(report.stages[1].hint, undefined, "the stage's own hint is not for a refusal");
    assertMatch(
      report.transcript,
      /hint: it exited or crashed: look at its terminal for an error\n/,
    );
    assertMatch(
      report.stages[2].hint!,
      /after a client leaves, go back to accept for the next one/,
    );
    assertFalse(report.transcript.includes("sendall"));
    assertFalse(report.transcript.includes("recv returns b''"));
  });
});

Deno.test("a server that never answers is not told it answered once and stopped", async () => {
  const silent = async (socket: { recv(size: number): Promise<Uint8Array> }) => {
    while ((await socket.recv(1024)).length > 0) { /* reads, never answers */ }
  };
  await withStudentServer("threads", silent, async ({ port }) => {
    const report = await check("upper-many", { port, stageSeconds: 1.5 });
    assertEquals(report.stages[0].failure?.problem, "nothing");
    assertFalse(report.transcript.includes("answered once"), report.transcript);
    assertMatch(report.transcript, /hint: no answer: is the server waiting for a delimiter/);
  });
  await withStudentServer("threads", students.upperOnce, async ({ port }) => {
    const report = await check("upper-many", { port, stageSeconds: 1.5 });
    assertEquals(report.stages[0].failure?.problem, "ended");
    assertMatch(report.transcript, /but the server closed the connection without a word/);
    assertMatch(report.transcript, /hint: the server answered once and stopped: put recv and send/);
  });
});

Deno.test("a server that closes after one reply does not pass 'notices the client leaving': it never waited for it", async () => {
  await withStudentServer("threads", students.upperOnce, async ({ port }) => {
    const report = await check("upper-many", { port, stageSeconds: 1.5 });
    assertEquals(marks(report), ["✗ended", "✗ended", "✓"]);
    assertMatch(
      report.stages[1].hint!,
      /closed the connection after one reply, before the client left/,
    );
  });
});

Deno.test("a lock never released is told about the lock, and the crash that kept it about the KeyError", async () => {
  await withStudentServer("threads", database("acquire", { keyErrors: true }), async ({ port }) => {
    const report = await check("db", { port, stageSeconds: 1 });
    assertEquals(marks(report), ["✓", "✓", "✓", "✗ended", "✗nothing"]);
    const [keyError, lock] = [report.stages[3].hint!, report.stages[4].hint!];
    assertMatch(keyError, /catch the KeyError/);
    assertMatch(lock, /is a lock still held by a thread that stopped between acquire and release/);
    assertFalse(lock.includes("KeyError"));
  });
});

Deno.test("when nothing listens, the first stage says so once and the others are skipped, not failed", async () => {
  const port = await withStudentServer(
    "threads",
    students.echo,
    (server) => Promise.resolve(server.port),
  );
  const report = await check("hello", { port });
  assertEquals(marks(report), ["✗refused", "–", "–"]);
  assertEquals([report.passed, report.failed, report.skipped], [0, 1, 2]);
  const text = report.transcript;
  assertMatch(text, /connection refused: no server is listening/);
  assertMatch(text, /hint: the later stages were skipped/);
  assertMatch(text, /^ 2 – answers a message on that connection \(skipped\)$/m);
  assertMatch(text, /0 of 3 stages passed, 2 skipped; 0 of 3 points/);
  const json = report.json() as { stages: { skipped: boolean; passed: boolean }[] };
  assertEquals(json.stages.map((stage) => stage.skipped), [false, true, true]);
  const xml = report.junit();
  assert(wellFormed(xml), xml);
  assertEquals([...xml.matchAll(/<skipped /g)].length, 2);
  assertMatch(xml, /tests="3" failures="1" skipped="2"/);
});

// 3. Every failure a translated sentence.

Deno.test("a reset reaches the report as a translated sentence, without --debug", async () => {
  // Closing with the request unread makes the OS reset the connection.
  const rude = async (socket: { conn: Deno.Conn }) => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    socket.conn.close();
  };
  await withStudentServer("threads", rude, async ({ port }) => {
    for (const [lang, words] of [["en", /reset|closed/], ["es", /reinici|cerr/]] as const) {
      const report = await check("upper-many", { port, lang, stageSeconds: 1 });
      const message = (report.json() as { stages: { failure: { message: string } }[] })
        .stages[0].failure.message;
      assertMatch(message, words, message);
      assertFalse(message.includes("--debug"), message);
    }
  });
});

Deno.test("an error socklab does not explain is named by its kind, in the user's language, with no --debug", () => {
  const cause = new Deno.errors.UnexpectedEof("unexpected end of file");
  const english = failureLine({ client: "main", problem: "error", cause }, en);
  assertEquals(english, "the connection failed in a way socklab does not explain (UnexpectedEof)");
  const spanish = failureLine({ client: "main", problem: "error", cause }, translator("es"));
  assertEquals(spanish, "la conexión falló de un modo que socklab no explica (UnexpectedEof)");
});

Deno.test("--port 0 is a usage error: check cannot connect to any free port", async () => {
  const { code, io } = await socklabCheck("upper", "--port", "0");
  assertEquals(code, 2);
  assertStringIncludes(io.stderrText(), "--port");
});

Deno.test("Ctrl+C stops a check between any two steps, reported as interrupted", async () => {
  const waiting = {
    name: "waiting",
    title: "waiting",
    port: 1,
    stages: [
      {
        title: "fifty pauses",
        timeout: 30,
        steps: [{ do: "repeat", times: 50, steps: [{ do: "pause", ms: 100 }] }],
      },
      { title: "never runs", steps: [{ do: "pause", ms: 100 }] },
    ],
  };
  const stop = new AbortController();
  setTimeout(() => stop.abort(), 300);
  const started = performance.now();
  const report = await check(waiting, { signal: stop.signal });
  assert(performance.now() - started < 1000, "the other pauses did not wait");
  assertEquals(report.interrupted, true);
  assertEquals(report.stages.length, 0, "the stage interrupted is not reported as failed");
});

// 4. The course's one-shot servers.

Deno.test("the course's one-shot servers get every point: one connection carries the whole exchange", async () => {
  const oneShot: [string, Handler][] = [
    ["hello", students.hello],
    ["upper", students.upperOnce],
    ["until-crlf", students.untilCrlf],
  ];
  for (const [exercise, handler] of oneShot) {
    await withStudentServer("one-shot", handler, async ({ port, accepted }) => {
      const report = await check(exercise, { port, stageSeconds: 2 });
      assertEquals(report.transcript, "", exercise);
      assertEquals(report.points, report.total, exercise);
      assertEquals(accepted(), 1, `${exercise} used one connection`);
    }, { backlog: 1 });
  }
});

Deno.test("a reply that came before the request was whole is not taken for the answer later", async () => {
  const answersFirstRecv = async (socket: StudentSocket) => {
    await socket.recv(1024);
    await socket.sendall("Gracias\n");
    while ((await socket.recv(1024)).length > 0) { /* reads on, says nothing more */ }
  };
  await withStudentServer("threads", answersFirstRecv, async ({ port }) => {
    const report = await check("until-crlf", { port, stageSeconds: 1 });
    assertEquals(marks(report), ["✗spoke", "✓", "✗nothing"], report.transcript);
  });
});

Deno.test("socklab's own tcp-server --once passes hello, as it serves one client", async () => {
  await withServer(
    tcpServer,
    optionsFor(tcpServer, ["--once", "--reply", "Hola\\n", "--quiet"]),
    async (server) => {
      const report = await check("hello", { port: server.port });
      assertEquals(marks(report), ["✓", "✓", "✓"], report.transcript);
    },
  );
});

Deno.test("a one-shot upper-case server whose bytes are upper-cased as bytes loses only the accents", async () => {
  const bytesUpper = async (socket: {
    recv(size: number): Promise<Uint8Array>;
    send(bytes: Uint8Array): Promise<number>;
  }) => {
    const request = await socket.recv(1024);
    // Python's bytes.upper(): ASCII letters only.
    await socket.send(request.map((byte) => byte >= 0x61 && byte <= 0x7a ? byte - 32 : byte));
  };
  await withStudentServer("one-shot", bytesUpper, async ({ port }) => {
    const report = await check("upper", { port, stageSeconds: 1 });
    assertEquals(marks(report), ["✓", "✗mismatch"]);
    assertMatch(report.stages[1].hint!, /decode the bytes as UTF-8/);
  });
});

Deno.test("a one-shot server that reads a line gets every point for upper: the \\n ends its request on the same connection", async () => {
  await withStudentServer("one-shot", students.upperLines, async ({ port, accepted }) => {
    const report = await check("upper", { port });
    assertEquals(marks(report), ["✓", "✓"], report.transcript);
    assertEquals(report.stages[0].notes, [{ kind: "line" }]);
    assertEquals(accepted(), 1);
  });
});

Deno.test("a reply without its \\n, then the end, is told about the delimiter, not about closing early", async () => {
  const noNewline = async (socket: StudentSocket) => {
    let buffer = "";
    while (!buffer.endsWith("\r\n")) {
      const data = await socket.recv(2);
      if (data.length === 0) break;
      buffer += new TextDecoder().decode(data);
    }
    await socket.sendall("Gracias por su Mensaje");
  };
  await withStudentServer("one-shot", noNewline, async ({ port }) => {
    const report = await check("until-crlf", { port, stageSeconds: 2 });
    assertEquals(marks(report), ["✓", "✓", "✗ended"]);
    assertMatch(
      report.transcript,
      /hint: part of the reply came and never the rest: does the reply end/,
    );
  });
});

Deno.test("a stage that goes on with the stage before's connection shows the whole conversation so far", async () => {
  const neverCloses = async (socket: StudentSocket) => {
    await socket.recv(1024);
    await socket.sendall("Hola, cliente\n");
    await socket.stopped;
  };
  await withStudentServer("threads", neverCloses, async ({ port }) => {
    const report = await check("hello", { port, stageSeconds: 0.5 });
    assertEquals(marks(report), ["✓", "✓", "✗not-ended"]);
    const json = report.json() as { stages: { failure?: { conversation: string[] } }[] };
    assertEquals(json.stages[2].failure?.conversation, [
      "main * connects",
      "main > b'Hola, servidor!'",
      "main * half-closes (sends no more, still reads)",
      "main < b'Hola, cliente\\n'",
      "main * 100 ms of quiet: the reply is taken as whole",
    ]);
  });
});

// 5. Concurrency, not the listen backlog.

Deno.test("a task per client with listen(1) passes the 50 clients, with a note on its backlog", async () => {
  await withStudentServer("threads", students.echo, async ({ port }) => {
    const report = await check("concurrent", { port });
    assertEquals(marks(report), ["✓", "✓"], report.transcript);
    const notes = report.stages[1].notes.map((note) => note.kind);
    assertEquals(notes[0], "text", "what the pass proves comes first");
    assertStringIncludes(
      (report.json() as { stages: { notes: string[] }[] }).stages[1].notes[0],
      "the 50 clients connected one after another",
    );
  }, { backlog: 1 });
});

Deno.test("the loop that serves one client at a time fails both stages, told that it stalls", async () => {
  await withStudentServer("one-at-a-time", students.echo, async ({ port }) => {
    const report = await check("concurrent", { port, stageSeconds: 1 });
    assertEquals(marks(report), ["✗nothing", "✗nothing"]);
    assertMatch(report.transcript, /hint: it stalls/);
    assertMatch(
      report.transcript,
      /hint: some clients got no answer while others stayed connected/,
    );
  });
});

// 6. A reply written in two pieces.

Deno.test("a reply and its line end written by two sendall calls are one reply", async () => {
  await withStudentServer("threads", students.upperLoopTwoWrites, async ({ port }) => {
    const report = await check("upper-many", { port });
    assertEquals(marks(report), ["✓", "✓", "✓"], report.transcript);
    const quiet = report.stages[0].transcript.filter((entry) => entry.event === "quiet");
    assertEquals(quiet.map((entry) => entry.ms), [100, 100, 100]);
  });
});

Deno.test("an expect's own quiet time replaces the 100 ms, and shows in the conversation", async () => {
  const script = {
    name: "quiet",
    title: "quiet",
    stages: [{
      title: "a reply in two pieces 5 ms apart, taken whole after 300 ms of quiet",
      steps: [
        { do: "send", text: "uno" },
        { do: "expect", reply: { exact: "UNO\n" }, quiet: 300 },
        { do: "send", text: "dos" },
        { do: "expect", reply: { exact: "DOS\n" }, quiet: 1000 },
      ],
    }],
  };
  await withStudentServer("threads", students.upperLoopTwoWrites, async ({ port }) => {
    const report = await check(script, { port });
    assertEquals(report.failed, 0, report.transcript);
    const json = report.json() as { stages: { failure?: unknown }[] };
    assertEquals(json.stages[0].failure, undefined);
  });
  await withStudentServer("threads", students.upperLoop, async ({ port }) => {
    const report = await check(script, { port });
    assertEquals(report.stages[0].failure?.problem, "mismatch");
    assertMatch(report.transcript, /main \* 300 ms of quiet: the reply is taken as whole/);
  });
});

// 7. A line-framed server for an unframed exercise.

Deno.test("a server that reads lines passes upper-many: requests are sent again with \\n, and a note says so", async () => {
  await withStudentServer("threads", students.upperLines, async ({ port }) => {
    const report = await check("upper-many", { port });
    assertEquals(marks(report), ["✓", "✓", "✓"], report.transcript);
    assertEquals(report.stages[0].notes, [{ kind: "line" }]);
    const retries = report.stages[0].transcript.filter((entry) => entry.event === "retry");
    assertEquals(retries.length, 1, "one request is tried again; the rest are sent as lines");
  });
});

Deno.test("a server that never answers is tried once more with \\n, and its failure stays its own", async () => {
  const silent = async (socket: { recv(size: number): Promise<Uint8Array> }) => {
    while ((await socket.recv(1024)).length > 0) { /* never answers */ }
  };
  await withStudentServer("threads", silent, async ({ port }) => {
    const report = await check("upper", { port, stageSeconds: 1.5 });
    assertEquals(report.stages[0].failure?.problem, "nothing");
    assertEquals(report.stages[0].notes, [], "no line note without a reply");
    const events = report.stages[0].transcript.filter((entry) => entry.event === "retry");
    assertEquals(events.length, 1);
  });
});

Deno.test("until-crlf and the line exercises never try a request again: only upper and upper-many do", () => {
  const retried = [...EXERCISES].filter(([, script]) => script.retryAsLine).map(([name]) => name);
  assertEquals(retried, ["upper", "upper-many"]);
});

// 8. Locks.

Deno.test("a database without a lock and a pause between read and write fails db-locking 20 runs of 20", async () => {
  for (let run = 1; run <= 20; run++) {
    await withStudentServer("threads", database("none"), async ({ port }) => {
      const report = await check("db-locking", { port });
      assertEquals(marks(report), ["✓", "✗number", "✓"], `run ${run}: ${report.transcript}`);
      assertMatch(report.stages[1].hint!, /hold a lock/);
    }, { backlog: 1 });
  }
});

Deno.test("a database with its lock passes db-locking, and the note says what the pass proves and what it cannot", async () => {
  await withStudentServer("threads", database("with"), async ({ port }) => {
    const report = await check("db-locking", { port });
    assertEquals(marks(report), ["✓", "✓", "✓"], report.transcript);
    const [proof] = (report.json() as { stages: { notes: string[] }[] }).stages[1].notes;
    assertMatch(
      proof,
      /^\d+ × 300 increments from 30 clients at once, none lost/,
    );
    assertMatch(proof, /a server without locks can still pass when nothing pauses/i);
  }, { backlog: 1 });
});

Deno.test("with a short --timeout, db-locking begins no round it has no time to finish: a slow locked database still passes", async () => {
  await withStudentServer("threads", database("with"), async ({ port }) => {
    const report = await check("db-locking", { port, stageSeconds: 2 });
    assertEquals(marks(report), ["✓", "✓", "✓"], report.transcript);
    const [proof] = (report.json() as { stages: { notes: string[] }[] }).stages[1].notes;
    const rounds = Number(/^(\d+) × 300/.exec(proof)?.[1]);
    assert(rounds >= 1 && rounds < 10, proof);
  }, { replyDelayMs: 10 });
});

// 9. The echo.

Deno.test("echo: a recv loop that sends back every byte passes; one recv of 1,024 bytes or an added \\n fails", async () => {
  await withStudentServer("threads", students.echo, async ({ port }) => {
    const report = await check("echo", { port });
    assertEquals(marks(report), ["✓", "✓", "✓"], report.transcript);
  });
  await withStudentServer("threads", students.echoOnce, async ({ port }) => {
    const report = await check("echo", { port, stageSeconds: 2 });
    assertEquals(report.stages[2].passed, false);
    assertEquals(report.stages[1].passed, false);
    assertMatch(report.stages[2].hint!, /recv\(1024\): 1,024 bytes/);
  });
  await withStudentServer("threads", students.echoAddsNewline, async ({ port }) => {
    const report = await check("echo", { port, stageSeconds: 2 });
    assertEquals(marks(report), ["✗mismatch", "✗mismatch", "✗mismatch"]);
    assertMatch(
      report.transcript,
      /expected an unchanged echo of the 12 bytes it sent; got 13 bytes/,
    );
    assertMatch(report.transcript, /hint: send back exactly the bytes that arrived: nothing added/);
  });
});

Deno.test("echo: a server that closes after its first message is told it closes, not how to echo", async () => {
  await withStudentServer("threads", students.echoOnce, async ({ port }) => {
    const report = await check("echo", { port, stageSeconds: 2 });
    assertEquals(report.stages[1].hint, undefined, "the stage's hint is for what did not come");
    assertMatch(report.transcript, /hint: the server closed before answering/);
    assertMatch(report.stages[2].hint!, /keep receiving and sending back until the client closes/);
  });
});

// 10. The text service.

Deno.test("text-service: socklab's text-server gets every stage, reversing emoji whole", async () => {
  await withServer(textServer, optionsFor(textServer, ["--quiet"]), async (server) => {
    const report = await check("text-service", { port: server.port });
    assertEquals(report.transcript, "");
    assertEquals(report.points, 5);
  });
});

Deno.test("text-service: Python's [::-1] passes; the emoji stage is optional, worth nothing, and fails nothing", async () => {
  await withStudentServer("threads", textService(), async ({ port }) => {
    const report = await check("text-service", { port });
    assertEquals(marks(report), ["✓", "✓", "✓", "✓", "✓", "✗mismatch"]);
    assertEquals([report.points, report.total], [5, 5]);
    assertEquals([report.failed, report.optionalFailed], [0, 1]);
    assertEquals(report.transcript, "", "nothing failed");
    const xml = report.junit();
    assertMatch(xml, /tests="6" failures="0" skipped="1"/);
    assertMatch(xml, /<skipped message="optional: this stage is worth no points/);
    const { code, io } = await socklabCheck("text-service", "--port", String(port));
    assertEquals(code, 0);
    assertMatch(io.stdoutText(), /^ 6 ○ emoji with a skin tone reverse whole/m);
    assertMatch(
      io.stdoutText(),
      /5 of 6 stages passed, optional ones not passed: 1; 5 of 5 points/,
    );
  });
});

Deno.test("text-service: a server that closes after every reply is told so where its ERR and blank replies were right", async () => {
  await withStudentServer("threads", textService({ closeAfterReply: true }), async ({ port }) => {
    const report = await check("text-service", { port, stageSeconds: 1 });
    assertMatch(report.stages[3].hint!, /^the ERR reply was right, then the connection ended/);
    assertMatch(
      report.stages[4].hint!,
      /^the blank request got its reply, then the connection ended/,
    );
    assertFalse(report.stages[4].hint!.includes("IndexError"));
  });
});

Deno.test("text-service: a thread that dies on a blank request fails that stage alone; reversed bytes fail INVERTIR", async () => {
  await withStudentServer("threads", textService({ crashOnBlank: true }), async ({ port }) => {
    const report = await check("text-service", { port, stageSeconds: 1 });
    assertEquals(marks(report), ["✓", "✓", "✓", "✓", "✗ended", "✗mismatch"]);
    assertMatch(report.stages[4].hint!, /texto\.split\(\)\[0\] raises IndexError/);
  });
  await withStudentServer("threads", textService({ reverse: "bytes" }), async ({ port }) => {
    const report = await check("text-service", { port, stageSeconds: 1 });
    assertEquals(report.stages[1].failure?.problem, "mismatch");
    assertMatch(report.stages[1].hint!, /reverse the decoded text/);
  });
});
