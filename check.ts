/**
 * socklab's checks as a library: grade a running server from a test file. `check` runs a built-in
 * exercise (or a conversation script) against a server and resolves to its report; when a stage
 * fails, `report.transcript` says which, why, and what was said.
 *
 * Teachers who only download get the same as one file, `dist/check.js` (`deno task bundle`).
 *
 * @example Grade a server from `deno test`
 * ```ts ignore
 * import { check } from "./check.ts";
 *
 * Deno.test("clients are served at once", async () => {
 *   const report = await check("concurrent", { port: 8000 });
 *   if (report.failed > 0) throw new Error(report.transcript);
 * });
 * ```
 *
 * @module
 */
import { EXERCISE_SOURCES, EXERCISES } from "./lib/check/exercises.ts";
import { failuresText, reportJson, reportJunit } from "./lib/check/report.ts";
import { type CheckReport, runScript, targetOf, withStageSeconds } from "./lib/check/run.ts";
import { parseScript } from "./lib/check/parse_script.ts";
import type { Script } from "./lib/check/script.ts";
import { translator } from "./lib/present/catalogue.ts";
import { LANGS } from "./lib/present/lang.ts";

export type {
  CheckReport,
  Expected,
  Failure,
  Note,
  Problem,
  StageReport,
  TranscriptEntry,
} from "./lib/check/outcome.ts";
export type { Action, Hint, Localized, Match, Script, Stage, Step } from "./lib/check/script.ts";
export { type Expectation, parseScript, ScriptError } from "./lib/check/parse_script.ts";

/** Where the server is and how to talk to it. */
export interface CheckOptions {
  /** The server's host. @default {"127.0.0.1"} */
  readonly host?: string;
  /** The server's port. @default {the exercise's usual port} */
  readonly port?: number;
  /** A Unix domain socket's path, instead of TCP. */
  readonly unix?: string;
  /** The language of the report: "en" or "es". @default {"en"} */
  readonly lang?: string;
  /** Every stage's time limit in seconds, instead of the script's own. */
  readonly stageSeconds?: number;
  /** Aborting it stops the check at once. */
  readonly signal?: AbortSignal;
}

/** A check's report, with its failures as text and in the other forms socklab writes. */
export interface CheckResult extends CheckReport {
  /** The failed stages, each with what was expected, what came, a hint and the conversation. */
  readonly transcript: string;
  /** The report as one JSON value, as `socklab check --json` prints it. */
  json(): unknown;
  /** The report as JUnit XML, as `socklab check --junit` writes it. */
  junit(): string;
}

/** The names of the built-in exercises, in course order. */
export const exercises: readonly string[] = [...EXERCISES.keys()];

/** A built-in exercise's script as written, to copy and adapt. */
export function exerciseScript(name: string): unknown {
  if (!Object.hasOwn(EXERCISE_SOURCES, name)) throw new Error(`no exercise ${name}`);
  return structuredClone(EXERCISE_SOURCES[name]);
}

/**
 * Runs an exercise (by name, or a conversation script: parsed JSON or a {@linkcode Script})
 * against the server at `options`, and resolves to its report. Never hangs: each stage is bounded
 * by its time limit, and every connection is closed when it ends.
 */
export async function check(
  exercise: string | Script | Record<string, unknown>,
  options: CheckOptions = {},
): Promise<CheckResult> {
  // A script already parsed reads the same again: parsing is checking.
  const script = typeof exercise === "string"
    ? EXERCISES.get(exercise) ?? unknown(exercise)
    : parseScript(exercise);
  const lang = LANGS.find((known) => known === options.lang) ?? "en";
  const target = targetOf(script, { ...options, host: options.host ?? "127.0.0.1" });
  if (!target) throw new Error(`${script.name}: give a port, it has no usual one`);
  const report = await runScript(withStageSeconds(script, options.stageSeconds), target, {
    lang,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const t = translator(lang);
  return {
    ...report,
    transcript: report.failed > 0 ? failuresText(report, t) : "",
    json: () => reportJson(report, t),
    junit: () => reportJunit(report, t),
  };
}

function unknown(name: string): never {
  throw new Error(`no exercise ${name}; the exercises are: ${[...EXERCISES.keys()].join(", ")}`);
}
