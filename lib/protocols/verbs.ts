/**
 * One verb of a line protocol as its table lists it: the words that call it, what follows it, and
 * the message that explains it to people. A protocol's table is the one place its verbs are
 * written: parsing, usage, help and clients all read it.
 */
export interface VerbSpec<Key extends string = string> {
  /** The words that call it, shown as `ADD|ALTA`; matched in any case. */
  readonly names: readonly [string, ...string[]];
  /** Words accepted too but never shown (`MAYÚS` beside `MAYUS`). */
  readonly also?: readonly string[];
  /** What follows the verb, as usage shows it: `key {json}`. */
  readonly args?: string;
  /** The message that explains it to people. */
  readonly help: Key;
  /** What its reply is, in English Markdown, for docs/protocols.md's table (`deno task docs`). */
  readonly doc: string;
}

/**
 * A request line split at the first space after its verb: the verb upper-cased, as it was
 * written, and the rest.
 */
export interface SplitRequest {
  /** The verb upper-cased: what the table is looked up by. */
  readonly word: string;
  /** The verb as the client wrote it: what an error quotes back. */
  readonly written: string;
  readonly rest: string;
}

/** Whitespace before a request's verb: spaces, tabs, a BOM a pasted line may bring. */
const LEADING_SPACE = /^\s+/;

/**
 * Splits `VERB rest`: whitespace before the verb is skipped (a pasted or indented line), the verb
 * is upper-cased (and kept as written too), and the rest, after the one space that ends the verb,
 * is kept as it came.
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * assertEquals(splitRequest("  mayus  hola"), { word: "MAYUS", written: "mayus", rest: " hola" });
 * assertEquals(splitRequest(" \t "), { word: "", written: "", rest: "" });
 * ```
 */
export function splitRequest(line: string): SplitRequest {
  // Most requests start with their verb: no copy made for them.
  const start = line.length > 0 && line.charCodeAt(0) > 0x20 && line.charCodeAt(0) < 0x7f
    ? line
    : line.replace(LEADING_SPACE, "");
  const space = start.indexOf(" ");
  const written = space < 0 ? start : start.slice(0, space);
  return {
    word: written.toUpperCase(),
    written,
    rest: space < 0 ? "" : start.slice(space + 1),
  };
}

/**
 * A protocol's verbs, each with its spec; `satisfies Record<Verb, …>` on the object given makes
 * the type checker prove every verb has one.
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * const verbs = new VerbTable({
 *   upper: { names: ["UPPER", "MAYUS"], help: "upper", doc: "`OK` and the text in capitals" },
 *   quit: { names: ["QUIT", "SALIR"], help: "quit", doc: "`OK`; then the server closes" },
 * });
 * assertEquals(verbs.find("mayus"), "upper");
 * assertEquals(verbs.usage(), "UPPER|MAYUS, QUIT|SALIR");
 * ```
 */
export class VerbTable<Verb extends string, Spec extends VerbSpec> {
  readonly #byWord: ReadonlyMap<string, Verb>;

  constructor(readonly specs: Readonly<Record<Verb, Spec>>) {
    const entries: [string, Verb][] = [];
    for (const verb of this.verbs) {
      const spec = specs[verb];
      for (const word of [...spec.names, ...spec.also ?? []]) entries.push([word, verb]);
    }
    this.#byWord = new Map(entries);
  }

  /** Every verb, in the table's order. */
  get verbs(): Verb[] {
    return Object.keys(this.specs) as Verb[];
  }

  /** The verb a word calls, in any case, or undefined. */
  find(word: string): Verb | undefined {
    // Most requests name their verb in capitals already: found without making a copy.
    return this.#byWord.get(word) ?? this.#byWord.get(word.toUpperCase());
  }

  /** The verb a request line starts with (its line ending, if any, left off), or undefined. */
  verbOf(line: string): Verb | undefined {
    // As a server reads it: the line without its \n or \r\n.
    return this.find(splitRequest(line.replace(/\r?\n$/, "")).word);
  }

  /** How one verb is written: `ADD|ALTA key {json}`. */
  form(verb: Verb): string {
    const spec = this.specs[verb];
    return spec.names.join("|") + (spec.args ? ` ${spec.args}` : "");
  }

  /** Every verb as it is written, in order: what HELP and `unknown-verb` list. */
  usage(): string {
    return this.verbs.map((verb) => this.form(verb)).join(", ");
  }
}
