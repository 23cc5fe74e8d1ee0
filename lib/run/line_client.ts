import { NetError } from "../errors.ts";
import { EXIT } from "../exit_codes.ts";
import { DelimitedReader } from "../framing/delimited.ts";
import { safeText } from "../present/printable.ts";
import { type Io, writeText } from "../io.ts";
import type { Stream } from "../transport/stream.ts";
import type { ModeContext } from "./context.ts";

const NEWLINE = new Uint8Array([0x0a]);
const MiB = 1024 * 1024;
const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** How a line protocol's client session goes. */
export interface LineSessionOptions {
  /** `--request`: lines to send; when empty, the lines of standard input are sent instead. */
  readonly requests: readonly Uint8Array[];
  /** Whether a request line ends the session (QUIT): the server closes after answering it. */
  readonly isQuit: (line: string) => boolean;
  /** How a reply is shown. @default {as it came} */
  readonly format?: (reply: string) => string;
}

/** How a session ended. */
export interface LineSessionResult {
  /** Replies that were `ERR …`. */
  readonly errors: number;
  /** The server closed before answering every request. */
  readonly cutShort: boolean;
}

/**
 * A line protocol's client: sends each request (from `--request`, or typed at a prompt, or
 * piped), waits for its one-line reply and shows it. Ends at the end of the requests, after a
 * QUIT, or when the server closes.
 */
export async function runLineSession(
  stream: Stream,
  options: LineSessionOptions,
  ctx: ModeContext,
  io: Io,
): Promise<LineSessionResult> {
  const channel = new LineChannel(stream);
  const fromStdin = options.requests.length === 0;
  const prompt = fromStdin && io.interactive;
  const lines = fromStdin ? typedLines(io.stdin).getReader() : undefined;
  const aborted = abortedPromise(io.signal);
  let errors = 0;
  let toldEscapes = false;
  const show = (text: string) => {
    // A hostile server's escapes never reach the terminal.
    const reply = safeText(text);
    ctx.show(options.format ? options.format(reply) : reply);
  };
  try {
    for (let i = 0;; i++) {
      let request: Uint8Array;
      if (lines) {
        if (prompt) writeText(io.stdout, "> ");
        const typed = await nextTyped(lines, channel, aborted, show);
        if (typed === "stop") {
          // Ctrl+D at the prompt: the shell's own prompt starts on a line of its own.
          if (prompt && !io.signal.aborted) writeText(io.stdout, "\n");
          break;
        }
        if (typed === "server-gone") {
          if (prompt) writeText(io.stdout, "\n");
          ctx.warn(ctx.t("text.closed"));
          return { errors, cutShort: true };
        }
        if (prompt && !typed.ended) {
          // A line ended by Ctrl+D, not Enter: the terminal is still on it, and the reply (or the
          // note below) starts on a line of its own.
          writeText(io.stdout, "\n");
        }
        let line = typed.text;
        if (prompt) {
          // An arrow key at a terminal's prompt types an escape sequence, not an edit: it is no
          // part of a request. Said once; a line of nothing else is not sent.
          line = withoutEscapes(typed.text);
          if (line !== typed.text && !toldEscapes) {
            toldEscapes = true;
            ctx.warn(ctx.t("text.escapesDropped"));
          }
          if (line === "" && typed.text !== "") continue;
        }
        request = encoder.encode(line + "\n");
      } else {
        if (i >= options.requests.length) break;
        request = withNewline(options.requests[i]);
      }
      const text = await channel.ask(request);
      if (text === null) {
        ctx.warn(ctx.t("text.closed"));
        return { errors, cutShort: true };
      }
      if (text.startsWith("ERR")) errors++;
      show(text);
      if (options.isQuit(decoder.decode(request))) break;
    }
    return { errors, cutShort: false };
  } finally {
    aborted.dispose();
    await lines?.cancel();
  }
}

/**
 * What a terminal's special keys type, in a line: CSI (`ESC [ … final`: arrows, Home, Delete,
 * F5…), SS3 (`ESC O x`: arrows and F1–F4 in some modes) and the other `ESC x` pairs, and a lone ESC.
 */
