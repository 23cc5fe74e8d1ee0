/**
 * socklab: the sockets course in one executable. Parses the command line, runs the chosen mode,
 * and turns its result or error into the exit code: 0 ok, 1 runtime failure, 2 usage error
 * (130 for a client stopped by Ctrl+C). The only place that calls `Deno.exit`.
 *
 * @module
 */
import { generalHelp, HELP_WIDTH, modeHelp } from "./lib/cli/help.ts";
import { langFromArgs, parseCommandLine } from "./lib/cli/parse.ts";
import { UsageError } from "./lib/errors.ts";
import { EXIT } from "./lib/exit_codes.ts";
import { type Io, systemIo, writeLine, writeText } from "./lib/io.ts";
import { LESSON_GROUPS } from "./lib/course/groups.ts";
import { MODES } from "./lib/course/modes.ts";
import { translator } from "./lib/present/catalogue.ts";
import { describeError } from "./lib/present/describe.ts";
import { type Lang, langFromEnv } from "./lib/present/lang.ts";
import { versionLine } from "./lib/version.ts";

/** Runs socklab with these arguments; resolves to the exit code. Never exits the process. */
export async function main(argv: readonly string[], io: Io, envLang: Lang): Promise<number> {
  const lang = langFromArgs(argv) ?? envLang;
  try {
    const command = parseCommandLine(argv, MODES, envLang);
    switch (command.kind) {
      case "help":
        writeText(
          io.stdout,
          generalHelp(MODES, LESSON_GROUPS, command.lang, helpWidth(io.columns)),
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
      writeLine(io.stderr, `socklab: ${error.message}`);
      return EXIT.usage;
    }
    const t = translator(lang);
    const line = describeError(error, t, argv.includes("--debug"));
    writeLine(io.stderr, `socklab: ${t("error.prefix")}: ${line}`);
    return EXIT.failure;
  }
}

/**
 * The width help is wrapped at: the terminal's, between 40 and 100 columns (wider lines are hard
 * to read); 80 for a pipe or a file.
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

/** Ctrl+C as socklab handles it, with `exit` called for a second Ctrl+C. */
export function interruptHandler(exit: (code: number) => void): Interrupts {
  const stop = new AbortController();
  return {
    signal: stop.signal,
    interrupt() {
      if (stop.signal.aborted) exit(EXIT.interrupted);
      else stop.abort();
    },
  };
}

/** Runs socklab as this process: {@linkcode stopSignals} stop it as Ctrl+C does. */
export async function runProcess(argv: readonly string[]): Promise<never> {
  const interrupts = interruptHandler(Deno.exit);
  for (const signal of stopSignals(Deno.build.os)) {
    Deno.addSignalListener(signal, interrupts.interrupt);
  }
  const code = await main(argv, systemIo(interrupts.signal), langFromEnv(readEnv));
  Deno.exit(code);
}

if (import.meta.main) await runProcess(Deno.args);
