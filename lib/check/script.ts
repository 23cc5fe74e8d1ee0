/**
 * A conversation script: what `socklab check` says to a server and what it expects back, stage by
 * stage. Scripts are JSON (docs/check.md documents the format); {@linkcode parseScript} checks one
 * and turns it into these types, or names the step and the field that is wrong.
 *
 * @module
 */

/** A text for people: one for every language, or the same in all. */
export type Localized = string | { readonly en: string; readonly es?: string };

/** A whole script: the exercise it checks and its stages, in order. */
export interface Script {
  /** What `check NAME` calls it. */
  readonly name: string;
  /** One line: what the exercise teaches. */
  readonly title: Localized;
  /** TCP (the default) or UDP. */
  readonly transport: "tcp" | "udp";
  /** The port its server usually listens on, when the user gives none. */
  readonly port?: number;
  /** The stages, run in this order. */
  readonly stages: readonly Stage[];
}

/** A stage: steps that pass or fail together, with its points and its time limit. */
export interface Stage {
  /** What the stage checks, for the report. */
  readonly title: Localized;
  /** The points the stage is worth. @default {1} */
  readonly points: number;
  /** Seconds the whole stage may take. @default {5} */
  readonly timeout: number;
  /** Said when the stage fails: the usual mistake behind it. */
  readonly hint?: Localized;
  /** What the checker does and expects, in order. */
  readonly steps: readonly Step[];
}

/** What a reply must be. */
export type Match =
  | { readonly exact: string }
  | { readonly prefix: string }
  | { readonly regex: string }
  | { readonly any: true }
  /** A number the reply carries (the regex's first group) must equal this: lost updates. */
  | { readonly number: { readonly regex: string; readonly equals: number } };

/** One thing the checker does; `client` names a connection (`main` unless a step says). */
export type Step =
  | { readonly do: "connect"; readonly client: string }
  | {
    readonly do: "send";
    readonly client: string;
    /** What to send, as UTF-8 text (JSON's escapes: `\r\n`, `\u0000`). */
    readonly text?: string;
    /** Or the bytes themselves, in hexadecimal: `"00ff0d0a"`. */
    readonly hex?: string;
    /** Written in pieces of this many bytes, a moment apart, as a slow network would. */
    readonly pieces?: number;
  }
  | {
    readonly do: "expect";
    readonly client: string;
    readonly reply: Match;
    /** The reply ends with this (a line's `\n`); without it, as `reply` needs. */
    readonly until?: string;
  }
  /** The server closes its side: the next read is the end of the stream. */
  | { readonly do: "closed"; readonly client: string }
  /** Nothing arrives for this long: a request is not answered before it is whole. */
  | { readonly do: "silent"; readonly client: string; readonly ms: number }
  /** The client half-closes: it sends no more, and can still read. */
  | { readonly do: "shutdown"; readonly client: string }
  | { readonly do: "close"; readonly client: string }
  | { readonly do: "pause"; readonly ms: number }
  /** A UDP port on this machine has a socket bound to it (for a server that never answers). */
  | { readonly do: "bound" }
  /** These steps, once for each of `clients` clients at once; `{i}` in a text is the client's number. */
  | { readonly do: "parallel"; readonly clients: number; readonly steps: readonly Step[] }
  | { readonly do: "repeat"; readonly times: number; readonly steps: readonly Step[] };

/** What a field of a script should have been: its kind, and the words that go with it. */
export type Expectation =
  | { readonly kind: "object" | "string" | "text" | "list" | "regex" | "true" | "hex" }
  | { readonly kind: "number"; readonly min: number; readonly max: number }
  | { readonly kind: "choice" | "one-of"; readonly choices: string };

