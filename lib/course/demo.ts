import { join } from "@std/path";
import { defineMode } from "../cli/define.ts";
import { commandLines } from "../cli/help.ts";
import { FileError } from "../errors.ts";
import { EXIT } from "../exit_codes.ts";
import type { Translate } from "../present/catalogue.ts";
import { buildDiagram } from "../present/diagram/model.ts";
import { mergeTraces, parseTrace } from "../present/diagram/records.ts";
import { renderSvg } from "../present/diagram/svg.ts";
import { stderrColumns, writeLine } from "../io.ts";
import type { Lesson, Role } from "../run/lesson.ts";
import { LESSONS } from "./course.ts";
import { modeContext } from "../run/context.ts";
import { padColumns, textWidth } from "../present/columns.ts";
import { wrap } from "../present/wrap.ts";
import { isHexdumpRow } from "../present/hexdump.ts";

/**
 * Every lesson, one after another, in one process on loopback (on ephemeral ports unless `--port`
 * fixes one, for Wireshark): each server and
 * its client side by side, their transcripts interleaved as they happen, and a PASS or FAIL line
 * per lesson. Exit 1 if any lesson fails.
 */
export const demo = defineMode({
  name: "demo",
  examples: ["socklab demo", "socklab demo --lesson tcp-chunks --trace"],
  options: {
    lesson: { kind: "choice", choices: LESSONS.map((lesson) => lesson.id), placeholder: "NAME" },
    port: { kind: "port" },
    timeout: { kind: "number", default: 10, range: [0.1, 600], placeholder: "SECONDS" },
    diagrams: { kind: "string", placeholder: "DIR" },
  },
  validate(_options, check) {
    if (check.given("traceFile") && check.given("diagrams")) {
      check.conflicts("traceFile", "diagrams", "why.demo.traceFile-diagrams");
    }
  },
  async run(options, io): Promise<number> {
    const ctx = modeContext(options, io);
    const { t } = ctx;
    const lessons = LESSONS.filter((lesson) => !options.lesson || lesson.id === options.lesson);
    const labels: Record<Role, string> = {
      server: t("demo.server"),
      proxy: t("demo.proxy"),
      client: t("demo.client"),
      client1: t("demo.client1"),
      client2: t("demo.client2"),
      client3: t("demo.client3"),
    };
    const width = Math.max(...Object.values(labels).map(textWidth));
    const columnsOf = (stream: "stdout" | "stderr") =>
      stream === "stdout" ? io.columns : stderrColumns(io);
    ctx.say(t("demo.title", { host: options.host }));
    let passed = 0;
    if (options.diagrams !== undefined) {
      await Deno.mkdir(options.diagrams, { recursive: true }).catch((error) => {
        throw FileError.from(options.diagrams!, error);
      });
    }
    const interrupted = (lesson: Lesson) => {
      const last = lesson === lessons.at(-1);
      ctx.warn(t(last ? "demo.interruptedLast" : "demo.interrupted", { title: t(lesson.title) }));
      return EXIT.interrupted;
    };
    for (const lesson of lessons) {
      const title = t(lesson.title);
      if (io.signal.aborted) return interrupted(lesson);
      const number = LESSONS.indexOf(lesson) + 1;
      const name = `${String(number).padStart(2, "0")}-${lesson.id}`;
      const traceFile = options.diagrams === undefined
        ? undefined
        : join(options.diagrams, `${name}.jsonl`);
      if (traceFile) await Deno.remove(traceFile).catch(() => {});
      // --trace-file: every lesson's events, one after another, in the one file asked for.
      const lessonTrace = traceFile ?? options.traceFile;
      ctx.say("");
      ctx.say(`── ${t("demo.lesson", { number, title })} ──`);
      const outcome = await lesson.run({
        host: options.host,
        port: options.port,
        lang: options.lang,
        trace: options.trace,
        hex: options.hex,
        timeoutSeconds: options.timeout,
        signal: io.signal,
        ...(lessonTrace === undefined ? {} : { traceFile: lessonTrace }),
        command: (line) => {
          // On a terminal, a long command breaks before its options, as help shows them.
          const lines = io.columns === undefined ? ["  " + line] : commandLines(line, io.columns);
          lines.forEach((text, i) => ctx.say(i === 0 ? "$ " + text.slice(2) : text));
        },
        print: (role, stream, line) => {
          for (const text of transcriptLines(labels[role], width, line, columnsOf(stream))) {
            if (stream === "stderr") writeLine(io.stderr, text);
            else if (!options.quiet) writeLine(io.stdout, text);
          }
        },
      }).catch((error: unknown) => ({ passed: false, reason: ctx.describe(error) }));
      // Ctrl+C stops the lesson under way: it did not fail, it was not let finish.
      if (io.signal.aborted) return interrupted(lesson);
      if (outcome.passed) passed++;
      if (traceFile) {
        const drawn = await drawLesson(traceFile, join(options.diagrams!, `${name}.svg`), title, t);
        if (drawn) ctx.say(t("diagram.written", { path: drawn }));
      }
      ctx.result(
        outcome.passed
          ? t("demo.pass", { title })
          : t("demo.fail", { title, reason: outcome.reason ?? "" }),
      );
    }
    ctx.say("");
    ctx.result(t("demo.summary", { passed, total: lessons.length }));
    return passed === lessons.length ? EXIT.ok : EXIT.failure;
  },
});

/**
 * One line a lesson's side printed, after its label (`servidor │ …`): on a terminal `columns`
 * wide, wrapped between words with the further lines under the first's text (`         │ …`). A
 * row of a hex dump is data, and stays whole.
 */
export function transcriptLines(
  label: string,
  width: number,
  line: string,
  columns: number | undefined,
): string[] {
  const first = `${padColumns(label, width)} │ `;
  if (columns === undefined || isHexdumpRow(line)) return [first + line];
  return wrap(line, columns, `${" ".repeat(width)} │ `, first, { keepSpaces: true });
}

/** Draws a lesson's trace file as an SVG beside it; the SVG's path, or undefined with no events. */
async function drawLesson(
  traceFile: string,
  svgPath: string,
  title: string,
  t: Translate,
): Promise<string | undefined> {
  const text = await Deno.readTextFile(traceFile).catch(() => "");
  const entries = mergeTraces([parseTrace(text, 0)]);
  if (entries.length === 0) return undefined;
  await Deno.writeTextFile(svgPath, renderSvg(buildDiagram(entries, t), title));
  return svgPath;
}
