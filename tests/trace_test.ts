import { assertEquals } from "@std/assert";
import { captureIo } from "../lib/capture.ts";
import { Trace, TRACE_LITERAL_LIMIT } from "../lib/present/trace.ts";
import { bytes, FIXED_CLOCK } from "./helpers.ts";

Deno.test("each traced event is one timestamped line naming the event and the peer", () => {
  const io = captureIo();
  const trace = new Trace(io.stderr, { now: FIXED_CLOCK });
  trace.event("accept", "127.0.0.1:52482", "on 127.0.0.1:8080");
  trace.event("close", "127.0.0.1:52482");
  assertEquals(io.stderrLines(), [
    "10:20:30.040 accept     127.0.0.1:52482  on 127.0.0.1:8080",
    "10:20:30.040 close      127.0.0.1:52482",
  ]);
});

Deno.test("reads and writes show their byte count and bytes as a Python literal", () => {
  const io = captureIo();
  const trace = new Trace(io.stderr, { now: FIXED_CLOCK });
  trace.data("read", "127.0.0.1:52482", bytes("Hola\r\n"));
  trace.data("read", "127.0.0.1:52482", new Uint8Array());
  assertEquals(io.stderrLines(), [
    "10:20:30.040 read       127.0.0.1:52482  6 bytes  b'Hola\\r\\n'",
    "10:20:30.040 read       127.0.0.1:52482  0 bytes  EOF",
  ]);
});

Deno.test("with hex, every payload is followed by its hex dump", () => {
  const io = captureIo();
  new Trace(io.stderr, { hex: true, now: FIXED_CLOCK }).data("write", "[::1]:9", bytes("Hi"));
  assertEquals(io.stderrLines(), [
    "10:20:30.040 write      [::1]:9  2 bytes  b'Hi'",
    "    00000000  48 69                                             |Hi|",
  ]);
});

Deno.test("long payloads are cut in the literal but say how much was left out", () => {
  const io = captureIo();
  new Trace(io.stderr, { now: FIXED_CLOCK }).data("read", "p", new Uint8Array(300).fill(0x61));
  const line = io.stderrLines()[0];
  assertEquals(
    line,
    `10:20:30.040 read       p  300 bytes  b'${"a".repeat(TRACE_LITERAL_LIMIT)}' … (+44 bytes)`,
  );
});

Deno.test("a disabled trace prints nothing", () => {
  Trace.off.event("listen", "x");
  Trace.off.data("read", "x", bytes("y"));
  assertEquals(Trace.off.enabled, false);
});
