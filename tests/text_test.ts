import { delay } from "@std/async/delay";
import { assert, assertEquals, assertMatch } from "@std/assert";
import { DelimitedReader } from "../lib/framing/delimited.ts";
import { textClient } from "../lib/course/text/text-client.ts";
import { textServer } from "../lib/course/text/text-server.ts";
import { translator } from "../lib/present/catalogue.ts";
import {
  answerTextRequest,
  reverseGraphemes,
  TEXT_OPERATIONS,
  TEXT_VERBS,
} from "../lib/course/text/protocol.ts";
import { writeReply } from "../lib/transport/line_server.ts";
import { answerAsciiText, ASCII_OPERATIONS } from "../lib/course/text/ascii_answer.ts";
import { LineBuffer } from "../lib/framing/utf8.ts";
import { repeatableRandom } from "../lib/random.ts";
import {
  bytes,
  connectTo,
  FIXED_CLOCK,
  optionsFor,
  readAll,
  runMode,
  startServer,
  withServer,
  writeAll,
} from "./helpers.ts";

const es = translator("es");
const en = translator("en");
/** The reply to a request, as the server writes it on the wire in `t`'s language. */
const reply = (line: string, t = en) => writeReply(answerTextRequest(line), t);

Deno.test("each verb works in English and in Spanish, in any case", () => {
  assertEquals(reply("UPPER hola"), "OK HOLA");
  assertEquals(reply("mayus hola"), "OK HOLA");
  assertEquals(reply("Mayús hola"), "OK HOLA");
  assertEquals(reply("LOWER HOLA"), "OK hola");
  assertEquals(reply("MINUS HOLA"), "OK hola");
  assertEquals(reply("reverse hola"), "OK aloh");
  assertEquals(reply("INVERTIR hola"), "OK aloh");
});

Deno.test("the text is everything after the first space, spaces kept", () => {
  assertEquals(reply("UPPER  dos  espacios "), "OK  DOS  ESPACIOS ");
});

Deno.test("upper case follows Unicode: ß becomes SS", () => {
  assertEquals(reply("UPPER straße"), "OK STRASSE");
  assertEquals(reply("MAYUS ¡Hola, señor!"), "OK ¡HOLA, SEÑOR!");
});

Deno.test("REVERSE reverses characters as a reader sees them, emoji and accents whole", () => {
  assertEquals(reply("INVERTIR ¡Hola, señor! 👍🏽"), "OK 👍🏽 !roñes ,aloH¡");
  // n + combining tilde, e + combining acute: each stays one character.
  assertEquals(reverseGraphemes("an\u0303e\u0301"), "e\u0301n\u0303a");
  assertEquals(reverseGraphemes("👨‍👩‍👧 y 🇪🇸"), "🇪🇸 y 👨‍👩‍👧");
});

Deno.test("HELP lists the verbs; QUIT says goodbye and closes", () => {
  assertEquals(
    reply("HELP"),
    `OK one request per line, VERB text; the verbs are ${TEXT_VERBS.usage()}`,
  );
  assertEquals(
    reply("ayuda", es),
    `OK una petición por línea, VERBO texto; los verbos son ${TEXT_VERBS.usage()}`,
  );
  assertEquals(reply("QUIT"), "OK bye");
  assertEquals(reply("salir", es), "OK adiós");
  // The reply is data: the words are named, for the server to write in its language.
  assertEquals(answerTextRequest("salir"), {
    ok: true,
    said: { key: "text.bye" },
    close: true,
    verb: "SALIR",
  });
});

Deno.test("an unknown verb is an error listing the verbs; nothing to transform is 'empty'", () => {
  assertEquals(
    reply("FOO bar"),
    `ERR unknown-verb unknown verb 'FOO'; the verbs are ${TEXT_VERBS.usage()}`,
  );
  assertEquals(reply("__proto__ x").startsWith("ERR unknown-verb"), true);
  assertEquals(reply(""), "ERR empty nothing to transform: write VERB text, e.g. UPPER hola");
  assertEquals(reply("UPPER"), "ERR empty nothing to transform: write VERB text, e.g. UPPER hola");
  assertEquals(reply("UPPER "), "ERR empty nothing to transform: write VERB text, e.g. UPPER hola");
});

