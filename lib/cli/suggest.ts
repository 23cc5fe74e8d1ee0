import { levenshteinDistance } from "@std/text/levenshtein-distance";

/**
 * The candidate closest to a mistyped word, if one is close enough to be what was meant: at most
 * a third of the word's letters wrong (two for short words). std's `closestString` alone would
 * always suggest something, however far.
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * assertEquals(closest("--prot", ["--port", "--host"]), "--port");
 * assertEquals(closest("--colour", ["--port", "--host"]), undefined);
 * ```
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = levenshteinDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
