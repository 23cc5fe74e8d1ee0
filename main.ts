/**
 * socklab: the sockets course in one executable. Parses the command line, runs the chosen mode,
 * and turns its result or error into the exit code: 0 ok, 1 runtime failure, 2 usage error
 * (130 for a client stopped by Ctrl+C). The only place that calls `Deno.exit`.
 *
 * @module
 */
import { generalHelp, HELP_WIDTH, modeHelp } from "./lib/cli/help.ts";
import { type Command, parseCommandLine } from "./lib/cli/parse.ts";
import { UsageError } from "./lib/errors.ts";
import { EXIT } from "./lib/exit_codes.ts";
import { type Io, stderrColumns, systemIo, writeLine, writeText } from "./lib/io.ts";
import { GROUPS, MODES } from "./lib/course/modes.ts";
import { translator } from "./lib/present/catalogue.ts";
import { describeError } from "./lib/present/describe.ts";
import { fitToTerminal } from "./lib/present/wrap.ts";
import { langOfLocale, localeFromEnv } from "./lib/present/lang.ts";
import { versionLine } from "./lib/version.ts";

export type { Io, Sink } from "./lib/io.ts";
export { type CapturedIo, captureIo, type CaptureOptions, type StreamName } from "./lib/capture.ts";

/**
 * Runs socklab with these arguments; resolves to the exit code. Never exits the process: what
 * it prints goes to `io`, so a program (or a test) can run any mode in-process. `locale` (such
 * as `es_ES.UTF-8`, or just `es`) picks the language when `--lang` does not.
 *
 * @example Run a mode and read what it printed
 * ```ts
 * import { assertEquals, assertMatch } from "@std/assert";
 * import { captureIo, main } from "./main.ts";
 *
 * const io = captureIo();
 * assertEquals(await main(["--version"], io, "en"), 0);
 * assertMatch(io.stdoutText(), /^socklab \d+\.\d+\.\d+/);
 *
 * const usage = captureIo();
 * assertEquals(await main(["tcp-server", "--port", "70000"], usage, "es"), 2);
 * assertMatch(usage.stderrText(), /--port/);
 * ```
 */
export async function main(argv: readonly string[], io: Io, locale = ""): Promise<number> {
  const envLang = langOfLocale(locale);
  let command: Command | undefined;
  try {
    command = parseCommandLine(argv, MODES, envLang);
    switch (command.kind) {
      case "help":
        writeText(
          io.stdout,
          generalHelp(GROUPS, command.lang, helpWidth(io.columns)),
        );
        return EXIT.ok;
      case "mode-help":
        writeText(io.stdout, modeHelp(command.mode, command.lang, helpWidth(io.columns)));
        return EXIT.ok;
      case "version":
        writeLine(io.stdout, versionLine());
        return EXIT.ok;
      case "run":
        return await command.mode.run(command.options, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      writeLine(io.stderr, fitToTerminal(`socklab: ${error.message}`, stderrColumns(io)));
      return EXIT.usage;
    }
    // The command line was read once: its language and --debug, or the environment's if reading failed.
    const run = command?.kind === "run" ? command.options : undefined;
    const t = translator(command?.kind === "run" ? command.options.lang : command?.lang ?? envLang);
    const line = describeError(error, t, run?.debug ?? false);
    writeLine(
      io.stderr,
      fitToTerminal(`socklab: ${t("error.prefix")}: ${line}`, stderrColumns(io)),
    );
    return EXIT.failure;
  }
}

/**
 * The width help is wrapped at: the terminal's, between 40 and 100 columns (wider lines are hard
 * to read); 80 for a pipe or a file.
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * import { helpWidth } from "./main.ts";
 *
 * assertEquals([helpWidth(undefined), helpWidth(200), helpWidth(90)], [80, 100, 90]);
 * ```
 */
export function helpWidth(columns: number | undefined): number {
  return columns === undefined ? HELP_WIDTH : Math.min(100, Math.max(40, columns));
}

/** Reads an environment variable, or nothing when Deno was not allowed to. */
function readEnv(name: string): string | undefined {
  try {
    return Deno.env.get(name);
  } catch {
    return undefined;
  }
}

/**
 * The signals that ask socklab to stop cleanly: Ctrl+C everywhere, SIGTERM where the OS sends it,
 * Ctrl+Break on Windows (whose consoles send no SIGTERM).
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * import { stopSignals } from "./main.ts";
 *
 * assertEquals(stopSignals("windows"), ["SIGINT", "SIGBREAK"]);
 * ```
 */
export function stopSignals(os: typeof Deno.build.os): Deno.Signal[] {
  return os === "windows" ? ["SIGINT", "SIGBREAK"] : ["SIGINT", "SIGTERM"];
}

/** How socklab answers Ctrl+C; {@linkcode interruptHandler} makes one. */
export interface Interrupts {
  /** Aborted by the first interrupt: the running mode stops cleanly. */
  readonly signal: AbortSignal;
  /** One Ctrl+C: the first asks the mode to stop, a second exits at once (code 130). */
  interrupt(): void;
}

/**
 * Ctrl+C as socklab handles it, with `exit` called for a second Ctrl+C, and `first` (if given)
 * called once, when the first arrives.
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * import { interruptHandler } from "./main.ts";
 *
 * const exits: number[] = [];
 * const interrupts = interruptHandler((code) => exits.push(code));
 * interrupts.interrupt();
 * assertEquals([interrupts.signal.aborted, exits], [true, []]);
 * interrupts.interrupt();
 * assertEquals(exits, [130]);
 * ```
 */
export function interruptHandler(
  exit: (code: number) => void,
  first?: () => void,
): Interrupts {
  const stop = new AbortController();
  return {
    signal: stop.signal,
    interrupt() {
      if (stop.signal.aborted) return exit(EXIT.interrupted);
      first?.();
      stop.abort();
    },
  };
}

/**
 * Runs socklab as this process, and exits with its code: {@linkcode stopSignals} stop it as
 * Ctrl+C does. What `deno run main.ts` and the compiled binary call.
 *
 * @example
 * ```ts ignore
 * import { runProcess } from "./main.ts";
 *
 * await runProcess(["echo-server", "--port", "8000"]);
 * ```
 */
export async function runProcess(argv: readonly string[]): Promise<never> {
  // The terminal echoes ^C where the cursor is: what socklab says next starts a line of its own.
  const newLine = () => {
    if (Deno.stderr.isTerminal()) Deno.stderr.writeSync(new TextEncoder().encode("\n"));
  };
  const interrupts = interruptHandler(Deno.exit, newLine);
  for (const signal of stopSignals(Deno.build.os)) {
    Deno.addSignalListener(signal, interrupts.interrupt);
  }
  const locale = localeFromEnv(readEnv, globalThis.navigator?.language ?? "");
  const code = await main(argv, systemIo(interrupts.signal), locale);
  Deno.exit(code);
}

if (import.meta.main) await runProcess(Deno.args);