Deno.test("an ASCII request for any operation of the verb table is answered from its bytes with the very line the text path writes, or left to it", () => {
  const random = repeatableRandom(2026_12_02);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  // Every operation of the table: one the fast path does not know must be left to the text path.
  const operationWords = TEXT_OPERATIONS.flatMap((verb) => TEXT_VERBS.specs[verb].names);
  const known = new Set(ASCII_OPERATIONS.flatMap((verb) => TEXT_VERBS.specs[verb].names));
  const otherWords = ["HELP", "AYUDA", "QUIT", "SALIR", "UPPERS", "UPPE", "FOO", ""];
  const anyCase = (word: string) =>
    [...word].map((c) => random() < 0.5 ? c.toLowerCase() : c.toUpperCase()).join("");
  // Any ASCII byte but the line ending, spaces often.
  const text = () =>
    Array.from(
      { length: Math.floor(random() * 12) },
      () => random() < 0.2 ? " " : String.fromCharCode(Math.floor(random() * 128)),
    ).join("")
      .replaceAll("\n", "");
  for (let i = 0; i < 5000; i++) {
    const operation = random() < 0.7;
    const after = text();
    const word = pick(operation ? operationWords : otherWords);
    const line = random() < 0.05 ? after : `${anyCase(word)} ${after}`;
    const replies = new LineBuffer();
    const answered = answerAsciiText(bytes(line), replies);
    // An operation it knows with some text is answered from the bytes; anything else is left to
    // the text path.
    assertEquals(answered, operation && known.has(word) && after !== "" && line !== after, line);
    assertEquals(
      new TextDecoder().decode(replies.take()),
      answered ? `${reply(line)}\n` : "",
      line,
    );
  }
});

/** Reads the server's reply lines on a raw connection. */
function replies(conn: Deno.Conn) {
  const reader = new DelimitedReader(conn, bytes("\n"), { maxMessage: 1 << 20 });
  return async () => {
    const line = await reader.next();
    return line ? new TextDecoder().decode(line.bytes).trimEnd() : null;
  };
}

Deno.test("pipelined requests are answered in order, in one write", async () => {
  const options = optionsFor(textServer, ["--trace", "--quiet"]);
  await withServer(textServer, options, async (server) => {
    using conn = await connectTo(server.address);
    const next = replies(conn);
    await conn.write(bytes("MAYUS uno\nminus DOS\r\nINVERTIR tres\n"));
    assertEquals([await next(), await next(), await next()], ["OK UNO", "OK dos", "OK sert"]);
    const writes = server.io.stderrLines().filter((line) => line.split(/\s+/)[1] === "write");
    assertEquals(writes.length, 1);
  }, { now: FIXED_CLOCK });
});

Deno.test("a request split across many segments is answered once it is whole", async () => {
  await withServer(textServer, optionsFor(textServer, ["--quiet"]), async (server) => {
    using conn = await connectTo(server.address);
    const next = replies(conn);
    for (const byte of bytes("MAYUS señor\r\n")) {
      await conn.write(new Uint8Array([byte]));
      await delay(1);
    }
    assertEquals(await next(), "OK SEÑOR");
  });
});

Deno.test("invalid UTF-8 gets ERR bad-utf8 and the connection stays usable", async () => {
  await withServer(textServer, optionsFor(textServer, [], {}, "en"), async (server) => {
    using conn = await connectTo(server.address);
    const next = replies(conn);
    await conn.write(new Uint8Array([...bytes("MAYUS "), 0xff, 0xfe, 0x0a]));
    assertEquals(await next(), "ERR bad-utf8 the line is not valid UTF-8");
    await conn.write(bytes("MAYUS sigo aquí\n"));
    assertEquals(await next(), "OK SIGO AQUÍ");
    assertMatch(server.io.stdoutText(), /127\.0\.0\.1:\d+ b'MAYUS \\xff\\xfe' → ERR bad-utf8/);
  });
});

Deno.test("a line over 64 KiB gets ERR too-long and the connection is closed", async () => {
  await withServer(textServer, optionsFor(textServer, ["--quiet"], {}, "en"), async (server) => {
    {
      using conn = await connectTo(server.address);
      const longest = "MAYUS " + "a".repeat(65536 - 6);
      await writeAll(conn, bytes(longest + "\r\n"));
      const next = replies(conn);
      assertEquals(await next(), "OK " + "A".repeat(65530));
    }
    using conn = await connectTo(server.address);
    const reading = readAll(conn);
    await writeAll(conn, bytes("MAYUS " + "a".repeat(65536) + "\n")).catch(() => {});
    assertEquals(
      await reading,
      "ERR too-long the line is longer than 65536 bytes; closing the connection\n",
    );
  });
});

