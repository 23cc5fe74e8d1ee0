import type { Lang } from "./lang.ts";
import type { en } from "./lang/en.ts";
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
  return Object.hasOwn(LANGUAGES.en, key) && !/\{\w+\}/.test(LANGUAGES.en[key as MessageKey]);
}

/** Looks up a message in one language and fills in its placeholders. */
export type Translate = <K extends MessageKey>(key: K, ...params: ParamArgs<K>) => string;

/**
 * A {@linkcode Translate} for one language.
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * assertEquals(translator("es")("tcp.accepted", { peer: "127.0.0.1:5000" }), "Conexión aceptada de 127.0.0.1:5000");
 * ```
 */
export function translator(lang: Lang): Translate {
  const texts = LANGUAGES[lang];
  return (key, ...params) => {
    const text: string = texts[key];
    const values = params[0] as Readonly<Record<string, string | number>> | undefined;
    if (!values) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      return value === undefined ? whole : String(value);
    });
  };
}
