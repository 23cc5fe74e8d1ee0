/**
 * Reads a conversation script from JSON: every field checked, defaults filled in, and the first
 * field that is wrong named with its place (`stages[1].steps[2]`, field `text`).
 *
 * @module
 */
import {
  type Action,
  type Hint,
  HINTED_PROBLEMS,
  type Localized,
  type Match,
  MATCH_KINDS,
  type Problem,
  PROBLEMS,
  type Script,
  type Stage,
  type Step,
  STEP_KINDS,
} from "./script.ts";
import { fill } from "./judge.ts";
import { compileRegex, MAX_PROGRAM, UnsupportedRegex } from "./regex_program.ts";

/** What a field of a script should have been: its kind, and the words that go with it. */
export type Expectation =
  | {
    readonly kind:
      | "object"
      | "string"
      | "text"
      | "list"
      | "regex"
      | "true"
      | "boolean"
      | "hex"
      | "together"
      | "first"
      | "optional";
  }
  | { readonly kind: "number"; readonly min: number; readonly max: number }
  | { readonly kind: "runs" | "clients"; readonly max: number }
  | { readonly kind: "choice" | "one-of" | "list-of"; readonly choices: string }
  /**
   * A regex socklab's matcher cannot run in bounded time: `part` is a backreference, a lookaround or
   * a modifier, or the whole regex is too large once its repetitions are written out.
   */
  | {
    readonly kind: "unsupported";
    readonly regex: string;
    readonly part: string;
    readonly why: "backreference" | "lookaround" | "modifiers" | "size";
  };

/** An expectation in English words, for the error's own message. */
function inWords(expected: Expectation): string {
  switch (expected.kind) {
    case "object":
      return "an object";
    case "string":
      return "a string";
    case "text":
      return 'a string, or one per language with English among them: {"en": "…", "es": "…"}';
    case "list":
      return "a list of at least one";
    case "regex":
      return "a valid regular expression";
    case "true":
      return "true";
    case "boolean":
      return "true or false";
    case "together":
      return "a together step only among a parallel's own steps, at most once";
    case "first":
      return "false: the first stage has no stage before it to continue";
    case "optional":
      return "true only on a stage worth 0 points";
    case "hex":
      return "bytes in hexadecimal, two digits each";
    case "number":
      return `a number from ${expected.min} to ${expected.max}`;
    case "runs":
      return `steps that run at most ${expected.max} times in all, rounds and clients multiplied`;
    case "clients":
      return `at most ${expected.max} parallel clients at once`;
    case "choice":
      return `one of: ${expected.choices}`;
    case "one-of":
      return `exactly one of: ${expected.choices}`;
    case "list-of":
      return `a list of: ${expected.choices}`;
    case "unsupported":
      return expected.why === "size"
        ? `a regular expression of at most ${MAX_PROGRAM} parts once its repetitions are counted`
        : `a regular expression without ${expected.why}s: ${expected.part} in ${expected.regex}`;
  }
}

/** What is wrong with a script, and where: `stages[1].steps[2]`, field `text`. */
export class ScriptError extends Error {
  /** Says where in the script, which field, and what it should have been. */
  constructor(
    /** Where in the script: `stages[1].steps[2]`, or `` for the top. */
    readonly where: string,
    /** The field at fault. */
    readonly field: string,
    /** What it should have been: a string, a number within bounds, one of some words… */
    readonly expected: Expectation,
  ) {
    super(`${[where, field].filter(Boolean).join(".")}: expected ${inWords(expected)}`);
    this.name = "ScriptError";
  }
}

type Json = Record<string, unknown>;

/** Reads the fields of one JSON object, naming where it is when one is wrong. */
class Fields {
  constructor(readonly value: Json, readonly where: string) {}

