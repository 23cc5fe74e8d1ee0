/**
 * Lines of one kind at most once a second: the rest are counted, and the count is told before the
 * next line of that kind, or at {@linkcode flush}. A flood of refused connections costs a few lines,
 * not one each.
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 *
 * let now = 0;
 * const lines: string[] = [];
 * const limiter = new LogLimiter((line) => lines.push(line), (n) => `… ${n} more`, () => now);
 * for (let i = 0; i < 5; i++) limiter.log("full", () => `refused #${i}`);
 * now = 1000;
 * limiter.log("full", () => "refused #5");
 * assertEquals(lines, ["refused #0", "… 4 more", "refused #5"]);
 * ```
 */
export class LogLimiter {
  readonly #kinds = new Map<string, { at: number; held: number }>();

  constructor(
    private readonly write: (line: string) => void,
    private readonly more: (count: number) => string,
    private readonly now: () => number = () => performance.now(),
    private readonly everyMs = 1000,
  ) {}

  /** Writes the line of this kind, unless one was written less than a second ago. */
  log(kind: string, line: () => string): void {
    const now = this.now();
    const last = this.#kinds.get(kind);
    if (last && now - last.at < this.everyMs) {
      last.held++;
      return;
    }
    if (last && last.held > 0) this.write(this.more(last.held));
    this.#kinds.set(kind, { at: now, held: 0 });
    this.write(line());
  }

  /** Tells what is still held back. */
  flush(): void {
    for (const last of this.#kinds.values()) {
      if (last.held > 0) this.write(this.more(last.held));
      last.held = 0;
    }
  }
}
