import { assert, assertEquals, assertThrows } from "@std/assert";
import { defineMode } from "../lib/cli/define.ts";
import { MODES } from "../lib/course/modes.ts";
import { GROUPS } from "../lib/course/modes.ts";
import { LESSONS } from "../lib/course/course.ts";
import { isPlainKey, translator } from "../lib/present/catalogue.ts";
import type { ModeName } from "../lib/cli/spec.ts";
import { LANGS } from "../lib/present/lang.ts";
import { LANGUAGES } from "../lib/present/languages.ts";
import type { Catalogue } from "../lib/present/lang/keys.ts";

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
}

Deno.test("every language has exactly English's keys, each with the same placeholders", () => {
  const english = Object.entries(LANGUAGES.en).map(([key, text]) => [key, placeholders(text)]);
  for (const lang of LANGS) {
    const texts: Readonly<Record<string, string>> = LANGUAGES[lang];
    assertEquals(Object.entries(texts).map(([key, text]) => [key, placeholders(text)]), english);
    for (const [key, text] of Object.entries(texts)) {
      assert(text.trim().length > 0, `${key} has no ${lang} text`);
    }
  }
});

Deno.test("a language that lacks a key of English does not type-check", () => {
  // @ts-expect-error: a language must have every key English has.
  const incomplete: Catalogue = { "cli.tagline": "el curso de sockets" };
  assert(Object.keys(incomplete).length < Object.keys(LANGUAGES.en).length);
});

Deno.test("every option, mode, group and lesson names a text that exists in every language", () => {
  const keys = [
    ...MODES.flatMap((mode) => [mode.summary, ...(mode.watch ? [mode.watch] : [])]),
    ...MODES.flatMap((mode) => Object.values(mode.specs).map((spec) => spec.help)),
    ...GROUPS.map((group) => group.title),
    ...LESSONS.map((lesson) => lesson.title),
  ];
  for (const key of keys) {
    for (const lang of LANGS) assert(translator(lang)(key).trim().length > 0, `${lang}: ${key}`);
  }
});

Deno.test("the Spanish texts reproduce the course's own lines", () => {
  const t = translator("es");
  assertEquals(
    t("stream.listening", { address: "127.0.0.1:8080" }),
    "Servidor escuchando en 127.0.0.1:8080",
  );
  assertEquals(
    t("tcp.accepted", { peer: "127.0.0.1:52482" }),
    "Conexión aceptada de 127.0.0.1:52482",
  );
  assertEquals(t("tcp.received", { text: "Hola, servidor!" }), "Mensaje recibido: Hola, servidor!");
  assertEquals(t("stream.connected", { address: "127.0.0.1:8080" }), "Conectado a 127.0.0.1:8080");
  assertEquals(
    t("tcp.sent", { text: "Hola, servidor!" }),
    "Mensaje enviado al servidor: Hola, servidor!",
  );
  assertEquals(t("stream.chunk", { bytes: "b'Ho'" }), "Data leida: b'Ho'");
  assertEquals(
    t("stream.allData", { bytes: "b'Hola Mundo\\r\\n'" }),
    "Toda la data leida: b'Hola Mundo\\r\\n'",
  );
  assertEquals(t("udp.ackText", { text: "Hola" }), "Mensaje recibido Hola. Gracias.");
});

Deno.test("a translator fills every placeholder and leaves the rest of the text alone", () => {
  assertEquals(
    translator("en")("error.addrInUse", { port: 8080, host: "127.0.0.1", suggestion: 8081 }),
    "port 8080 on 127.0.0.1 is already in use by another program — stop it or choose another port, e.g. --port 8081",
  );
  assertEquals(translator("es")("cli.optionsHeading"), "Opciones:");
});

Deno.test("a mode's name is one with its summary text: a mode without one does not type-check", () => {
  const named: ModeName = "tcp-server";
  // @ts-expect-error: there is no help.tcp-servr.summary, so no such mode can be defined.
  const misspelt: ModeName = "tcp-servr";
  assertEquals(translator("en")(`help.${named}.summary`).length > 0, true);
  assertEquals(isPlainKey(`help.${misspelt}.summary`), false);
});

Deno.test("an option is named after its mode and itself, and one without that text does not type-check", () => {
  const made = defineMode({
    name: "tcp-server",
    examples: [],
    options: { once: { kind: "flag" } },
    run: () => Promise.resolve(0),
  });
  assertEquals(made.specs.once.help, "help.tcp-server.once");
  assertThrows(
    () =>
      defineMode({
        name: "tcp-server",
        examples: [],
        // @ts-expect-error: the catalogue has no help.tcp-server.frobnicate
        options: { frobnicate: { kind: "flag" } },
        run: () => Promise.resolve(0),
      }),
    Error,
    "help.tcp-server.frobnicate",
  );
});
