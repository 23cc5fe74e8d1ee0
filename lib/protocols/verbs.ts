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
}

/** A request line split at its first space: the verb as written (upper-cased) and the rest. */
export interface SplitRequest {
  readonly word: string;
  readonly rest: string;
}

/** Splits `VERB rest`; the verb is upper-cased, the rest kept as it came. */
export function splitRequest(line: string): SplitRequest {
  const space = line.indexOf(" ");
  return {
    word: (space < 0 ? line : line.slice(0, space)).toUpperCase(),
    rest: space < 0 ? "" : line.slice(space + 1),
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
 *   upper: { names: ["UPPER", "MAYUS"], help: "upper" },
 *   quit: { names: ["QUIT", "SALIR"], help: "quit" },
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

  /** The verb a request line starts with, or undefined. */
  verbOf(line: string): Verb | undefined {
    return this.find(splitRequest(line.trim()).word);
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
