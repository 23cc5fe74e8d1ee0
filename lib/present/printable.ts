import { UNSAFE_TEXT } from "../protocols/unsafe_text.ts";

/** Escapes as the course prints bytes: `\t`, `\n`, `\r` by name, the rest by their code. */
const NAMED: Readonly<Record<string, string>> = { "\t": "\\t", "\n": "\\n", "\r": "\\r" };

function escape(char: string): string {
  const code = char.charCodeAt(0);
  return NAMED[char] ??
    (code <= 0xff ? "\\x" + code.toString(16).padStart(2, "0") : "\\u" + code.toString(16));
}

/**
 * Text from the network made safe for a terminal: every character that could drive, overwrite or
 * reorder what the reader sees is shown escaped. The one function every place that prints what
 * came from a peer uses (the raw modes, `--stdin`, excepted: there the bytes are the point).
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(safeText("UPPER \x1b[2J"), "UPPER \\x1b[2J");
 * assertEquals(safeText("ok\r* admin joined"), "ok\\r* admin joined");
 * assertEquals(safeText("abc\u202edef"), "abc\\u202edef");
 * assertEquals(safeText("¡Hola, señor! 👍🏽"), "¡Hola, señor! 👍🏽");
 * ```
 */
export function safeText(text: string): string {
  return text.replace(UNSAFE_TEXT, escape);
}

const decoder = new TextDecoder();

/**
 * A received message as a line of text: decoded as UTF-8 (invalid bytes become U+FFFD, as
 * Python's `errors="replace"` does), without one trailing line ending (the printed line ends
 * there anyway), made safe by {@linkcode safeText}.
 */
export function printable(bytes: Uint8Array): string {
  return printableText(decoder.decode(bytes));
}

/** Received text as one safe line: without one trailing line ending, then {@linkcode safeText}. */
export function printableText(text: string): string {
  return safeText(text.replace(/\r?\n$/, ""));
}