/** An expectation in English words, for the error's own message. */
function inWords(expected: Expectation): string {
  switch (expected.kind) {
    case "object":
      return "an object";
    case "string":
      return "a string";
    case "text":
      return 'a string, or {"en": "…", "es": "…"}';
    case "list":
      return "a list of at least one";
    case "regex":
      return "a valid regular expression";
    case "true":
      return "true";
    case "hex":
      return "bytes in hexadecimal, two digits each";
    case "number":
      return `a number from ${expected.min} to ${expected.max}`;
    case "choice":
      return `one of: ${expected.choices}`;
    case "one-of":
      return `exactly one of: ${expected.choices}`;
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

/** Every kind of step, by its `do`. */
export const STEP_KINDS = [
  "connect",
  "send",
  "expect",
  "closed",
  "silent",
  "shutdown",
  "close",
  "pause",
  "bound",
  "parallel",
  "repeat",
] as const;

/** Every way a reply can be judged. */
export const MATCH_KINDS = ["exact", "prefix", "regex", "any", "number"] as const;

/** Reads the fields of one JSON object, naming where it is when one is wrong. */
class Fields {
  constructor(readonly value: Json, readonly where: string) {}

  static of(value: unknown, where: string, field: string): Fields {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new ScriptError(where, field, { kind: "object" });
    }
    return new Fields(value as Json, where);
  }

  #fail(field: string, expected: Expectation): never {
    throw new ScriptError(this.where, field, expected);
  }

  string(field: string): string;
  string(field: string, fallback: string): string;
  string(field: string, fallback?: string): string {
    const value = this.value[field];
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value !== "string") this.#fail(field, { kind: "string" });
    return value;
  }

  optionalString(field: string): string | undefined {
    return this.value[field] === undefined ? undefined : this.string(field);
  }

  number(field: string, min: number, max: number, fallback?: number): number {
    const value = this.value[field] ?? fallback;
    if (typeof value !== "number" || !(value >= min && value <= max)) {
      this.#fail(field, { kind: "number", min, max });
    }
    return value;
  }

  optionalNumber(field: string, min: number, max: number): number | undefined {
    return this.value[field] === undefined ? undefined : this.number(field, min, max);
  }

  localized(field: string): Localized;
  localized(field: string, optional: true): Localized | undefined;
  localized(field: string, optional = false): Localized | undefined {
    const value = this.value[field];
    if (value === undefined && optional) return undefined;
    if (typeof value === "string") return value;
    const texts = Fields.of(value, this.where, field);
    const en = texts.value.en;
    const es = texts.value.es;
    if (typeof en !== "string" || (es !== undefined && typeof es !== "string")) {
      this.#fail(field, { kind: "text" });
    }
    return es === undefined ? { en } : { en, es };
  }

  choice<C extends string>(field: string, choices: readonly C[], fallback?: C): C {
    const value = this.value[field] ?? fallback;
    if (!choices.includes(value as C)) {
      this.#fail(field, { kind: "choice", choices: choices.join(", ") });
    }
    return value as C;
  }

  list(field: string): unknown[] {
    const value = this.value[field];
    if (!Array.isArray(value) || value.length === 0) this.#fail(field, { kind: "list" });
    return value;
  }

  hex(field: string): string {
    const value = this.string(field);
    if (!/^([0-9a-fA-F]{2})+$/.test(value)) this.#fail(field, { kind: "hex" });
    return value;
  }

  /** The one of `kinds` this object has as a field: `{"exact": "…"}` is an exact match. */
  oneOf<K extends string>(field: string, kinds: readonly K[]): K {
    const present = kinds.filter((kind) => this.value[kind] !== undefined);
    if (present.length !== 1) this.#fail(field, { kind: "one-of", choices: kinds.join(", ") });
    return present[0];
  }
}

/** A regular expression of a script, checked now rather than when a server is waiting. */
function checkedRegex(fields: Fields, field: string, source: string): string {
  try {
    new RegExp(source);
  } catch {
    throw new ScriptError(fields.where, field, { kind: "regex" });
  }
  return source;
}

function parseMatch(value: unknown, where: string): Match {
  const fields = Fields.of(value, where, "reply");
  const inner = new Fields(fields.value, `${where}.reply`);
  switch (inner.oneOf("reply", MATCH_KINDS)) {
    case "exact":
      return { exact: inner.string("exact") };
    case "prefix":
      return { prefix: inner.string("prefix") };
    case "regex":
      return { regex: checkedRegex(inner, "regex", inner.string("regex")) };
    case "any":
      if (inner.value.any !== true) throw new ScriptError(inner.where, "any", { kind: "true" });
      return { any: true };
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

function parseSteps(value: unknown[], where: string): Step[] {
  return value.map((step, i) => parseStep(step, `${where}[${i}]`));
}

function parseStep(value: unknown, where: string): Step {
  const fields = Fields.of(value, where, "");
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
      const what = fields.oneOf("text", ["text", "hex"] as const);
      const data = what === "text" ? { text: fields.string("text") } : { hex: fields.hex("hex") };
      return {
        do: "send",
        client: client(),
        ...data,
        ...(pieces === undefined ? {} : { pieces }),
      };
    }
    case "expect": {
      const until = fields.optionalString("until");
      return {
        do: "expect",
        client: client(),
        reply: parseMatch(fields.value.reply, where),
        ...(until === undefined ? {} : { until }),
      };
    }
    case "silent":
      return { do: "silent", client: client(), ms: fields.number("ms", 1, 60_000) };
    case "pause":
      return { do: "pause", ms: fields.number("ms", 0, 60_000) };
    case "bound":
      return { do: "bound" };
    case "parallel":
      return {
        do: "parallel",
        clients: fields.number("clients", 1, 1000),
        steps: parseSteps(fields.list("steps"), `${where}.steps`),
      };
    case "repeat":
      return {
        do: "repeat",
        times: fields.number("times", 1, 100_000),
        steps: parseSteps(fields.list("steps"), `${where}.steps`),
      };
  }
}

/**
 * Checks a script read from JSON and returns it typed, with its defaults filled in; a
 * {@linkcode ScriptError} names the first field that is wrong.
 *
 * @example
 * ```ts
 * import { assertEquals, assertThrows } from "@std/assert";
 * import { parseScript, ScriptError } from "./script.ts";
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
  return {
    name: top.string("name"),
    title: top.localized("title"),
    transport: top.choice("transport", ["tcp", "udp"] as const, "tcp"),
    ...(port === undefined ? {} : { port }),
    stages: top.list("stages").map((stage, i) => {
      const where = `stages[${i}]`;
      const fields = Fields.of(stage, where, "");
      const hint = fields.localized("hint", true);
      return {
        title: fields.localized("title"),
        points: fields.number("points", 0, 1000, 1),
        timeout: fields.number("timeout", 0.1, 600, 5),
        ...(hint === undefined ? {} : { hint }),
        steps: parseSteps(fields.list("steps"), `${where}.steps`),
      };
    }),
  };
}

/** A localized text in `lang`, or in English when it has none in that language. */
export function localized(text: Localized, lang: string): string {
  if (typeof text === "string") return text;
  return (lang === "es" ? text.es : undefined) ?? text.en;
}
