/**
 * The sentences that tell a mode's result are printed even with --quiet, like data, yet on a
 * terminal they are wrapped between words like any message: at 80 columns no line of them is
 * wider, in Spanish or in English, and a pipe gets them whole, as before.
 */
import { assert, assertEquals } from "@std/assert";
import { join } from "@std/path";
import { captureIo, main } from "../main.ts";
import { textWidth } from "../lib/present/columns.ts";
import { translator } from "../lib/present/catalogue.ts";
import { LANGS } from "../lib/present/lang.ts";
import { LESSONS } from "../lib/course/course.ts";
import { echoServer } from "../lib/course/echo/echo-server.ts";
import { fileReceive } from "../lib/course/apps/file-receive.ts";
import { textServer } from "../lib/course/text/text-server.ts";
import { udpServer } from "../lib/course/udp/udp-server.ts";
import { optionsFor, withServer } from "./helpers.ts";

const COLUMNS = 80;

/** What socklab printed on stdout (and stderr) for `args`, on a terminal `columns` wide or a pipe. */
async function socklab(args: readonly string[], columns: number | undefined) {
  const io = captureIo(columns === undefined ? {} : { columns, stderrIsTerminal: true });
  const code = await main(args, io);
  return { code, stdout: io.stdoutLines(), stderr: io.stderrLines() };
}

/** The words of some lines, figures (ports, times) left out: what a wrap must keep, in order. */
function words(lines: readonly string[]): string[] {
  return lines.join(" ").replace(/\d[\d.,]*\d|\d/g, "N").split(/\s+/).filter(Boolean);
}

/** The lines of the first of a receiver's sentences (one line, or one and those that go on). */
function fileSaved(lines: readonly string[]): string[] {
  const next = lines.findIndex((line, i) => i > 0 && !line.startsWith(" "));
  return lines.slice(0, next < 0 ? lines.length : next);
}

/**
 * Runs `args` on a terminal 80 columns wide and in a pipe: on the terminal no line is wider than
 * 80, in the pipe the sentences are one line each (some `long`er than 80), and both say the same
 * words.
 */
async function fitsOnTheTerminal(
  args: readonly string[],
  long = true,
  { compareWords = true } = {},
): Promise<string[]> {
  const terminal = await socklab(args, COLUMNS);
  const piped = await socklab(args, undefined);
  assertEquals(terminal.code, piped.code);
  for (const line of terminal.stdout) {
    assert(textWidth(line) <= COLUMNS, `wider than ${COLUMNS} columns: ${line}`);
  }
  assert(
    !long || piped.stdout.some((line) => textWidth(line) > COLUMNS),
    `nothing to wrap:\n${piped.stdout.join("\n")}`,
  );
  // Two runs against a live server may differ in what timing decides (a note on a slow machine,
  // ms or s): then only the widths are compared.
  if (compareWords) assertEquals(words(terminal.stdout), words(piped.stdout));
  return piped.stdout;
}

