/**
 * Whether a script's regular expression can backtrack for ever: a repeated group whose iterations
 * can split the same text in more than one way (`(\w+ ?)+`, `(a+)+`, `(a*)*`, `(a|aa)+`) takes
 * time exponential in the reply's length on a reply that almost matches, and JavaScript cannot
 * interrupt a match. Such a regex is refused when the script is read.
 *
 * The test is conservative: inside a repeated group, every part that repeats must be followed,
 * before the group's next iteration can start again with something it also matches, by a part
 * that is required and that it cannot match (`( \w+)*` is fine: a space ends each word); a
 * repeated group holds no repeated group, and its alternatives cannot begin with the same text.
 *
 * @module
 */

/** A part of a regex that matches one character: a literal, an escape, a class, `.`. */
interface CharAtom {
  readonly kind: "char";
  /** The atom as written. */
  readonly source: string;
}

/** What matches no character (`^`, `$`, `\b`, a lookaround), or anything (a backreference). */
interface OtherAtom {
  readonly kind: "zero" | "backref";
}

interface GroupAtom {
  readonly kind: "group";
  readonly alternatives: readonly Term[][];
  /** A lookaround: matches no character itself. */
  readonly lookaround: boolean;
}

type Atom = CharAtom | OtherAtom | GroupAtom;

interface Term {
  readonly atom: Atom;
  readonly min: number;
  readonly max: number;
  /** Where the term, quantifier included, begins and ends in the source. */
  readonly start: number;
  readonly end: number;
}

/** Reads a regex source (already known to be valid, no flags) into terms. */
class Reader {
  pos = 0;
  constructor(readonly source: string) {}

  alternatives(): Term[][] {
    const alternatives = [this.sequence()];
    while (this.source[this.pos] === "|") {
      this.pos++;
      alternatives.push(this.sequence());
    }
    return alternatives;
  }

  sequence(): Term[] {
    const terms: Term[] = [];
    while (this.pos < this.source.length && !"|)".includes(this.source[this.pos])) {
      terms.push(this.term());
    }
    return terms;
  }

  term(): Term {
    const start = this.pos;
    const atom = this.atom();
    const [min, max] = this.quantifier();
    return { atom, min, max, start, end: this.pos };
  }

  atom(): Atom {
    const s = this.source;
    const start = this.pos;
    const c = s[this.pos++];
    if (c === "^" || c === "$") return { kind: "zero" };
    if (c === ".") return { kind: "char", source: "." };
    if (c === "[") {
      while (this.pos < s.length && s[this.pos] !== "]") this.pos += s[this.pos] === "\\" ? 2 : 1;
      this.pos++;
      return { kind: "char", source: s.slice(start, this.pos) };
    }
    if (c === "\\") return this.escape(start);
    if (c === "(") return this.group();
    return { kind: "char", source: c };
  }

  escape(start: number): Atom {
    const s = this.source;
    const c = s[this.pos++];
    if (c === "b" || c === "B") return { kind: "zero" };
    if (/[1-9]/.test(c)) {
      while (/[0-9]/.test(s[this.pos] ?? "")) this.pos++;
      return { kind: "backref" };
    }
    if (c === "k" && s[this.pos] === "<") {
      this.pos = s.indexOf(">", this.pos) + 1;
      return { kind: "backref" };
    }
    const more = c === "u"
      ? /^[0-9a-fA-F]{4}/
      : c === "x"
      ? /^[0-9a-fA-F]{2}/
      : c === "c"
      ? /^[a-zA-Z]/
      : undefined;
    const length = more?.exec(s.slice(this.pos))?.[0].length ?? 0;
    this.pos += length;
    return { kind: "char", source: s.slice(start, this.pos) };
  }

  group(): Atom {
    const s = this.source;
    let lookaround = false;
    if (s[this.pos] === "?") {
      const head = /^\?(?:[=!]|<[=!]|<[^>]*>|[a-zA-Z-]*:)/.exec(s.slice(this.pos))?.[0] ?? "?";
      lookaround = /^\?<?[=!]$/.test(head);
      this.pos += head.length;
    }
    const alternatives = this.alternatives();
    this.pos++; // ")"
    return { kind: "group", alternatives, lookaround };
  }

  quantifier(): [number, number] {
    const s = this.source;
    let bounds: [number, number] | undefined;
    const c = s[this.pos];
    if (c === "*") bounds = [0, Infinity];
    else if (c === "+") bounds = [1, Infinity];
    else if (c === "?") bounds = [0, 1];
    if (bounds) this.pos++;
    else {
      const braces = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.pos));
      if (!braces) return [1, 1];
      this.pos += braces[0].length;
      const min = Number(braces[1]);
      bounds = [min, braces[2] === undefined ? min : braces[3] ? Number(braces[3]) : Infinity];
    }
    if (s[this.pos] === "?") this.pos++; // lazy
    return bounds;
  }
}

/** Characters tried when asking whether two atoms can match the same one. */
const SAMPLES: readonly string[] = [
  ...Array.from({ length: 0x250 }, (_, code) => String.fromCharCode(code)),
  "\u2028",
  "\u2029",
  "\u3000",
  "\ufeff",
  "\ufffd",
  "\ud83d",
  "\udc4d",
];

