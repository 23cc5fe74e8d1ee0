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

/**
 * The variables that name the user's language, strongest first: socklab's own (for a Spanish
 * course on an English system), then POSIX's, as POSIX orders them.
 */
export const LANG_VARIABLES = ["SOCKLAB_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] as const;

/**
 * The user's locale: the first of {@linkcode LANG_VARIABLES} that is set, else the system's
 * (`navigator.language`: Windows' consoles set none of the variables), else none.
 */
export function localeFromEnv(
  get: (name: string) => string | undefined,
  system = "",
): string {
  // socklab's own variable names a language socklab speaks, or it is passed over: the locale's
  // Spanish (LANG=es_ES) is a better guess than English for SOCKLAB_LANG=fr.
  const own = get("SOCKLAB_LANG");
  if (own && !speaks(own)) {
    return localeFromEnv((name) => name === "SOCKLAB_LANG" ? "" : get(name), system);
  }
  return LANG_VARIABLES.map(get).find((value) => value) ?? system;
}

/** Whether a locale names a language socklab has texts for (or reads as one: Catalan…). */
function speaks(locale: string): boolean {
  const language = /^[a-z]+/i.exec(locale)?.[0].toLowerCase() ?? "";
  return Object.hasOwn(LANGUAGES, language) || SPANISH_READERS.has(language);
}

/**
 * The language a user's locale asks for (see {@linkcode localeFromEnv} and
 * {@linkcode langOfLocale}); English when none is set.
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * const env = (vars: Record<string, string>) => (name: string) => vars[name];
 * assertEquals(langFromEnv(env({ SOCKLAB_LANG: "es", LANG: "en_US.UTF-8" })), "es");
 * assertEquals(langFromEnv(env({}), "es-419"), "es");
 * assertEquals(langFromEnv(env({})), "en");
 * ```
 */
export function langFromEnv(get: (name: string) => string | undefined, system = ""): Lang {
  return langOfLocale(localeFromEnv(get, system));
}
