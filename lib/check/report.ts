/**
 * A check's report as people and programs read it: numbered stages with ✓, ✗ or – (skipped) and,
 * for a failure, what was expected, what came, a hint and the conversation so far (`>` sent, `<`
 * received, bytes as `b'…'`); notes on what a pass proves; the same as one JSON object; or as JUnit
 * XML for CI systems and classroom graders.
 *
 * @module
 */
import { NetError } from "../errors.ts";
import { describeError } from "../present/describe.ts";
import { bytesLiteral, shortBytesLiteral } from "../present/bytes_literal.ts";
import { languageOf, type Translate } from "../present/catalogue.ts";
import { formatBytes, formatNumber } from "../present/units.ts";
import { textWidth } from "../present/columns.ts";
import { fitToTerminal } from "../present/wrap.ts";
import { safeText } from "../present/printable.ts";
import { xmlText } from "../present/diagram/svg.ts";
import { isCut, RECEIVED_LIMIT, TimeUp } from "./connections.ts";
import { MAX_PROGRAM, UnsupportedRegex } from "./regex_program.ts";
import type { Expectation } from "./parse_script.ts";
import type {
  CheckReport,
  Expected,
  Failure,
  Note,
  StageReport,
  TranscriptEntry,
} from "./outcome.ts";

/** How many lines of a failed stage's conversation are shown: enough to see it, short to read. */
const TRANSCRIPT_LINES = 40;
/** With more clients than this, a failure shows only the conversation of the client that failed. */
const CLIENTS_SHOWN = 4;
/** How much of a reply a failure line quotes. */
const QUOTED_BYTES = 200;

const encoder = new TextEncoder();

function seconds(ms: number, t: Translate): string {
  const lang = languageOf(t);
  return ms < 1000 ? `${formatNumber(ms, lang, 0)} ms` : `${formatNumber(ms / 1000, lang, 2)} s`;
}

/** Bytes as `b'…'`, the first {@linkcode QUOTED_BYTES} of `size` when there were more. */
function quoted(bytes: Uint8Array, size = bytes.length): string {
  if (size <= bytes.length) return shortBytesLiteral(bytes, QUOTED_BYTES);
  const shown = bytes.subarray(0, QUOTED_BYTES);
  return `${bytesLiteral(shown)} … (+${size - shown.length} bytes)`;
}

/** One event of the conversation, translated. */
function entryLine(entry: TranscriptEntry, t: Translate): string {
  const what = entry.bytes
    ? quoted(entry.bytes, entry.size)
    : entry.event === "quiet"
    ? t("check.event.quiet", { ms: entry.ms ?? 0 })
    : t(`check.event.${entry.event ?? "connect"}`);
  return `${safeText(entry.client)} ${entry.direction} ${what}`;
}

/** A failed stage's conversation, cut to what helps: the failing client's, at most 40 lines. */
export function conversation(stage: StageReport, t: Translate): string[] {
  const clients = new Set(stage.transcript.map((entry) => entry.client));
  const failing = stage.failure?.client;
  const entries = clients.size > CLIENTS_SHOWN && failing
    ? stage.transcript.filter((entry) => entry.client === failing)
    : stage.transcript;
  const lines = entries.map((entry) => entryLine(entry, t));
  if (lines.length <= TRANSCRIPT_LINES) return lines;
  const half = TRANSCRIPT_LINES / 2;
  return [
    ...lines.slice(0, half),
    t("check.linesLeftOut", { count: lines.length - TRANSCRIPT_LINES }),
    ...lines.slice(-half),
  ];
}

/** What a field of a script should have been, in the user's language. */
export function expectationText(expected: Expectation, t: Translate): string {
  switch (expected.kind) {
    case "number":
      return t("check.expected.number", { min: expected.min, max: expected.max });
    case "runs":
    case "clients":
      return t(`check.expected.${expected.kind}`, { max: expected.max });
    case "choice":
    case "one-of":
    case "list-of":
      return t(`check.expected.${expected.kind}`, { choices: expected.choices });
    case "unsupported":
      return t(`check.expected.unsupported.${expected.why}`, {
        regex: safeText(expected.regex),
        part: safeText(expected.part),
        max: formatNumber(MAX_PROGRAM, languageOf(t)),
      });
    default:
      return t(`check.expected.${expected.kind}`);
  }
}

