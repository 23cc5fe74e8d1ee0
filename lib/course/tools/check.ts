import { defineMode } from "../../cli/define.ts";
import type { ModeOptions } from "../../cli/spec.ts";
import { closest } from "../../cli/suggest.ts";
import { EXERCISE_SOURCES, EXERCISES } from "../../check/exercises.ts";
import { expectationText, reportJson, reportJunit, reportText } from "../../check/report.ts";
import { runScript, type Target, targetOf, withStageSeconds } from "../../check/run.ts";
import { parseScript, ScriptError } from "../../check/parse_script.ts";
import { localized, type Script } from "../../check/script.ts";
import { FileError, UsageError } from "../../errors.ts";
import { EXIT } from "../../exit_codes.ts";
import { writeLine } from "../../io.ts";
import { languageOf, type Translate } from "../../present/catalogue.ts";
import { formatBytes } from "../../present/units.ts";
import { padColumns } from "../../present/columns.ts";
import { modeContext } from "../../run/context.ts";

/**
 * `socklab check`: runs an exercise's stages (or a teacher's conversation script) against a server
 * that is already running, and reports each stage: ✓/✗, points, and for a failure the conversation
 * so far with a hint. Exit 0 when every stage passed, 1 when one failed.
 */
export const check = defineMode({
  name: "check",
  role: "stream-client",
  positionals: ["exercise"],
  examples: [
    "socklab text-server --raw upper",
    "socklab check upper --port 54321",
    "socklab check --list",
    "socklab check --script ejercicio.json --port 9000 --junit informe.xml",
  ],
  options: {
    exercise: { kind: "string", placeholder: "EXERCISE" },
    port: { kind: "port" },
    script: { kind: "string", placeholder: "FILE" },
    list: { kind: "flag" },
    show: { kind: "string", placeholder: "NAME" },
    json: { kind: "flag" },
    junit: { kind: "string", placeholder: "FILE" },
    timeout: { kind: "number", range: [0.1, 600], placeholder: "SECONDS" },
  },
  validate(_options, check) {
    const asked = (["exercise", "script", "list", "show"] as const).filter((name) =>
      check.given(name)
    );
    for (const other of asked.slice(1)) {
      check.conflicts(other, asked[0], "why.check.one");
    }
  },
  async run(options, io): Promise<number> {
    const ctx = modeContext(options, io);
    const { t } = ctx;
    if (options.list) {
      ctx.result(t("check.list"));
      // On a terminal, a title goes on under its column.
      const titleColumn = " ".repeat(15 + 10);
      for (const [name, script] of EXERCISES) {
        const port = `${script.port ?? "—"}${script.transport === "udp" ? "/udp" : ""}`;
        ctx.result(
          padColumns(`  ${name}`, 15) + padColumns(port, 10) + localized(script.title, ctx.lang),
          titleColumn,
        );
      }
      return EXIT.ok;
    }
    if (options.show !== undefined) {
      writeLine(io.stdout, JSON.stringify(exerciseSource(options.show, t), null, 2));
      return EXIT.ok;
    }
    if (options.script === undefined && options.exercise === undefined) {
      throw new UsageError(t("check.noExercise"));
    }
    const script = options.script !== undefined
      ? await readScript(options.script, t)
      : exercise(options.exercise!, t);
    const report = await runScript(
      withStageSeconds(script, options.timeout),
      checkTarget(options, script, t),
      { lang: ctx.lang, signal: io.signal, trace: ctx.trace },
    );
    if (options.json) writeLine(io.stdout, JSON.stringify(reportJson(report, t), null, 2));
    else io.stdout.write(new TextEncoder().encode(reportText(report, t, io.columns)));
    if (options.junit !== undefined) {
      await Deno.writeTextFile(options.junit, reportJunit(report, t)).catch((error) => {
        throw FileError.from(options.junit!, error);
      });
      ctx.note(t("check.junitWritten", { path: options.junit }));
    }
    if (report.interrupted) return EXIT.interrupted;
    return report.failed > 0 ? EXIT.failure : EXIT.ok;
  },
});

export type CheckOptions = ModeOptions<typeof check>;

/**
 * Where check connects: `--unix`, or `--host` and `--port`, and without `--port` the exercise's own
 * port. A script with no port of its own needs `--port` (a usage error, before any socket opens).
 */
export function checkTarget(
  options: Pick<CheckOptions, "host" | "port" | "unix">,
  script: Script,
  t: Translate,
): Target {
  // 0 is the parser's value for a --port left out (one typed must be 1–65535).
  const port = options.port === 0 ? undefined : options.port;
  const target = targetOf(script, { ...options, port });
  if (target) return target;
  throw new UsageError(t("usage.missingArgument", {
    mode: "check",
    what: "--port",
    usage: `socklab check --script ${t("placeholder.FILE")} --port ${t("placeholder.PORT")}`,
  }));
}

function unknownExercise(name: string, t: Translate): UsageError {
  const match = closest(name, EXERCISES.keys());
  const suggestion = match ? t("usage.didYouMean", { name: match }) : "";
  return new UsageError(t("check.unknownExercise", { name, suggestion }));
}

/** A built-in exercise by name, or a usage error suggesting the closest. */
function exercise(name: string, t: Translate): Script {
  const script = EXERCISES.get(name);
  if (!script) throw unknownExercise(name, t);
  return script;
}

/** A built-in exercise's script as written. */
function exerciseSource(name: string, t: Translate): unknown {
  if (!Object.hasOwn(EXERCISE_SOURCES, name)) throw unknownExercise(name, t);
  return EXERCISE_SOURCES[name];
}

/** The largest script file read: the built-in exercises take a few KiB each. */
export const SCRIPT_LIMIT = 1024 * 1024;

/**
 * A script file's text; a usage error when it is larger than {@linkcode SCRIPT_LIMIT}, found
 * reading at most one byte past it (a size can lie: `/dev/zero`, a pipe).
 */
async function readLimited(path: string, t: Translate): Promise<string> {
  const file = await Deno.open(path).catch((error) => {
    throw FileError.from(path, error);
  });
  try {
    const bytes = new Uint8Array(SCRIPT_LIMIT + 1);
    let filled = 0;
    for (let n: number | null = 0; n !== null && filled < bytes.length; filled += n) {
      n = await file.read(bytes.subarray(filled)).catch((error) => {
        throw FileError.from(path, error);
      });
      if (n === null) break;
    }
    if (filled > SCRIPT_LIMIT) {
      const size = formatBytes(SCRIPT_LIMIT, languageOf(t));
      throw new UsageError(t("check.scriptTooLarge", { path, size }));
    }
    return new TextDecoder().decode(bytes.subarray(0, filled));
  } finally {
    file.close();
  }
}

/** A teacher's script from a file: a file problem, or a usage error naming the step and field. */
async function readScript(path: string, t: Translate): Promise<Script> {
  const text = await readLimited(path, t);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // The engine's words are English: only where it went wrong is passed on.
    const where = /line (\d+) column (\d+)/.exec((error as Error).message);
    throw new UsageError(
      where
        ? t("check.notJsonAt", { path, line: where[1], column: where[2] })
        : t("check.notJson", { path }),
    );
  }
  try {
    return parseScript(json);
  } catch (error) {
    if (!(error instanceof ScriptError)) throw error;
    const place = [error.where, error.field].filter(Boolean).join(".") || "script";
    const expected = expectationText(error.expected, t);
    throw new UsageError(t("check.badScript", { path, place, expected }));
  }
}
