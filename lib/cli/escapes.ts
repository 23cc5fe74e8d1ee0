const SIMPLE_ESCAPES: Record<string, number> = {
  n: 0x0a,
  r: 0x0d,
  t: 0x09,
  "0": 0x00,
  "\\": 0x5c,
  "'": 0x27,
  '"': 0x22,
};

/** The escapes {@linkcode decodeEscapes} understands, as help and error messages list them. */
export const ESCAPES_HELP = "\\n \\r \\t \\0 \\\\ \\' \\\" \\xHH";

/** A backslash sequence that {@linkcode decodeEscapes} does not know. */
export class EscapeError extends Error {
  constructor(readonly sequence: string) {
    super(`unknown escape ${sequence}`);
    this.name = "EscapeError";
  }
}

const encoder = new TextEncoder();

/**
 * Turns what a user typed into the bytes it means: UTF-8 text with the backslash escapes of
 * {@linkcode ESCAPES_HELP}, so `--until '\r\n'` is the two bytes CR LF, as in the course's Python.
 * Unknown escapes are an error rather than kept literally, so a typo never goes on the wire unseen.
 */
export function decodeEscapes(text: string): Uint8Array {
  const out: number[] = [];
  let plainStart = 0;
  const flushPlain = (end: number) => {
    if (end > plainStart) out.push(...encoder.encode(text.slice(plainStart, end)));
  };
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "\\") continue;
    flushPlain(i);
    const next = text[i + 1] ?? "";
    if (next in SIMPLE_ESCAPES) {
      out.push(SIMPLE_ESCAPES[next]);
      i += 1;
    } else if (next === "x" && /^[0-9a-fA-F]{2}$/.test(text.slice(i + 2, i + 4))) {
      out.push(parseInt(text.slice(i + 2, i + 4), 16));
      i += 3;
    } else {
      throw new EscapeError(text.slice(i, i + (next === "x" ? 4 : 2)));
    }
    plainStart = i + 1;
  }
  flushPlain(text.length);
  return new Uint8Array(out);
}

/** How {@linkcode encodeEscapes} writes the bytes that cannot stand as they are. */
const ESCAPED: Record<number, string> = {
  0x09: "\\t",
  0x0a: "\\n",
  0x0d: "\\r",
  // As \x27, not \': the text is meant for single quotes in a shell, which \' would end.
  0x27: "\\x27",
  0x5c: "\\\\",
};

const hex = (byte: number) => "\\x" + byte.toString(16).padStart(2, "0");

/**
 * The text {@linkcode decodeEscapes} reads back as `bytes`, to show as an option's value in single
 * quotes (`'hola\r\n'`): UTF-8 text stays as it is, control characters and any other byte are
 * escaped.
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * import { decodeEscapes, encodeEscapes } from "./escapes.ts";
 *
 * const bytes = new TextEncoder().encode("it's ñ\r\n");
 * assertEquals(encodeEscapes(bytes), "it\\x27s ñ\\r\\n");
 * assertEquals(decodeEscapes(encodeEscapes(bytes)), bytes);
 * assertEquals(encodeEscapes(new Uint8Array([0xff, 0x41])), "\\xffA");
 * ```
 */
export function encodeEscapes(bytes: Uint8Array): string {
  let chars: string[];
  try {
    chars = [...new TextDecoder("utf-8", { fatal: true }).decode(bytes)];
  } catch {
    chars = [...bytes].map((byte) => byte < 0x80 ? String.fromCharCode(byte) : hex(byte));
  }
  return chars.map((char) => {
    if (char.length > 1) return char;
    const code = char.charCodeAt(0);
    return ESCAPED[code] ?? (code < 0x20 || code === 0x7f ? hex(code) : char);
  }).join("");
}
