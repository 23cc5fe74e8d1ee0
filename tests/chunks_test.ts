import { assert, assertEquals } from "@std/assert";
import { ByteBuffer } from "../lib/framing/byte_buffer.ts";
import { type ByteSource, readUntil } from "../lib/framing/chunks.ts";
import { bytes } from "./helpers.ts";

/** A source that hands out the given segments, each read taking at most what was asked for. */
function segments(...parts: string[]): ByteSource & { reads: number[] } {
  const queue = parts.map((part) => bytes(part));
  const reads: number[] = [];
  return {
    reads,
    read(buffer) {
      const next = queue[0];
      if (!next) return Promise.resolve(null);
      const n = Math.min(buffer.length, next.length);
      buffer.set(next.subarray(0, n));
      if (n === next.length) queue.shift();
      else queue[0] = next.subarray(n);
      reads.push(n);
      return Promise.resolve(n);
    },
  };
}

const decode = (data: Uint8Array) => new TextDecoder().decode(data);

Deno.test("reading in 2-byte pieces stops when the data ends with the delimiter", async () => {
  const seen: string[] = [];
  const result = await readUntil(segments("Hola Mundo\r\n\n"), {
    readSize: 2,
    delimiter: bytes("\r\n"),
    limit: 1024,
    onRead: (piece) => seen.push(decode(piece)),
  });
  assertEquals(seen, ["Ho", "la", " M", "un", "do", "\r\n"]);
  assertEquals(decode(result.data), "Hola Mundo\r\n");
  assertEquals(result.end, "delimiter");
});

Deno.test("a delimiter split across two segments is still found", async () => {
  const result = await readUntil(segments("Hola\r", "\n"), {
    readSize: 1024,
    delimiter: bytes("\r\n"),
    limit: 1024,
  });
  assertEquals(decode(result.data), "Hola\r\n");
  assertEquals(result.end, "delimiter");
});

Deno.test("like the course's loop, only a delimiter at the end of the data stops reading", async () => {
  const source = segments("a\r\nb", "c\r\n");
  const result = await readUntil(source, { readSize: 1024, delimiter: bytes("\r\n"), limit: 1024 });
  assertEquals(decode(result.data), "a\r\nbc\r\n");
  assertEquals(source.reads, [4, 3]);
});

Deno.test("without a delimiter, reading goes on until the other end closes", async () => {
  const result = await readUntil(segments("uno ", "dos"), { readSize: 3, limit: 1024 });
  assertEquals(decode(result.data), "uno dos");
  assertEquals(result.end, "eof");
});

Deno.test("the other end closing before the delimiter ends reading with what arrived", async () => {
  const result = await readUntil(segments("sin fin"), {
    readSize: 2,
    delimiter: bytes("\r\n"),
    limit: 1024,
  });
  assertEquals(decode(result.data), "sin fin");
  assertEquals(result.end, "eof");
});

Deno.test("reading stops at the limit when no delimiter comes", async () => {
  const source = segments("x".repeat(100));
  const result = await readUntil(source, { readSize: 8, delimiter: bytes("\n"), limit: 20 });
  assertEquals(result.end, "limit");
  assert(result.data.length >= 20 && result.data.length < 28);
});

Deno.test("a byte buffer grows as pieces are appended and keeps them in order", () => {
  const buffer = new ByteBuffer(2);
  buffer.append(bytes("abc"));
  buffer.append(bytes("defgh"));
  assertEquals(decode(buffer.bytes()), "abcdefgh");
  assertEquals(buffer.length, 8);
  assert(buffer.endsWith(bytes("gh")));
  assert(!buffer.endsWith(bytes("g")));
  assert(!new ByteBuffer().endsWith(bytes("a")));
});