for (const lang of LANGS) {
  const t = translator(lang);

  Deno.test(`demo's PASS line and its summary fit 80 columns in ${lang}, and a pipe gets them whole`, async () => {
    const lesson = LESSONS.find((lesson) => lesson.id === "db-crud")!;
    const piped = await fitsOnTheTerminal([
      "demo",
      "--lesson",
      lesson.id,
      "--quiet",
      "--lang",
      lang,
    ]);
    assertEquals(piped[0], `PASS ${t(lesson.title)}`);
  });

  Deno.test(`interfaces' firewall reminder fits 80 columns in ${lang}, and a pipe gets it whole`, async () => {
    const piped = await fitsOnTheTerminal(["interfaces", "--port", "5555", "--lang", lang]);
    assertEquals(piped.at(-1), t("interfaces.firewall", { port: 5555 }));
  });

  Deno.test(`bench's totals and latency fit 80 columns in ${lang}`, async () => {
    await withServer(echoServer, optionsFor(echoServer, ["--quiet"]), async (server) => {
      const piped = await fitsOnTheTerminal(
        ["bench", "--port", String(server.port), "--requests", "300", "--quiet", "--lang", lang],
        // In English the totals may just fit, by the figures of the run.
        lang === "es",
      );
      assertEquals(piped.length, 2, piped.join("\n"));
    });
  });

  Deno.test(`file-send's verdict and the receiver's fit 80 columns in ${lang}`, async () => {
    const from = await Deno.makeTempDir({ prefix: "socklab-fit-" });
    const into = await Deno.makeTempDir({ prefix: "socklab-fit-" });
    try {
      const name = "informe-final-de-la-practica-de-sockets-del-grupo-b.txt";
      await Deno.writeTextFile(join(from, name), "hola\n");
      const args = ["--dir", into, "--overwrite", "--quiet"];
      const receiver = optionsFor(fileReceive, args, {}, lang);
      const saved = async (columns: number | undefined) =>
        await withServer(fileReceive, receiver, async (server) => {
          const sending = ["file-send", join(from, name), "--port", String(server.port)];
          const piped = await fitsOnTheTerminal([...sending, "--quiet", "--lang", lang]);
          assertEquals(piped, [t("file.accepted", { name })]);
          // Sent twice (on a terminal and in a pipe): the receiver's line of the first.
          return fileSaved(server.io.stdoutLines());
        }, columns === undefined ? {} : { columns });
      const terminal = await saved(COLUMNS);
      const piped = await saved(undefined);
      // A path is one word: on a line of its own if it must, never broken.
      for (const line of terminal) {
        assert(textWidth(line) <= COLUMNS || !/\S\s+\S/.test(line), line);
      }
      assertEquals(piped.length, 1);
      assert(terminal.length > 1);
      assertEquals(words(terminal), words(piped));
    } finally {
      await Deno.remove(from, { recursive: true });
      await Deno.remove(into, { recursive: true });
    }
  });

  Deno.test(`text-client --raw's sentence fits 80 columns in ${lang}`, async () => {
    const options = optionsFor(textServer, ["--raw", "upper", "--quiet"]);
    await withServer(textServer, options, async (server) => {
      const message = "hola a todos los que estudian redes y sockets esta mañana";
      const piped = await fitsOnTheTerminal([
        "text-client",
        "--raw",
        "upper",
        "--message",
        message,
        "--port",
        String(server.port),
        "--quiet",
        "--lang",
        lang,
      ]);
      assertEquals(piped, [
        t("text.rawAnswer.upper", { request: message, reply: message.toUpperCase() }),
      ]);
    });
  });

  Deno.test(`udp-client's acknowledgement fits 80 columns in ${lang}`, async () => {
    await withServer(udpServer, optionsFor(udpServer, ["--quiet"]), async (server) => {
      const message = "Hola, soy un cliente UDP que manda un mensaje largo";
      const args = ["udp-client", "--message", message, "--port", String(server.port)];
      const piped = await fitsOnTheTerminal([...args, "--quiet", "--lang", lang]);
      assertEquals(piped.length, 1);
      const series = await fitsOnTheTerminal(
        [...args, "--count", "2", "--interval", "0", "--timeout", "1", "--quiet", "--lang", lang],
      );
      assertEquals(series.length, 3, series.join("\n"));
    });
  });

  Deno.test(`check's report fits 80 columns in ${lang}, a note or a hint going on under its text`, async () => {
    await withServer(echoServer, optionsFor(echoServer, ["--quiet"]), async (server) => {
      // The echo passes `concurrent` with a note, and fails `text-service` with hints.
      const labels = {
        concurrent: t("check.note", { note: "" }),
        "text-service": t("check.hint", { hint: "" }),
      };
      for (const [exercise, label] of Object.entries(labels)) {
        const args = ["check", exercise, "--port", String(server.port), "--timeout", "1"];
        await fitsOnTheTerminal([...args, "--lang", lang], true, { compareWords: false });
        const { stdout } = await socklab([...args, "--lang", lang], COLUMNS);
        const under = " ".repeat(5 + label.length);
        assert(
          stdout.some((line, i) =>
            line.startsWith("     " + label) && stdout[i + 1]?.startsWith(under) &&
            stdout[i + 1][under.length] !== " "
          ),
          stdout.join("\n"),
        );
      }
    });
  });

  Deno.test(`check --list fits 80 columns in ${lang}, a title going on under its column`, async () => {
    const piped = await fitsOnTheTerminal(["check", "--list", "--lang", lang]);
    const terminal = await socklab(["check", "--list", "--lang", lang], COLUMNS);
    assert(terminal.stdout.length > piped.length);
    for (const line of terminal.stdout.slice(1)) {
      assert(/^ {2}\S/.test(line) || /^ {25}\S/.test(line), line);
    }
  });
}

Deno.test("in the demo a traced hex dump row stays whole on a terminal, its characters' column too", async () => {
  const args = ["demo", "--lesson", "tcp-reply", "--trace", "--hex", "--quiet"];
  const terminal = await socklab(args, COLUMNS);
  const piped = await socklab(args, undefined);
  const rows = (lines: readonly string[]) =>
    lines.filter((line) => /│ +[0-9a-f]{8} {2}[0-9a-f]{2} /.test(line));
  assert(rows(piped.stderr).length > 0, piped.stderr.join("\n"));
  assertEquals(rows(terminal.stderr), rows(piped.stderr));
  for (const row of rows(terminal.stderr)) assert(/ {2}\|[^|]+\|$/.test(row), row);
});
