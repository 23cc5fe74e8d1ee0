/**
 * A small generator of numbers in [0, 1) that repeats (mulberry32): the same starting state gives
 * the same sequence, so a lesson that drops datagrams at random can be repeated exactly.
 */
export function repeatableRandom(start: number): () => number {
  let state = start >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A fresh seed (starting state) for {@linkcode repeatableRandom}, printed so the run can be repeated. */
export function freshSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0];
}

/**
 * The starting state of one stream of choices among several drawn from `seed`: the same seed and
 * the same `parts` (a connection's number, a direction) give the same stream, whatever the order
 * in which the streams are used.
 *
 * @example
 * ```ts
 * import { assertEquals, assertNotEquals } from "@std/assert";
 * import { streamSeed } from "./random.ts";
 *
 * assertEquals(streamSeed(7, 1, 0), streamSeed(7, 1, 0));
 * assertNotEquals(streamSeed(7, 1, 0), streamSeed(7, 1, 1));
 * ```
 */
export function streamSeed(seed: number, ...parts: readonly number[]): number {
  let state = seed >>> 0;
  for (const part of parts) state = Math.imul(state ^ (part >>> 0), 0x9e3779b1) + 0x7f4a7c15 >>> 0;
  return repeatableRandom(state)() * 4294967296 >>> 0;
}