/** What a step waited for, in words: `"OK HOLA\n"`, `a reply starting with "OK"`, `a line`. */
function expectedText(expected: Expected | undefined, t: Translate): string {
  if (!expected) return "";
  const value = expected.value ?? "";
  const quoted = shortBytesLiteral(encoder.encode(value), QUOTED_BYTES);
  const what = expected.kind === "exact"
    ? quoted
    : expected.kind === "prefix"
    ? t("check.expect.prefix", { value: quoted })
    : expected.kind === "regex"
    ? t("check.expect.regex", { value: `/${safeText(value)}/` })
    : expected.kind === "number"
    ? t("check.expect.number", { value })
    : expected.kind === "echo"
    ? t("check.expect.echo", { count: Number(value) })
    : t("check.expect.any");
  if (expected.until === undefined) return what;
  return t("check.expect.until", { what, until: bytesLiteral(encoder.encode(expected.until)) });
}

/**
 * A network failure as one translated sentence. Never "run again with --debug": the report has
 * no stack to show. An error socklab does not explain is named by its kind.
 */
function networkFailure(cause: unknown, t: Translate): string {
  if (cause instanceof NetError) return describeError(cause, t);
  if (cause instanceof Deno.errors.TimedOut) return t("check.problem.timedOut");
  if (cause instanceof TimeUp) return t(`check.problem.timeUp.${cause.during}`);
  if (cause instanceof UnsupportedRegex) {
    const max = formatNumber(MAX_PROGRAM, languageOf(t));
    return t("check.problem.regexTooLarge", { regex: safeText(cause.part), max });
  }
  const name = cause instanceof Error ? cause.name : typeof cause;
  return t("check.problem.unexplained", { name });
}

/** What went wrong, in one translated line. */
export function failureLine(failure: Failure, t: Translate): string {
  const got = failure.got && failure.got.length > 0
    ? shortBytesLiteral(failure.got, QUOTED_BYTES)
    : t("check.nothing");
  const expected = expectedText(failure.expected, t);
  switch (failure.problem) {
    case "mismatch":
      if (failure.differsAt !== undefined && failure.got) {
        return t("check.problem.echo", {
          expected,
          length: failure.got.length,
          at: failure.differsAt,
          got,
        });
      }
      return t("check.problem.mismatch", { expected, got });
    case "partial":
    case "nothing":
      return t(`check.problem.${failure.problem}`, { expected, got });
    case "ended":
      if (!failure.expected) return t("check.problem.closedEarly");
      return failure.got && failure.got.length > 0
        ? t("check.problem.ended", { expected, got })
        : t("check.problem.endedSilent", { expected });
    case "spoke":
      return t("check.problem.spoke", { got });
    case "number": {
      const { got: number = 0, expected = 0 } = failure.number ?? {};
      return t("check.problem.number", { got: number, expected, lost: expected - number });
    }
    case "flood":
      return t("check.problem.flood", { size: formatBytes(RECEIVED_LIMIT, languageOf(t)) });
    case "refused":
    case "error":
      return networkFailure(failure.cause, t);
    case "stopped":
    case "no-connection":
    case "not-ended":
    case "unbound":
      return t(`check.problem.${failure.problem}`);
  }
}

