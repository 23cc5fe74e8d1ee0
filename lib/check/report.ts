/**
 * A check's report as people and programs read it: numbered stages with ✓/✗ and, for a failure,
 * what was expected, what came, a hint and the conversation so far (`>` sent, `<` received, bytes
 * as `b'…'`); the same as one JSON object; or as JUnit XML for CI systems and classroom graders.
 *
 * @module
 */
import { escape } from "@std/html/entities";
import { describeError } from "../present/describe.ts";
import { bytesLiteral, shortBytesLiteral } from "../present/bytes_literal.ts";
import type { Translate } from "../present/catalogue.ts";
import type { CheckReport, Expected, Failure, StageReport, TranscriptEntry } from "./run.ts";
import type { Expectation } from "./script.ts";

/** How many lines of a failed stage's conversation are shown: enough to see it, short to read. */
const TRANSCRIPT_LINES = 40;
/** With more clients than this, a failure shows only the conversation of the client that failed. */
const CLIENTS_SHOWN = 4;

function seconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/** One event of the conversation, translated. */
function entryLine(entry: TranscriptEntry, t: Translate): string {
  const what = entry.bytes
    ? shortBytesLiteral(entry.bytes, 200)
    : t(`check.event.${entry.event ?? "connect"}`);
  return `${entry.client} ${entry.direction} ${what}`;
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
    case "choice":
    case "one-of":
      return t(`check.expected.${expected.kind}`, { choices: expected.choices });
    default:
      return t(`check.expected.${expected.kind}`);
  }
}

/** What a step waited for, in words: `"OK HOLA\n"`, `a reply starting with "OK"`, `a line`. */
function expectedText(expected: Expected | undefined, t: Translate): string {
  if (!expected) return "";
  const value = expected.value ?? "";
  const quoted = bytesLiteral(new TextEncoder().encode(value));
  const what = expected.kind === "exact"
    ? quoted
    : expected.kind === "prefix"
    ? t("check.expect.prefix", { value: quoted })
    : expected.kind === "regex"
    ? t("check.expect.regex", { value: `/${value}/` })
    : expected.kind === "number"
    ? t("check.expect.number", { value })
    : t("check.expect.any");
  if (expected.until === undefined) return what;
  return t("check.expect.until", {
    what,
    until: bytesLiteral(new TextEncoder().encode(expected.until)),
  });
}

/** What went wrong, in one translated line. */
export function failureLine(failure: Failure, t: Translate): string {
  const got = failure.got && failure.got.length > 0
    ? bytesLiteral(failure.got)
    : t("check.nothing");
  switch (failure.problem) {
    case "mismatch":
    case "partial":
    case "ended":
    case "nothing":
      return t(`check.problem.${failure.problem}`, {
        expected: expectedText(failure.expected, t),
        got,
      });
    case "spoke":
      return t("check.problem.spoke", { got });
    case "number": {
      const { got: number = 0, expected = 0 } = failure.number ?? {};
      return t("check.problem.number", { got: number, expected, lost: expected - number });
    }
    case "refused":
    case "error":
      return describeError(failure.cause, t);
    case "no-connection":
    case "not-ended":
    case "unbound":
      return t(`check.problem.${failure.problem}`);
  }
}

/** The hint for a failure: the stage's own, else the one for its kind of problem. */
function hintOf(stage: StageReport, t: Translate): string | undefined {
  if (stage.hint) return stage.hint;
  const problem = stage.failure?.problem;
  return problem === "partial" || problem === "ended" || problem === "nothing"
    ? t(`check.hint.${problem}`)
    : undefined;
}

/** The report for a terminal (or a log): a line per stage, each failure explained under it. */
export function reportText(report: CheckReport, t: Translate): string {
  const lines = [t("check.heading", report)];
  for (const stage of report.stages) {
    const mark = stage.passed ? "✓" : "✗";
    lines.push(`${String(stage.number).padStart(2)} ${mark} ${stage.title} (${seconds(stage.ms)})`);
    if (!stage.failure) continue;
    const indent = "     ";
    lines.push(indent + failureLine(stage.failure, t));
    const hint = hintOf(stage, t);
    if (hint) lines.push(indent + t("check.hint", { hint }));
    const talk = conversation(stage, t);
    if (talk.length > 0) {
      lines.push(indent + t("check.conversation"));
      for (const line of talk) lines.push(indent + "  " + line);
    }
  }
  if (report.interrupted) lines.push(t("check.interrupted"));
  lines.push(t("check.summary", {
    passed: report.passed,
    stages: report.stages.length,
    points: report.points,
    total: report.total,
  }));
  return lines.join("\n") + "\n";
}

/** The failed stages alone, as text: what a test throws when a check fails. */
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
    points: report.points,
    total: report.total,
    seconds: Number((report.ms / 1000).toFixed(3)),
    interrupted: report.interrupted,
    stages: report.stages.map((stage) => ({
      number: stage.number,
      title: stage.title,
      passed: stage.passed,
      points: stage.passed ? stage.points : 0,
      of: stage.points,
      seconds: Number((stage.ms / 1000).toFixed(3)),
      ...(stage.failure
        ? {
          failure: {
            client: stage.failure.client,
            problem: stage.failure.problem,
            message: failureLine(stage.failure, t),
            ...(hintOf(stage, t) ? { hint: hintOf(stage, t) } : {}),
            conversation: conversation(stage, t),
          },
        }
        : {}),
    })),
  };
}

/** The report as JUnit XML: one test suite, one test case per stage. */
export function reportJunit(report: CheckReport, t: Translate): string {
  const attr = (value: string | number) => `"${escape(String(value))}"`;
  const cases = report.stages.map((stage) => {
    const head = `    <testcase classname=${attr(`socklab.check.${report.exercise}`)} name=${
      attr(`${stage.number}. ${stage.title}`)
    } time=${attr((stage.ms / 1000).toFixed(3))}`;
    if (!stage.failure) return `${head}/>`;
    const message = failureLine(stage.failure, t);
    const hint = hintOf(stage, t);
    const body = [message, ...(hint ? [t("check.hint", { hint })] : []), ...conversation(stage, t)]
      .join("\n");
    return `${head}>\n      <failure message=${attr(message)} type=${attr(stage.failure.problem)}>${
      escape(body)
    }</failure>\n    </testcase>`;
  });
  const counts = `tests=${attr(report.stages.length)} failures=${attr(report.failed)} time=${
    attr((report.ms / 1000).toFixed(3))
  }`;
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
