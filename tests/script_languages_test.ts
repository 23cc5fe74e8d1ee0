/**
 * A teacher's script may give its texts in any language, English among them: each reader gets
 * their language's text where the script has one, English where it has not.
 */
import { assertEquals, assertThrows } from "@std/assert";
import { parseScript, ScriptError } from "../check.ts";
import { localized } from "../lib/check/script.ts";

/** A one-stage script whose title is `title`. */
function titled(title: unknown): unknown {
  return {
    name: "mine",
    title,
    stages: [{ title: "one", steps: [{ do: "connect" }] }],
  };
}

Deno.test("a script's text may be given in any language by its code, English required, and falls back to English", () => {
  const title = { en: "the echo", es: "el eco", pt: "o eco", "pt-BR": "o eco, do Brasil" };
  const script = parseScript(titled(title));
  assertEquals(script.title, title);
  assertEquals(localized(script.title, "pt"), "o eco");
  assertEquals(localized(script.title, "pt-BR"), "o eco, do Brasil");
  assertEquals(localized(script.title, "es"), "el eco");
  assertEquals(localized(script.title, "fr"), "the echo");
  assertEquals(localized("the same everywhere", "es"), "the same everywhere");
  // A name inherited from Object is no language: it gets English.
  assertEquals(localized(script.title, "toString"), "the echo");
});

Deno.test("a text without English, with a key that is no language code, or with a value that is no string is refused", () => {
  for (
    const title of [{ es: "el eco" }, { en: "the echo", Español: "el eco" }, { en: "x", es: 1 }, {}]
  ) {
    const error = assertThrows(() => parseScript(titled(title)), ScriptError);
    assertEquals([error.field, error.expected], ["title", { kind: "text" }], JSON.stringify(title));
  }
});
