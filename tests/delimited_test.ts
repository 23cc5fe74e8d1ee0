/** The line splitter under the line servers, driven as their loop drives it: room, added, take. */
import { assertEquals } from "@std/assert";
import { DelimitedReader } from "../lib/framing/delimited.ts";
import { repeatableRandom } from "../lib/random.ts";
import { bytes } from "./helpers.ts";

/** A reader the test fills by hand, as a server's loop does after each read. */
function handFed(maxMessage: number, initialSize?: number) {
  const never = { read: () => Promise.reject(new Error("the test reads for the reader")) };
  return new DelimitedReader(never, bytes("\n"), { maxMessage, initialSize });
}

Deno.test("lines cut at random into reads come out whole and in order, whatever the cuts", () => {
  const random = repeatableRandom(20261202);
  const decode = (view: Uint8Array) => new TextDecoder().decode(view);
  for (let run = 0; run < 200; run++) {
    const lines = Array.from(
      { length: 1 + Math.floor(random() * 20) },
      () => "x".repeat(Math.floor(random() * 90)),
    );
    const last = random() < 0.5 ? "" : "sin fin";
    const stream = bytes(lines.map((line) => line + "\n").join("") + last);
    const reader = handFed(100, 16);
    const seen: string[] = [];
    let at = 0;
    while (at < stream.length) {
      for (let body = reader.takeBody(); body; body = reader.takeBody()) seen.push(decode(body));
      const room = reader.room();
      const n = Math.min(room.length, stream.length - at, 1 + Math.floor(random() * 40));
      room.set(stream.subarray(at, at + n));
      reader.added(n);
      at += n;
    }
    for (let body = reader.takeBody(); body; body = reader.takeBody()) seen.push(decode(body));
    const rest = reader.leftover();
    assertEquals(seen, lines);
    assertEquals(rest ? decode(rest.bytes) : "", last);
  }
});

Deno.test("once every byte read has been taken, the next read has the whole buffer again", () => {
  const reader = handFed(100, 32);
  const first = reader.room();
  assertEquals(first.length, 32);
  first.set(bytes("uno\ndos\n"));
  reader.added(8);
  assertEquals(reader.takeBody(), bytes("uno"));
  // "dos" still waits: the room is what follows it.
  assertEquals(reader.room().length, 24);
  assertEquals(reader.takeBody(), bytes("dos"));
  assertEquals(reader.room().length, 32);
});
