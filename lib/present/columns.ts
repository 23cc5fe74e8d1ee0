import { unicodeWidth } from "@std/cli/unicode-width";

/**
 * How many terminal columns `text` takes: an accented letter one, a CJK character or an emoji two
 * (a Windows interface may be named in any script).
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * assertEquals(textWidth("conexión"), 8);
 * assertEquals(textWidth("以太网"), 6);
 * ```
 */
export function textWidth(text: string): number {
  return unicodeWidth(text);
}

/**
 * `text` followed by spaces up to `width` columns, as `padEnd` would if every character took one.
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * assertEquals(padColumns("año", 5) + "|", "año  |");
 * assertEquals(padColumns("以太网", 8) + "|", "以太网  |");
 * ```
 */
export function padColumns(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - textWidth(text)));
}
