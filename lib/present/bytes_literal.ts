const HEX_DIGITS = "0123456789abcdef";
const SINGLE_QUOTE = 0x27;
const DOUBLE_QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NAMED_ESCAPES: Record<number, string> = { 0x09: "\\t", 0x0a: "\\n", 0x0d: "\\r" };

/**
 * Writes bytes the way Python's `repr(bytes)` does, e.g. `b'Hola\r\n'`, so socklab prints exactly
 * what the course's Python programs print ("Data leida: b'Ho'").
 */
export function bytesLiteral(bytes: Uint8Array): string {
  // Python picks double quotes only when that avoids escaping a single quote.
  const quote = bytes.includes(SINGLE_QUOTE) && !bytes.includes(DOUBLE_QUOTE)
    ? DOUBLE_QUOTE
    : SINGLE_QUOTE;
  let out = "b" + String.fromCharCode(quote);
  for (const byte of bytes) {
    if (byte === quote || byte === BACKSLASH) {
      out += "\\" + String.fromCharCode(byte);
    } else if (NAMED_ESCAPES[byte] !== undefined) {
      out += NAMED_ESCAPES[byte];
    } else if (byte < 0x20 || byte >= 0x7f) {
      out += "\\x" + HEX_DIGITS[byte >> 4] + HEX_DIGITS[byte & 0xf];
    } else {
      out += String.fromCharCode(byte);
    }
  }
  return out + String.fromCharCode(quote);
}

/** How much of a payload a server's log line shows: enough to recognise it, short enough to scan. */
export const LOGGED_BYTES = 64;

/** {@linkcode bytesLiteral} of at most `limit` bytes, saying how many more were left out. */
export function shortBytesLiteral(bytes: Uint8Array, limit: number = LOGGED_BYTES): string {
  if (bytes.length <= limit) return bytesLiteral(bytes);
  return `${bytesLiteral(bytes.subarray(0, limit))} … (+${bytes.length - limit} bytes)`;
}
