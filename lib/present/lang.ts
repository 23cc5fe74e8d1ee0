import { LANGUAGES } from "./languages.ts";

/** A language socklab speaks. */
export type Lang = keyof typeof LANGUAGES;

/** The languages socklab speaks, Spanish first: the course is Spanish. */
export const LANGS = Object.keys(LANGUAGES) as readonly Lang[];

/** Languages socklab has no texts for yet whose speakers read Spanish best. */
const SPANISH_READERS = new Set(["ca", "gl", "eu"]);

/**
 * The language a locale name such as `es_ES.UTF-8` or `ca` asks for: a language socklab has,
 * Spanish for Catalan, Galician and Basque until they have their own texts, English otherwise.
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * assertEquals(langOfLocale("es_AR.UTF-8"), "es");
 * assertEquals(langOfLocale("gl_ES"), "es");
 * assertEquals(langOfLocale("fr_FR.UTF-8"), "en");
 * assertEquals(langOfLocale("C.UTF-8"), "en");
 * ```
 */
export function langOfLocale(locale: string): Lang {
  const language = /^[a-z]+/i.exec(locale)?.[0].toLowerCase() ?? "";
  if (Object.hasOwn(LANGUAGES, language)) return language as Lang;
  return SPANISH_READERS.has(language) ? "es" : "en";
}

/** The user's locale: the first of LC_ALL, LC_MESSAGES and LANG that is set, as POSIX says. */
export function localeFromEnv(get: (name: string) => string | undefined): string {
  return ["LC_ALL", "LC_MESSAGES", "LANG"].map(get).find((value) => value) ?? "";
}

/**
 * The language a user's locale asks for (see {@linkcode localeFromEnv} and
 * {@linkcode langOfLocale}); English when none is set.
 */
export function langFromEnv(get: (name: string) => string | undefined): Lang {
  return langOfLocale(localeFromEnv(get));
}