  static of(value: unknown, where: string, field: string): Fields {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new ScriptError(where, field, { kind: "object" });
    }
    return new Fields(value as Json, where);
  }

  fail(field: string, expected: Expectation): never {
    throw new ScriptError(this.where, field, expected);
  }

  string(field: string): string;
  string(field: string, fallback: string): string;
  string(field: string, fallback?: string): string {
    const value = this.value[field];
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value !== "string") this.fail(field, { kind: "string" });
    return value;
  }

  optionalString(field: string): string | undefined {
    return this.value[field] === undefined ? undefined : this.string(field);
  }

  number(field: string, min: number, max: number, fallback?: number): number {
    const value = this.value[field] ?? fallback;
    if (typeof value !== "number" || !(value >= min && value <= max)) {
      this.fail(field, { kind: "number", min, max });
    }
    return value;
  }

  optionalNumber(field: string, min: number, max: number): number | undefined {
    return this.value[field] === undefined ? undefined : this.number(field, min, max);
  }

  boolean(field: string): boolean {
    const value = this.value[field] ?? false;
    if (typeof value !== "boolean") this.fail(field, { kind: "boolean" });
    return value;
  }

  localized(field: string): Localized;
  localized(field: string, optional: true): Localized | undefined;
  localized(field: string, optional = false): Localized | undefined {
    const value = this.value[field];
    if (value === undefined && optional) return undefined;
    if (typeof value === "string") return value;
    const byLanguage = Fields.of(value, this.where, field).value;
    const texts = Object.entries(byLanguage);
    const fine = texts.every(([lang, text]) =>
      LANGUAGE_CODE.test(lang) && typeof text === "string"
    );
    if (!fine || typeof byLanguage.en !== "string") this.fail(field, { kind: "text" });
    return Object.fromEntries(texts) as Localized;
  }

  choice<C extends string>(field: string, choices: readonly C[], fallback?: C): C {
    const value = this.value[field] ?? fallback;
    if (!choices.includes(value as C)) {
      this.fail(field, { kind: "choice", choices: choices.join(", ") });
    }
    return value as C;
  }

  /** A list of some of `choices`, each at most once. */
  choices<C extends string>(field: string, choices: readonly C[]): C[] {
    const value = this.value[field];
    const fine = Array.isArray(value) && value.length > 0 &&
      value.every((item) => choices.includes(item)) && new Set(value).size === value.length;
    if (!fine) this.fail(field, { kind: "list-of", choices: choices.join(", ") });
    return value as C[];
  }

  list(field: string): unknown[] {
    const value = this.value[field];
    if (!Array.isArray(value) || value.length === 0) this.fail(field, { kind: "list" });
    return value;
  }

  hex(field: string): string {
    const value = this.string(field);
    if (!/^([0-9a-fA-F]{2})+$/.test(value)) this.fail(field, { kind: "hex" });
    return value;
  }

  /** The one of `kinds` this object has as a field: `{"exact": "…"}` is an exact match. */
  oneOf<K extends string>(field: string, kinds: readonly K[]): K {
    const present = kinds.filter((kind) => this.value[kind] !== undefined);
    if (present.length !== 1) this.fail(field, { kind: "one-of", choices: kinds.join(", ") });
    return present[0];
  }

  /** `hint` with the problems it is for (`hintWhen`), or undefined when there is none. */
  hint(): Hint | undefined {
    const text = this.localized("hint", true);
    if (text === undefined) {
      if (this.value.hintWhen !== undefined) this.localized("hint");
      return undefined;
    }
    const when: readonly Problem[] = this.value.hintWhen === undefined
      ? HINTED_PROBLEMS
      : this.choices("hintWhen", PROBLEMS);
    return { text, when };
  }
}

/** A language's code, as a localized text's keys are: `es`, `pt`, `pt-BR`, `zh-Hant`. */
const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Words like those a run fills into a regex (`{i}`, `{round}`): 2, the least number that repeats. */
const SAMPLE_WORDS = { run: "0a1b2c3d", i: "2", round: "2", rounds: "2" };

/**
 * A regular expression of a script, checked now rather than when a server is waiting: valid, and
 * one socklab's matcher runs (it has no backreferences, lookarounds or modifiers, which would need
 * a matcher that can backtrack for ever), as written and with words filled in.
 */
function checkedRegex(fields: Fields, field: string, source: string): string {
  try {
    new RegExp(source);
  } catch {
    throw new ScriptError(fields.where, field, { kind: "regex" });
  }
  for (const written of [source, fill(source, SAMPLE_WORDS)]) {
    try {
      compileRegex(written);
    } catch (error) {
      if (!(error instanceof UnsupportedRegex)) continue; // `{i}` filled in made it invalid
      const { part, why } = error;
      throw new ScriptError(fields.where, field, { kind: "unsupported", regex: source, part, why });
    }
  }
  return source;
}

