/**
 * UTF-8 for short protocol lines, fast: most are plain ASCII, which is checked and encoded in
 * JavaScript and decoded by the runtime's fast path, not by a fatal decoder's slower one.
 * Anything else goes through a fatal TextDecoder and TextEncoder.
 *
 * @module
 */

/** Lines longer than this always take the TextDecoder path. */
const SHORT = 1024;
const encoder = new TextEncoder();

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return false;
  return true;
}

/**
 * Decodes bytes known to be ASCII. A decoder that is not fatal takes Deno's fast path: measured
 * (2026-11-30, 63-byte line, 1M calls) 104 ns against 218 ns for `String.fromCharCode.apply` and
 * 285 ns for a fatal decoder; ASCII is valid UTF-8, so nothing is lost by not being fatal.
 */
const asciiDecoder = new TextDecoder();

/** The text of UTF-8 bytes, or undefined when they are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array, fatalDecoder: TextDecoder): string | undefined {
  if (bytes.length <= SHORT && isAscii(bytes)) return asciiDecoder.decode(bytes);
  try {
    return fatalDecoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Collects outgoing lines as UTF-8 in one growing buffer, so several replies go out in one write
 * and an ASCII reply costs no call into the runtime.
 */
export class LineBuffer {
  #bytes = new Uint8Array(4096);
  #length = 0;

  get length(): number {
    return this.#length;
  }

  /** Appends `text` and a newline. */
  addLine(text: string): void {
    this.#reserve(text.length + 1);
    let ascii = true;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code > 0x7f) {
        ascii = false;
        break;
      }
      this.#bytes[this.#length + i] = code;
    }
    if (ascii) {
      this.#length += text.length;
    } else {
      const encoded = encoder.encode(text);
      this.#reserve(encoded.length + 1);
      this.#bytes.set(encoded, this.#length);
      this.#length += encoded.length;
    }
    this.#bytes[this.#length++] = 0x0a;
  }

  /** Everything added since the last `take`, and an empty buffer again. A view: write it at once. */
  take(): Uint8Array {
    const out = this.#bytes.subarray(0, this.#length);
    this.#length = 0;
    return out;
  }

  #reserve(extra: number): void {
    if (this.#length + extra <= this.#bytes.length) return;
    const grown = new Uint8Array(Math.max(this.#bytes.length * 2, this.#length + extra));
    grown.set(this.#bytes.subarray(0, this.#length));
    this.#bytes = grown;
  }
}
