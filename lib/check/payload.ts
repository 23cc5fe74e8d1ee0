/**
 * The bytes of a `send` given by size: printable ASCII in which every 16-byte block begins with its
 * own offset, so a reply that lost, repeated or reordered a piece differs where it happened.
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * import { payload } from "./payload.ts";
 *
 * const text = new TextDecoder().decode(payload(36));
 * assertEquals(text, "00000000-socklab00000010-socklab0000");
 * assertEquals(payload(1), new TextEncoder().encode("0"));
 * ```
 *
 * @module
 */

const BLOCK = 16;
const encoder = new TextEncoder();

/** `size` printable ASCII bytes with no line end, each 16-byte block naming its offset. */
export function payload(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let at = 0; at < size; at += BLOCK) {
    const block = encoder.encode(at.toString(16).padStart(8, "0") + "-socklab");
    bytes.set(block.subarray(0, Math.min(BLOCK, size - at)), at);
  }
  return bytes;
}