function parseMatch(value: unknown, where: string): Match {
  const fields = Fields.of(value, where, "reply");
  const inner = new Fields(fields.value, `${where}.reply`);
  const kind = inner.oneOf("reply", MATCH_KINDS);
  switch (kind) {
    case "exact":
      return { exact: inner.string("exact") };
    case "prefix":
      return { prefix: inner.string("prefix") };
    case "regex":
      return { regex: checkedRegex(inner, "regex", inner.string("regex")) };
    case "any":
    case "echo":
      if (inner.value[kind] !== true) inner.fail(kind, { kind: "true" });
      return kind === "any" ? { any: true } : { echo: true };
    case "number": {
      const number = Fields.of(inner.value.number, inner.where, "number");
      const at = new Fields(number.value, `${inner.where}.number`);
      return {
        number: {
          regex: checkedRegex(at, "regex", at.string("regex")),
          equals: at.number("equals", -Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER),
        },
      };
    }
  }
}

/** Where a list of steps sits: only a parallel's own steps may hold a `together`. */
type Place = "stage" | "parallel";

function parseSteps(value: unknown[], where: string, place: Place = "stage"): Step[] {
  const steps = value.map((step, i) => parseStep(step, `${where}[${i}]`, place));
  const together = steps.flatMap((step, i) => step.do === "together" ? [i] : []);
  if (together.length > 1) {
    throw new ScriptError(`${where}[${together[1]}]`, "do", { kind: "together" });
  }
  return steps;
}

function parseStep(value: unknown, where: string, place: Place): Step {
  const fields = Fields.of(value, where, "");
  const action = parseAction(fields, place);
  const hint = fields.hint();
  return hint === undefined ? action : { ...action, hint };
}

function parseAction(fields: Fields, place: Place): Action {
  const where = fields.where;
  const kind = fields.choice("do", STEP_KINDS);
  const client = () => fields.string("client", "main");
  switch (kind) {
    case "connect":
    case "closed":
    case "shutdown":
    case "close":
      return { do: kind, client: client() };
    case "send": {
      const pieces = fields.optionalNumber("pieces", 1, 65536);
      const what = fields.oneOf("text", ["text", "hex", "size"] as const);
      const data = what === "text"
        ? { text: fields.string("text") }
        : what === "hex"
        ? { hex: fields.hex("hex") }
        : { size: fields.number("size", 1, 1024 * 1024) };
      return {
        do: "send",
        client: client(),
        ...data,
        ...(pieces === undefined ? {} : { pieces }),
      };
    }
    case "expect": {
      const until = fields.optionalString("until");
      const quiet = fields.optionalNumber("quiet", 1, 10_000);
      const keep = fields.boolean("keep");
      return {
        do: "expect",
        client: client(),
        reply: parseMatch(fields.value.reply, where),
        ...(until === undefined ? {} : { until }),
        ...(quiet === undefined ? {} : { quiet }),
        ...(keep ? { keep } : {}),
      };
    }
    case "silent":
      return { do: "silent", client: client(), ms: fields.number("ms", 1, 60_000) };
    case "pause":
      return { do: "pause", ms: fields.number("ms", 0, 60_000) };
    case "bound":
      return { do: "bound" };
    case "burst":
      return { do: "burst", clients: fields.number("clients", 2, 100) };
    case "together":
      if (place !== "parallel") fields.fail("do", { kind: "together" });
      return { do: "together" };
    case "parallel":
      return {
        do: "parallel",
        clients: fields.number("clients", 1, 1000),
        steps: parseSteps(fields.list("steps"), `${where}.steps`, "parallel"),
      };
    case "repeat": {
      const seconds = fields.optionalNumber("seconds", 0.1, 600);
      return {
        do: "repeat",
        times: fields.number("times", 1, 100_000),
        ...(seconds === undefined ? {} : { seconds }),
        steps: parseSteps(fields.list("steps"), `${where}.steps`),
      };
    }
  }
}

