import { ProgressBar } from "@std/cli/unstable-progress-bar";
import type { Sink } from "../io.ts";
import { writeText } from "../io.ts";
import type { Lang } from "./lang.ts";
import { formatBytes, formatRate } from "./units.ts";

const BAR_WIDTH = 24;

/** What a progress line says, given how far it got, toward what, and how long it has taken. */
export type Describe = (done: number, total: number, elapsedMs: number) => string;

export interface ProgressOptions {
  /** A terminal: std's ProgressBar, redrawn in place. Otherwise one line every `lineEveryMs`. */
  readonly terminal: boolean;
  /** Milliseconds between plain lines. @default {1000} */
  readonly lineEveryMs?: number;
  /** The clock of plain lines, in milliseconds. @default {performance.now} */
  readonly now?: () => number;
  /** Wipe the bar when it ends (a report follows), instead of leaving its last state. */
  readonly clear?: boolean;
  /** @default {describeTransfer} */
  readonly describe?: Describe;
  /** The language of the default description's numbers (`1,20 MiB`). @default {"en"} */
  readonly lang?: Lang;
}

/** `[##########--------------]  42%`: a bar and the share it shows, from 0 to 1. */
export function bar(fraction: number): string {
  const share = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 1;
  const filled = Math.round(share * BAR_WIDTH);
  const percent = String(Math.floor(share * 100)).padStart(3);
  return `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${percent}%`;
}

/** `[#####-------] 42%  1.20 MiB / 2.86 MiB  3.4 MiB/s`: a transfer's bar, share, size and speed. */
export function describeTransfer(
  done: number,
  total: number,
  elapsedMs: number,
  lang: Lang = "en",
): string {
  const seconds = Math.max(elapsedMs / 1000, 1e-3);
  const sizes = `${formatBytes(done, lang)} / ${formatBytes(total, lang)}`;
  return `${bar(total === 0 ? 1 : done / total)}  ${sizes}  ${formatRate(done / seconds, lang)}`;
}

/** A sink as the web stream std's ProgressBar writes to. */
function writableOf(sink: Sink): WritableStream<Uint8Array> {
  return new WritableStream({ write: (chunk) => sink.write(chunk) });
}

/**
 * How far a long piece of work has gone toward `total`. On a terminal, std's ProgressBar redraws
 * it in place ten times a second; elsewhere (a log, a pipe) it is one plain line a second, so the
 * output stays readable. Call {@linkcode finish} when the work ends, however it ends.
 */
export class Progress {
  readonly #bar?: ProgressBar;
  readonly #started: number;
  readonly #describe: Describe;
  #lastShown = -Infinity;
  /** What the last plain line showed: the final line is not repeated when nothing moved since. */
  #shownDone = -1;
  #done = 0;

  constructor(
    private readonly total: number,
    private readonly sink: Sink,
    private readonly options: ProgressOptions,
  ) {
    this.#describe = options.describe ??
      ((done, total, elapsedMs) => describeTransfer(done, total, elapsedMs, options.lang));
    this.#started = this.#now();
    if (options.terminal) {
      this.#bar = new ProgressBar({
        max: total,
        writable: writableOf(sink),
        interval: 100,
        clear: options.clear,
        formatter: ({ value, max, time }) => this.#describe(value, max, time),
      });
    }
  }

  #now(): number {
    return (this.options.now ?? performance.now.bind(performance))();
  }

  /** Records `amount` more done. */
  add(amount: number): void {
    this.set(this.#done + amount);
  }

  /** Records how much is done so far, showing a plain line when it is time. */
  set(done: number): void {
    this.#done = done;
    if (this.#bar) {
      this.#bar.value = done;
      return;
    }
    const now = this.#now();
    if (now - this.#lastShown >= (this.options.lineEveryMs ?? 1000)) {
      this.#lastShown = now;
      this.#shownDone = done;
      writeText(this.sink, this.#describe(done, this.total, now - this.#started) + "\n");
    }
  }

  /** Shows the final state (or wipes the bar with `clear`) and stops redrawing. */
  async finish(): Promise<void> {
    if (this.#bar) {
      await this.#bar.stop();
    } else if (!this.options.clear && this.#shownDone !== this.#done) {
      const now = this.#now();
      writeText(this.sink, this.#describe(this.#done, this.total, now - this.#started) + "\n");
    }
  }
}
