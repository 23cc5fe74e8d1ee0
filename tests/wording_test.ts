import { assert, assertEquals, assertMatch } from "@std/assert";
import { modeHelp } from "../lib/cli/help.ts";
import { kindOf } from "../lib/cli/kinds.ts";
import { parseCommandLine, parseModeOptions } from "../lib/cli/parse.ts";
import { flagName } from "../lib/cli/spec.ts";
import { MODES } from "../lib/course/modes.ts";
import { checkTarget } from "../lib/course/tools/check.ts";
import { asClause, translator } from "../lib/present/catalogue.ts";
import { optionsFor, runMode, withServer } from "./helpers.ts";
import { bench } from "../lib/course/perf/bench.ts";
import { demo } from "../lib/course/demo.ts";
import { captureIo } from "../lib/capture.ts";
import { modeContext } from "../lib/run/context.ts";
import { textWidth } from "../lib/present/columns.ts";
import { echoClient } from "../lib/course/echo/echo-client.ts";
import { echoServer } from "../lib/course/echo/echo-server.ts";
import { formatBytes, formatNumber } from "../lib/present/units.ts";
import { en } from "../lib/present/lang/en/index.ts";
import { es } from "../lib/present/lang/es/index.ts";

/** The message of the error `run` throws, or "" when it throws none. */
function thrown(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return "";
}

Deno.test("Spanish help and usage messages name every value with a Spanish placeholder", () => {
  const english = Object.entries(en)
    .filter(([key, text]) => key.startsWith("placeholder.") && text !== es[key as keyof typeof es])
    .filter(([, text]) => /^[A-Z]+$/.test(text))
    .map(([, text]) => text);
  const texts: string[] = [thrown(() => parseCommandLine(["--mode"], MODES, "es"))];
  for (const mode of MODES) {
    texts.push(modeHelp(mode, "es"));
    // Each valued option given without its value, and the command line with no positional.
    for (const [name, spec] of Object.entries(mode.specs)) {
      if (!kindOf(spec).takesValue) continue;
      texts.push(thrown(() => parseModeOptions(mode, [flagName(name)], "es")));
    }
    if (mode.positionals.length > 0) texts.push(thrown(() => parseModeOptions(mode, [], "es")));
  }
  texts.push(
    thrown(() =>
      checkTarget({ host: "127.0.0.1", port: 0 }, { stages: [] } as never, translator("es"))
    ),
  );
  const found = texts.flatMap((text) =>
    english.filter((word) => new RegExp(`(?<![\\wÁÉÍÓÚÑ|])${word}(?![\\wÁÉÍÓÚÑ|])`).test(text))
      .map((word) => `${word} in: ${text.split("\n").find((line) => line.includes(word))}`)
  );
  assertEquals(found, []);
  assert(texts.some((text) => text.includes("--mode MODO")));
  assert(texts.some((text) => text.includes("--script ARCHIVO --port PUERTO")));
});

Deno.test("a count of one is said in the singular and any other count in the plural, in both languages", () => {
  const es = translator("es");
  const en = translator("en");
  assertEquals(es("demo.summary", { passed: 1, total: 1 }), "1 de 1 lección superada");
  assertEquals(es("demo.summary", { passed: 0, total: 2 }), "0 de 2 lecciones superadas");
  assertEquals(en("demo.summary", { passed: 1, total: 1 }), "1 of 1 lesson passed");
  assertEquals(en("demo.summary", { passed: 2, total: 2 }), "2 of 2 lessons passed");
  assertEquals(es("check.summary.stages", { passed: 0, stages: 1 }), "0 de 1 etapa superada");
  assertEquals(es("check.summary.points", { points: 0, total: 1 }), "0 de 1 punto");
  assertEquals(en("check.summary.points", { points: 3, total: 10 }), "3 of 10 points");
  assertEquals(es("check.summary.skipped", { count: 1 }), "1 omitida");
  assertEquals(
    es("db.race.externalLost", { lost: 1, expected: 200 }).split(":")[0],
    "se perdió 1 de 200 actualizaciones",
  );
  assertEquals(
    en("file.removedParts", { count: 1, dir: "in" }).split(" left")[0],
    "Removed 1 unfinished file",
  );
  assertEquals(
    es("file.removedParts", { count: 3, dir: "in" }).split(" a medio")[0],
    "Se borraron 3 archivos",
  );
});

Deno.test("a message held after a colon in another goes on lower-case, but names and acronyms keep their capitals", () => {
  const es = translator("es");
  const full = es("guard.full", { max: 2 });
  assertEquals(
    es("demo.fail", { title: "UDP", reason: full }),
    "FAIL UDP: el servidor está lleno (2 clientes a la vez); inténtalo más tarde",
  );
  assertEquals(
    translator("en")("demo.fail", { title: "UDP", reason: "The server closed" }),
    "FAIL UDP: the server closed",
  );
  assertEquals(es("demo.fail", { title: "x", reason: "SQLite falló" }), "FAIL x: SQLite falló");
  assertEquals(es("demo.fail", { title: "x", reason: "ERR busy" }), "FAIL x: ERR busy");
  // What a peer replied is shown as it came; a message put there is made a clause by its caller.
  assertEquals(
    es("file.rejected", { reply: "Nada de archivos hoy" }),
    "El receptor no guardó el archivo: Nada de archivos hoy",
  );
  assertEquals(
    es("db.race.failed", { reply: asClause(es("text.closed")) }),
    "la carrera no pudo ejecutarse: el servidor cerró la conexión",
  );
  // What a person typed is theirs: it keeps its capitals.
  assertEquals(es("tcp.received", { text: "Hola" }), "Mensaje recibido: Hola");
});