/** The hint for a stage: the script's own for its failure, else the one for its kind of problem. */
function hintOf(stage: StageReport, report: CheckReport, t: Translate): string | undefined {
  if (stage.hint) return stage.hint;
  const failure = stage.failure;
  switch (failure?.problem) {
    case "ended":
      // Part of a reply, then the end, where a delimiter was awaited: the delimiter is missing.
      return failure.expected?.until !== undefined && (failure.got?.length ?? 0) > 0
        ? t("check.hint.partial")
        : t("check.hint.ended");
    case "partial":
    case "nothing":
    case "stopped":
      return t(`check.hint.${failure.problem}`);
    case "refused":
      return report.skipped > 0 ? t("check.hint.refused") : undefined;
    case "error":
      return isCut(failure.cause) ? t("check.hint.error") : undefined;
    default:
      return undefined;
  }
}

/** A note on a stage, in words. */
export function noteText(note: Note, t: Translate): string {
  switch (note.kind) {
    case "text":
      return note.text;
    case "backlog":
      return t("check.note.backlog", { waited: note.waited, of: note.of });
    case "line":
      return t("check.note.line");
    case "port":
      return t("check.note.port", { from: note.from, port: note.port });
    case "stranger":
      return t("check.note.stranger", { from: note.from, count: note.count });
  }
}

/** The totals line: stages passed (and skipped, and optional ones not passed), points. */
function summary(report: CheckReport, t: Translate): string {
  const stages = t("check.summary.stages", {
    passed: report.passed,
    // Not the stages listed: the failures' report lists only theirs.
    stages: report.passed + report.failed + report.skipped + report.optionalFailed,
  });
  const skipped = report.skipped > 0 ? [t("check.summary.skipped", { count: report.skipped })] : [];
  const optional = report.optionalFailed > 0
    ? [t("check.summary.optional", { count: report.optionalFailed })]
    : [];
  const points = t("check.summary.points", { points: report.points, total: report.total });
  return `${[stages, ...skipped, ...optional].join(", ")}; ${points}`;
}

/** A stage's mark: ✓ passed, ✗ failed, ○ optional and not passed, – skipped. */
function mark(stage: StageReport): string {
  if (stage.skipped) return "–";
  if (stage.passed) return "✓";
  return stage.optional ? "○" : "✗";
}

/** Spaces as wide as `text`: where the lines of a wrapped text go on. */
function under(text: string): string {
  return " ".repeat(textWidth(text));
}

/**
 * The report for a terminal (or a log): a line per stage, each failure explained under it. On a
 * terminal `columns` wide, a line of words is wrapped between them and goes on under its text (a
 * note's or a hint's under the words after its label); the conversation's lines are bytes and stay
 * whole. Without `columns` (a pipe, a file), nothing is wrapped.
 */
export function reportText(report: CheckReport, t: Translate, columns?: number): string {
  const lines: string[] = [];
  const indent = "     ";
  const put = (line: string, further: string) => lines.push(fitToTerminal(line, columns, further));
  /** A translated line with a label (`hint: {hint}`), going on under the words after the label. */
  const labelled = (line: string, label: string) =>
    put(indent + line, indent + (line.startsWith(label) ? under(label) : "  "));
  // A script's texts may come from anyone: shown as network text is, control characters escaped.
  const heading = { ...report, exercise: safeText(report.exercise), title: safeText(report.title) };
  put(t("check.heading", heading), "  ");
  for (const stage of report.stages) {
    const number = String(stage.number).padStart(2);
    if (stage.skipped) {
      put(`${number} – ${safeText(stage.title)} (${t("check.skipped")})`, indent);
      continue;
    }
    put(`${number} ${mark(stage)} ${safeText(stage.title)} (${seconds(stage.ms, t)})`, indent);
    for (const note of stage.notes) {
      const text = safeText(noteText(note, t));
      labelled(t("check.note", { note: text }), t("check.note", { note: "" }));
    }
    if (!stage.failure) continue;
    if (stage.optional) put(indent + t("check.optional"), indent + "  ");
    put(indent + failureLine(stage.failure, t), indent + "  ");
    const hint = hintOf(stage, report, t);
    if (hint) labelled(t("check.hint", { hint: safeText(hint) }), t("check.hint", { hint: "" }));
    const talk = conversation(stage, t);
    if (talk.length > 0) {
      put(indent + t("check.conversation"), indent + "  ");
      for (const line of talk) lines.push(indent + "  " + line);
    }
  }
  if (report.interrupted) put(t("check.interrupted"), "  ");
  put(summary(report, t), "  ");
  return lines.join("\n") + "\n";
}

