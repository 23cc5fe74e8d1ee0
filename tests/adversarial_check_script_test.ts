/**
 * `socklab check` when the script or the server is hostile: no regex and no reply can make a
 * match outlast its stage (socklab matches in one pass, and refuses before anything runs what
 * would need backtracking), a script's texts cannot break JUnit or drive the terminal, and a
 * UDP stage takes its acknowledgement only from the server's address. Every attack is replayed on
 * loopback, with ports the system picks, and stops by itself within seconds.
 */
import { assert, assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import { join } from "@std/path";
import { check, exercises, exerciseScript, parseScript, ScriptError } from "../check.ts";
import { TimeUp } from "../lib/check/connections.ts";
import { UnsupportedRegex } from "../lib/check/regex_parse.ts";
import { noteText } from "../lib/check/report.ts";
import { translator } from "../lib/present/catalogue.ts";
import { captureIo, main } from "../main.ts";
import { hasIpv6Loopback, lineServer } from "./helpers.ts";

/** A script of one stage: connect, send `hola`, and expect a reply judged by `regex`. */
function regexScript(regex: string): unknown {
  return {
    name: "mine",
    title: "mine",
    stages: [{
      title: "one",
      steps: [
        { do: "connect" },
        { do: "send", text: "hola\n" },
        { do: "expect", reply: { regex }, until: "\n" },
      ],
    }],
  };
}

/** The ScriptError parsing `script` throws. */
function refusal(script: unknown): ScriptError {
  return assertThrows(() => parseScript(script), ScriptError);
}

/** A one-stage script: send `request` as a line and expect a line that `regex` finds, within `seconds`. */
function lineScript(request: string, regex: string, seconds: number): Record<string, unknown> {
  return {
    name: "mine",
    title: "mine",
    stages: [{
      title: "one",
      timeout: seconds,
      steps: [
        { do: "connect" },
        { do: "send", text: `${request}\n` },
        { do: "expect", reply: { regex }, until: "\n" },
      ],
    }],
  };
}

Deno.test("a regex that backtracks for ever in JavaScript is read, and a reply that almost matches fails it well within the stage's time", async () => {
  // The issue's own: `OK aaaa…!` (44 bytes) against it kept RegExp at 100 % CPU for ever, deaf to
  // Ctrl+C; `\d+\d+$` on a long line of digits takes RegExp minutes.
  const server = lineServer((line) =>
    line === "digits" ? `${"1".repeat(200_000)}x` : `OK ${"a".repeat(40)}!`
  );
  const port = (server.addr as Deno.NetAddr).port;
  try {
    for (
      const [request, regex] of [["hola", "^OK (\\w+ ?)+\\n$"], ["digits", "\\d+\\d+\\n$"]]
    ) {
      const report = await check(lineScript(request, regex, 20), { port });
      assertEquals(report.stages[0].failure?.problem, "mismatch", regex);
      // The stage ends on the verdict, not on its 20 s limit.
      assert(report.stages[0].ms < 10_000, `${regex}: ${report.stages[0].ms} ms`);
    }
    // And a reply it matches passes.
    const fine = await check(lineScript("hola", "^OK (\\w+ ?)+!\\n$", 20), { port });
    assertEquals(fine.passed, 1);
  } finally {
    server.close();
    await server.done;
  }
});

Deno.test("a match that outlasts the stage's time fails the stage at its limit, saying so, and Ctrl+C stops it at once", async () => {
  // 19,000 states alive on every character of a 900 KB reply: minutes of work even without
  // backtracking. The stage's 1 s holds.
  const server = lineServer(() => "a".repeat(900_000));
  const port = (server.addr as Deno.NetAddr).port;
  const regex = "(?:a{1000}){19}b";
  try {
    const report = await check(lineScript("x", regex, 1), { port });
    const failure = report.stages[0].failure;
    assertEquals(failure?.problem, "error");
    assert(failure?.cause instanceof TimeUp && failure.cause.during === "match");
    assert(report.stages[0].ms < 5_000, `${report.stages[0].ms} ms`);
    assertEquals(
      translator("es")("check.problem.timeUp.match"),
      "se acabó el tiempo de la etapa mientras se comparaba la respuesta (larga) con la expresión regular",
    );

    const controller = new AbortController();
    const started = performance.now();
    const checking = check(lineScript("x", regex, 60), { port, signal: controller.signal });
    setTimeout(() => controller.abort(), 500);
    const interrupted = await checking;
    assertEquals(interrupted.interrupted, true);
    assert(performance.now() - started < 10_000, `${performance.now() - started} ms`);
  } finally {
    server.close();
    await server.done;
  }
});

Deno.test("backreferences, lookarounds, modifiers and regexes too large once written out are refused when the script is read, naming the part", () => {
  const refused: [string, string, UnsupportedRegex["why"]][] = [
    ["^(OK) \\1$", "\\1", "backreference"],
    ["^(?=OK)", "(?=OK)", "lookaround"],
    ["(?<!x)OK", "(?<!x)", "lookaround"],
    ["(?i:ok)", "(?i:ok)", "modifiers"],
    ["a{30000}", "a{30000}", "size"],
  ];
  for (const [regex, part, why] of refused) {
    const error = refusal(regexScript(regex));
    assertEquals([error.where, error.field], ["stages[0].steps[2].reply", "regex"]);
    assertEquals(error.expected, { kind: "unsupported", regex, part, why });
  }
  // A word filled in at run time counts: `{{i}}` is `{2}` for the second client.
  assertEquals(refusal(regexScript("(a{15000}){{i}}")).expected, {
    kind: "unsupported",
    regex: "(a{15000}){{i}}",
    part: "(a{15000}){2}",
    why: "size",
  });
  // The regex of a number match is read the same way.
  const number = regexScript("x");
  // deno-lint-ignore no-explicit-any
  (number as any).stages[0].steps[2].reply = { number: { regex: "^(\\d+)\\1$", equals: 1 } };
  const error = refusal(number);
  assertEquals([error.where, error.field], ["stages[0].steps[2].reply.number", "regex"]);
});

Deno.test("every built-in exercise's regex is read, and so are nested quantifiers, which socklab's matcher runs in one pass", () => {
  for (const name of exercises) parseScript(exerciseScript(name));
  for (
    const regex of [
      "^OK (\\w+ ?)+$",
      "^(x+)+$",
      "^(a|aa)+$",
      "^OK \\w+( \\w+)*\\r?\\n$",
      '^OK .*"saldo": ?150\\b',
      '"saldo": ?(-?\\d+)',
      "^OK PETICIÓN {round}\\r?\\n$",
    ]
  ) {
    parseScript(regexScript(regex));
  }
});

Deno.test("socklab check refuses a script with a lookaround as a usage error, in Spanish too, naming the part", async () => {
  const dir = await Deno.makeTempDir({ prefix: "socklab-regex-" });
  try {
    const path = join(dir, "ejercicio.json");
    await Deno.writeTextFile(path, JSON.stringify(regexScript("^(?=OK)OK")));
    for (const lang of ["en", "es"]) {
      const io = captureIo();
      const code = await main(["check", "--script", path, "--port", "1", "--lang", lang], io, "en");
      assertEquals(code, 2);
      const said = io.stderrText();
      assertStringIncludes(said, `${path}: stages[0].steps[2].reply.regex: `);
      assertStringIncludes(
        said,
        lang === "es"
          ? "sin aserciones de anticipación ni de retrospección ((?=OK) en ^(?=OK)OK)"
          : "without lookarounds ((?=OK) in ^(?=OK)OK)",
      );
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

/** Characters XML 1.0 cannot hold, which every XML parser rejects. */
// deno-lint-ignore no-control-regex -- finding control characters is the point
const NOT_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;
/** What a terminal would act on: ESC, the other C0 controls but newline, DEL, C1 controls. */
// deno-lint-ignore no-control-regex -- finding control characters is the point
const RAW_CONTROL = /[\x00-\x09\x0B-\x1F\x7F-\x9F]/;

/** A server on 127.0.0.1 that answers each connection's first bytes with `NO\n`, then closes. */
function noServer(): Deno.TcpListener & { done: Promise<void> } {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const done = (async () => {
    for await (const conn of listener) {
      try {
        await conn.read(new Uint8Array(64));
        await conn.write(new TextEncoder().encode("NO\n"));
      } catch {
        // The checker may have gone.
      } finally {
        conn.close();
      }
    }
  })();
  return Object.assign(listener, { done });
}

Deno.test("a script's name, titles, hints and notes holding ESC, NUL or VT make JUnit without them and print escaped", async () => {
  const dir = await Deno.makeTempDir({ prefix: "socklab-texts-" });
  const server = noServer();
  try {
    const path = join(dir, "ejercicio.json");
    const junit = join(dir, "informe.xml");
    await Deno.writeTextFile(
      path,
      JSON.stringify({
        name: "evil\x1b[2J\x00",
        title: "title\x1b]0;owned\x07\x0b",
        stages: [
          {
            title: "passes\x1b[31m",
            note: "note\x00\x1b[1A",
            steps: [{ do: "send", text: "a\n" }, { do: "expect", reply: { any: true } }],
          },
          {
            title: "fails\x0b\x1b[2K",
            timeout: 1,
            hint: "hint\x1b[H\x00",
            steps: [{ do: "send", client: "c\x1b[8m", text: "b\n" }, {
              do: "expect",
              client: "c\x1b[8m",
              reply: { regex: "^OK\x1b" },
              until: "\n",
            }],
          },
        ],
      }),
    );
    const io = captureIo();
    const port = String((server.addr as Deno.NetAddr).port);
    const code = await main(
      ["check", "--script", path, "--port", port, "--junit", junit],
      io,
      "en",
    );
    assertEquals(code, 1);
    const printed = io.stdoutText();
    assert(!RAW_CONTROL.test(printed), JSON.stringify(printed));
    for (
      const shown of [
        "evil\\x1b[2J\\x00",
        "passes\\x1b[31m",
        "note\\x00\\x1b[1A",
        "hint\\x1b[H\\x00",
        "c\\x1b[8m > b'b\\n'",
      ]
    ) {
      assertStringIncludes(printed, shown);
    }
    const xml = await Deno.readTextFile(junit);
    assert(!NOT_XML.test(xml), JSON.stringify(xml));
    assertStringIncludes(xml, "fails");
  } finally {
    server.close();
    await server.done;
    await Deno.remove(dir, { recursive: true });
  }
});

/** A one-stage UDP script: a datagram, and any reply to it, within `seconds`. */
function udpScript(seconds: number): Record<string, unknown> {
  return {
    name: "ack",
    title: "ack",
    transport: "udp",
    stages: [{
      title: "acknowledges a datagram",
      timeout: seconds,
      steps: [{ do: "send", text: "hola" }, { do: "expect", reply: { any: true } }],
    }],
  };
}

Deno.test({
  name: "a UDP stage takes no acknowledgement from an address other than the server's",
  ignore: !hasIpv6Loopback(),
  async fn() {
    // The server, on ::1, never answers; another host (127.0.0.1 here) answers for it.
    const server = Deno.listenDatagram({ transport: "udp", hostname: "::1", port: 0 });
    const impostor = Deno.listenDatagram({ transport: "udp", hostname: "127.0.0.1", port: 0 });
    const forged = (async () => {
      try {
        const [, from] = await server.receive();
        const { port } = from as Deno.NetAddr;
        await impostor.send(new TextEncoder().encode("ACK"), {
          transport: "udp",
          hostname: "127.0.0.1",
          port,
        });
      } catch {
        // Closed before a datagram came.
      }
    })();
    try {
      const report = await check(udpScript(1), {
        host: "::1",
        port: (server.addr as Deno.NetAddr).port,
      });
      assertEquals(report.stages[0].failure?.problem, "nothing");
      assertEquals(report.passed, 0);
      const from = `127.0.0.1:${(impostor.addr as Deno.NetAddr).port}`;
      const note = { kind: "stranger", from, count: 1 } as const;
      // Windows' IPv6 sockets take no IPv4 datagram: the forgery never reaches the checker there,
      // so there is nothing to note; elsewhere it arrives and is ignored, counted.
      assertEquals(report.stages[0].notes, Deno.build.os === "windows" ? [] : [note]);
      assertStringIncludes(noteText(note, translator("en")), `1 datagram from ${from}, not the`);
      assertStringIncludes(noteText(note, translator("es")), `se ignoró 1 datagrama de ${from}`);
    } finally {
      server.close();
      impostor.close();
      await forged;
    }
  },
});

Deno.test("a UDP acknowledgement from the server's address but another port passes, with a note saying so", async () => {
  const server = Deno.listenDatagram({ transport: "udp", hostname: "127.0.0.1", port: 0 });
  const other = Deno.listenDatagram({ transport: "udp", hostname: "127.0.0.1", port: 0 });
  const answered = (async () => {
    try {
      const [, from] = await server.receive();
      await other.send(new TextEncoder().encode("ACK"), from);
    } catch {
      // Closed before a datagram came.
    }
  })();
  try {
    const port = (server.addr as Deno.NetAddr).port;
    const report = await check(udpScript(2), { port });
    assertEquals(report.passed, 1);
    const from = `127.0.0.1:${(other.addr as Deno.NetAddr).port}`;
    const note = { kind: "port", from, port } as const;
    assertEquals(report.stages[0].notes, [note]);
    assertStringIncludes(
      noteText(note, translator("en")),
      `the reply came from ${from}, not from port ${port}`,
    );
    assertStringIncludes(
      noteText(note, translator("es")),
      `la respuesta llegó desde ${from}, no desde el puerto ${port}`,
    );
  } finally {
    server.close();
    other.close();
    await answered;
  }
});

Deno.test("a regex that grows too large only once a round's number is filled in fails its stage, and the check goes on", async () => {
  const server = lineServer(() => "OK");
  try {
    const report = await check({
      name: "grows",
      title: "grows",
      stages: [{
        title: "rounds",
        timeout: 5,
        steps: [{ do: "connect" }, {
          do: "repeat",
          times: 5,
          steps: [
            { do: "send", text: "x\n" },
            { do: "expect", reply: { regex: "^OK|(?:a{5000}){{round}}" }, until: "\n" },
          ],
        }],
      }, {
        title: "after it",
        steps: [{ do: "connect" }, { do: "send", text: "y\n" }, {
          do: "expect",
          reply: { prefix: "OK" },
          until: "\n",
        }],
      }],
    }, { port: (server.addr as Deno.NetAddr).port });
    const failure = report.stages[0].failure;
    assertEquals(failure?.problem, "error");
    assert(failure?.cause instanceof UnsupportedRegex, String(failure?.cause));
    assertStringIncludes(report.transcript, "has more than 20,000 parts: ^OK|(?:a{5000}){");
    assertEquals(report.stages[1].passed, true);
  } finally {
    server.close();
    await server.done;
  }
});
