import { encodeHex } from "@std/encoding/hex";

const BYTES_PER_LINE = 16;

/** Bytes in hex, a space between each two digits: `48 6f 6c 61`. */
function hexPairs(bytes: Uint8Array): string {
  return encodeHex(bytes).replace(/(..)(?=.)/g, "$1 ");
}

/**
 * The lines `hexdump -C` prints for these bytes (without its final offset line): offset, sixteen
 * bytes in hex split in two groups of eight, and the printable ASCII between bars.
 */
export function hexdumpLines(bytes: Uint8Array): string[] {
  const lines: string[] = [];
  for (let offset = 0; offset < bytes.length; offset += BYTES_PER_LINE) {
    const row = bytes.subarray(offset, offset + BYTES_PER_LINE);
    const hex = row.length > 8
      ? `${hexPairs(row.subarray(0, 8))}  ${hexPairs(row.subarray(8))}`
      : hexPairs(row);
    let ascii = "";
    for (const byte of row) ascii += byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : ".";
    lines.push(`${offset.toString(16).padStart(8, "0")}  ${hex.padEnd(48)}  |${ascii}|`);
  }
  return lines;
}

/** A row {@linkcode hexdumpLines} makes, however far in: offset, hex pairs, `|characters|`. */
const HEXDUMP_ROW = /^ *[0-9a-f]{8} {2}[0-9a-f]{2}[ 0-9a-f]* {2}\|[\x20-\x7e]{1,16}\|$/;

/**
 * Whether a line is a row of a hex dump (a trace's, indented): data, to be shown whole, never
 * wrapped between its columns.
 *
 * @example
 * ```ts
 * import { assert } from "@std/assert";
 * assert(isHexdumpRow("  00000000  48 69                                             |Hi|"));
 * assert(!isHexdumpRow("10:20:30.040 read  127.0.0.1:52482  2 bytes  b'Hi'"));
 * ```
 */
export function isHexdumpRow(line: string): boolean {
  return HEXDUMP_ROW.test(line);
}
