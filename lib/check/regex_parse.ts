/**
 * A script's regular expression read into a tree, for socklab's own matcher (regex_program.ts):
 * JavaScript's syntax without flags (UTF-16 code units, Annex B's leniencies: a `{` that is not a
 * quantifier is itself, `\q` is `q`). What a matcher without backtracking cannot run —
 * backreferences, lookarounds, modifiers — is refused with the part that holds it.
 *
 * @module
 */

/** A set of UTF-16 code units: inclusive ranges, or everything but them. */
export interface CharSet {
  /** Pairs `[low, high]`, flattened. */
  readonly ranges: readonly number[];
  readonly negated: boolean;
}

/** A regex read into a tree. */
export type RegexNode =
  | { readonly type: "empty" }
  | { readonly type: "char"; readonly set: CharSet }
  | { readonly type: "sequence"; readonly items: readonly RegexNode[] }
  | { readonly type: "either"; readonly items: readonly RegexNode[] }
  /** `index`: the group's number among capturing groups (from 1); undefined for `(?:…)`. */
  | { readonly type: "group"; readonly index?: number; readonly body: RegexNode }
  | {
    readonly type: "repeat";
    readonly body: RegexNode;
    readonly min: number;
    readonly max: number;
    readonly greedy: boolean;
  }
  | { readonly type: "assert"; readonly kind: "start" | "end" | "word" | "notWord" };

/** What socklab's matcher cannot run, and where it is written. */
export class UnsupportedRegex extends Error {
  constructor(
    /** The part of the source that holds it. */
    readonly part: string,
    /** What it is. */
    readonly why: "backreference" | "lookaround" | "modifiers" | "size",
  ) {
    super(`${part}: a ${why} cannot be matched in bounded time`);
    this.name = "UnsupportedRegex";
  }
}

const DIGITS: readonly number[] = [0x30, 0x39];
const WORD: readonly number[] = [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a];
/** JavaScript's `\s`: white space and line terminators. */
// deno-fmt-ignore -- pairs of a range on one line read better than one number per line
const SPACE: readonly number[] = [
  0x09, 0x0d, 0x20, 0x20, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029,
  0x202f, 0x202f, 0x205f, 0x205f, 0x3000, 0x3000, 0xfeff, 0xfeff,
];
/** What `.` does not match without the `s` flag. */
const LINE_ENDS: readonly number[] = [0x0a, 0x0a, 0x0d, 0x0d, 0x2028, 0x2029];

/** `.`: any code unit but a line end. */
export const DOT: CharSet = { ranges: LINE_ENDS, negated: true };

const CLASS_ESCAPES: Readonly<Record<string, CharSet>> = {
  d: { ranges: DIGITS, negated: false },
  D: { ranges: DIGITS, negated: true },
  w: { ranges: WORD, negated: false },
  W: { ranges: WORD, negated: true },
  s: { ranges: SPACE, negated: false },
  S: { ranges: SPACE, negated: true },
};

const CONTROL_ESCAPES: Readonly<Record<string, number>> = {
  f: 0x0c,
  n: 0x0a,
  r: 0x0d,
  t: 0x09,
  v: 0x0b,
};

/** Whether code unit `c` is in `set`. */
export function inSet(set: CharSet, c: number): boolean {
  const { ranges } = set;
  for (let i = 0; i < ranges.length; i += 2) {
    if (c >= ranges[i] && c <= ranges[i + 1]) return !set.negated;
  }
  return set.negated;
}

/** Whether code unit `c` is a word character for `\b`. */
export function isWordUnit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || c === 0x5f ||
    (c >= 0x61 && c <= 0x7a);
}

function single(c: number): CharSet {
  return { ranges: [c, c], negated: false };
}

