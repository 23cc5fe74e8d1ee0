/**
 * socklab's own regex matcher for check's scripts: a regex compiled into a small program and run
 * over the text once, every possible way at the same time (a Pike VM). Its time grows with the
 * text's length times the program's size, never exponentially, and a search can be stopped between
 * any two characters — JavaScript's RegExp backtracks (`\d+\d+$` on a few KiB runs for minutes)
 * and nothing, not even a Worker's termination, stops it. It finds what RegExp's `exec` finds —
 * whether there is a match, where the leftmost one starts, preferring what a backtracking matcher
 * would try first — and the first group's text. One difference: RegExp refuses a round of a repeat
 * that matches nothing, this matcher does not, so a first group inside a repeat whose body can
 * match nothing may hold another round's text (`(a*|b)*` style; whether there is a match is the
 * same).
 *
 * @module
 */
import {
  type CharSet,
  inSet,
  isWordUnit,
  readRegex,
  type RegexNode,
  UnsupportedRegex,
} from "./regex_parse.ts";

export { UnsupportedRegex } from "./regex_parse.ts";

/** The most instructions a program may have: `a{1000}{1000}` would not fit, and is refused. */
export const MAX_PROGRAM = 20_000;

type Instruction =
  | { readonly op: "char"; readonly set: CharSet }
  | { readonly op: "split"; next: number; other: number }
  | { readonly op: "jump"; to: number }
  /**
   * Saves the position: slot 0 is where the first group starts, slot 1 where it ends; "reset"
   * forgets both (each round of a repeat starts with its groups unset, as in JavaScript).
   */
  | { readonly op: "save"; readonly slot: 0 | 1 | "reset" }
  | { readonly op: "assert"; readonly kind: "start" | "end" | "word" | "notWord" }
  | { readonly op: "match" };

/** A compiled regex. */
export interface Program {
  readonly source: string;
  readonly code: readonly Instruction[];
}

/** Whether `node` holds the first capturing group. */
function holdsFirstGroup(node: RegexNode): boolean {
  switch (node.type) {
    case "group":
      return node.index === 1 || holdsFirstGroup(node.body);
    case "sequence":
    case "either":
      return node.items.some(holdsFirstGroup);
    case "repeat":
      return holdsFirstGroup(node.body);
    default:
      return false;
  }
}

class Compiler {
  readonly code: Instruction[] = [];
  constructor(readonly source: string) {}

  #emit(instruction: Instruction): number {
    if (this.code.length >= MAX_PROGRAM) throw new UnsupportedRegex(this.source, "size");
    this.code.push(instruction);
    return this.code.length - 1;
  }

  /** The program's last instruction. */
  end(): void {
    this.#emit({ op: "match" });
  }

  node(node: RegexNode): void {
    switch (node.type) {
      case "empty":
        return;
      case "char":
        this.#emit({ op: "char", set: node.set });
        return;
      case "assert":
        this.#emit({ op: "assert", kind: node.kind });
        return;
      case "sequence":
        for (const item of node.items) this.node(item);
        return;
      case "group":
        if (node.index === 1) this.#emit({ op: "save", slot: 0 });
        this.node(node.body);
        if (node.index === 1) this.#emit({ op: "save", slot: 1 });
        return;
      case "either":
        return this.#either(node.items);
      case "repeat":
        return this.#repeat(node.body, node.min, node.max, node.greedy);
    }
  }

  #either(items: readonly RegexNode[]): void {
    const jumps: { op: "jump"; to: number }[] = [];
    for (const [i, item] of items.entries()) {
      if (i === items.length - 1) {
        this.node(item);
        break;
      }
      const split = { op: "split" as const, next: 0, other: 0 };
      this.#emit(split);
      split.next = this.code.length;
      this.node(item);
      const jump = { op: "jump" as const, to: 0 };
      this.#emit(jump);
      jumps.push(jump);
      split.other = this.code.length;
    }
    for (const jump of jumps) jump.to = this.code.length;
  }

  /** `body` at least `min` and at most `max` times; `greedy`: as many as can be tried first. */
  #repeat(repeated: RegexNode, min: number, max: number, greedy: boolean): void {
    const reset = holdsFirstGroup(repeated);
    const body = () => {
      if (reset) this.#emit({ op: "save", slot: "reset" });
      this.node(repeated);
    };
    for (let i = 0; i < min; i++) body();
    if (max === Infinity) {
      const split = { op: "split" as const, next: 0, other: 0 };
      const loop = this.#emit(split);
      const start = this.code.length;
      body();
      this.#emit({ op: "jump", to: loop });
      this.#choose(split, start, this.code.length, greedy);
      return;
    }
    const splits: { op: "split"; next: number; other: number }[] = [];
    for (let i = min; i < max; i++) {
      const split = { op: "split" as const, next: 0, other: 0 };
      this.#emit(split);
      splits.push(split);
      split.next = this.code.length;
      body();
    }
    for (const split of splits) this.#choose(split, split.next, this.code.length, greedy);
  }

  /** Points `split` at `body` and `past`, the one tried first first. */
  #choose(split: { next: number; other: number }, body: number, past: number, greedy: boolean) {
    split.next = greedy ? body : past;
    split.other = greedy ? past : body;
  }
}

