import type { Sink } from "../io.ts";
import { writeText } from "../io.ts";
import { formatBytes, formatRate } from "./units.ts";

const BAR_WIDTH = 24;

export interface ProgressOptions {
  /** A terminal: one bar redrawn in place. Otherwise, one plain line every `lineEveryMs`. */
  readonly terminal: boolean;
  /** Milliseconds between plain lines. @default {1000} */
  readonly lineEveryMs?: number;
  /** The clock, in milliseconds. @default {performance.now} */
  readonly now?: () => number;
}

/**
 * How far a transfer has gone: a bar with percentage and speed, redrawn at most ten times a
 * second on a terminal; periodic plain lines otherwise (a log, a pipe), so output stays readable.
 */
export class Progress {
  readonly #started: number;
  #lastShown = -Infinity;
  #done = 0;

  constructor(
    private readonly total: number,
    private readonly sink: Sink,
    private readonly options: ProgressOptions,
  ) {
    this.#started = this.#now();
  }

  #now(): number {
    return (this.options.now ?? performance.now.bind(performance))();
  }

  /** Records `bytes` more transferred, showing the progress when it is time. */
  add(bytes: number): void {
    this.#done += bytes;
    const now = this.#now();
    const every = this.options.terminal ? 100 : this.options.lineEveryMs ?? 1000;
    if (now - this.#lastShown >= every) {
      this.#lastShown = now;
      this.#show(now, false);
    }
  }

  /** Shows the final state and ends the line. */
  finish(): void {
    this.#show(this.#now(), true);
  }

  /** The text of the progress at `now`. */
  describe(now = this.#now()): string {
    const fraction = this.total === 0 ? 1 : Math.min(1, this.#done / this.total);
    const seconds = Math.max((now - this.#started) / 1000, 1e-3);
    const filled = Math.round(fraction * BAR_WIDTH);
    const bar = "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled);
    const percent = String(Math.floor(fraction * 100)).padStart(3);
    return `[${bar}] ${percent}%  ${formatBytes(this.#done)} / ${formatBytes(this.total)}  ` +
      formatRate(this.#done / seconds);
  }

  #shownWidth = 0;

  #show(now: number, last: boolean): void {
    const text = this.describe(now);
    if (this.options.terminal) {
      // Spaces wipe what a longer previous line left behind.
      writeText(this.sink, `\r${text.padEnd(this.#shownWidth)}${last ? "\n" : ""}`);
      this.#shownWidth = text.length;
    } else {
      writeText(this.sink, text + "\n");
    }
  }
}
