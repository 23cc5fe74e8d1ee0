import { defineMode } from "../../cli/define.ts";
import { shortBytesLiteral } from "../../present/bytes_literal.ts";
import { printableText, safeText } from "../../present/printable.ts";
import {
  answerTextRequest,
  TEXT_OPERATIONS,
  TEXT_VERBS,
  type TextOperation,
  transform,
} from "./protocol.ts";
import { answerAsciiText } from "./ascii_answer.ts";
import { serveLineProtocol } from "../../transport/line_server.ts";
import type { Stream } from "../../transport/stream.ts";
import { type ModeContext, modeContext } from "../../run/context.ts";
import { runStreamServer } from "../../run/stream_server.ts";
import { maxLineOption } from "../../run/shared_options.ts";
import { verbsHelp } from "../../run/verbs_help.ts";
import { PORTS } from "../../run/ports.ts";

const encoder = new TextEncoder();

/**
 * The course's text service: upper case, lower case and reversal, many requests per
 * connection and every client at once (one task each); `--raw` is the course's first, framing-free server.
 */
export const textServer = defineMode({
  name: "text-server",
  port: PORTS.text,
  role: "stream-server",
  protocol: verbsHelp(
    TEXT_VERBS,
    "help.text-server.protocol",
    "help.text-server.errors",
  ),
  examples: [
    "socklab text-server",
    "socklab text-client",
    "socklab text-server --raw upper",
    "socklab text-client --raw upper --message Hola",
  ],
  options: {
    raw: { kind: "choice", choices: TEXT_OPERATIONS, placeholder: "OP" },
    maxLine: maxLineOption,
  },
  validate(options, check) {
    if (check.given("maxLine") && options.raw) {
      check.conflicts("maxLine", "raw", "why.text-server.maxLine-raw");
    }
  },
  async run(options, io): Promise<number> {
    const ctx = modeContext(options, io);
    const { t } = ctx;
    const raw = options.raw;
    return await runStreamServer(options, ctx, io, {
      concurrency: "concurrent",
      intro: raw ? t("text.raw", { operation: raw }) : t("text.protocol"),
      handle: (stream) =>
        raw ? serveRaw(stream, raw, ctx) : serveText(stream, options.maxLine, ctx),
    });
  },
});

/** The line protocol, logging each request unless --quiet. */
function serveText(stream: Stream, maxLine: number, ctx: ModeContext): Promise<void> {
  const { t } = ctx;
  return serveLineProtocol(stream, { answer: answerTextRequest, answerAscii: answerAsciiText }, {
    maxLine,
    t,
    onRequest: ctx.quiet ? undefined : (exchange) =>
      ctx.say(
        exchange.ok
          ? t("text.request", {
            peer: stream.peer,
            verb: safeText(exchange.reply.verb),
            reply: safeText(exchange.wire),
          })
          : t("text.badRequest", {
            peer: stream.peer,
            bytes: shortBytesLiteral(exchange.bytes),
            reply: safeText(exchange.wire),
          }),
      ),
  });
}

/** The course's first text server: each chunk received, transformed and sent back; no framing. */
async function serveRaw(stream: Stream, operation: TextOperation, ctx: ModeContext) {
  const decoder = new TextDecoder();
  const buffer = new Uint8Array(1024);
  for (let n = await stream.read(buffer); n !== null; n = await stream.read(buffer)) {
    // A character cut between two reads is completed by the next one.
    const request = decoder.decode(buffer.subarray(0, n), { stream: true });
    const reply = transform(operation, request);
    await stream.write(encoder.encode(reply));
    if (!ctx.quiet) {
      ctx.say(ctx.t("text.rawChunk", {
        peer: stream.peer,
        operation,
        request: printableText(request),
        reply: printableText(reply),
      }));
    }
  }
}
