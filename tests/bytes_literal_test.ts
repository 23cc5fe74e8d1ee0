import { assertEquals } from "@std/assert";
import { bytesLiteral } from "../lib/present/bytes_literal.ts";
import { bytes } from "./helpers.ts";

Deno.test("bytes print as Python prints them: the course's CR LF message", () => {
  assertEquals(bytesLiteral(bytes("Hola Mundo\r\n")), "b'Hola Mundo\\r\\n'");
  assertEquals(bytesLiteral(bytes("Ho")), "b'Ho'");
});

Deno.test("a single quote switches to double quotes, as Python does", () => {
  assertEquals(bytesLiteral(bytes("it's")), `b"it's"`);
});

Deno.test("both quotes keep single quotes and escape the single one", () => {
  assertEquals(bytesLiteral(bytes(`it's "q"`)), `b'it\\'s "q"'`);
});

Deno.test("non-printable and non-ASCII bytes are lowercase \\x escapes; tab is \\t", () => {
  assertEquals(
    bytesLiteral(new Uint8Array([0, 0x11, 0x22, 0x7f, 0x80, 0xff, 9, 0x5c])),
    `b'\\x00\\x11"\\x7f\\x80\\xff\\t\\\\'`,
  );
  assertEquals(bytesLiteral(bytes("ñ")), "b'\\xc3\\xb1'");
});

Deno.test("no bytes print as b''", () => {
  assertEquals(bytesLiteral(new Uint8Array()), "b''");
});
