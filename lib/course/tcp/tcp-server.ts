import { byteCount } from "../../present/units.ts";
import { defineMode } from "../../cli/define.ts";
import type { ModeOptions } from "../../cli/spec.ts";
import { readUntil } from "../../framing/chunks.ts";
import { bytesLiteral } from "../../present/bytes_literal.ts";
import { printable } from "../../present/printable.ts";
import type { Stream } from "../../transport/stream.ts";
import { type ModeContext, modeContext } from "../../run/context.ts";
import { maxMessageOption } from "../../run/shared_options.ts";
import { runStreamServer } from "../../run/stream_server.ts";
import { PORTS } from "../../run/ports.ts";

const MiB = 1024 * 1024;

/**
 * The course's blocking TCP server: accepts clients one after another, reads
 * what each sends (once, or in chunks until a delimiter), optionally replies, and closes.
 */
export const tcpServer = defineMode({
  name: "tcp-server",
  port: PORTS.tcp,
  role: "stream-server",
  examples: [
    "socklab tcp-server",
    "socklab tcp-client --message 'Hola, servidor!'",
    "socklab tcp-server --chunk 2 --until '\\r\\n' --reply 'Gracias por su Mensaje\\n'",
    "printf 'Hola Mundo\\r\\n' | nc 127.0.0.1 8080",
  ],
  options: {
    backlog: { kind: "integer", default: 1, range: [0, 65535] },
    buffer: { kind: "integer", default: 1024, range: [1, 16 * MiB], placeholder: "BYTES" },
    chunk: { kind: "integer", range: [1, 16 * MiB] },
    until: { kind: "bytes", placeholder: "DELIM" },
    maxMessage: maxMessageOption("help.tcp-server.maxMessage"),
    reply: { kind: "bytes" },
    once: { kind: "flag" },
  },
  validate(options, check) {
    if (check.given("maxMessage") && options.chunk === undefined && options.until === undefined) {
      check.requires(
        "maxMessage",
        "until",
        "socklab tcp-server --until '\\r\\n' --max-message 4096",
      );
    }
  },
  async run(options, io): Promise<number> {
    const ctx = modeContext(options, io);
    return await runStreamServer(options, ctx, io, {
      concurrency: "sequential",
      once: options.once,
      handle: (stream) => serveClient(stream, options, ctx),
    });
  },
});

type TcpServerOptions = ModeOptions<typeof tcpServer>;

async function serveClient(stream: Stream, options: TcpServerOptions, ctx: ModeContext) {
  const { t } = ctx;
  ctx.say(t("tcp.accepted", { peer: stream.peer }));
  if (options.chunk !== undefined || options.until !== undefined) {
    const result = await readUntil(stream, {
      readSize: options.chunk ?? options.buffer,
      delimiter: options.until,
      limit: options.maxMessage,
      onRead: (piece) => ctx.say(t("stream.chunk", { bytes: bytesLiteral(piece) })),
    });
    const delimiter = options.until ? bytesLiteral(options.until) : "EOF";
    if (result.end === "limit") {
      ctx.warn(
        t("stream.tooLong", { peer: stream.peer, limit: byteCount(result.data.length), delimiter }),
      );
      return;
    }
    if (result.end === "eof" && options.until) {
      ctx.say(t("tcp.endedBeforeDelimiter", { peer: stream.peer, delimiter }));
    }
    ctx.show(t("stream.allData", { bytes: bytesLiteral(result.data) }));
  } else {
    const buffer = new Uint8Array(options.buffer);
    const n = await stream.read(buffer);
    if (n === null) ctx.say(t("tcp.receivedNothing", { peer: stream.peer }));
    else ctx.show(t("tcp.received", { text: printable(buffer.subarray(0, n)) }));
  }
  if (options.reply) {
    await stream.write(options.reply);
    ctx.say(t("tcp.replySent", { text: printable(options.reply) }));
  }
}
