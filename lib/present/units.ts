import { format } from "@std/fmt/bytes";
import type { Lang } from "./lang.ts";

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number as people who speak `lang` read it, with exactly `decimals` decimals (without, as many
 * as it has up to three: `0.5`, `2`): the one number
 * formatter of everything socklab shows people (counts, times, rates, points). Spanish writes the
 * decimal comma and groups thousands with a point from five digits on; English the other way.
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * assertEquals(formatNumber(187361, "es"), "187.361");
 * assertEquals(formatNumber(0.0964, "es", 3), "0,096");
 * assertEquals(formatNumber(1234.5, "en", 2), "1,234.50");
 * assertEquals(formatNumber(0.5, "es"), "0,5");
 * ```
 */
export function formatNumber(value: number, lang: Lang, decimals?: number): string {
  const key = `${lang} ${decimals}`;
  let numberFormat = numberFormats.get(key);
  if (!numberFormat) {
    numberFormat = new Intl.NumberFormat(lang, {
      minimumFractionDigits: decimals ?? 0,
      maximumFractionDigits: decimals ?? 3,
    });
    numberFormats.set(key, numberFormat);
  }
  return numberFormat.format(value);
}

/**
 * A byte count as people read it: `512 B`, `1.5 KiB`, `2.31 GiB` (std's three significant digits,
 * binary units), its decimal mark `lang`'s (`16,4 KiB` in Spanish). Below 1 KiB the count is exact,
 * and the kibibyte is written KiB, as IEC writes it (std writes "kiB").
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * assertEquals(formatBytes(1023), "1023 B");
 * assertEquals(formatBytes(16800), "16.4 KiB");
 * assertEquals(formatBytes(5 * 1024 ** 2), "5 MiB");
 * ```
 */
export function formatBytes(bytes: number, lang: Lang = "en"): string {
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  return format(bytes, { binary: true, locale: lang }).replace("kiB", "KiB");
}

/** A transfer speed: bytes per second as `12.3 MiB/s` (`12,3 MiB/s` in Spanish). */
export function formatRate(bytesPerSecond: number, lang: Lang = "en"): string {
  return `${formatBytes(Math.round(bytesPerSecond), lang)}/s`;
}

/**
 * An exact count of bytes, singular for one: `1 byte`, `130 bytes`. The same words in Spanish and
 * English, so it needs no translation.
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * assertEquals([byteCount(1), byteCount(0), byteCount(130)], ["1 byte", "0 bytes", "130 bytes"]);
 * ```
 */
export function byteCount(count: number): string {
  return count === 1 ? "1 byte" : `${count} bytes`;
}