/**
 * `source` compiled. Throws {@linkcode UnsupportedRegex} for a backreference, a lookaround, a
 * modifier or a program over {@linkcode MAX_PROGRAM} instructions, and a SyntaxError for what
 * JavaScript would not read.
 */
export function compileRegex(source: string): Program {
  const compiler = new Compiler(source);
  compiler.node(readRegex(source));
  compiler.end();
  return { source, code: compiler.code };
}

/** A match: where it is, and the first group's text when the group took part. */
export interface Found {
  readonly index: number;
  readonly group?: string;
}

/** A thread's saved positions: where it started, and the first group's start and end (-1: none). */
type Saved = readonly [start: number, groupStart: number, groupEnd: number];

/**
 * One search of `program` in `text`, run a few characters at a time ({@linkcode Search.advance})
 * so that a caller can stop it between them.
 */
export class Search {
  #at = 0;
  #pcs: number[] = [];
  #saved: Saved[] = [];
  readonly #seen: Int32Array;
  #found: Saved | undefined;
  #done = false;

  constructor(readonly program: Program, readonly text: string) {
    this.#seen = new Int32Array(program.code.length).fill(-1);
  }

  /** The match, once {@linkcode Search.done}: undefined when there is none. */
  get found(): Found | undefined {
    const saved = this.#found;
    if (!saved) return undefined;
    const group = saved[1] >= 0 && saved[2] >= 0
      ? { group: this.text.slice(saved[1], saved[2]) }
      : {};
    return { index: saved[0], ...group };
  }

  get done(): boolean {
    return this.#done;
  }

  /** Goes on over at most `units` more code units of the text; true once the search is done. */
  advance(units: number): boolean {
    const { text } = this;
    const code = this.program.code;
    const end = Math.min(text.length, this.#at + units);
    while (!this.#done) {
      const at = this.#at;
      // A new start at every position, tried after every thread that started earlier.
      if (!this.#found) this.#add(this.#pcs, this.#saved, 0, at, [at, -1, -1]);
      if (this.#pcs.length === 0 && (this.#found || at >= text.length)) {
        this.#done = true;
        break;
      }
      if (at >= end && at < text.length) break;
      const unit = at < text.length ? text.charCodeAt(at) : -1;
      const pcs: number[] = [];
      const saved: Saved[] = [];
      for (let t = 0; t < this.#pcs.length; t++) {
        const instruction = code[this.#pcs[t]];
        if (instruction.op === "match") {
          this.#found = this.#saved[t];
          break; // the threads after it are tried only if it fails: it did not
        }
        if (instruction.op === "char" && unit >= 0 && inSet(instruction.set, unit)) {
          this.#add(pcs, saved, this.#pcs[t] + 1, at + 1, this.#saved[t]);
        }
      }
      this.#pcs = pcs;
      this.#saved = saved;
      if (at >= text.length) {
        this.#done = true;
        break;
      }
      this.#at = at + 1;
    }
    return this.#done;
  }

  /**
   * Adds the thread at `pc` to the list for position `at`, following jumps, splits (the preferred
   * side first), saves and assertions; a program counter already on the list is not added again.
   */
  #add(pcs: number[], saved: Saved[], pc: number, at: number, from: Saved): void {
    const code = this.program.code;
    const stack: [number, Saved][] = [[pc, from]];
    while (stack.length > 0) {
      const [next, state] = stack.pop()!;
      if (this.#seen[next] === at) continue;
      this.#seen[next] = at;
      const instruction = code[next];
      switch (instruction.op) {
        case "jump":
          stack.push([instruction.to, state]);
          break;
        case "split":
          stack.push([instruction.other, state], [instruction.next, state]);
          break;
        case "save":
          stack.push([
            next + 1,
            instruction.slot === "reset"
              ? [state[0], -1, -1]
              : instruction.slot === 0
              ? [state[0], at, -1]
              : [state[0], state[1], at],
          ]);
          break;
        case "assert":
          if (this.#holds(instruction.kind, at)) stack.push([next + 1, state]);
          break;
        default:
          pcs.push(next);
          saved.push(state);
      }
    }
  }

  #holds(kind: "start" | "end" | "word" | "notWord", at: number): boolean {
    const { text } = this;
    if (kind === "start") return at === 0;
    if (kind === "end") return at === text.length;
    const before = at > 0 && isWordUnit(text.charCodeAt(at - 1));
    const after = at < text.length && isWordUnit(text.charCodeAt(at));
    return (before !== after) === (kind === "word");
  }
}

/**
 * The first match of `program` in `text`, as RegExp's `exec` finds it, all at once (for a text
 * and a program whose product is small; {@linkcode Search} otherwise).
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * import { compileRegex, searchNow } from "./regex_program.ts";
 *
 * assertEquals(searchNow(compileRegex('"saldo": ?(-?\\d+)'), '{"saldo": 300}'), {
 *   index: 1,
 *   group: "300",
 * });
 * ```
 */
export function searchNow(program: Program, text: string): Found | undefined {
  const search = new Search(program, text);
  search.advance(Infinity);
  return search.found;
}
