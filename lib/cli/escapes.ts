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
