// C0 controls but tab, newline and carriage return; DEL; C1 controls. ESC among them: a peer must
// not be able to drive the terminal of whoever reads socklab's output.
// deno-lint-ignore no-control-regex
const UNSAFE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;

/** Text from the network made safe for a terminal: control characters shown as `\xHH`. */
export function sanitizeText(text: string): string {
  return text.replace(UNSAFE, (char) => "\\x" + char.charCodeAt(0).toString(16).padStart(2, "0"));
}

const decoder = new TextDecoder();

/**
 * A received message as a line of text: decoded as UTF-8 (invalid bytes become U+FFFD, as
 * Python's `errors="replace"` does), made safe by {@linkcode sanitizeText}, and without one
 * trailing line ending, since the printed line ends there anyway.
 */
export function printable(bytes: Uint8Array): string {
  return printableText(decoder.decode(bytes));
}

/** Received text as one safe line: {@linkcode sanitizeText}, without one trailing line ending. */
export function printableText(text: string): string {
  return sanitizeText(text).replace(/\r?\n$/, "");
}