/** The stages that did not pass, as text: what a test throws when a check fails. */
export function failuresText(report: CheckReport, t: Translate): string {
  return reportText({ ...report, stages: report.stages.filter((stage) => !stage.passed) }, t);
}

/** The report as one JSON value (docs/check.md describes its shape). */
export function reportJson(report: CheckReport, t: Translate): unknown {
  return {
    exercise: report.exercise,
    title: report.title,
    target: report.target,
    passed: report.passed,
    failed: report.failed,
    skipped: report.skipped,
    optionalFailed: report.optionalFailed,
    points: report.points,
    total: report.total,
    seconds: Number((report.ms / 1000).toFixed(3)),
    interrupted: report.interrupted,
    stages: report.stages.map((stage) => {
      const hint = hintOf(stage, report, t);
      return {
        number: stage.number,
        title: stage.title,
        passed: stage.passed,
        skipped: stage.skipped,
        optional: stage.optional,
        points: stage.passed ? stage.points : 0,
        of: stage.points,
        seconds: Number((stage.ms / 1000).toFixed(3)),
        notes: stage.notes.map((note) => noteText(note, t)),
        ...(stage.failure
          ? {
            failure: {
              client: stage.failure.client,
              problem: stage.failure.problem,
              message: failureLine(stage.failure, t),
              ...(hint ? { hint } : {}),
              conversation: conversation(stage, t),
            },
          }
          : {}),
      };
    }),
  };
}

/** The report as JUnit XML: one test suite, one test case per stage. */
export function reportJunit(report: CheckReport, t: Translate): string {
  // xmlText, not only escaping: a script's texts may hold characters XML 1.0 cannot (ESC, NUL).
  const attr = (value: string | number) => `"${xmlText(String(value))}"`;
  const cases = report.stages.map((stage) => {
    const head = `    <testcase classname=${attr(`socklab.check.${report.exercise}`)} name=${
      attr(`${stage.number}. ${stage.title}`)
    } time=${attr((stage.ms / 1000).toFixed(3))}`;
    const inside: string[] = [];
    if (stage.skipped) inside.push(`      <skipped message=${attr(t("check.skipped"))}/>`);
    if (stage.failure && stage.optional) {
      // Not a failure of the check: skipped, with what went wrong in its message.
      const message = `${t("check.optional")} — ${failureLine(stage.failure, t)}`;
      inside.push(`      <skipped message=${attr(message)}/>`);
    } else if (stage.failure) {
      const message = failureLine(stage.failure, t);
      const hint = hintOf(stage, report, t);
      const body = [
        message,
        ...(hint ? [t("check.hint", { hint })] : []),
        ...conversation(stage, t),
      ].join("\n");
      inside.push(
        `      <failure message=${attr(message)} type=${attr(stage.failure.problem)}>${
          xmlText(body)
        }</failure>`,
      );
    }
    if (stage.notes.length > 0) {
      const notes = stage.notes.map((note) => t("check.note", { note: noteText(note, t) }));
      inside.push(`      <system-out>${xmlText(notes.join("\n"))}</system-out>`);
    }
    if (inside.length === 0) return `${head}/>`;
    return `${head}>\n${inside.join("\n")}\n    </testcase>`;
  });
  const counts = `tests=${attr(report.stages.length)} failures=${attr(report.failed)} skipped=${
    attr(report.skipped + report.optionalFailed)
  } time=${attr((report.ms / 1000).toFixed(3))}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="socklab check" ${counts}>`,
    `  <testsuite name=${attr(report.exercise)} ${counts}>`,
    ...cases,
    "  </testsuite>",
    "</testsuites>",
    "",
  ].join("\n");
}
