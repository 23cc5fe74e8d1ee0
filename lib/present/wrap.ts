import { textWidth } from "./columns.ts";

/** How {@linkcode wrap} treats the spaces between words. */
export interface WrapOptions {
  /**
   * Keep the spaces of a line as written (`addr  closed  2.2 ms`) and the text's leading ones;
   * only where a line breaks are they dropped. Without it, words are one space apart, as help
   * writes them. @default {false}
   */
  readonly keepSpaces?: boolean;
}

/**
 * `text` in lines of at most `width` columns, broken between words, never inside one: the first
 * line after `firstIndent`, the others after `indent`. A word wider than the line gets a line of
 * its own. The one wrap of socklab: help, runtime messages on a terminal, the demo's transcript.
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * assertEquals(wrap("el servidor está lleno", 12, "  "), ["  el", "  servidor", "  está lleno"]);
 * assertEquals(wrap("a  b", 10, "", "", { keepSpaces: true }), ["a  b"]);
 * ```
 */
export function wrap(
  text: string,
  width: number,
  indent = "",
  firstIndent = indent,
  options: WrapOptions = {},
): string[] {
  const lines: string[] = [];
  let line = firstIndent;
  let lineHasWords = false;
  // Words at even places, the spaces before each at odd ones (split keeps what it splits on).
  const parts = text.split(/(\s+)/);
  if (options.keepSpaces && parts[0] === "" && parts.length > 1) line += parts[1];
  for (let i = 0; i < parts.length; i += 2) {
    const word = parts[i];
    if (!word) continue;
    const space = options.keepSpaces && lineHasWords ? parts[i - 1] : " ";
    if (lineHasWords && textWidth(line) + textWidth(space) + textWidth(word) > width) {
      lines.push(line);
      line = indent;
      lineHasWords = false;
    }
    line += (lineHasWords ? space : "") + word;
    lineHasWords = true;
  }
  lines.push(line);
  return lines;
}

/** The narrowest terminal messages are wrapped for. */
const MIN_COLUMNS = 20;

/**
 * A message as printed: on a terminal `columns` wide, wrapped between words with its further
 * lines after `indent` (two columns), so that the terminal never breaks a word; elsewhere (a pipe,
 * a file: `columns` unknown) or when it fits, the message as it is.
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * assertEquals(fitToTerminal("Servidor escuchando en 127.0.0.1:8000", 24), "Servidor escuchando en\n  127.0.0.1:8000");
 * assertEquals(fitToTerminal("Servidor escuchando en 127.0.0.1:8000", undefined), "Servidor escuchando en 127.0.0.1:8000");
 * // A terminal that reports no width (a pseudo-terminal never sized) wraps nothing.
 * assertEquals(fitToTerminal("Servidor escuchando en 127.0.0.1:8000", 0), "Servidor escuchando en 127.0.0.1:8000");
 * ```
 */
export function fitToTerminal(
  message: string,
  columns: number | undefined,
  indent = "  ",
): string {
  // Narrower than any real terminal: a width misreported, not worth a word per line.
  if (columns === undefined || columns < MIN_COLUMNS || textWidth(message) <= columns) {
    return message;
  }
  return message.split("\n").flatMap((line) =>
    textWidth(line) <= columns ? [line] : wrap(line, columns, indent, "", { keepSpaces: true })
  ).join("\n");
}