/** The most steps a stage may run, its repeats' rounds and its parallels' clients multiplied. */
export const MAX_STEP_RUNS = 200_000;
/** The most clients a stage's parallels may have at once (nested parallels multiply). */
export const MAX_PARALLEL_CLIENTS = 1000;

/** How many steps `steps` run, rounds and clients multiplied (ever larger: stops past the cap). */
function runsOf(steps: readonly Step[]): number {
  let runs = 0;
  for (const step of steps) {
    runs += step.do === "repeat"
      ? step.times * runsOf(step.steps)
      : step.do === "parallel"
      ? step.clients * runsOf(step.steps)
      : step.do === "burst"
      ? step.clients
      : 1;
    if (runs > MAX_STEP_RUNS) return runs;
  }
  return runs;
}

/** How many clients `steps` have at once at most: a parallel's in each of its clients' steps. */
function clientsOf(steps: readonly Step[]): number {
  let most = 1;
  for (const step of steps) {
    const clients = step.do === "parallel"
      ? step.clients * clientsOf(step.steps)
      : step.do === "repeat"
      ? clientsOf(step.steps)
      : 1;
    most = Math.max(most, clients);
  }
  return most;
}

function parseStage(value: unknown, where: string): Stage {
  const fields = Fields.of(value, where, "");
  const hint = fields.hint();
  const note = fields.localized("note", true);
  const points = fields.number("points", 0, 1000, 1);
  const optional = fields.boolean("optional");
  if (optional && points > 0) fields.fail("optional", { kind: "optional" });
  return {
    title: fields.localized("title"),
    points,
    timeout: fields.number("timeout", 0.1, 600, 5),
    ...(hint === undefined ? {} : { hint }),
    ...(note === undefined ? {} : { note }),
    optional,
    continues: fields.boolean("continues"),
    steps: boundedSteps(fields),
  };
}

/** A stage's steps, refused when they would run too many steps or clients (a script is untrusted). */
function boundedSteps(fields: Fields): Step[] {
  const steps = parseSteps(fields.list("steps"), `${fields.where}.steps`);
  if (clientsOf(steps) > MAX_PARALLEL_CLIENTS) {
    fields.fail("steps", { kind: "clients", max: MAX_PARALLEL_CLIENTS });
  }
  if (runsOf(steps) > MAX_STEP_RUNS) fields.fail("steps", { kind: "runs", max: MAX_STEP_RUNS });
  return steps;
}

/**
 * Checks a script read from JSON and returns it typed, with its defaults filled in; a
 * {@linkcode ScriptError} names the first field that is wrong.
 *
 * @example
 * ```ts
 * import { assertEquals, assertThrows } from "@std/assert";
 * import { parseScript, ScriptError } from "./parse_script.ts";
 *
 * const script = parseScript({
 *   name: "upper",
 *   title: "one request, its reply",
 *   stages: [{
 *     title: "MAYUS hola",
 *     steps: [
 *       { do: "connect" },
 *       { do: "send", text: "MAYUS hola\n" },
 *       { do: "expect", reply: { exact: "OK HOLA\n" } },
 *     ],
 *   }],
 * });
 * assertEquals(script.stages[0].points, 1);
 * assertEquals(script.stages[0].steps[1], { do: "send", client: "main", text: "MAYUS hola\n" });
 *
 * const error = assertThrows(
 *   () => parseScript({ name: "x", title: "x", stages: [{ title: "x", steps: [{ do: "sned" }] }] }),
 *   ScriptError,
 * );
 * assertEquals([error.where, error.field], ["stages[0].steps[0]", "do"]);
 * ```
 */
export function parseScript(value: unknown): Script {
  const top = Fields.of(value, "", "script");
  const port = top.optionalNumber("port", 1, 65535);
  const stages = top.list("stages").map((stage, i) => parseStage(stage, `stages[${i}]`));
  if (stages[0].continues) {
    throw new ScriptError("stages[0]", "continues", { kind: "first" });
  }
  return {
    name: top.string("name"),
    title: top.localized("title"),
    transport: top.choice("transport", ["tcp", "udp"] as const, "tcp"),
    ...(port === undefined ? {} : { port }),
    retryAsLine: top.boolean("retryAsLine"),
    stages,
  };
}
