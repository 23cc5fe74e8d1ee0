/**
 * How a reply is judged: a script's texts with this run's words filled in, what a step waits for
 * (for the report), and the verdict on a reply taken whole.
 *
 * @module
 */
import { equals, startsWith } from "@std/bytes";
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

/** The number a reply carries: the first group of `regex`, or NaN when it has none. */
function numberIn(text: string, regex: string): number {
  const found = new RegExp(regex).exec(text)?.[1];
  return found === undefined ? NaN : Number(found);
}

/**
 * Judges a whole reply. Texts compare as bytes (their UTF-8), a regex and a number search the reply
 * as UTF-8 text, an echo compares with what the client sent since its last reply.
 */
export function judge(reply: Uint8Array, match: Match, words: Words, sent: Uint8Array): Verdict {
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
    return new RegExp(fill(match.regex, words)).test(text) ? { pass: true } : { pass: false };
  }
  const number = numberIn(text, match.number.regex);
  if (number === match.number.equals) return { pass: true };
  return Number.isNaN(number) ? { pass: false } : { pass: false, number };
}
