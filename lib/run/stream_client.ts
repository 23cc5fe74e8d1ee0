import type { StreamClientOptions } from "../cli/spec.ts";
import { EXIT } from "../exit_codes.ts";
import type { Io } from "../io.ts";
import { closeOnAbort } from "../transport/abort.ts";
import { connectStream } from "../transport/endpoint.ts";
import type { Stream } from "../transport/stream.ts";
import { type ModeContext, modeContext } from "./context.ts";

/**
 * Connects a stream client (TCP, or Unix with `--unix`) as its options say, with `--timeout` and
 * the trace. Resolves to null when Ctrl+C came first.
 */
export async function openStreamClient(
  options: StreamClientOptions,
  ctx: ModeContext,
  io: Io,
): Promise<Stream | null> {
  try {
    return await connectStream({
      host: options.host,
      port: options.port,
      unix: options.unix,
      timeoutSeconds: options.timeout,
      signal: io.signal,
      trace: ctx.trace,
    });
  } catch (error) {
    if (io.signal.aborted) return null;
    throw error;
  }
}

/**
 * A stream client mode's whole run: connect, say so (on stderr when stdout carries only data),
 * `talk` over the connection, close. Ctrl+C at any point ends it with the interrupted code.
 */
export async function runStreamClient(
  options: StreamClientOptions,
  io: Io,
  talk: (stream: Stream, ctx: ModeContext) => Promise<number>,
  announceOn: "stdout" | "stderr" = "stdout",
): Promise<number> {
  const ctx = modeContext(options, io);
  const stream = await openStreamClient(options, ctx, io);
  if (!stream) return EXIT.interrupted;
  using _ = closeOnAbort(io.signal, stream);
  try {
    const announce = announceOn === "stderr" ? ctx.note : ctx.say;
    announce(ctx.t("stream.connected", { address: stream.peer }));
    const code = await talk(stream, ctx);
    return io.signal.aborted ? EXIT.interrupted : code;
  } catch (error) {
    if (io.signal.aborted) return EXIT.interrupted;
    throw error;
  } finally {
    stream.close();
  }
}
