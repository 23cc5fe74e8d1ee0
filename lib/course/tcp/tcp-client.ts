import { byteCount } from "../../present/units.ts";
import { defineMode } from "../../cli/define.ts";
import { EXIT } from "../../exit_codes.ts";
import { CrlfStream } from "../../framing/crlf.ts";
import { printable, printableText, safeText } from "../../present/printable.ts";
import { writeText } from "../../io.ts";
import type { Stream } from "../../transport/stream.ts";

import { runStreamClient } from "../../run/stream_client.ts";
import { PORTS } from "../../run/ports.ts";

/**
 * The course's blocking TCP client: connects, sends a message (or standard
 * input, like nc), half-closes its sending side, and prints whatever the server answers until it
 * closes — so it works against servers that reply and ones that do not.
 */
export const tcpClient = defineMode({
  name: "tcp-client",
  port: PORTS.tcp,
  role: "stream-client",
  examples: [
    "socklab tcp-server --reply 'Hola desde el servidor'",
    "socklab tcp-client --message 'Hola, servidor!'",
    "echo 'Hola desde un pipe' | socklab tcp-client --stdin",
    "socklab tcp-client --stdin --crlf",
  ],
  options: {
    message: { kind: "bytes", default: "Hola, servidor!" },
    stdin: { kind: "flag" },
    crlf: { kind: "flag" },
    buffer: { kind: "integer", default: 1024, range: [1, 16 * 1024 * 1024], placeholder: "BYTES" },
  },
  validate(_options, check) {
    if (check.given("stdin") && check.given("message")) {
      check.conflicts("stdin", "message", "why.tcp-client.stdin-message");
    }
    if (check.given("crlf") && !check.given("stdin")) {
      check.requires("crlf", "stdin", "socklab tcp-client --stdin --crlf");
    }
  },
  run(options, io): Promise<number> {
    // With --stdin, stdout carries only the server's bytes, so a pipe gets exactly them.
    const announceOn = options.stdin ? "stderr" : "stdout";
    return runStreamClient(options, io, async (stream, ctx) => {
      const { t } = ctx;
      const status = options.stdin ? ctx.note : ctx.say;
      if (options.stdin) {
        await exchangeStdin(
          stream,
          options.crlf ? io.stdin.pipeThrough(new CrlfStream()) : io.stdin,
          options.buffer,
          (bytes) => io.stdout.write(bytes),
          () => status(t("tcp.sentInput", { bytes: byteCount(stream.bytesOut) })),
        );
        return EXIT.ok;
      }
      await stream.write(options.message);
      status(t("tcp.sent", { text: printable(options.message) }));
      await stream.closeWrite();
      const answer = new AnswerPrinter(
        options.quiet ? "" : t("tcp.answer", { text: "" }),
        (text) => writeText(io.stdout, text),
      );
      try {
        await readToEnd(stream, options.buffer, (bytes) => answer.add(bytes));
      } catch (error) {
        // What arrived before the failure is printed already: its line is ended.
        answer.finish();
        throw error;
      }
      if (!answer.finish()) status(t("tcp.noAnswer"));
      return EXIT.ok;
    }, announceOn);
  },
});

/** Reads until the other end closes, handing over each piece (a view valid during the call). */
async function readToEnd(stream: Stream, bufferSize: number, onData: (bytes: Uint8Array) => void) {
  const buffer = new Uint8Array(bufferSize);
  for (let n = await stream.read(buffer); n !== null; n = await stream.read(buffer)) {
    onData(buffer.subarray(0, n));
  }
}

/**
 * Prints an answer as it arrives, as safe text behind a label, holding back only what the next
 * piece may change: a UTF-8 character split across reads, and a line ending that may be the
 * answer's last (dropped, as {@linkcode printableText} drops it). A flood is printed as it comes,
 * never kept whole.
 */
class AnswerPrinter {
  #decoder = new TextDecoder();
  /** A trailing `\r`, `\n` or `\r\n` not printed yet. */
  #held = "";
  #received = false;

  constructor(readonly label: string, readonly print: (text: string) => void) {}

  add(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    if (!this.#received) this.print(this.label);
    this.#received = true;
    const text = this.#held + this.#decoder.decode(bytes, { stream: true });
    const held = /\r?\n?$/.exec(text)?.[0] ?? "";
    this.#held = held;
    const ready = text.slice(0, text.length - held.length);
    if (ready) this.print(safeText(ready));
  }

  /** Ends the printed answer's line; false when the server sent nothing. */
  finish(): boolean {
    if (!this.#received) return false;
    this.print(printableText(this.#held + this.#decoder.decode()) + "\n");
    return true;
  }
}

/**
 * nc's data pump: standard input goes to the server as it arrives and the server's bytes go to
 * stdout, both at once. At the end of input the sending side is half-closed and the answer read
 * to its end; if the server closes first, sending stops.
 */
async function exchangeStdin(
  stream: Stream,
  stdin: ReadableStream<Uint8Array>,
  bufferSize: number,
  onData: (bytes: Uint8Array) => void,
  onInputSent: () => void,
) {
  const reader = stdin.getReader();
  let answerEnded = false;
  const sending = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done || answerEnded) break;
      await stream.write(value);
    }
    if (!answerEnded) {
      await stream.closeWrite();
      onInputSent();
    }
  })();
  const sendFailure = sending.then(() => undefined, (error: unknown) => error ?? "send failed");
  try {
    await readToEnd(stream, bufferSize, onData);
  } finally {
    answerEnded = true;
    await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
  const failure = await sendFailure;
  if (failure !== undefined) throw failure;
}
