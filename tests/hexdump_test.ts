import { assertEquals } from "@std/assert";
import { hexdumpLines } from "../lib/present/hexdump.ts";
import { bytes } from "./helpers.ts";

Deno.test("a short payload dumps as one hexdump -C line", () => {
  assertEquals(hexdumpLines(bytes("Hola Mundo\r\n")), [
    "00000000  48 6f 6c 61 20 4d 75 6e  64 6f 0d 0a              |Hola Mundo..|",
  ]);
});

Deno.test("longer payloads dump sixteen bytes a line with offsets, as hexdump -C does", () => {
  const payload = new Uint8Array([...bytes("#!/usr/bin/env bash and more text"), 0, 0xff]);
  assertEquals(hexdumpLines(payload), [
    "00000000  23 21 2f 75 73 72 2f 62  69 6e 2f 65 6e 76 20 62  |#!/usr/bin/env b|",
    "00000010  61 73 68 20 61 6e 64 20  6d 6f 72 65 20 74 65 78  |ash and more tex|",
    "00000020  74 00 ff                                          |t..|",
  ]);
});

Deno.test("an empty payload dumps no lines", () => {
  assertEquals(hexdumpLines(new Uint8Array()), []);
});
