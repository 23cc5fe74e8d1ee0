import { assert, assertEquals } from "@std/assert";
import { MODES } from "../lib/course/modes.ts";
import { LESSON_GROUPS } from "../lib/course/groups.ts";
import { LESSONS } from "../lib/course/lessons.ts";
import { catalogue, translator } from "../lib/present/catalogue.ts";
import { LANGS } from "../lib/present/lang.ts";

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
}

Deno.test("every message has an English and a Spanish text with the same placeholders", () => {
  const english = Object.entries(catalogue).map(([key, text]) => [key, placeholders(text.en)]);
  const spanish = Object.entries(catalogue).map(([key, text]) => [key, placeholders(text.es)]);
  assertEquals(spanish, english);
  for (const [key, text] of Object.entries(catalogue)) {
    for (const lang of LANGS) assert(text[lang].trim().length > 0, `${key} has no ${lang} text`);
  }
});

Deno.test("every option, mode, group and lesson text exists in both languages", () => {
  const texts = [
    ...MODES.flatMap((mode) => [mode.summary, ...(mode.watch ? [mode.watch] : [])]),
    ...MODES.flatMap((mode) => Object.values(mode.specs).map((spec) => spec.help)),
    ...Object.values(LESSON_GROUPS),
    ...LESSONS.map((lesson) => lesson.title),
  ];
  for (const text of texts) {
    for (const lang of LANGS) assert(text[lang].trim().length > 0, `missing ${lang}: ${text.en}`);
  }
});

Deno.test("the Spanish texts reproduce the seeds' own lines", () => {
  const t = translator("es");
  assertEquals(
    t("tcp.listening", { address: "127.0.0.1:8080" }),
    "Servidor escuchando en 127.0.0.1:8080",
  );
  assertEquals(
    t("tcp.accepted", { peer: "127.0.0.1:52482" }),
    "Conexión aceptada de 127.0.0.1:52482",
  );
  assertEquals(t("tcp.received", { text: "Hola, servidor!" }), "Mensaje recibido: Hola, servidor!");
  assertEquals(t("tcp.connected", { address: "127.0.0.1:8080" }), "Conectado a 127.0.0.1:8080");
  assertEquals(
    t("tcp.sent", { text: "Hola, servidor!" }),
    "Mensaje enviado al servidor: Hola, servidor!",
  );
  assertEquals(t("tcp.chunk", { bytes: "b'Ho'" }), "Data leida: b'Ho'");
  assertEquals(
    t("tcp.allData", { bytes: "b'Hola Mundo\\r\\n'" }),
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
