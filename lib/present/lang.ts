/** The languages socklab speaks. Spanish first: the course is Spanish. */
export const LANGS = ["es", "en"] as const;
export type Lang = typeof LANGS[number];

/** A text in every language socklab speaks. */
export interface Text {
  readonly en: string;
  readonly es: string;
}

/**
 * The language a user's locale asks for: the first of LC_ALL, LC_MESSAGES and LANG that is set
 * decides, as POSIX does; `es*` means Spanish, anything else English.
 */
export function langFromEnv(get: (name: string) => string | undefined): Lang {
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const value = get(name);
    if (value) return /^es([_.@-]|$)/i.test(value) ? "es" : "en";
  }
  return "en";
}
