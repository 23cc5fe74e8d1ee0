import { assertEquals, assertThrows } from "@std/assert";
import { decodeEscapes, EscapeError } from "../lib/cli/escapes.ts";
import { bytes } from "./helpers.ts";

Deno.test("escapes typed on the command line become the bytes they name", () => {
  assertEquals(decodeEscapes("\\r\\n"), new Uint8Array([13, 10]));
  assertEquals(decodeEscapes("a\\tb\\0\\\\\\'\\\""), bytes("a\tb\0\\'\""));
  assertEquals(decodeEscapes("\\x00\\xFF\\x41"), new Uint8Array([0, 255, 0x41]));
});

Deno.test("text without escapes is sent as UTF-8", () => {
  assertEquals(decodeEscapes("¡Hola, señor! 👍"), bytes("¡Hola, señor! 👍"));
});

Deno.test("an unknown or incomplete escape is an error naming it, not sent literally", () => {
  assertEquals(assertThrows(() => decodeEscapes("Hola\\q"), EscapeError).sequence, "\\q");
  assertEquals(assertThrows(() => decodeEscapes("\\x4"), EscapeError).sequence, "\\x4");
  assertEquals(assertThrows(() => decodeEscapes("trailing\\"), EscapeError).sequence, "\\");
});
