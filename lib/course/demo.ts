import { join } from "@std/path";
import { defineMode } from "../cli/define.ts";
import { FileError } from "../errors.ts";
import type { Translate } from "../present/catalogue.ts";
import { buildDiagram } from "../present/diagram/model.ts";
import { mergeTraces, parseTrace } from "../present/diagram/records.ts";
import { renderSvg } from "../present/diagram/svg.ts";
import { writeLine } from "../io.ts";
import type { Role } from "../run/lesson.ts";
import { LESSONS } from "./lessons.ts";
import { modeContext } from "../run/context.ts";
import { padColumns, textWidth } from "../present/columns.ts";

/**
 * Every lesson, one after another, in one process on loopback (on ephemeral ports unless `--port`
 * fixes one, for Wireshark): each server and
 * its client side by side, their transcripts interleaved as they happen, and a PASS or FAIL line
 * per lesson. Exit 1 if any lesson fails.
 */
export const demo = defineMode({
  name: "demo",
  group: "tour",
  examples: ["socklab demo", "socklab demo --lesson tcp-chunks --trace"],
  options: {
    lesson: { kind: "choice", choices: LESSONS.map((lesson) => lesson.id), placeholder: "NAME" },
    port: { kind: "port" },
    timeout: { kind: "number", default: 10, range: [0.1, 600], placeholder: "SECONDS" },
    diagrams: { kind: "string", placeholder: "DIR" },
  },
  async run(options, io): Promise<number> {
    const ctx = modeContext(options, io);
    const { t } = ctx;
    const lessons = LESSONS.filter((lesson) => !options.lesson || lesson.id === options.lesson);
    const labels: Record<Role, string> = {
      server: t("demo.server"),
      client: t("demo.client"),
      client1: t("demo.client1"),
      client2: t("demo.client2"),
      client3: t("demo.client3"),
    };
    const width = Math.max(...Object.values(labels).map(textWidth));
    ctx.say(t("demo.title", { host: options.host }));
    let passed = 0;
    if (options.diagrams !== undefined) {
      await Deno.mkdir(options.diagrams, { recursive: true }).catch((error) => {
        throw FileError.from(options.diagrams!, error);
      });
    }
    for (const lesson of lessons) {
      if (io.signal.aborted) break;
      const title = t(lesson.title);
      const number = LESSONS.indexOf(lesson) + 1;
      const name = `${String(number).padStart(2, "0")}-${lesson.id}`;
      const traceFile = options.diagrams === undefined
        ? undefined
        : join(options.diagrams, `${name}.jsonl`);
      if (traceFile) await Deno.remove(traceFile).catch(() => {});
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
        ...(traceFile === undefined ? {} : { traceFile }),
        command: (line) => ctx.say("$ " + line),
        print: (role, stream, line) => {
          const text = `${padColumns(labels[role], width)} │ ${line}`;
          if (stream === "stderr") writeLine(io.stderr, text);
          else ctx.say(text);
        },
      }).catch((error: unknown) => ({ passed: false, reason: ctx.describe(error) }));
      if (outcome.passed) passed++;
      if (traceFile) {
        const drawn = await drawLesson(traceFile, join(options.diagrams!, `${name}.svg`), title, t);
        if (drawn) ctx.say(t("diagram.written", { path: drawn }));
      }
      ctx.show(
        outcome.passed
          ? t("demo.pass", { title })
          : t("demo.fail", { title, reason: outcome.reason ?? "" }),
      );
    }
    ctx.say("");
    ctx.show(t("demo.summary", { passed, total: lessons.length }));
    return passed === lessons.length ? 0 : 1;
  },
});

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
