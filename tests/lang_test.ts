import { assertEquals } from "@std/assert";
import { langFromEnv } from "../lib/present/lang.ts";

const env = (vars: Record<string, string>) => (name: string) => vars[name];

Deno.test("a Spanish locale in LANG makes socklab speak Spanish", () => {
  assertEquals(langFromEnv(env({ LANG: "es_ES.UTF-8" })), "es");
  assertEquals(langFromEnv(env({ LANG: "es_MX" })), "es");
  assertEquals(langFromEnv(env({ LANG: "es" })), "es");
});

Deno.test("Catalan, Galician and Basque locales get Spanish until socklab has their language", () => {
  assertEquals(langFromEnv(env({ LANG: "ca_ES.UTF-8" })), "es");
  assertEquals(langFromEnv(env({ LC_ALL: "gl_ES" })), "es");
  assertEquals(langFromEnv(env({ LC_MESSAGES: "eu_ES.UTF-8" })), "es");
});

Deno.test("a locale of a language socklab has gets it, in any case", () => {
  assertEquals(langFromEnv(env({ LANG: "EN_us" })), "en");
  assertEquals(langFromEnv(env({ LANG: "ES" })), "es");
});

Deno.test("any other locale, or none, means English", () => {
  assertEquals(langFromEnv(env({ LANG: "C.UTF-8" })), "en");
  assertEquals(langFromEnv(env({ LANG: "en_US.UTF-8" })), "en");
  assertEquals(langFromEnv(env({ LANG: "estonian" })), "en");
  assertEquals(langFromEnv(env({ LANG: "fr_FR.UTF-8" })), "en");
  assertEquals(langFromEnv(env({ LANG: "POSIX" })), "en");
  assertEquals(langFromEnv(env({})), "en");
});

Deno.test("LC_ALL wins over LC_MESSAGES, which wins over LANG, as in POSIX", () => {
  assertEquals(langFromEnv(env({ LC_ALL: "en_GB", LC_MESSAGES: "es_ES", LANG: "es_ES" })), "en");
  assertEquals(langFromEnv(env({ LC_MESSAGES: "es_AR", LANG: "en_US" })), "es");
  assertEquals(langFromEnv(env({ LC_ALL: "", LANG: "es_CL.UTF-8" })), "es");
});

Deno.test("SOCKLAB_LANG wins over the locale, so a Spanish course can run on an English system", () => {
  assertEquals(langFromEnv(env({ SOCKLAB_LANG: "es", LC_ALL: "en_US.UTF-8" })), "es");
  assertEquals(langFromEnv(env({ SOCKLAB_LANG: "en", LANG: "es_ES.UTF-8" })), "en");
  assertEquals(langFromEnv(env({ SOCKLAB_LANG: "", LANG: "es_ES.UTF-8" })), "es");
  // A language socklab does not speak is passed over, not taken as English.
  assertEquals(langFromEnv(env({ SOCKLAB_LANG: "fr", LANG: "es_ES.UTF-8" })), "es");
  assertEquals(langFromEnv(env({ SOCKLAB_LANG: "fr" }), "es-MX"), "es");
});

Deno.test("with no variable set (Windows' cmd and PowerShell) the system's language decides", () => {
  assertEquals(langFromEnv(env({}), "es-ES"), "es");
  assertEquals(langFromEnv(env({}), "es-419"), "es");
  assertEquals(langFromEnv(env({ LANG: "en_US.UTF-8" }), "es-ES"), "en");
  assertEquals(langFromEnv(env({}), "fr-FR"), "en");
  assertEquals(langFromEnv(env({}), ""), "en");
});
