import { defineMode } from "../../cli/define.ts";
import { shortBytesLiteral } from "../../present/bytes_literal.ts";
import { printableText } from "../../present/printable.ts";
import {
  answerTextRequest,
  TEXT_OPERATIONS,
  TEXT_VERBS,
  type TextOperation,
  transform,
} from "./protocol.ts";
import { serveLineProtocol } from "../../transport/line_server.ts";
import type { Stream } from "../../transport/stream.ts";
import { type ModeContext, modeContext } from "../../run/context.ts";
import { runStreamServer } from "../../run/open.ts";
import { maxLineOption } from "../../run/line_options.ts";
import { verbsHelp } from "../../run/verbs_help.ts";

const SHOWN_BYTES = 64;
const encoder = new TextEncoder();

/**
 * The text service of seed 003: upper case, lower case and reversal, many requests per
 * connection and every client at once (one task each); `--raw` is §1.5's framing-free server.
 */
export const textServer = defineMode({
  name: "text-server",
  group: "text",
  port: 54321,
  stream: true,
  server: "stream",
  summary: {
    en: "text service: UPPER, LOWER, REVERSE, many requests per connection, every client at once",
    es:
      "servicio de texto: MAYUS, MINUS, INVERTIR, muchas peticiones por conexión, todos los clientes a la vez",
  },
  protocol: verbsHelp(
    TEXT_VERBS,
    {
      en:
        "One request per line (\\n or \\r\\n), in UTF-8: VERB text. One reply line per request, in order: OK result, or ERR code words. The verbs, in any case:",
      es:
        "Una petición por línea (\\n o \\r\\n), en UTF-8: VERBO texto. Una línea de respuesta por petición, en orden: OK resultado, o ERR código palabras. Los verbos, en mayúsculas o minúsculas:",
    },
    {
      en:
        "Error codes: unknown-verb, empty, too-long (a line over --max-line; the connection is closed) and bad-utf8 (the connection stays usable). Several requests in one packet, or one request split over several, are both fine.",
      es:
        "Códigos de error: unknown-verb, empty, too-long (una línea de más de --max-line; se cierra la conexión) y bad-utf8 (la conexión sigue abierta). Varias peticiones en un paquete, o una petición partida en varios, funcionan igual.",
    },
  ),
  watch: {
    en:
      "Each client has its own task: several text-clients can type at once and each gets its own answers. With --raw there are no lines: whatever one recv gets is transformed and sent back, which is all the seed's one-shot Python client needs.",
    es:
      "Cada cliente tiene su propia tarea: varios text-client pueden escribir a la vez y cada uno recibe sus respuestas. Con --raw no hay líneas: lo que recoja cada recv se transforma y se devuelve, que es todo lo que necesita el cliente Python del seed, de un solo envío.",
  },
  examples: [
    "socklab text-server",
    "socklab text-client",
    "socklab text-server --raw upper",
    "socklab text-client --raw upper --message Hola",
  ],
  options: {
    raw: {
      kind: "choice",
      choices: TEXT_OPERATIONS,
      placeholder: "OP",
      help: {
        en: "no lines: transform every chunk received and send it back (seed 003 §1.5)",
        es: "sin líneas: transforma cada trozo recibido y lo devuelve (seed 003 §1.5)",
      },
    },
    maxLine: maxLineOption,
  },
  validate(options, check) {
    if (check.given("maxLine") && options.raw) {
      check.conflicts("maxLine", "raw", {
        en: "the raw service has no lines",
        es: "el servicio en crudo no tiene líneas",
      });
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
  return serveLineProtocol(stream, { answer: answerTextRequest }, {
    maxLine,
    t,
    onRequest: ctx.quiet ? undefined : (exchange) =>
      ctx.say(
        exchange.ok
          ? t("text.request", {
            peer: stream.peer,
            verb: exchange.reply.verb,
            reply: exchange.wire,
          })
          : t("text.badRequest", {
            peer: stream.peer,
            bytes: shortBytesLiteral(exchange.bytes, SHOWN_BYTES),
            reply: exchange.wire,
          }),
      ),
  });
}

/** Seed 003 §1.5: each chunk received, transformed and sent back; no framing at all. */
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
