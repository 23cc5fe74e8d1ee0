/** UTF-8 for protocol lines: each way a line can be decoded gives the same text. */
import { assertEquals } from "@std/assert";
import { decodeUtf8, LineBuffer } from "../lib/framing/utf8.ts";
import { bytes } from "./helpers.ts";

const fatal = new TextDecoder("utf-8", { fatal: true });

Deno.test("a line decodes to the same text short or long, ASCII or not; invalid UTF-8 to nothing", () => {
  for (
    const text of ["", "GET ana", "x".repeat(16), "x".repeat(17), "y".repeat(2000), "señor 👍🏽"]
  ) {
    assertEquals(decodeUtf8(bytes(text), fatal), text);
  }
  assertEquals(decodeUtf8(new Uint8Array([0x47, 0xff]), fatal), undefined);
  assertEquals(decodeUtf8(new Uint8Array([0xc3]), fatal), undefined);
});

Deno.test("a reply written in pieces is the same bytes as written whole", () => {
  const whole = new LineBuffer();
  const pieces = new LineBuffer();
  whole.addLine("OK señor 👍🏽");
  for (const piece of ["OK", " ", "señor", " 👍🏽"]) pieces.add(piece);
  pieces.endLine();
  assertEquals(pieces.take(), whole.take());
  assertEquals(new TextDecoder().decode(pieces.take()), "");
});