/** The ranges of `set` as a set that is not negated (to join it with others in a class). */
function positive(set: CharSet): number[] {
  if (!set.negated) return [...set.ranges];
  const pairs: [number, number][] = [];
  for (let i = 0; i < set.ranges.length; i += 2) pairs.push([set.ranges[i], set.ranges[i + 1]]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  let next = 0;
  for (const [low, high] of pairs) {
    if (low > next) out.push(next, low - 1);
    next = Math.max(next, high + 1);
  }
  if (next <= 0xffff) out.push(next, 0xffff);
  return out;
}

/** Reads a regex source that `new RegExp(source)` accepts. */
class Reader {
  #at = 0;
  #groups = 0;
  constructor(readonly source: string) {}

  read(): RegexNode {
    const node = this.#either();
    if (this.#at < this.source.length) throw new SyntaxError(`unexpected ${this.#peek()}`);
    return node;
  }

  #peek(offset = 0): string {
    return this.source[this.#at + offset] ?? "";
  }

  #either(): RegexNode {
    const items = [this.#sequence()];
    while (this.#peek() === "|") {
      this.#at++;
      items.push(this.#sequence());
    }
    return items.length === 1 ? items[0] : { type: "either", items };
  }

  #sequence(): RegexNode {
    const items: RegexNode[] = [];
    while (this.#at < this.source.length && this.#peek() !== "|" && this.#peek() !== ")") {
      const start = this.#at;
      const atom = this.#atom();
      items.push(this.#quantified(atom, start));
    }
    if (items.length === 0) return { type: "empty" };
    return items.length === 1 ? items[0] : { type: "sequence", items };
  }

  /** `atom` with the quantifier that follows it, if one does. */
  #quantified(atom: RegexNode, start: number): RegexNode {
    let min: number, max: number;
    const c = this.#peek();
    if (c === "*" || c === "+" || c === "?") {
      this.#at++;
      [min, max] = c === "*" ? [0, Infinity] : c === "+" ? [1, Infinity] : [0, 1];
    } else {
      const braces = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.#at));
      if (!braces) return atom;
      this.#at += braces[0].length;
      min = Number(braces[1]);
      max = braces[2] === undefined ? min : braces[3] ? Number(braces[3]) : Infinity;
    }
    const greedy = this.#peek() !== "?";
    if (!greedy) this.#at++;
    if (atom.type === "assert") {
      // Annex B lets only lookarounds be quantified; an assertion repeated matches as itself.
      throw new SyntaxError(`nothing to repeat at ${this.source.slice(start, this.#at)}`);
    }
    return { type: "repeat", body: atom, min, max, greedy };
  }

  #atom(): RegexNode {
    const start = this.#at;
    const c = this.source[this.#at++];
    switch (c) {
      case "^":
        return { type: "assert", kind: "start" };
      case "$":
        return { type: "assert", kind: "end" };
      case ".":
        return { type: "char", set: DOT };
      case "[":
        return { type: "char", set: this.#charClass() };
      case "(":
        return this.#group(start);
      case "\\":
        return this.#escape(start);
      default:
        return { type: "char", set: single(c.charCodeAt(0)) };
    }
  }

  #group(start: number): RegexNode {
    let index: number | undefined;
    if (this.#peek() === "?") {
      const head = /^\?(:|<[^=!>][^>]*>)?/.exec(this.source.slice(this.#at))![0];
      if (head === "?") {
        const lookaround = /^\?<?[=!]/.test(this.source.slice(this.#at));
        const end = this.source.indexOf(")", this.#at);
        throw new UnsupportedRegex(
          this.source.slice(start, end < 0 ? undefined : end + 1),
          lookaround ? "lookaround" : "modifiers",
        );
      }
      if (head !== "?:") index = ++this.#groups;
      this.#at += head.length;
    } else {
      index = ++this.#groups;
    }
    const body = this.#either();
    this.#at++; // ")"
    return index === undefined ? { type: "group", body } : { type: "group", index, body };
  }

  #escape(start: number): RegexNode {
    const c = this.#peek();
    if (c === "b" || c === "B") {
      this.#at++;
      return { type: "assert", kind: c === "b" ? "word" : "notWord" };
    }
    if (/[1-9]/.test(c) || (c === "k" && this.#peek(1) === "<")) {
      const end = c === "k" ? this.source.indexOf(">", this.#at) + 1 : this.#at + 1;
      throw new UnsupportedRegex(this.source.slice(start, end), "backreference");
    }
    return { type: "char", set: this.#escaped(false) };
  }

  /** What follows a backslash (already read), in a class or outside one. */
  #escaped(inClass: boolean): CharSet {
    const c = this.source[this.#at++] ?? "\\";
    if (c in CLASS_ESCAPES) return CLASS_ESCAPES[c];
    if (c in CONTROL_ESCAPES) return single(CONTROL_ESCAPES[c]);
    if (inClass && c === "b") return single(0x08);
    if (c === "0") {
      // A legacy octal escape: \0 and up to two more octal digits.
      const octal = /^[0-7]{0,2}/.exec(this.source.slice(this.#at))![0];
      this.#at += octal.length;
      return single(parseInt(`0${octal}`, 8));
    }
    if (c === "c") {
      const letter = this.#peek();
      if (/[a-zA-Z]/.test(letter) || (inClass && /[0-9_]/.test(letter))) {
        this.#at++;
        return single(letter.charCodeAt(0) % 32);
      }
      this.#at--; // `\c` alone is a backslash, then `c`
      return single(0x5c);
    }
    const hex = c === "x" ? 2 : c === "u" ? 4 : 0;
    if (hex > 0) {
      const digits = this.source.slice(this.#at, this.#at + hex);
      if (new RegExp(`^[0-9a-fA-F]{${hex}}$`).test(digits)) {
        this.#at += hex;
        return single(parseInt(digits, 16));
      }
    }
    return single(c.charCodeAt(0));
  }

  /** A class after its `[`, to its `]`. */
  #charClass(): CharSet {
    const negated = this.#peek() === "^";
    if (negated) this.#at++;
    const ranges: number[] = [];
    while (this.#at < this.source.length && this.#peek() !== "]") {
      const low = this.#classAtom();
      if (this.#peek() === "-" && this.#peek(1) !== "]" && this.#peek(1) !== "") {
        const save = this.#at;
        this.#at++;
        const high = this.#classAtom();
        if (isSingle(low) && isSingle(high)) {
          ranges.push(low.ranges[0], high.ranges[0]);
          continue;
        }
        // Annex B: a range with a class escape at either end is the two and a `-`.
        this.#at = save;
      }
      ranges.push(...positive(low));
    }
    this.#at++; // "]"
    return { ranges, negated };
  }

  #classAtom(): CharSet {
    const c = this.source[this.#at++];
    if (c === "\\") return this.#escaped(true);
    return single(c.charCodeAt(0));
  }
}

function isSingle(set: CharSet): boolean {
  return !set.negated && set.ranges.length === 2 && set.ranges[0] === set.ranges[1];
}

/**
 * `source` read into a tree. Throws {@linkcode UnsupportedRegex} for what only a backtracking
 * matcher runs, and a SyntaxError when JavaScript itself would not read it.
 *
 * @example A capturing group and a class
 * ```ts
 * import { assertEquals } from "@std/assert";
 * import { readRegex } from "./regex_parse.ts";
 *
 * assertEquals(readRegex("(\\d)?").type, "repeat");
 * ```
 */
export function readRegex(source: string): RegexNode {
  new RegExp(source); // JavaScript's own syntax errors first
  return new Reader(source).read();
}
