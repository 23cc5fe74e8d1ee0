import { defineMode } from "../../cli/define.ts";
import { encodeEscapes } from "../../cli/escapes.ts";
import type { ModeOptions } from "../../cli/spec.ts";
import { readFull } from "../../framing/chunks.ts";
import { DelimitedReader, streamSource } from "../../framing/delimited.ts";
import { EXIT } from "../../exit_codes.ts";
import { bytesLiteral } from "../../present/bytes_literal.ts";
import { printable } from "../../present/printable.ts";
import { closeOnAbort } from "../../transport/abort.ts";
import type { Stream } from "../../transport/stream.ts";
import type { ModeContext } from "../../run/context.ts";
import { runStreamClient } from "../../run/stream_client.ts";
import { PORTS } from "../../run/ports.ts";

const MiB = 1024 * 1024;
/** The course's delimiter: what ends each line read from standard input without --until. */
const COURSE_DELIMITER = new Uint8Array([0x0d, 0x0a]);
const NEWLINE = new Uint8Array([0x0a]);
/** How long an echo may take before the client suspects a server waiting for `\r\n`. */
export const NO_ECHO_HINT_MS = 2000;

/**
 * The echo client: sends each message (or each line of standard input), waits for its echo and
 * prints it with the round-trip time; `--count` repeats them and sums up the times.
 */
export const echoClient = defineMode({
  name: "echo-client",
  port: PORTS.echo,
  role: "stream-client",
  examples: [
    "socklab echo-server",
    "socklab echo-client --message 'Hola Mundo\\r\\n' --count 100",
  ],
  options: {
    message: { kind: "bytes-list", default: ["Hola Mundo\\r\\n"] },
    stdin: { kind: "flag" },
    count: { kind: "integer", default: 1, range: [1, 1000000] },
    until: { kind: "bytes", placeholder: "DELIM" },
  },
  validate(_options, check) {
    if (check.given("stdin") && check.given("message")) {
      check.conflicts("stdin", "message", "why.echo-client.stdin-message");
    }
    if (check.given("stdin") && check.given("count")) {
      check.conflicts("count", "stdin", "why.echo-client.count-stdin");
    }
  },
  run(options, io): Promise<number> {
    return runStreamClient(options, io, async (stream, ctx) => {
      const exchange = new EchoExchange(stream, options, ctx);
      for (let round = 0; round < options.count && exchange.ok; round++) {
        if (options.stdin) {
          await exchange.sendLines(io.stdin, options.until ?? COURSE_DELIMITER, io.signal);
        } else {
          for (const message of options.message) {
            if (!await exchange.send(message)) break;
          }
        }
      }
      exchange.summarize();
      return exchange.ok ? EXIT.ok : EXIT.failure;
    });
  },
});

type EchoClientOptions = ModeOptions<typeof echoClient>;

