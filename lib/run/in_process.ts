import { type CapturedIo, captureIo, type CaptureOptions } from "../capture.ts";
import type { CommonOptions, Mode } from "../cli/spec.ts";

/** A server mode running in this process, with its output captured. */
export interface RunningServer extends AsyncDisposable {
  /** Where it listens (its real port when started on port 0). */
  readonly address: Deno.Addr;
  /** The port it listens on; 0 for a Unix socket. */
  readonly port: number;
  readonly io: CapturedIo;
  /** Settles when the mode ends by itself (e.g. `--once`) or is stopped. */
  readonly finished: Promise<number>;
  /** Stops the server as Ctrl+C would, and resolves to its exit code. */
  stop(): Promise<number>;
}

/**
 * Starts a server mode in-process and resolves once it listens. Stop it with `stop()`, or let
 * `await using` stop it.
 */
export async function startServer<O extends CommonOptions>(
  mode: Mode<O>,
  options: O,
  capture: Omit<CaptureOptions, "listening"> = {},
): Promise<RunningServer> {
  const controller = new AbortController();
  const outer = capture.signal;
  const abort = () => controller.abort();
  outer?.addEventListener("abort", abort, { once: true });
  const { promise: listening, resolve: onListening } = Promise.withResolvers<Deno.Addr>();
  const io = captureIo({ ...capture, signal: controller.signal, listening: onListening });
  const finished = mode.run(options, io).finally(() => outer?.removeEventListener("abort", abort));
  const first = await Promise.race([listening, finished.then((code) => ({ code }))]);
  if ("code" in first) {
    throw new Error(
      `${mode.name} ended with exit code ${first.code} before listening: ${io.stderrText()}`,
    );
  }
  const stop = async () => {
    controller.abort();
    return await finished;
  };
  const address = first as Deno.Addr;
  return {
    address,
    port: address.transport === "tcp" || address.transport === "udp" ? address.port : 0,
    io,
    finished,
    stop,
    [Symbol.asyncDispose]: async () => void await stop(),
  };
}

/** Runs a (client) mode in-process to its end. */
export async function runMode<O extends CommonOptions>(
  mode: Mode<O>,
  options: O,
  capture: Omit<CaptureOptions, "listening"> = {},
): Promise<{ code: number; io: CapturedIo }> {
  const io = captureIo(capture);
  const code = await mode.run(options, io);
  return { code, io };
}
