const BYTES_PER_LINE = 16;

function hex(value: number, width: number): string {
  return value.toString(16).padStart(width, "0");
}

/**
 * The lines `hexdump -C` prints for these bytes (without its final offset line): offset, sixteen
 * bytes in hex split in two groups of eight, and the printable ASCII between bars.
 */
export function hexdumpLines(bytes: Uint8Array): string[] {
  const lines: string[] = [];
  for (let offset = 0; offset < bytes.length; offset += BYTES_PER_LINE) {
    const row = bytes.subarray(offset, offset + BYTES_PER_LINE);
    let hexPart = "";
    let ascii = "";
    row.forEach((byte, i) => {
      hexPart += hex(byte, 2) + (i === 7 ? "  " : " ");
      ascii += byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : ".";
    });
    lines.push(`${hex(offset, 8)}  ${hexPart.padEnd(49)} |${ascii}|`);
  }
  return lines;
}
