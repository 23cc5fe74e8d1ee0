/**
 * The order a diagram draws events in: by time, except where time disagrees with cause. Each
 * process stamps its own events, and a write is stamped once it returns, so the peer's read of it
 * can carry an earlier time; a read is never drawn before the write it got, nor an accept before
 * its connect.
 *
 * @module
 */
import { BinaryHeap } from "@std/data-structures/binary-heap";
import type { TraceEntry } from "./records.ts";

/**
 * The indices of `entries` (in time order) in an order that keeps each process's own order and
 * puts every `[before, after]` pair's first event before its second, taking the earliest event
 * whenever there is a choice. Contradicting pairs (there should be none) yield to time.
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * import { causalOrder } from "./order.ts";
 *
 * const at = (us: number, process: string) => ({ us, process }) as never;
 * // The read (1) was stamped before the write it got (2), in another process.
 * assertEquals(causalOrder([at(1, "a"), at(2, "b"), at(3, "a")], [[1, 0]]), [1, 0, 2]);
 * ```
 */
export function causalOrder(
  entries: readonly Pick<TraceEntry, "us" | "process">[],
  pairs: readonly (readonly [number, number])[],
): number[] {
  const after = entries.map(() => [] as number[]);
  const waiting = entries.map(() => 0);
  const edge = (from: number, to: number) => {
    if (from === to) return;
    after[from].push(to);
    waiting[to]++;
  };
  const previous = new Map<string, number>();
  entries.forEach((entry, i) => {
    const before = previous.get(entry.process);
    if (before !== undefined) edge(before, i);
    previous.set(entry.process, i);
  });
  for (const [before, next] of pairs) edge(before, next);
  const ready = new BinaryHeap<number>((a, b) => entries[a].us - entries[b].us || a - b);
  const done = entries.map(() => false);
  entries.forEach((_, i) => waiting[i] === 0 && ready.push(i));
  const order: number[] = [];
  /** No event before this one is left: where a cycle's earliest event is looked for. */
  let earliest = 0;
  while (order.length < entries.length) {
    let next = ready.pop();
    if (next === undefined) {
      // A cycle: the earliest event left goes first.
      while (done[earliest]) earliest++;
      next = earliest;
    }
    if (done[next]) continue;
    done[next] = true;
    order.push(next);
    for (const to of after[next]) if (--waiting[to] === 0 && !done[to]) ready.push(to);
  }
  return order;
}
