import { format } from "@std/fmt/bytes";

/**
 * A byte count as people read it: `512 B`, `1.5 KiB`, `2.31 GiB` (std's three significant digits,
 * binary units). Below 1 KiB the count is exact, and the kibibyte is written KiB, as IEC writes it
 * (std writes "kiB").
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * assertEquals(formatBytes(1023), "1023 B");
 * assertEquals(formatBytes(16800), "16.4 KiB");
 * assertEquals(formatBytes(5 * 1024 ** 2), "5 MiB");
 * ```
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  return format(bytes, { binary: true }).replace("kiB", "KiB");
}

/** A transfer speed: bytes per second as `12.3 MiB/s`. */
export function formatRate(bytesPerSecond: number): string {
  return `${formatBytes(Math.round(bytesPerSecond))}/s`;
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
