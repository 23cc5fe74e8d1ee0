import type { Lang } from "./lang.ts";
import type { en } from "./lang/en/index.ts";
import type { MessageKey } from "./lang/keys.ts";
import type { Placeholders } from "./lang/placeholders.ts";
import { LANGUAGES } from "./languages.ts";

export type { MessageKey };

/** The values a message needs, one per placeholder of its English text. */
export type MessageParams<K extends MessageKey> = {
  readonly [Name in Placeholders<(typeof en)[K]>]: string | number;
};

type ParamArgs<K extends MessageKey> = [Placeholders<(typeof en)[K]>] extends [never] ? []
  : [params: MessageParams<K>];

/** The keys of messages with no placeholders: help texts, titles, headings. */
export type PlainKey = {
  [K in MessageKey]: [Placeholders<(typeof en)[K]>] extends [never] ? K : never;
}[MessageKey];

/** Whether English, and so every language, has a text of this name with no placeholders. */
export function isPlainKey(key: string): key is PlainKey {
  return Object.hasOwn(LANGUAGES.en, key) && !PLACEHOLDER.test(LANGUAGES.en[key as MessageKey]);
}

/**
 * A placeholder: `{name}`, filled in with its value, or `{name|one|other}`, a word chosen by the
 * value of `name` as the language counts (`{count|lesson|lessons}`: 1 lesson, 0 or 2 lessons).
 */
const PLACEHOLDER = /\{(\w+)(?:\|([^{}|]*)\|([^{}|]*))?\}/;
const PLACEHOLDERS = new RegExp(PLACEHOLDER.source, "g");

/**
 * The placeholders that hold another message: after a colon it goes on as a clause. Not `{reply}`:
 * what a peer sent is shown as it came (a caller that puts a message there makes it a clause).
 */
const EMBEDDED = new Set(["reason", "problem", "why", "error", "note", "hint"]);

/** First words that keep their capital inside a sentence: names, not the start of one. */
const PROPER = new Set([
  "I",
  "Deno",
  "Windows",
  "Linux",
  "Python",
  "Node",
  "Unix",
  "Unicode",
  "Ctrl",
  "Mermaid",
  "Wireshark",
]);

/**
 * A message as it goes on after a colon in another: its first letter lower-case (`El servidor…`
 * → `el servidor…`), unless its first word is a name or an acronym (`UDP`, `SQLite`, `Deno`).
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * assertEquals(asClause("El servidor está lleno"), "el servidor está lleno");
 * assertEquals(asClause("UDP no garantiza la entrega"), "UDP no garantiza la entrega");
 * ```
 */
export function asClause(message: string): string {
  const word = /^\p{L}[\p{L}\p{N}]*/u.exec(message)?.[0];
  if (!word || PROPER.has(word) || /\p{Lu}/u.test(word.slice(1))) return message;
  return word[0].toLocaleLowerCase() + message.slice(1);
}

/** Looks up a message in one language and fills in its placeholders. */
export type Translate = <K extends MessageKey>(key: K, ...params: ParamArgs<K>) => string;

/**
 * A {@linkcode Translate} for one language. A message another holds after a colon (`{reason}`,
 * `{reply}`, `{problem}`…) goes on lower-case there: see {@linkcode asClause}.
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * assertEquals(translator("es")("tcp.accepted", { peer: "127.0.0.1:5000" }), "Conexión aceptada de 127.0.0.1:5000");
 * ```
 */
export function translator(lang: Lang): Translate {
  const texts = LANGUAGES[lang];
  const plurals = new Intl.PluralRules(lang);
  const t: Translate = (key, ...params) => {
    const text: string = texts[key];
    const values = params[0] as Readonly<Record<string, string | number>> | undefined;
    if (!values) return text;
    return text.replace(
      PLACEHOLDERS,
      (whole, name: string, one: string | undefined, other: string, at: number) => {
        const value = values[name];
        if (value === undefined) return whole;
        if (one !== undefined) return plurals.select(Number(value)) === "one" ? one : other;
        const clause = typeof value === "string" && EMBEDDED.has(name) && text.endsWith(": ", at);
        return clause ? asClause(value) : String(value);
      },
    );
  };
  languages.set(t, lang);
  return t;
}

const languages = new WeakMap<Translate, Lang>();

/** The language `t` speaks, for what is written with it that is not a message: numbers. */
export function languageOf(t: Translate): Lang {
  return languages.get(t) ?? "en";
}
