/**
 * How a reply is judged: a script's texts with this run's words filled in, what a step waits for
 * (for the report), and the verdict on a reply taken whole.
 *
 * @module
 */
import { equals, startsWith } from "@std/bytes";
import { TimeUp } from "./connections.ts";
import { compileRegex, type Found, type Program, Search } from "./regex_program.ts";
import type { Match } from "./script.ts";

/**
 * The words a script's texts may hold: `{run}` is this run's token, `{i}` a parallel client's
 * number, `{round}` a repeat's round (from 1); a stage's note may say `{rounds}`, the rounds its
 * repeat ran.
 */
export type Words = Readonly<Record<string, string>>;

/** `text` with the words it names filled in; a word it does not know stays as written. */
export function fill(text: string, words: Words): string {
  return text.replace(/\{(run|i|round|rounds)\}/g, (whole, name) => words[name] ?? whole);
}

/** What a step waited for, its texts filled in (`{run}`, `{i}`): for a failure's message. */
export interface Expected {
  /** How the reply was to be judged. */
  readonly kind: "exact" | "prefix" | "regex" | "any" | "echo" | "number";
  /** The text, the regex's source, the number, or how many bytes an echo gives back. */
  readonly value?: string;
  /** The delimiter the reply was to end with. */
  readonly until?: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** What `match` waits for, in the report's terms. */
export function expectedOf(
  match: Match,
  words: Words,
  until?: string,
  sent?: Uint8Array,
): Expected {
  const ending = until === undefined ? {} : { until };
  if ("exact" in match) return { kind: "exact", value: fill(match.exact, words), ...ending };
  if ("prefix" in match) return { kind: "prefix", value: fill(match.prefix, words), ...ending };
  if ("regex" in match) return { kind: "regex", value: fill(match.regex, words), ...ending };
  if ("number" in match) return { kind: "number", value: String(match.number.equals), ...ending };
  if ("echo" in match) return { kind: "echo", value: String(sent?.length ?? 0), ...ending };
  return { kind: "any", ...ending };
}

/** A reply judged: it passes, or it is not what was expected (and how). */
export type Verdict =
  | { readonly pass: true }
  | {
    readonly pass: false;
    /** For a number: the number the reply carried, when it carried one. */
    readonly number?: number;
    /** For an echo: the first byte where the reply differs from what was sent. */
    readonly differsAt?: number;
  };

/** The first index where `a` and `b` differ (the shorter one's length when one starts the other). */
function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return i;
  return length;
}

/** When a judgement must be over: the stage's deadline (a performance.now() time), and Ctrl+C. */
export interface JudgeLimits {
  readonly deadline: number;
  readonly signal?: AbortSignal;
}

/** Regexes compiled, by source: a script's few, with their words filled in. */
const programs = new Map<string, Program>();
const PROGRAMS_KEPT = 256;

function programOf(source: string): Program {
  let program = programs.get(source);
  if (!program) {
    if (programs.size >= PROGRAMS_KEPT) programs.clear();
    program = compileRegex(source);
    programs.set(source, program);
  }
  return program;
}

/**
 * Steps of the matcher (characters times instructions) between two looks at the clock: a few
 * milliseconds of work, so that a stage's deadline and Ctrl+C are heard at once.
 */
const STEPS_BETWEEN_LOOKS = 200_000;
/** How long a search may keep the event loop before timers and signals get a turn. */
const YIELD_EVERY_MS = 20;

/**
 * The first match of `source` in `text`, searched with socklab's own matcher. Throws
 * {@linkcode TimeUp} once the deadline has passed, and the signal's reason on Ctrl+C.
 */
async function search(
  source: string,
  text: string,
  limits: JudgeLimits,
): Promise<Found | undefined> {
  const program = programOf(source);
  const units = Math.max(1, Math.floor(STEPS_BETWEEN_LOOKS / program.code.length));
  const running = new Search(program, text);
  let yielded = performance.now();
  while (!running.advance(units)) {
    if (limits.signal?.aborted) throw limits.signal.reason;
    const now = performance.now();
    if (now >= limits.deadline) throw new TimeUp("match");
    if (now - yielded >= YIELD_EVERY_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      yielded = performance.now();
    }
  }
  return running.found;
}

/**
 * Judges a whole reply. Texts compare as bytes (their UTF-8), a regex and a number search the reply
 * as UTF-8 text, an echo compares with what the client sent since its last reply. A regex's search
 * ends by `limits` (it throws {@linkcode TimeUp} past the deadline), whatever the regex and the reply.
 */
export async function judge(
  reply: Uint8Array,
  match: Match,
  words: Words,
  sent: Uint8Array,
  limits: JudgeLimits,
): Promise<Verdict> {
  if ("exact" in match || "prefix" in match) {
    const wanted = encoder.encode(fill("exact" in match ? match.exact : match.prefix, words));
    const fine = "exact" in match ? equals(reply, wanted) : startsWith(reply, wanted);
    return fine ? { pass: true } : { pass: false };
  }
  if ("echo" in match) {
    return equals(reply, sent)
      ? { pass: true }
      : { pass: false, differsAt: firstDifference(reply, sent) };
  }
  if ("any" in match) return reply.length > 0 ? { pass: true } : { pass: false };
  const text = decoder.decode(reply);
  if ("regex" in match) {
    return await search(fill(match.regex, words), text, limits) ? { pass: true } : { pass: false };
  }
  // The number a reply carries is its first group's.
  const group = (await search(match.number.regex, text, limits))?.group;
  const number = group === undefined ? NaN : Number(group);
  if (number === match.number.equals) return { pass: true };
  return Number.isNaN(number) ? { pass: false } : { pass: false, number };
}
