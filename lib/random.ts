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