Deno.test("a last request without a line ending is answered when the client closes", async () => {
  await withServer(textServer, optionsFor(textServer, ["--quiet"]), async (server) => {
    using conn = await connectTo(server.address);
    await conn.write(bytes("MAYUS sin salto"));
    await conn.closeWrite();
    assertEquals(await readAll(conn), "OK SIN SALTO\n");
  });
});

Deno.test("QUIT is answered, then the server closes the connection", async () => {
  await withServer(textServer, optionsFor(textServer, ["--quiet"]), async (server) => {
    using conn = await connectTo(server.address);
    await conn.write(bytes("SALIR\nMAYUS no llega\n"));
    assertEquals(await readAll(conn), "OK adiós\n");
  });
});

Deno.test("50 clients at once, requests interleaved, each gets its own answers in order", async () => {
  await withServer(textServer, optionsFor(textServer, ["--quiet"]), async (server) => {
    const conns = await Promise.all(Array.from({ length: 50 }, () => connectTo(server.address)));
    try {
      const readers = conns.map(replies);
      for (let round = 0; round < 5; round++) {
        const answers = await Promise.all(conns.map(async (conn, i) => {
          await conn.write(bytes(`MAYUS cliente ${i} ronda ${round}\n`));
          return await readers[i]();
        }));
        assertEquals(answers, conns.map((_, i) => `OK CLIENTE ${i} RONDA ${round}`));
      }
    } finally {
      for (const conn of conns) conn.close();
    }
  });
});

Deno.test("the server logs who asked what and the reply", async () => {
  const server = await startServer(textServer, optionsFor(textServer));
  await runMode(
    textClient,
    optionsFor(textClient, ["--request", "MAYUS hola"], { port: server.port }),
  );
  await server.stop();
  const lines = server.io.stdoutLines();
  assertEquals(
    lines[1],
    "Servicio de texto: una petición por línea, VERBO texto; respuestas OK resultado o ERR código mensaje",
  );
  assertMatch(lines[2], /^127\.0\.0\.1:\d+ MAYUS → OK HOLA$/);
});

Deno.test("--raw transforms what one recv got: the course's send-once, read-once client works", async () => {
  await withServer(textServer, optionsFor(textServer, ["--raw", "upper"]), async (server) => {
    using conn = await connectTo(server.address);
    await conn.write(bytes("Hola"));
    const buffer = new Uint8Array(1024);
    const n = await conn.read(buffer);
    assertEquals(new TextDecoder().decode(buffer.subarray(0, n ?? 0)), "HOLA");
    assertMatch(server.io.stdoutLines().at(-1) ?? "", /^127\.0\.0\.1:\d+ upper 'Hola' → 'HOLA'$/);
  });
});

Deno.test("text-client --raw prints the course's sentence", async () => {
  for (
    const [operation, expected] of [
      ["upper", "Según el servidor, 'Hola' en mayúsculas es 'HOLA'."],
      ["lower", "Según el servidor, 'Hola' en minúsculas es 'hola'."],
      ["reverse", "Según el servidor, 'Hola' al revés es 'aloH'."],
    ]
  ) {
    await withServer(textServer, optionsFor(textServer, ["--raw", operation]), async (server) => {
      const client = await runMode(
        textClient,
        optionsFor(textClient, ["--raw", operation, "--quiet"], { port: server.port }),
      );
      assertEquals(client.code, 0);
      assertEquals(client.io.stdoutText(), expected + "\n");
    });
  }
  await withServer(textServer, optionsFor(textServer, ["--raw", "upper"]), async (server) => {
    const client = await runMode(
      textClient,
      optionsFor(textClient, ["--raw", "upper", "--quiet"], { port: server.port }, "en"),
    );
    assertEquals(
      client.io.stdoutText(),
      "According to the server, 'Hola' in upper case is 'HOLA'.\n",
    );
  });
});

Deno.test("text-client --raw notices a server doing another operation, says which, and exits 1", async () => {
  await withServer(textServer, optionsFor(textServer, ["--raw", "upper"]), async (server) => {
    const client = await runMode(
      textClient,
      optionsFor(textClient, ["--raw", "lower", "--quiet"], { port: server.port }, "en"),
    );
    assertEquals(client.code, 1);
    assertEquals(
      client.io.stderrText(),
      "that is not what --raw lower makes, but what --raw upper does: the server runs text-server --raw upper; ask with --raw upper, or start it with --raw lower\n",
    );
  });
});

