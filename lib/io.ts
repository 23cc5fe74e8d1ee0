import { TextLineStream } from "@std/streams/text-line-stream";

/** Where a mode writes bytes: a terminal, a pipe, or a test's buffer. */
export interface Sink {
  /** Writes all of `bytes` before it returns. */
  write(bytes: Uint8Array): void;
}

/**
 * Everything a mode touches outside its sockets. Modes never use `console` or `Deno.std*`
 * directly, so tests and the demo run them in-process and read what they printed.
 */
export interface Io {
  /** What the mode exists to print: the data, and what it says it does. */
  readonly stdout: Sink;
  /** Warnings, errors, the trace and progress. */
  readonly stderr: Sink;
  /** What a client sends with `--stdin`, or what an interactive client reads. */
  readonly stdin: ReadableStream<Uint8Array>;
  /** Aborted when the mode must stop: Ctrl+C, SIGTERM, or a test or the demo stopping it. */
  readonly signal: AbortSignal;
  /** Told the bound address once a server listens: how tests and the demo find a port-0 server. */
  readonly listening?: (address: Deno.Addr) => void;
  /** The clock of trace timestamps. @default {() => new Date()} */
  readonly now?: () => Date;
  /** Standard input is a terminal a person types in: interactive clients show a prompt. */
  readonly interactive?: boolean;
  /** Standard error is a terminal: progress is a bar redrawn in place, not a line a second. */
  readonly stderrIsTerminal?: boolean;
  /** The width of the terminal standard output is, in columns; unknown for a pipe or a file. */
  readonly columns?: number;
  /** The mode running, for `--trace-file`'s records (set by the mode itself). */
  readonly mode?: string;
}

const encoder = new TextEncoder();

/** Writes text as UTF-8. */
export function writeText(sink: Sink, text: string): void {
  sink.write(encoder.encode(text));
}

/** Writes one line of text. */
export function writeLine(sink: Sink, text: string): void {
  writeText(sink, text + "\n");
}

function fileSink(file: { writeSync(p: Uint8Array): number }): Sink {
  return {
    write(bytes) {
      // writeSync may write less than asked (a full pipe); loop until all is out.
      for (let done = 0; done < bytes.length;) done += file.writeSync(bytes.subarray(done));
    },
  };
}

/**
 * The lines typed or piped on standard input, decoded as UTF-8, without their endings (`\n` or
 * `\r\n`); a last line without an ending counts too. Cancelling the reader releases the input.
 */
export function inputLines(input: ReadableStream<Uint8Array>): ReadableStream<string> {
  return input.pipeThrough(new TextDecoderStream()).pipeThrough(new TextLineStream());
}

/**
 * The width standard error is wrapped at: `io.columns` is standard output's terminal, which
 * standard error shares when it is a terminal too; unknown (no wrapping) for a pipe or a file.
 */
export function stderrColumns(io: Io): number | undefined {
  return io.stderrIsTerminal ? io.columns : undefined;
}

/** The process's own standard streams, for main.ts. */
export function systemIo(signal: AbortSignal): Io {
  return {
    stdout: fileSink(Deno.stdout),
    stderr: fileSink(Deno.stderr),
    stdin: Deno.stdin.readable,
    interactive: Deno.stdin.isTerminal(),
    stderrIsTerminal: Deno.stderr.isTerminal(),
    columns: terminalColumns(),
    signal,
  };
}

function terminalColumns(): number | undefined {
  if (!Deno.stdout.isTerminal()) return undefined;
  try {
    // A terminal that says it has no columns (a pseudo-terminal never sized) has an unknown width.
    return Deno.consoleSize().columns || undefined;
  } catch {
    return undefined;
  }
}
