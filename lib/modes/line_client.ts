import { NetError } from "../errors.ts";
import { DelimitedReader, streamSource } from "../framing/delimited.ts";
import type { Io } from "../io.ts";
import { writeText } from "../io.ts";
import type { Stream } from "../transport/stream.ts";
import type { ModeContext } from "./context.ts";

const NEWLINE = new Uint8Array([0x0a]);
const MiB = 1024 * 1024;
const decoder = new TextDecoder();

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
  const replies = new DelimitedReader(stream, NEWLINE, { maxMessage: 16 * MiB });
  const fromStdin = options.requests.length === 0;
  const prompt = fromStdin && io.interactive;
  const input = fromStdin ? streamSource(io.stdin) : undefined;
  const lines = input ? new DelimitedReader(input, NEWLINE, { maxMessage: 16 * MiB }) : undefined;
  let errors = 0;
  try {
    for (let i = 0;; i++) {
      let request: Uint8Array;
      if (lines) {
        if (prompt) writeText(io.stdout, "> ");
        const typed = await lines.next();
        if (!typed) break;
        request = withNewline(typed.bytes, typed.complete);
      } else {
        if (i >= options.requests.length) break;
        request = withNewline(options.requests[i], false);
      }
      const reply = await exchange(stream, request, replies);
      if (!reply) {
        ctx.warn(ctx.t("text.closed"));
        return { errors, cutShort: true };
      }
      const text = decoder.decode(reply).replace(/\r?\n$/, "");
      if (text.startsWith("ERR")) errors++;
      ctx.show(options.format ? options.format(text) : text);
      if (options.isQuit(decoder.decode(request))) break;
    }
    return { errors, cutShort: false };
  } finally {
    await input?.cancel();
  }
}

/** Sends a request and reads its reply line; null when the server has closed the connection. */
async function exchange(
  stream: Stream,
  request: Uint8Array,
  replies: DelimitedReader,
): Promise<Uint8Array | null> {
  try {
    await stream.write(request);
  } catch (error) {
    const closed = error instanceof NetError &&
      (error.kind === "broken-pipe" || error.kind === "reset");
    if (closed) return null;
    throw error;
  }
  const reply = await replies.next();
  return reply?.complete ? reply.bytes : null;
}

/** A request line ended by a single `\n`, whatever ending it was typed with. */
function withNewline(line: Uint8Array, endsWithNewline: boolean): Uint8Array {
  let end = endsWithNewline ? line.length - 1 : line.length;
  if (line[end - 1] === 0x0d) end--;
  const out = new Uint8Array(end + 1);
  out.set(line.subarray(0, end));
  out[end] = 0x0a;
  return out;
}