Deno.test("text-client --request sends each request and prints each reply; an ERR exits 1", async () => {
  await withServer(textServer, optionsFor(textServer, ["--quiet"]), async (server) => {
    const { port } = server;
    const good = await runMode(
      textClient,
      optionsFor(textClient, ["--request", "MAYUS a", "--request", "INVERTIR ab"], { port }),
    );
    assertEquals(good.code, 0);
    assertEquals(good.io.stdoutLines().slice(1), ["OK A", "OK ba"]);
    const bad = await runMode(
      textClient,
      optionsFor(textClient, ["--request", "NADA a", "--request", "MAYUS b"], { port }),
    );
    assertEquals(bad.code, 1);
    assertEquals(bad.io.stdoutLines().length, 3);
  });
});

Deno.test("at a terminal, text-client prompts for each request and ends at QUIT", async () => {
  await withServer(textServer, optionsFor(textServer, ["--quiet"]), async (server) => {
    const client = await runMode(
      textClient,
      optionsFor(textClient, ["--quiet"], { port: server.port }),
      { stdin: "MAYUS hola\nFOO\nSALIR\nMAYUS nunca\n", interactive: true },
    );
    // At a prompt a mistake is seen, not turned into an exit code.
    assertEquals(client.code, 0);
    assertEquals(
      client.io.stdoutText(),
      "> OK HOLA\n> ERR unknown-verb verbo desconocido «FOO»; los verbos son " +
        TEXT_VERBS.usage() +
        "\n> OK adiós\n",
    );
  });
});

Deno.test("text-client says so, and exits 1, when the server goes away mid-session", async () => {
  await withServer(
    textServer,
    optionsFor(textServer, ["--max-line", "8", "--quiet"]),
    async (server) => {
      const client = await runMode(
        textClient,
        optionsFor(textClient, ["--request", "MAYUS larguísimo", "--request", "MAYUS a"], {
          port: server.port,
        }),
      );
      assertEquals(client.code, 1);
      assert(client.io.stdoutLines()[1].startsWith("ERR too-long"));
      assertEquals(client.io.stderrText(), "El servidor cerró la conexión\n");
    },
  );
});

Deno.test("a request may start with spaces or tabs; a line of nothing but those is 'empty'", async () => {
  assertEquals(reply("  MAYUS hola"), "OK HOLA");
  assertEquals(reply("\t minus HOLA", es), "OK hola");
  assertEquals(reply("   "), "ERR empty nothing to transform: write VERB text, e.g. UPPER hola");
  assertEquals(reply(" \t", es), reply("", es));
  // The same over the wire, where an ASCII request may be answered from its bytes.
  await withServer(textServer, optionsFor(textServer, ["--quiet"]), async (server) => {
    using conn = await connectTo(server.address);
    await writeAll(conn, bytes("  MAYUS hola\n\tINVERTIR abc\n  \nSALIR\n"));
    assertEquals(
      await readAll(conn),
      "OK HOLA\nOK cba\nERR empty no hay nada que transformar: escribe VERBO texto, por ejemplo MAYUS hola\nOK adiós\n",
    );
  });
});

Deno.test("an unknown verb is quoted as the client wrote it: its case kept, a tab, CR or ESC escaped", async () => {
  const cases: [request: string, quoted: string][] = [
    ["MAYUS\thola", "MAYUS\\thola"],
    ["FOO\x07bar", "FOO\\x07bar"],
    ["FOO\tBAR x", "FOO\\tBAR"],
    ["UP\x1b[2JPER\rx", "UP\\x1b[2JPER\\rx"],
  ];
  for (const [request, quoted] of cases) {
    assertEquals(
      reply(request, es),
      `ERR unknown-verb verbo desconocido «${quoted}»; los verbos son ${TEXT_VERBS.usage()}`,
    );
    assertEquals(
      reply(request),
      `ERR unknown-verb unknown verb '${quoted}'; the verbs are ${TEXT_VERBS.usage()}`,
    );
  }
  assertEquals(reply("silbar x", es).split(";")[0], "ERR unknown-verb verbo desconocido «silbar»");
  // Over the wire a CR inside the verb cannot end the reply's line early.
  await withServer(textServer, optionsFor(textServer, ["--quiet"]), async (server) => {
    using conn = await connectTo(server.address);
    await writeAll(conn, bytes("A\rB\nSALIR\n"));
    const [refused, bye] = (await readAll(conn)).split("\n");
    assert(refused.startsWith("ERR unknown-verb verbo desconocido «A\\rB»; "), refused);
    assertEquals(bye, "OK adiós");
  });
});
