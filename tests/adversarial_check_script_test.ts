/**
 * `socklab check` when the script or the server is hostile: a regex that backtracks for ever is
 * refused before anything runs, a script's texts cannot break JUnit or drive the terminal, and a
 * UDP stage takes its acknowledgement only from the server's address. Every attack is replayed on
 * loopback, with ports the system picks, and stops by itself within seconds.
 */
import { assert, assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import { join } from "@std/path";
import { check, exercises, exerciseScript, parseScript, ScriptError } from "../check.ts";
import { noteText } from "../lib/check/report.ts";
import { translator } from "../lib/present/catalogue.ts";
import { captureIo, main } from "../main.ts";
import { hasIpv6Loopback } from "./helpers.ts";

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

Deno.test("a regex that backtracks for ever on a reply that almost matches is refused when the script is read, naming it", () => {
  // The issue's own: `OK aaaa…!` (44 bytes) kept it at 100 % CPU for ever, deaf to Ctrl+C.
  const error = refusal(regexScript("^OK (\\w+ ?)+$"));
  assertEquals([error.where, error.field], ["stages[0].steps[2].reply", "regex"]);
  assertEquals(error.expected, {
    kind: "backtracking",
    regex: "^OK (\\w+ ?)+$",
    part: "(\\w+ ?)+",
  });
  assertStringIncludes(error.message, "(\\w+ ?)+");
});

Deno.test("nested quantifiers, quantified groups holding quantifiers and overlapping alternatives are all refused", () => {
  const refused: [string, string][] = [
    ["^(x+)+$", "(x+)+"],
    ["^(x*)*$", "(x*)*"],
    ["^(x+)*$", "(x+)*"],
    ["^(a|aa)+$", "(a|aa)+"],
    ["^(?:a|aa)+$", "(?:a|aa)+"],
    ["^(\\w|\\d)+$", "(\\w|\\d)+"],
    ["^(a?a?)+$", "(a?a?)+"],
    ["^(.*,)+$", "(.*,)+"],
    ["^(\\w+ \\w+)+$", "(\\w+ \\w+)+"],
    ["^(a+){20}$", "(a+){20}"],
    ["^x((ab)*c)+$", "((ab)*c)+"],
    ["^y(z(a+)+)$", "(a+)+"],
    ["^(\\S+\\s*)+$", "(\\S+\\s*)+"],
  ];
  for (const [regex, part] of refused) {
    assertEquals(refusal(regexScript(regex)).expected, { kind: "backtracking", regex, part });
  }
  // A word filled in at run time can make a quantifier: `{{i}}` is `{50}` for the 50th client.
  assertEquals(refusal(regexScript("^(a+){{i}}$")).expected, {
    kind: "backtracking",
    regex: "^(a+){{i}}$",
    part: "(a+){2}",
  });
  // The regex of a number match is read the same way.
  const number = regexScript("x");
  // deno-lint-ignore no-explicit-any
  (number as any).stages[0].steps[2].reply = { number: { regex: "^((\\d+)+)$", equals: 1 } };
  const error = refusal(number);
  assertEquals([error.where, error.field], ["stages[0].steps[2].reply.number", "regex"]);
});

Deno.test("regexes whose repeated parts cannot split a text two ways are still read, the built-in exercises' among them", () => {
  for (const name of exercises) parseScript(exerciseScript(name));
  for (
    const regex of [
      "^OK \\w+( \\w+)*\\r?\\n$",
      "^OK [\\w ]+$",
      "^(GET|PUT|POST) ",
      "(\\r\\n|\\n)+$",
      "^(\\d+,)+\\d+$",
      "^(ab?)+$",
      '^OK .*"saldo": ?150\\b',
      '"saldo": ?(-?\\d+)',
      "^OK PETICIÓN {round}\\r?\\n$",
    ]
  ) {
    parseScript(regexScript(regex));
  }
});

Deno.test("socklab check refuses such a script as a usage error, in Spanish too, naming the regex and what repeats", async () => {
  const dir = await Deno.makeTempDir({ prefix: "socklab-regex-" });
  try {
    const path = join(dir, "ejercicio.json");
    await Deno.writeTextFile(path, JSON.stringify(regexScript("^OK (\\w+ ?)+$")));
    for (const lang of ["en", "es"]) {
      const io = captureIo();
      const code = await main(["check", "--script", path, "--port", "1", "--lang", lang], io, "en");
      assertEquals(code, 2);
      const said = io.stderrText();
      assertStringIncludes(said, `${path}: stages[0].steps[2].reply.regex: `);
      assertStringIncludes(said, "^OK (\\w+ ?)+$");
      assertStringIncludes(
        said,
        lang === "es" ? "(\\w+ ?)+ repite un grupo" : "(\\w+ ?)+ repeats a group",
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
