import type { BaseOptions } from "../cli/spec.ts";
import type { Io } from "../io.ts";
import { stderrColumns, writeLine } from "../io.ts";
import { type Translate, translator } from "../present/catalogue.ts";
import { describeError } from "../present/describe.ts";
import type { Lang } from "../present/lang.ts";
import { openTraceFile, Trace, traceFileOf, traceProcessName } from "../present/trace.ts";
import { formatNumber } from "../present/units.ts";
import { fitToTerminal } from "../present/wrap.ts";

/** What every mode uses to speak: translated lines, the trace, and error explanations. */
export interface ModeContext {
  readonly t: Translate;
  readonly lang: Lang;
  readonly trace: Trace;
  /** --quiet: status lines are left out, so modes can skip building them. */
  readonly quiet: boolean;
  /** A status line on stdout, left out with --quiet. */
  say(line: string): void;
  /** A status line on stderr, left out with --quiet: for modes whose stdout carries only data. */
  note(line: string): void;
  /**
   * A line of the data the mode exists to deliver (a payload as it came, JSON, a table row):
   * printed even with --quiet, and never altered.
   */
  show(line: string): void;
  /**
   * A sentence that tells the mode's result (`PASS …`, `El receptor guardó …`): printed even with
   * --quiet, like data, but wrapped on a terminal like a message, its further lines after `indent`
   * (two spaces unless given).
   */
  result(line: string, indent?: string): void;
  /** A warning or error on stderr, always printed. */
  warn(line: string): void;
  /** One translated line about an error; with --debug, its stack too. */
  describe(error: unknown): string;
  /** A number as the mode's language writes it (`0,25` in Spanish): see `formatNumber`. */
  number(value: number, decimals?: number): string;
}

/**
 * The trace a mode's options ask for: on stderr (`--trace`), in a file (`--trace-file`), both. The
 * file is opened here, before the mode serves (a FIFO or a device is refused), once per run: the
 * run's end closes it (`defineMode`). Stopping it (a full disk, `--trace-max`) is said on stderr.
 */
function traceOf(
  options: BaseOptions,
  io: Io,
  t: Translate,
  warn: (line: string) => void,
): Trace {
  if (!options.trace && options.traceFile === undefined) return Trace.off;
  const path = options.traceFile;
  const file = path === undefined ? undefined : {
    path,
    mode: io.mode ?? "socklab",
    process: traceProcessName(),
    writer: traceFileOf(
      io,
      path,
      () => openTraceFile(path, { maxMib: options.traceMax, voice: { t, warn } }),
    ),
  };
  return new Trace(options.trace ? io.stderr : null, { hex: options.hex, now: io.now, file, t });
}

/**
 * The context of one run of a mode. On a terminal its messages (not its data) are wrapped
 * between words at the terminal's width, so that none is broken mid-word.
 */
export function modeContext(options: BaseOptions, io: Io): ModeContext {
  const t = translator(options.lang);
  const stdoutColumns = io.columns;
  const errorColumns = stderrColumns(io);
  const warn = (line: string) => writeLine(io.stderr, fitToTerminal(line, errorColumns));
  return {
    t,
    lang: options.lang,
    quiet: options.quiet,
    trace: traceOf(options, io, t, warn),
    say: (line) => {
      if (!options.quiet) writeLine(io.stdout, fitToTerminal(line, stdoutColumns));
    },
    note: (line) => {
      if (!options.quiet) writeLine(io.stderr, fitToTerminal(line, errorColumns));
    },
    show: (line) => writeLine(io.stdout, line),
    result: (line, indent) => writeLine(io.stdout, fitToTerminal(line, stdoutColumns, indent)),
    warn,
    describe: (error) => describeError(error, t, options.debug),
    number: (value, decimals) => formatNumber(value, options.lang, decimals),
  };
}