const matchers = new Map<string, RegExp>();

function matcher(source: string): RegExp {
  let found = matchers.get(source);
  if (!found) matchers.set(source, found = new RegExp(`^(?:${source})$`));
  return found;
}

/** Whether two atoms can match the same character (a backreference or a group: assume so). */
function overlap(a: Atom, b: Atom): boolean {
  if (a.kind === "zero" || b.kind === "zero") return false;
  if (a.kind !== "char" || b.kind !== "char") return true;
  if (a.source === b.source) return true;
  const [ma, mb] = [matcher(a.source), matcher(b.source)];
  const own = [...a.source, ...b.source];
  return [...SAMPLES, ...own].some((char) => ma.test(char) && mb.test(char));
}

/** Whether a term repeats or is optional. */
function quantified(term: Term): boolean {
  return term.min !== 1 || term.max !== 1;
}

/** Whether any term in `terms`, at any depth, repeats, is optional or is a backreference. */
function varies(terms: readonly Term[]): boolean {
  return terms.some((term) =>
    quantified(term) || term.atom.kind === "backref" ||
    (term.atom.kind === "group" && !term.atom.lookaround && term.atom.alternatives.some(varies))
  );
}

/** The atoms a sequence can begin with (a group's alternatives' first ones); [any] when unknown. */
function firstAtoms(terms: readonly Term[]): Atom[] {
  const first = terms.find((term) => term.atom.kind !== "zero");
  if (!first) return [{ kind: "backref" }];
  if (first.atom.kind !== "group") return [first.atom];
  return first.atom.alternatives.flatMap(firstAtoms);
}

/**
 * Whether two alternatives without repetition can match the same text at the same place: they
 * are compared a character at a time, until one cannot match what the other does.
 */
function alternativesOverlap(a: readonly Term[], b: readonly Term[]): boolean {
  const plain = (terms: readonly Term[]) => terms.filter((term) => term.atom.kind !== "zero");
  const [x, y] = [plain(a), plain(b)];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i].atom.kind !== "char" || y[i].atom.kind !== "char") return true;
    if (!overlap(x[i].atom, y[i].atom)) return false;
  }
  return true;
}

/** Whether a group's alternatives (without repetition) can begin with the same text. */
function ambiguousAlternatives(alternatives: readonly Term[][]): boolean {
  return alternatives.some((a, i) =>
    alternatives.slice(i + 1).some((b) => alternativesOverlap(a, b))
  );
}

/** Whether a repeated group's body can match one text in more than one way across iterations. */
function ambiguousBody(alternatives: readonly Term[][]): boolean {
  if (alternatives.length > 1) {
    return alternatives.some(varies) || ambiguousAlternatives(alternatives);
  }
  const terms = alternatives[0];
  for (const term of terms) {
    if (term.atom.kind !== "group" || term.atom.lookaround) continue;
    // A group inside: no repetition in it, and its alternatives begin differently.
    if (term.max > 1 || term.atom.alternatives.some(varies)) return true;
    if (ambiguousAlternatives(term.atom.alternatives)) return true;
  }
  // Each part that repeats (or may be left out) must meet, before the next part it could also
  // match, a required part it cannot: going round, as the group's next iteration follows.
  for (let i = 0; i < terms.length; i++) {
    const repeats = terms[i];
    if (!quantified(repeats) && repeats.atom.kind !== "backref") continue;
    if (repeats.atom.kind === "zero") continue;
    for (let step = 1; step <= terms.length; step++) {
      const next = terms[(i + step) % terms.length];
      if (next.atom.kind === "zero" || (next.atom.kind === "group" && next.atom.lookaround)) {
        continue;
      }
      const starts = next.atom.kind === "group"
        ? next.atom.alternatives.flatMap(firstAtoms)
        : [next.atom];
      if (starts.some((atom) => overlap(repeats.atom, atom))) return true;
      if (next.min >= 1) break;
    }
  }
  return false;
}

/** The first repeated group in `terms` (at any depth) that can backtrack for ever, as written. */
function firstAmbiguous(terms: readonly Term[], source: string): string | undefined {
  for (const term of terms) {
    if (term.atom.kind !== "group") continue;
    if (!term.atom.lookaround && term.max > 1 && ambiguousBody(term.atom.alternatives)) {
      return source.slice(term.start, term.end);
    }
    for (const alternative of term.atom.alternatives) {
      const inner = firstAmbiguous(alternative, source);
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
}

/**
 * The part of `source` (a valid regex, no flags) that can make a match backtrack for ever: a
 * repeated group that can split the same text in more than one way (`(\w+ ?)+`); undefined when
 * there is none.
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(backtrackingPart("^OK (\\w+ ?)+$"), "(\\w+ ?)+");
 * assertEquals(backtrackingPart("^(a|aa)+$"), "(a|aa)+");
 * assertEquals(backtrackingPart("^OK \\w+( \\w+)*\\r?\\n$"), undefined);
 * ```
 */
export function backtrackingPart(source: string): string | undefined {
  const reader = new Reader(source);
  const alternatives = reader.alternatives();
  for (const alternative of alternatives) {
    const found = firstAmbiguous(alternative, source);
    if (found !== undefined) return found;
  }
  return undefined;
}
