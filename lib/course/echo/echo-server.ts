import { byteCount } from "../../present/units.ts";
import { defineMode } from "../../cli/define.ts";
import type { ModeOptions } from "../../cli/spec.ts";
import { echoBytes } from "./echo_bytes.ts";
import { readUntil } from "../../framing/chunks.ts";
import { DelimitedReader, MessageTooLong } from "../../framing/delimited.ts";
import { bytesLiteral, shortBytesLiteral } from "../../present/bytes_literal.ts";
import { Clients, closedHere, type ServeStats } from "../../transport/server.ts";
import type { Stream } from "../../transport/stream.ts";
import type { Io } from "../../io.ts";
import { type ModeContext, modeContext } from "../../run/context.ts";
import { maxMessageOption } from "../../run/shared_options.ts";
import { runStreamServer, serverGuard } from "../../run/stream_server.ts";
import { PORTS } from "../../run/ports.ts";

const MiB = 1024 * 1024;
/** Where an `--until` connection's buffer starts: idle clients cost little memory. */
const FIRST_BUFFER = 128;
/** The course's delimiter and read size for the blocking loop. */
const COURSE_DELIMITER = "\r\n";
const COURSE_CHUNK = 2;

const encoder = new TextEncoder();

/**
 * The course's echo server. By default concurrent: every client is
 * served at once (one task per connection, Deno's counterpart of one thread per client) and its
 * bytes echoed as they arrive, or whole delimited messages with `--until`. `--blocking` runs the
 * course's loop exactly, so a second client stalls until the first sends again.
 */
export const echoServer = defineMode({
  name: "echo-server",
  port: PORTS.echo,
  role: "stream-server",
  examples: [
    "socklab echo-server --blocking",
    "socklab echo-client --stdin",
  ],
  options: {
    blocking: { kind: "flag" },
    chunk: { kind: "integer", range: [1, 16 * MiB] },
    until: { kind: "bytes", placeholder: "DELIM" },
    maxMessage: maxMessageOption("help.echo-server.maxMessage"),
  },
  validate(options, check) {
    if (check.given("chunk") && !options.blocking) {
      check.requires("chunk", "blocking", "socklab echo-server --blocking --chunk 2");
    }
  },
  async run(options, io): Promise<number> {
    const ctx = modeContext(options, io);
    if (!options.blocking) return await echoConcurrently(options, ctx, io);
    const delimiter = options.until ?? encoder.encode(COURSE_DELIMITER);
    return await runStreamServer(options, ctx, io, {
      intro: ctx.t("echo.blocking", { delimiter: bytesLiteral(delimiter) }),
      loop: (listener) => blockingLoop(listener, delimiter, options, ctx, io.signal),
    });
  },
});

type EchoServerOptions = ModeOptions<typeof echoServer>;

/** Every client at once, each on its own task. */
async function echoConcurrently(
  options: EchoServerOptions,
  ctx: ModeContext,
  io: Io,
): Promise<number> {
  const { t } = ctx;
  let active = 0;
  const echo = (stream: Stream) => {
    if (options.until) return echoMessages(stream, options.until, options.maxMessage, ctx);
    const say = ctx.quiet
      ? undefined
      : (piece: Uint8Array) =>
        ctx.say(ctx.t("echo.echoed", { peer: stream.peer, bytes: shortBytesLiteral(piece) }));
    // Untraced, the connection is echoed directly and the stream only keeps count.
    const direct = stream.direct;
    return direct ? echoBytes(direct, {}, say, stream) : echoBytes(stream, {}, say);
  };
  return await runStreamServer(options, ctx, io, {
    concurrency: "concurrent",
    intro: t("echo.concurrent"),
    // Quiet, a client is just its echo loop: no wrapper frame per idle connection.
    handle: ctx.quiet ? echo : async (stream) => {
      ctx.say(t("echo.connected", { peer: stream.peer, active: ++active }));
      try {
        await echo(stream);
      } finally {
        ctx.say(t("echo.disconnected", { peer: stream.peer, active: --active }));
      }
    },
  });
}

/** Whole messages go back once their delimiter has arrived; what is left at the end, too. */
async function echoMessages(
  stream: Stream,
  delimiter: Uint8Array,
  maxMessage: number,
  ctx: ModeContext,
): Promise<void> {
  const reader = new DelimitedReader(stream, delimiter, {
    maxMessage,
    initialSize: FIRST_BUFFER,
    clock: stream,
  });
  try {
    for (let message = await reader.next(); message; message = await reader.next()) {
      ctx.say(ctx.t("echo.echoed", {
        peer: stream.peer,
        bytes: shortBytesLiteral(message.bytes),
      }));
      await stream.write(message.bytes);
    }
  } catch (error) {
    if (!(error instanceof MessageTooLong)) throw error;
    ctx.warn(ctx.t("stream.tooLong", {
      peer: stream.peer,
      limit: byteCount(maxMessage),
      delimiter: bytesLiteral(delimiter),
    }));
  }
}

/**
 * The course's blocking loop, exactly: announce, accept one client and add it to the list, then walk the
 * whole list, reading each client in `--chunk` reads until its data ends with the delimiter and
 * echoing it, before accepting the next. A client blocks everyone behind it. One change: a client
 * that has closed leaves the list (the course's loop would read its empty end forever).
 */
async function blockingLoop(
  listener: Deno.Listener,
  delimiter: Uint8Array,
  options: EchoServerOptions,
  ctx: ModeContext,
  signal: AbortSignal,
): Promise<ServeStats> {
  const { t } = ctx;
  const clients = new Clients(listener, {
    trace: ctx.trace,
    timeoutSeconds: options.timeout,
    guard: serverGuard(options, ctx),
  });
  const stats: ServeStats = { clients: 0, bytesIn: 0, bytesOut: 0 };
  const list: Stream[] = [];
  const drop = (stream: Stream) => {
    list.splice(list.indexOf(stream), 1);
    clients.close(stream);
    stats.bytesIn += stream.bytesIn;
    stats.bytesOut += stream.bytesOut;
  };
  const stop = () => clients.closeAll();
  signal.addEventListener("abort", stop, { once: true });
  try {
    while (!signal.aborted) {
      ctx.say(t("echo.ready"));
      const accepted = await clients.accept();
      if (!accepted) break;
      stats.clients++;
      ctx.say(t("echo.connecting", { peer: accepted.peer }));
      list.push(accepted);
      for (const stream of [...list]) {
        try {
          const result = await readUntil(stream, {
            readSize: options.chunk ?? COURSE_CHUNK,
            delimiter,
            limit: options.maxMessage,
            onRead: (piece) => ctx.say(t("stream.chunk", { bytes: bytesLiteral(piece) })),
          });
          if (result.end === "limit") {
            ctx.warn(t("stream.tooLong", {
              peer: stream.peer,
              limit: byteCount(result.data.length),
              delimiter: bytesLiteral(delimiter),
            }));
            drop(stream);
            continue;
          }
          ctx.show(t("stream.allData", { bytes: bytesLiteral(result.data) }));
          await stream.write(result.data);
          if (result.end === "eof") {
            ctx.say(t("echo.leftLoop", { peer: stream.peer }));
            drop(stream);
          }
        } catch (error) {
          if (signal.aborted) return stats;
          if (!closedHere(stream, error)) {
            ctx.warn(t("stream.clientFailed", { peer: stream.peer, error: ctx.describe(error) }));
          }
          drop(stream);
        }
      }
    }
    return stats;
  } finally {
    signal.removeEventListener("abort", stop);
    for (const stream of [...list]) drop(stream);
    clients.closeAll();
  }
}
