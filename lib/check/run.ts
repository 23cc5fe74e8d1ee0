/**
 * Runs a conversation script against a server that is already running: each stage in order,
 * bounded by its time limit, a failure ending its stage (not the run). What was said and heard is
 * kept, stage by stage, to be shown when a stage fails.
 *
 * @module
 */
import type { Trace } from "../present/trace.ts";
import type { Connection, Target } from "./connections.ts";
import { fill } from "./judge.ts";
import type { CheckReport, Failure, Note, StageReport } from "./outcome.ts";
import { localized, type Script, type Stage } from "./script.ts";
import { type RunState, StageRun, StepFailure } from "./stage_run.ts";

export type * from "./outcome.ts";

/** How a script is run. */
export interface RunScriptOptions {
  /** The language of the titles and hints. @default {"en"} */
  readonly lang?: string;
  /** Aborting it stops the check at once, every connection closed. */
  readonly signal?: AbortSignal;
  /** Every socket event of the checker's clients (`--trace`). */
  readonly trace?: Trace;
}

/** Where a check connects, as the user gives it. */
export interface Place {
  readonly host: string;
  /** Left out: the script's own port. */
  readonly port?: number;
  /** A Unix socket's path, instead of host and port. */
  readonly unix?: string;
}

/**
 * Where `script` is run: `unix`, or `host` and `port` — the script's own port when `place` gives
 * none. Undefined when neither has a port (and no `unix`): the caller says so its own way.
 */
export function targetOf(script: Script, place: Place): Target | undefined {
  const port = place.port ?? script.port;
  if (port === undefined && place.unix === undefined) return undefined;
  const unix = place.unix === undefined ? {} : { unix: place.unix };
  return { transport: script.transport, host: place.host, port: port ?? 0, ...unix };
}

/** `script` with every stage limited to `seconds` instead of its own limit (`--timeout`). */
export function withStageSeconds(script: Script, seconds: number | undefined): Script {
  if (seconds === undefined) return script;
  return { ...script, stages: script.stages.map((stage) => ({ ...stage, timeout: seconds })) };
}

/** `host:port`, or the Unix socket's path. */
function targetName(target: Target): string {
  if (target.unix !== undefined) return target.unix;
  return target.host.includes(":")
    ? `[${target.host}]:${target.port}`
    : `${target.host}:${target.port}`;
}

/** The script's hint for `failure`: its step's (already found), else its stage's when it is for it. */
function hintFor(stage: Stage, failure: Failure, stepHint: StepFailure["hint"], lang: string) {
  const hint = stepHint ??
    (stage.hint?.when.includes(failure.problem) ? stage.hint.text : undefined);
  return hint === undefined ? {} : { hint: localized(hint, lang) };
}

/** A stage that did not run: nothing listened when the first stage tried. */
function skipped(stage: Stage, number: number, lang: string): StageReport {
  return {
    number,
    title: localized(stage.title, lang),
    points: stage.points,
    passed: false,
    skipped: true,
    optional: stage.optional,
    ms: 0,
    notes: [],
    transcript: [],
  };
}

/** A stage that ran, as the report tells it: what its pass proves first, then what was noticed. */
function stageReport(
  stage: Stage,
  number: number,
  { run, failure, ms, words }: {
    run: StageRun;
    failure: StepFailure | undefined;
    ms: number;
    words: RunState["words"];
  },
  lang: string,
): StageReport {
  const notes: Note[] = [];
  if (!failure && stage.note) {
    const filled = fill(localized(stage.note, lang), { ...words, rounds: String(run.rounds) });
    notes.push({ kind: "text", text: filled });
  }
  notes.push(...run.notes);
  return {
    number,
    title: localized(stage.title, lang),
    points: stage.points,
    passed: failure === undefined,
    skipped: false,
    optional: stage.optional,
    ms,
    ...(failure
      ? { failure: failure.failure, ...hintFor(stage, failure.failure, failure.hint, lang) }
      : {}),
    notes,
    transcript: run.transcript,
  };
}

/** The report of a whole run from its stages': passed, failed, skipped, points. */
function totals(
  script: Script,
  target: Target,
  stages: readonly StageReport[],
  ms: number,
  interrupted: boolean,
  lang: string,
): CheckReport {
  const passed = stages.filter((stage) => stage.passed);
  const skippedCount = stages.filter((stage) => stage.skipped).length;
  const optionalFailed =
    stages.filter((stage) => stage.optional && !stage.passed && !stage.skipped).length;
  return {
    exercise: script.name,
    title: localized(script.title, lang),
    target: targetName(target),
    stages,
    passed: passed.length,
    failed: stages.length - passed.length - skippedCount - optionalFailed,
    optionalFailed,
    skipped: skippedCount,
    points: passed.reduce((sum, stage) => sum + stage.points, 0),
    total: script.stages.reduce((sum, stage) => sum + stage.points, 0),
    ms,
    interrupted,
  };
}

/**
 * Runs `script` against the server at `target`, every stage in order within its time limit, and
 * reports each. Never hangs: a stage that waits past its limit fails, and every connection is
 * closed when its stage ends (or when the stage that continues it does). When nothing listens at
 * the first stage, the others are reported skipped.
 */
export async function runScript(
  script: Script,
  target: Target,
  options: RunScriptOptions = {},
): Promise<CheckReport> {
  const lang = options.lang ?? "en";
  const started = performance.now();
  const state: RunState = {
    target,
    words: { run: crypto.randomUUID().slice(0, 8) },
    ...(options.trace ? { trace: options.trace } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    retryAsLine: script.retryAsLine,
    connectedOnce: false,
    lineMode: false,
    answeredUnframed: false,
  };
  const stages: StageReport[] = [];
  let interrupted = false;
  let clients = new Map<string, Connection>();
  const closeAll = () => {
    for (const client of clients.values()) client.close();
    clients.clear();
  };
  options.signal?.addEventListener("abort", closeAll);
  try {
    for (const [index, stage] of script.stages.entries()) {
      if (options.signal?.aborted) {
        interrupted = true;
        break;
      }
      if (stages[0]?.failure?.problem === "refused") {
        stages.push(skipped(stage, index + 1, lang));
        continue;
      }
      if (!stage.continues) {
        closeAll();
        clients = new Map();
      }
      const before = stage.continues ? stages.at(-1)?.transcript : undefined;
      const run = new StageRun(state, stage, clients, before);
      const stageStarted = performance.now();
      let failure: StepFailure | undefined;
      try {
        await run.run(stage.steps);
      } catch (error) {
        if (!(error instanceof StepFailure)) throw error;
        failure = error;
      }
      if (options.signal?.aborted) {
        interrupted = true;
        break;
      }
      const ms = performance.now() - stageStarted;
      stages.push(stageReport(stage, index + 1, { run, failure, ms, words: state.words }, lang));
    }
  } finally {
    options.signal?.removeEventListener("abort", closeAll);
    closeAll();
  }
  return totals(script, target, stages, performance.now() - started, interrupted, lang);
}
