import { extname } from "@std/path";
import { defineMode } from "../../cli/define.ts";
import { FileError, UsageError } from "../../errors.ts";
import { EXIT } from "../../exit_codes.ts";
import { writeText } from "../../io.ts";
import { languageOf, type Translate, translator } from "../../present/catalogue.ts";
import { buildDiagram } from "../../present/diagram/model.ts";
import { renderHtml } from "../../present/diagram/html.ts";
import { renderMermaid } from "../../present/diagram/mermaid.ts";
import {
  mergeTraces,
  readTrace,
  TRACE_LIMITS,
  TraceBudget,
  type TraceEntry,
  TraceFileError,
} from "../../present/diagram/records.ts";
import { renderSvg } from "../../present/diagram/svg.ts";
import { TRACE_EVENTS } from "../../present/trace.ts";
import { formatBytes, formatNumber } from "../../present/units.ts";
import { modeContext } from "../../run/context.ts";

/**
 * `socklab diagram`: reads `--trace-file` traces (a server's and its clients', in one file or
 * several), merges them by time, and draws the sequence diagram: SVG, an HTML page with a legend
 * and the events, or Mermaid for Markdown.
 */
export const diagram = defineMode({
  name: "diagram",
  role: "local",
  positionals: ["files"],
  examples: [
    "socklab echo-server --blocking --trace-file clase.jsonl",
    "socklab echo-client --stdin --trace-file clase.jsonl",
    "socklab diagram clase.jsonl -o clase.html",
  ],
  options: {
    files: { kind: "path-list", required: true },
    output: { kind: "string", short: "-o", placeholder: "FILE" },
  },
  validate(options) {
    if (options.output !== undefined && formatOf(options.output) === undefined) {
      throw new UsageError(translator(options.lang)("diagram.badFormat", { path: options.output }));
    }
  },
  async run(options, io): Promise<number> {
    const ctx = modeContext(options, io);
    const { t } = ctx;
    const entries = await readTraces(options.files, t);
    const names = options.files.join(", ");
    if (entries.length === 0) {
      ctx.warn(t("diagram.noEvents", { files: names }));
      return EXIT.failure;
    }
    const title = t("diagram.title", { files: names });
    const drawing = buildDiagram(entries, t);
    const format = options.output === undefined ? "md" : formatOf(options.output)!;
    const text = format === "svg"
      ? renderSvg(drawing, title)
      : format === "html"
      ? renderHtml(drawing, entries, title, ctx.lang, t)
      : renderMermaid(drawing, title);
    if (options.output === undefined) {
      writeText(io.stdout, text);
      return EXIT.ok;
    }
    await Deno.writeTextFile(options.output, text).catch((error) => {
      throw FileError.from(options.output!, error);
    });
    ctx.say(t("diagram.written", { path: options.output }));
    return EXIT.ok;
  },
});

/** The format a diagram file's name asks for. */
function formatOf(path: string): "svg" | "html" | "md" | undefined {
  const extension = extname(path).toLowerCase();
  return extension === ".svg"
    ? "svg"
    : extension === ".html" || extension === ".htm"
    ? "html"
    : extension === ".md"
    ? "md"
    : undefined;
}

/**
 * Every file's records, merged by time; a file problem or a line that is not a record says so,
 * naming the line. Files are read a line at a time, within {@linkcode TRACE_LIMITS}.
 */
async function readTraces(paths: readonly string[], t: Translate): Promise<TraceEntry[]> {
  const files: TraceEntry[][] = [];
  const budget = new TraceBudget();
  for (const [source, path] of paths.entries()) {
    const file = await Deno.open(path).catch((error) => {
      throw FileError.from(path, error);
    });
    try {
      files.push(await readTrace(file.readable, source, budget));
    } catch (error) {
      if (error instanceof TraceFileError) throw new UsageError(traceProblem(error, path, t));
      // The runtime's error reading the file (a folder, a disk error) says what it is; a bug is
      // not one.
      if (Object.values(Deno.errors).some((kind) => error instanceof kind)) {
        throw FileError.from(path, error);
      }
      throw error;
    } finally {
      try {
        file.close();
      } catch {
        // Closed already: reading to the end, or cancelling the stream, closes it.
      }
    }
  }
  return mergeTraces(files);
}

/** What is wrong with a line of trace file `path`, in `t`'s language. */
function traceProblem(error: TraceFileError, path: string, t: Translate): string {
  const at = { file: path, line: error.line };
  const { problem } = error;
  const lang = languageOf(t);
  switch (problem.kind) {
    case "missing":
      return t("diagram.missingField", { ...at, field: problem.field });
    case "text":
      return t("diagram.textField", { ...at, field: problem.field });
    case "event":
      return t("diagram.badEvent", { ...at, events: TRACE_EVENTS.join(", ") });
    case "time":
      return t("diagram.badTime", at);
    case "bytes":
      return t("diagram.badBytes", at);
    case "long":
      return t("diagram.longLine", { ...at, size: formatBytes(TRACE_LIMITS.lineBytes, lang) });
    case "events":
      return t("diagram.tooManyEvents", {
        ...at,
        max: formatNumber(TRACE_LIMITS.events, lang),
        lines: TRACE_LIMITS.events,
      });
    case "size":
      return t("diagram.tooLarge", { ...at, size: formatBytes(TRACE_LIMITS.totalBytes, lang) });
    case "record":
      return t("diagram.badLine", at);
  }
}