Deno.test("numbers are written as the language writes them: decimal comma and point thousands in Spanish", () => {
  assertEquals(formatNumber(187361, "es", 0), "187.361");
  assertEquals(formatNumber(0.096, "es", 3), "0,096");
  assertEquals(formatNumber(187361, "en", 0), "187,361");
  assertEquals(formatNumber(0.096, "en", 3), "0.096");
  assertEquals(formatBytes(16800, "es"), "16,4 KiB");
  assertEquals(formatBytes(16800, "en"), "16.4 KiB");
});

Deno.test("echo-client's round-trip times use the decimal comma in Spanish", async () => {
  await withServer(echoServer, optionsFor(echoServer, [], {}, "es"), async (server) => {
    const client = await runMode(
      echoClient,
      optionsFor(echoClient, ["--count", "2"], { port: server.port }, "es"),
    );
    const lines = client.io.stdoutLines();
    assertMatch(lines.find((line) => line.startsWith("Eco en")) ?? "", /^Eco en \d+,\d\d ms: /);
    assertMatch(
      lines.at(-1) ?? "",
      /^Ida y vuelta en 2 mensajes: mín \d+,\d\d ms, mediana \d+,\d\d ms/,
    );
  });
});

Deno.test("bench's report in Spanish writes decimals with a comma, so no point is both", async () => {
  await withServer(echoServer, optionsFor(echoServer, ["--quiet"]), async (server) => {
    const { code, io } = await runMode(
      bench,
      optionsFor(bench, ["--requests", "300"], { port: server.port }, "es"),
    );
    assertEquals(code, 0);
    const lines = io.stdoutLines();
    const latency = lines.find((line) => line.includes("p50")) ?? "";
    assertMatch(latency, /p50 \d+,\d+ /);
    assert(!/\d\.\d/.test(latency), latency);
    assert(lines.some((line) => / 300 .* \d+,\d\d s/.test(line)), lines.join("\n"));
  });
});

/** The demo's transcript of one lesson in Spanish, at `columns` (undefined: a pipe). */
async function demoLines(columns: number | undefined): Promise<string[]> {
  const options = optionsFor(demo, ["--lesson", "tcp-reply"], {}, "es");
  const { code, io } = await runMode(demo, options, columns === undefined ? {} : { columns });
  assertEquals(code, 0);
  // Ports are the system's choice: each run gets others.
  return io.stdoutLines().map((line) => line.replace(/127\.0\.0\.1:\d+/g, "ADDR"));
}

/** Wrapped lines joined again: a side's under its column, a command's and a message's. */
function unwrap(lines: readonly string[]): string[] {
  const whole: string[] = [];
  for (const line of lines) {
    if (line.startsWith("          │ ")) whole.push(whole.pop() + " " + line.slice(12));
    else if (line.startsWith("      ")) {
      whole.push(whole.pop()!.replace(/ \\$/, "") + " " + line.trim());
    } else if (line.startsWith("  ")) whole.push(whole.pop() + " " + line.trim());
    else whole.push(line);
  }
  return whole;
}

Deno.test("on a terminal the demo wraps at word boundaries, a side's lines continuing under its column", async () => {
  const wrapped = await demoLines(50);
  const piped = await demoLines(undefined);
  for (const line of wrapped) assert(textWidth(line) <= 50, `wider than 50 columns: ${line}`);
  assert(wrapped.includes("cliente   │ Mensaje enviado al servidor: Hola,"), wrapped.join("\n"));
  assert(wrapped.includes("          │ servidor"), wrapped.join("\n"));
  // Not a word broken, not a word lost: joined again, it is what a pipe gets.
  assertEquals(unwrap(wrapped), piped);
});

Deno.test("for a pipe or a file the demo wraps nothing", async () => {
  const piped = await demoLines(undefined);
  assert(piped.some((line) => textWidth(line) > 50));
  assert(!piped.some((line) => line.startsWith("          │ ")));
});

Deno.test("a mode's messages wrap at a terminal's width, its data never does", () => {
  const io = captureIo({ columns: 30, stderrIsTerminal: true });
  const ctx = modeContext(optionsFor(demo, [], {}, "es"), io);
  ctx.say("Servidor escuchando en 127.0.0.1:8000 con muchas ganas");
  ctx.show("una línea de datos que no se toca aunque sea larga");
  ctx.warn("el servidor está lleno (2 clientes a la vez); inténtalo más tarde");
  assertEquals(io.stdoutLines(), [
    "Servidor escuchando en",
    "  127.0.0.1:8000 con muchas",
    "  ganas",
    "una línea de datos que no se toca aunque sea larga",
  ]);
  for (const line of io.stderrLines()) assert(textWidth(line) <= 30, line);
  const piped = captureIo();
  modeContext(optionsFor(demo, [], {}, "es"), piped).say("x ".repeat(60).trim());
  assertEquals(piped.stdoutLines(), ["x ".repeat(60).trim()]);
});
