import type { Io, Sink } from "./io.ts";

/** Which standard stream a captured line was written to. */
export type StreamName = "stdout" | "stderr";

/** An {@linkcode Io} that keeps what a mode prints, for tests and the demo. */
export interface CapturedIo extends Io {
  /** Everything written to stdout so far, decoded as UTF-8. */
  stdoutText(): string;
  /** Everything written to stderr so far, decoded as UTF-8. */
  stderrText(): string;
  /** The complete lines written to stdout so far. */
  stdoutLines(): string[];
  /** The complete lines written to stderr so far. */
  stderrLines(): string[];
}

/** How {@linkcode captureIo} sets up the mode's world; everything is optional. */
export interface CaptureOptions {
  /** Aborting it stops the mode. @default {a signal that never aborts} */
  signal?: AbortSignal;
  /** What the mode reads as standard input. @default {empty} */
  stdin?: string | Uint8Array | ReadableStream<Uint8Array>;
  /** Called with each complete line as soon as it is written. */
  onLine?: (stream: StreamName, line: string) => void;
  /** Told where a server listens, once it does. */
  listening?: (address: Deno.Addr) => void;
  /** The clock of trace timestamps. @default {() => new Date()} */
  now?: () => Date;
  /** Standard input is a person at a terminal. @default {false} */
  interactive?: boolean;
  /** Standard error is a terminal. @default {false} */
  stderrIsTerminal?: boolean;
  /** The terminal's width. @default {unknown, as in a pipe} */
  columns?: number;
}

class CapturedStream implements Sink {
  #text = "";
  #lines: string[] = [];
  #partial = "";
  #decoder = new TextDecoder();

  constructor(readonly name: StreamName, readonly onLine?: CaptureOptions["onLine"]) {}

  write(bytes: Uint8Array): void {
    const text = this.#decoder.decode(bytes, { stream: true });
    this.#text += text;
    const pieces = (this.#partial + text).split("\n");
    this.#partial = pieces.pop() ?? "";
    for (const line of pieces) {
      this.#lines.push(line);
      this.onLine?.(this.name, line);
    }
  }

  text(): string {
    return this.#text;
  }

  lines(): string[] {
    return [...this.#lines];
  }
}

function toStream(input: CaptureOptions["stdin"]): ReadableStream<Uint8Array> {
  if (input instanceof ReadableStream) return input;
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  return new ReadableStream({
    start(controller) {
      if (bytes && bytes.length > 0) controller.enqueue(bytes);
      controller.close();
    },
  });
}

/**
 * Makes an {@linkcode Io} whose output is kept in memory: what a mode printed can be read back,
 * whole or line by line.
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * import { writeLine } from "./io.ts";
 *
 * const io = captureIo();
 * writeLine(io.stdout, "Servidor escuchando en 127.0.0.1:8080");
 * assertEquals(io.stdoutLines(), ["Servidor escuchando en 127.0.0.1:8080"]);
 * ```
 */
export function captureIo(options: CaptureOptions = {}): CapturedIo {
  const stdout = new CapturedStream("stdout", options.onLine);
  const stderr = new CapturedStream("stderr", options.onLine);
  return {
    stdout,
    stderr,
    stdin: toStream(options.stdin),
    signal: options.signal ?? new AbortController().signal,
    listening: options.listening,
    now: options.now,
    interactive: options.interactive,
    stderrIsTerminal: options.stderrIsTerminal,
    columns: options.columns,
    stdoutText: () => stdout.text(),
    stderrText: () => stderr.text(),
    stdoutLines: () => stdout.lines(),
    stderrLines: () => stderr.lines(),
  };
}
