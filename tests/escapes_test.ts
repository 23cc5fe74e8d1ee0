import { deepEqual, throws } from "node:assert/strict";
import { decodeEscapes, EscapeError } from "../lib/cli/escapes.ts";
import { bytes } from "./helpers.ts";

Deno.test("escapes typed on the command line become the bytes they name", () => {
  deepEqual(decodeEscapes("\\r\\n"), new Uint8Array([13, 10]));
  deepEqual(decodeEscapes("a\\tb\\0\\\\\\'\\\""), bytes("a\tb\0\\'\""));
  deepEqual(decodeEscapes("\\x00\\xFF\\x41"), new Uint8Array([0, 255, 0x41]));
});

Deno.test("text without escapes is sent as UTF-8", () => {
  deepEqual(decodeEscapes("¡Hola, señor! 👍"), bytes("¡Hola, señor! 👍"));
});

Deno.test("an unknown or incomplete escape is an error naming it, not sent literally", () => {
  throws(
    () => decodeEscapes("Hola\\q"),
    (error) => error instanceof EscapeError && error.sequence === "\\q",
  );
  throws(
    () => decodeEscapes("\\x4"),
    (error) => error instanceof EscapeError && error.sequence === "\\x4",
  );
  throws(
    () => decodeEscapes("trailing\\"),
    (error) => error instanceof EscapeError && error.sequence === "\\",
  );
});
