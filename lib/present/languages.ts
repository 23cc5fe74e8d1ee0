import type { Catalogue } from "./lang/keys.ts";
import { en } from "./lang/en/index.ts";
import { es } from "./lang/es/index.ts";

/**
 * Every language socklab speaks, in the order `--lang` lists them: Spanish first, the course's
 * own. A new language is a folder under lang/ (its texts checked complete against English) and
 * one line here.
 */
export const LANGUAGES = {
  es,
  en,
} as const satisfies Record<string, Catalogue>;
