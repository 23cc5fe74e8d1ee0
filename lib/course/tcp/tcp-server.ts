import { defineMode } from "../../cli/define.ts";
import type { ModeOptions } from "../../cli/spec.ts";
import { readUntil } from "../../framing/chunks.ts";
import { bytesLiteral } from "../../present/bytes_literal.ts";
import { printable } from "../../present/printable.ts";
import type { Stream } from "../../transport/stream.ts";
import { type ModeContext, modeContext } from "../../run/context.ts";
import { runStreamServer } from "../../run/open.ts";

const MiB = 1024 * 1024;

/**
 * The blocking TCP server of seeds 000, 001, 002 and 004: accepts clients one after another, reads
 * what each sends (once, or in chunks until a delimiter), optionally replies, and closes.
 */
export const tcpServer = defineMode({
  name: "tcp-server",
  group: "tcp",
  port: 8080,
  stream: true,
  server: "stream",
  summary: {
    en: "blocking TCP server: accepts one client at a time, prints what it sends, can reply",
    es:
      "servidor TCP bloqueante: acepta un cliente cada vez, muestra lo que envía y puede responder",
  },
  watch: {
    en:
      "Without --chunk a single recv(--buffer) gets whatever has arrived, so a long message can be cut. With --chunk 2 --until '\\r\\n' each 2-byte read is printed as 'Data read: b'Ho'' until the message ends in CR LF, as in seed 001. Clients are served strictly one after another: while one is served, the next waits in the listen backlog. Ctrl+C prints a summary.",
    es:
      "Sin --chunk, un único recv(--buffer) recoge lo que haya llegado, así que un mensaje largo puede cortarse. Con --chunk 2 --until '\\r\\n' cada lectura de 2 bytes se muestra como «Data leida: b'Ho'» hasta que el mensaje termina en CR LF, como en el seed 001. Los clientes se atienden estrictamente uno tras otro: mientras se atiende a uno, el siguiente espera en la cola de listen (backlog). Ctrl+C muestra un resumen.",
  },
  examples: [
    "socklab tcp-server",
    "socklab tcp-client --message 'Hola, servidor!'",
    "socklab tcp-server --chunk 2 --until '\\r\\n' --reply 'Gracias por su Mensaje\\n'",
    "printf 'Hola Mundo\\r\\n' | nc 127.0.0.1 8080",
  ],
  options: {
    backlog: {
      kind: "integer",
      default: 1,
      min: 0,
      max: 65535,
      placeholder: "N",
      help: {
        en:
          "listen(backlog): connections the OS queues while a client is being served (it may round up)",
        es:
          "listen(backlog): conexiones que el sistema encola mientras se atiende a un cliente (puede redondear hacia arriba)",
      },
    },
    buffer: {
      kind: "integer",
      default: 1024,
      min: 1,
      max: 16 * MiB,
      placeholder: "BYTES",
      help: {
        en: "recv(BYTES): the most one read returns",
        es: "recv(BYTES): lo máximo que devuelve una lectura",
      },
    },
    chunk: {
      kind: "integer",
      min: 1,
      max: 16 * MiB,
      placeholder: "N",
      help: {
        en:
          "read in N-byte reads, printing each as Data read: b'…', until the client closes or --until",
        es:
          "lee en lecturas de N bytes, mostrando cada una como Data leida: b'…', hasta que el cliente cierre o --until",
      },
    },
    until: {
      kind: "bytes",
      placeholder: "DELIM",
      help: {
        en: "keep reading until the data ends with DELIM (e.g. '\\r\\n'), then print all of it",
        es:
          "sigue leyendo hasta que los datos terminen en DELIM (p. ej. '\\r\\n') y luego los muestra completos",
      },
    },
    maxMessage: {
      kind: "integer",
      default: MiB,
      min: 1,
      max: 1024 * MiB,
      placeholder: "BYTES",
      help: {
        en:
          "with --chunk or --until, close a client that sends this much without ending its message",
        es: "con --chunk o --until, cierra al cliente que envíe todo esto sin terminar su mensaje",
      },
    },
    reply: {
      kind: "bytes",
      placeholder: "TEXT",
      help: {
        en: "send TEXT back after the whole message",
        es: "devuelve TEXT después del mensaje completo",
      },
    },
    once: {
      kind: "flag",
      help: {
        en: "stop after the first client, as the seed programs do",
        es: "termina tras el primer cliente, como los programas de los seeds",
      },
    },
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
      onRead: (piece) => ctx.say(t("tcp.chunk", { bytes: bytesLiteral(piece) })),
    });
    const delimiter = options.until ? bytesLiteral(options.until) : "EOF";
    if (result.end === "limit") {
      ctx.warn(t("tcp.tooLong", { peer: stream.peer, limit: result.data.length, delimiter }));
      return;
    }
    if (result.end === "eof" && options.until) {
      ctx.say(t("tcp.endedBeforeDelimiter", { peer: stream.peer, delimiter }));
    }
    ctx.show(t("tcp.allData", { bytes: bytesLiteral(result.data) }));
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