// deno-lint-ignore no-control-regex
const ESCAPE_SEQUENCE = /\x1b(?:\[[0-?]*[ -/]*[@-~]|O.|[@-Z\\-_])?/g;

/** A line typed at a terminal without the escape sequences its special keys put in it. */
export function withoutEscapes(line: string): string {
  return line.replace(ESCAPE_SEQUENCE, "");
}

/** A line typed or piped, without its ending, and whether it had one. */
interface TypedLine {
  readonly text: string;
  /** False for a last line without `\n`: at a terminal, one ended by Ctrl+D, not Enter. */
  readonly ended: boolean;
}

/**
 * The lines of standard input as `inputLines` reads them (UTF-8, `\n` or `\r\n` left off, a last
 * line without an ending counted too), each saying whether it had an ending.
 */
function typedLines(input: ReadableStream<Uint8Array>): ReadableStream<TypedLine> {
  /** What came after the last `\n`, in pieces: a long line is joined once, when it ends. */
  const pending: string[] = [];
  const lines = new TransformStream<string, TypedLine>({
    transform(chunk, controller) {
      if (!chunk.includes("\n")) {
        if (chunk !== "") pending.push(chunk);
        return;
      }
      pending.push(chunk);
      const text = pending.join("");
      pending.length = 0;
      let start = 0;
      for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", start)) {
        const stop = text[end - 1] === "\r" ? end - 1 : end;
        controller.enqueue({ text: text.slice(start, stop), ended: true });
        start = end + 1;
      }
      if (start < text.length) pending.push(text.slice(start));
    },
    flush(controller) {
      if (pending.length > 0) controller.enqueue({ text: pending.join(""), ended: false });
    },
  });
  return input.pipeThrough(new TextDecoderStream()).pipeThrough(lines);
}

/** Settles when `signal` aborts; dispose of it to stop listening. */
function abortedPromise(signal: AbortSignal): Promise<"stop"> & { dispose(): void } {
  const { promise, resolve } = Promise.withResolvers<"stop">();
  const stop = () => resolve("stop");
  if (signal.aborted) stop();
  else signal.addEventListener("abort", stop, { once: true });
  return Object.assign(promise, { dispose: () => signal.removeEventListener("abort", stop) });
}

/**
 * The next line typed, while watching both the connection and Ctrl+C: a line the server sends
 * unasked is shown at once, a server that hangs up is noticed before the user types again, and
 * Ctrl+C ends the wait (a blocked read of the keyboard would otherwise swallow it).
 */
async function nextTyped(
  lines: ReadableStreamDefaultReader<TypedLine>,
  channel: LineChannel,
  aborted: Promise<"stop">,
  show: (text: string) => void,
): Promise<TypedLine | "stop" | "server-gone"> {
  const typed = lines.read().then((result) =>
    result.done ? "stop" as const : { line: result.value }
  );
  for (;;) {
    const said = channel.unasked().then((line) => ({ said: line }));
    const next = await Promise.race([typed, aborted, said]);
    if (next === "stop") return "stop";
    if ("line" in next) return next.line;
    if (next.said === null) return "server-gone";
    channel.consumeUnasked();
    show(next.said);
  }
}

/** A line protocol connection seen from the client: a request goes out, its reply line comes back. */
export class LineChannel {
  readonly #replies: DelimitedReader;
  /** The read of the next line, when one is under way before a request asks for it. */
  #pending?: Promise<string | null>;

  constructor(private readonly stream: Stream) {
    this.#replies = new DelimitedReader(stream, NEWLINE, { maxMessage: 16 * MiB });
  }

  /**
   * Sends a request (a `\n` is added unless it ends in one) and resolves to its reply, without
   * the line ending; null when the server has closed the connection.
   */
  async ask(request: string | Uint8Array): Promise<string | null> {
    const bytes = typeof request === "string" ? encoder.encode(request) : request;
    try {
      await this.stream.write(bytes.at(-1) === 0x0a ? bytes : withNewline(bytes));
    } catch (error) {
      const closed = error instanceof NetError &&
        (error.kind === "broken-pipe" || error.kind === "reset");
      if (closed) return null;
      throw error;
    }
    return await this.#nextLine();
  }

  /**
   * The next line the server sends without being asked (a notice before it closes), or null
   * when it hangs up. Watching costs nothing: the read is the one the next request would make.
   */
  unasked(): Promise<string | null> {
    if (!this.#pending) {
      this.#pending = this.#readLine();
      // Whoever takes the line handles its failure; an abandoned watch must not be unhandled.
      this.#pending.catch(() => {});
    }
    return this.#pending;
  }

  /** Marks the line {@linkcode unasked} gave as seen: the next request reads a new one. */
  consumeUnasked(): void {
    this.#pending = undefined;
  }

  #nextLine(): Promise<string | null> {
    const line = this.#pending ?? this.#readLine();
    this.#pending = undefined;
    return line;
  }

  async #readLine(): Promise<string | null> {
    const reply = await this.#replies.next();
    return reply?.complete ? decoder.decode(reply.bytes).replace(/\r?\n$/, "") : null;
  }
}

/** A request line ended by a single `\n` (a trailing `\r` dropped). */
function withNewline(line: Uint8Array): Uint8Array {
  let end = line.length;
  if (line[end - 1] === 0x0d) end--;
  const out = new Uint8Array(end + 1);
  out.set(line.subarray(0, end));
  out[end] = 0x0a;
  return out;
}

/**
 * How a line session ends the process: 1 when the server went away, or when a script's request
 * got an ERR; a person at a prompt sees their mistakes, so they do not fail the session.
 */
export function sessionExitCode(result: LineSessionResult, io: Io): number {
  return result.cutShort || (result.errors > 0 && !io.interactive) ? EXIT.failure : EXIT.ok;
}