function median(sorted: readonly number[]): number {
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

function endsWithCourseDelimiter(message: Uint8Array): boolean {
  return message.at(-2) === COURSE_DELIMITER[0] && message.at(-1) === COURSE_DELIMITER[1];
}

/** One connection's messages and their echoes, timed. */
class EchoExchange {
  readonly roundTrips: number[] = [];
  /** False once an echo went wrong; nothing more is sent then. */
  ok = true;
  /** Whether the hint about a missing `\r\n` was given: it is said once. */
  #hinted = false;
  readonly #reader?: DelimitedReader;
  #buffer = new Uint8Array(1024);

  constructor(
    private readonly stream: Stream,
    private readonly options: EchoClientOptions,
    private readonly ctx: ModeContext,
  ) {
    if (options.until) {
      this.#reader = new DelimitedReader(stream, options.until, { maxMessage: 16 * MiB });
    }
  }

  /** Sends one message and waits for its echo; false when the echo was wrong or cut short. */
  async send(message: Uint8Array): Promise<boolean> {
    const { t } = this.ctx;
    const started = performance.now();
    using _ = this.#hintWhenSilent(message);
    await this.stream.write(message);
    const echo = await this.#echoOf(message.length);
    const ms = performance.now() - started;
    if (echo === null) {
      this.ctx.warn(t("echo.closedEarly"));
      return this.ok = false;
    }
    if (!sameBytes(echo, message)) {
      this.ctx.warn(
        t("echo.mismatch", { sent: bytesLiteral(message), received: bytesLiteral(echo) }),
      );
      return this.ok = false;
    }
    this.roundTrips.push(ms);
    // Quiet, a series is its summary: N lines of echoes would bury it.
    if (this.ctx.quiet && this.options.count > 1) return true;
    this.ctx.show(t("echo.reply", { ms: this.ctx.number(ms, 2), text: printable(echo) }));
    return true;
  }

  /**
   * Sends each line of `input`, ended with `delimiter`, waiting for each echo in turn. Ctrl+C
   * (`signal`) ends the wait for the next line: a blocked read of the keyboard would swallow it.
   */
  async sendLines(
    input: ReadableStream<Uint8Array>,
    delimiter: Uint8Array,
    signal: AbortSignal,
  ): Promise<void> {
    const source = streamSource(input);
    const lines = new DelimitedReader(source, NEWLINE, { maxMessage: 16 * MiB });
    // Cancelling the input makes the pending read end as the input's end would.
    using _ = closeOnAbort(signal, { close: () => void source.cancel() });
    try {
      for (let line = await lines.next(); line; line = await lines.next()) {
        let text = line.bytes;
        if (line.complete) text = text.subarray(0, text.length - 1);
        if (text.at(-1) === 0x0d) text = text.subarray(0, text.length - 1);
        const message = new Uint8Array(text.length + delimiter.length);
        message.set(text);
        message.set(delimiter, text.length);
        if (!await this.send(message)) return;
      }
    } finally {
      await source.cancel();
    }
  }

  /**
   * Until disposed, a timer that says once, after {@linkcode NO_ECHO_HINT_MS} without an echo, what
   * a message without the course's `\r\n` may be missing: echo-server --blocking echoes only
   * what ends in it, and would otherwise leave the client waiting in silence. It keeps waiting.
   */
  #hintWhenSilent(message: Uint8Array): Disposable {
    if (this.#hinted || endsWithCourseDelimiter(message)) return { [Symbol.dispose]() {} };
    const { t } = this.ctx;
    const seconds = NO_ECHO_HINT_MS / 1000;
    const timer = setTimeout(() => {
      this.#hinted = true;
      // A line's own end (`\n`, a lone `\r`) gives way to the course's.
      let text = message;
      if (text.at(-1) === 0x0a) text = text.subarray(0, -1);
      if (text.at(-1) === 0x0d) text = text.subarray(0, -1);
      const withDelimiter = new Uint8Array(text.length + COURSE_DELIMITER.length);
      withDelimiter.set(text);
      withDelimiter.set(COURSE_DELIMITER, text.length);
      this.ctx.warn(
        this.options.stdin
          ? t("echo.noEchoUntil", {
            seconds: this.ctx.number(seconds),
            until: `'${encodeEscapes(this.options.until!)}'`,
          })
          : t("echo.noEcho", {
            seconds: this.ctx.number(seconds),
            message: `'${encodeEscapes(withDelimiter)}'`,
          }),
      );
    }, NO_ECHO_HINT_MS);
    return { [Symbol.dispose]: () => clearTimeout(timer) };
  }

  /** The echo of a message: up to its delimiter with --until, else as many bytes as were sent. */
  async #echoOf(length: number): Promise<Uint8Array | null> {
    if (this.#reader) {
      const echo = await this.#reader.next();
      return echo?.bytes.slice() ?? null;
    }
    if (this.#buffer.length < length) this.#buffer = new Uint8Array(length);
    const echo = this.#buffer.subarray(0, length);
    return await readFull(this.stream, echo) ? echo : null;
  }

  /** With several echoes, their min, median and max round-trip times. */
  summarize(): void {
    if (this.roundTrips.length < 2) return;
    const sorted = [...this.roundTrips].sort((a, b) => a - b);
    this.ctx.result(this.ctx.t("echo.roundTrips", {
      count: sorted.length,
      min: this.ctx.number(sorted[0], 2),
      median: this.ctx.number(median(sorted), 2),
      max: this.ctx.number(sorted[sorted.length - 1], 2),
    }));
  }
}
