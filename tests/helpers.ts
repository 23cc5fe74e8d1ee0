import { delay } from "@std/async/delay";
import { retry } from "@std/async/retry";
import { fromFileUrl } from "@std/path";
import { TextLineStream } from "@std/streams/text-line-stream";
import { toText } from "@std/streams/to-text";
import { createHash } from "node:crypto";
import { parseModeOptions } from "../lib/cli/parse.ts";
import type { CommonOptions, Mode } from "../lib/cli/spec.ts";
import type { Lang } from "../lib/present/lang.ts";
import { Stream } from "../lib/transport/stream.ts";
import { RUN_PERMISSIONS, UNSTABLE_FLAGS } from "../scripts/permissions.ts";

export { runMode, startServer } from "../lib/run/in_process.ts";
import { type RunningServer, startServer } from "../lib/run/in_process.ts";
import type { CaptureOptions } from "../lib/capture.ts";

/**
 * Runs `body` against a server mode started in-process, and always stops the server afterwards,
 * whether `body` succeeds or throws.
 */
export async function withServer<O extends CommonOptions, T>(
  mode: Mode<O>,
  options: O,
  body: (server: RunningServer) => Promise<T>,
  capture: Omit<CaptureOptions, "listening"> = {},
): Promise<T> {
  await using server = await startServer(mode, options, capture);
  return await body(server);
}

/** The project's folder, as an OS path (never a URL's pathname: on Windows that is `/C:/…`). */
export const ROOT: string = fromFileUrl(new URL("..", import.meta.url));

/** main.ts as an OS path, for end-to-end runs through `deno run`. */
export const MAIN: string = fromFileUrl(new URL("../main.ts", import.meta.url));

/**
 * A mode's options as if typed on the command line (checked by the real parser), in Spanish by
 * default, on port 0 unless `overrides` says otherwise.
 */
export function optionsFor<O extends CommonOptions>(
  mode: Mode<O>,
  args: readonly string[] = [],
  overrides: Partial<O> = {},
  lang: Lang = "es",
): O {
  return { ...parseModeOptions(mode, args, lang), port: 0, ...overrides };
}

const encoder = new TextEncoder();

/** Bytes of a text, for comparing payloads. */
export function bytes(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Connects a raw client to a server started in-process, over TCP or a Unix socket. */
export function connectTo(address: Deno.Addr): Promise<Deno.Conn> {
  if (address.transport === "unix") return Deno.connect({ transport: "unix", path: address.path });
  if (address.transport !== "tcp") throw new Error(`cannot connect to ${address.transport}`);
  return Deno.connect({ hostname: address.hostname, port: address.port });
}

/**
 * Reads from a connection until the other end closes, as text. The connection is closed after,
 * as its web stream closes it: use `using`, or {@linkcode closeQuietly}, not `close()`.
 */
export function readAll(conn: Deno.Conn): Promise<string> {
  return toText(conn.readable);
}

/** Resolves once `predicate` holds, checking every few milliseconds; fails after `ms`. */
export async function eventually(predicate: () => boolean, ms = 3000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`);
    await delay(5);
  }
}

/** Connects to a server another process is starting: again every 25 ms, for up to 10 s. */
export function connectWhenUp(port: number): Promise<Deno.TcpConn> {
  return retry(() => Deno.connect({ hostname: "127.0.0.1", port }), {
    maxAttempts: 400,
    minTimeout: 25,
    maxTimeout: 25,
    multiplier: 1,
    jitter: 0,
  });
}

/**
 * A port that was free a moment ago, for end-to-end runs that cannot be given port 0. Not std's
 * `getAvailablePort`: it binds every interface (0.0.0.0), and tests stay on loopback (on Windows
 * binding every interface brings up the firewall's prompt).
 */
export function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const { port } = listener.addr;
  listener.close();
  return port;
}

/** A fixed clock for trace timestamps: 10:20:30.040 local time. */
export const FIXED_CLOCK = () => new Date(2026, 10, 21, 10, 20, 30, 40);

/** A keyboard for an interactive client in a test: lines typed on demand, then the end. */
export class Keyboard {
  #controller!: ReadableStreamDefaultController<Uint8Array>;
  readonly stream: ReadableStream<Uint8Array> = new ReadableStream({
    start: (controller) => {
      this.#controller = controller;
    },
  });

  type(line: string): void {
    this.#controller.enqueue(encoder.encode(line + "\n"));
  }

  /** Ctrl+D: the end of input (nothing, if the client has stopped reading already). */
  end(): void {
    try {
      this.#controller.close();
    } catch {
      // The client cancelled its input when it ended.
    }
  }
}

/** Writes all of `data`: a connection's write may take only part of a large buffer. */
export async function writeAll(conn: Deno.Conn, data: Uint8Array): Promise<void> {
  for (let done = 0; done < data.length;) done += await conn.write(data.subarray(done));
}

/**
 * Connects to a loopback port that is not accepting, up to `most` times, until a connect gets no
 * answer within 200 ms: the listener's backlog is full. The caller closes what was queued.
 */
export async function fillBacklog(
  port: number,
  most: number,
): Promise<{ queued: Deno.Conn[]; full: boolean }> {
  const queued: Deno.Conn[] = [];
  while (queued.length < most) {
    const attempt = new AbortController();
    const timer = setTimeout(() => attempt.abort(), 200);
    try {
      queued.push(await Deno.connect({ hostname: "127.0.0.1", port, signal: attempt.signal }));
    } catch {
      return { queued, full: true };
    } finally {
      clearTimeout(timer);
    }
  }
  return { queued, full: false };
}

/**
 * A port where a connect gets no answer at all, as behind a firewall: a listener that never
 * accepts, its backlog filled. Disposing it closes the listener and the queued connections.
 */
export async function silentPort(): Promise<{ port: number } & Disposable> {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0, tcpBacklog: 1 });
  const { queued } = await fillBacklog(listener.addr.port, 16);
  return {
    port: listener.addr.port,
    [Symbol.dispose]() {
      for (const conn of queued) conn.close();
      listener.close();
    },
  };
}

/** Whether `xml` is well formed: every tag closed in order, attributes quoted. */
export function wellFormed(xml: string): boolean {
  const open: string[] = [];
  for (
    const [, closing, name, , selfClosing] of xml.matchAll(
      /<(\/?)([\w:-]+)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/g,
    )
  ) {
    if (closing) {
      if (open.pop() !== name) return false;
    } else if (!selfClosing) {
      open.push(name);
    }
  }
  return open.length === 0 && !/<(?![?/\w])/.test(xml.replace(/<\?xml[^>]*\?>/, ""));
}

/** A connected pair on loopback: the server's end wrapped as socklab wraps it, and the client's. */
export async function pair(): Promise<{ server: Stream; client: Deno.TcpConn } & Disposable> {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const [accepted, client] = await Promise.all([
    listener.accept(),
    Deno.connect({ hostname: "127.0.0.1", port: listener.addr.port }),
  ]);
  listener.close();
  const server = new Stream(accepted);
  return {
    server,
    client,
    [Symbol.dispose]() {
      server.close();
      try {
        client.close();
      } catch { /* closed by the test */ }
    },
  };
}

/** A file's SHA-256, in hex, to compare what was sent with what was saved. */
export function sha256(data: Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** The names in a folder, sorted. */
export async function listing(dir: string): Promise<string[]> {
  const names: string[] = [];
  for await (const entry of Deno.readDir(dir)) names.push(entry.name);
  return names.sort();
}

/**
 * A trace file's line for an event `us` microseconds past a fixed second (a tcp-server's, process
 * 1.1, unless `fields` say otherwise), as `--trace-file` writes it. Fields of any type may be given:
 * the diagram's tests give wrong ones on purpose.
 */
export function traceLine(us: number, fields: Record<string, unknown>): string {
  const at = Date.UTC(2026, 10, 30, 10, 20, 30) * 1000 + us;
  const time = new Date(Math.floor(at / 1000)).toISOString()
    .replace("Z", `${String(at % 1000).padStart(3, "0")}Z`);
  return JSON.stringify({
    time,
    process: "1.1",
    mode: "tcp-server",
    local: "",
    remote: "",
    ...fields,
  });
}

/**
 * socklab run as a process under `ulimit -n limit` (Linux and macOS): `mode` on `port` in English,
 * with `extra` arguments; its stderr piped for the test to read.
 */
export function spawnWithFileLimit(
  limit: number,
  mode: string,
  port: number,
  extra: readonly string[] = [],
): Deno.ChildProcess {
  const args = [
    "run",
    ...UNSTABLE_FLAGS,
    ...RUN_PERMISSIONS,
    MAIN,
    mode,
    "--port",
    String(port),
    "--lang",
    "en",
    ...extra,
  ];
  const quoted = [Deno.execPath(), ...args].map((arg) => `'${arg}'`).join(" ");
  return new Deno.Command("bash", {
    args: ["-c", `ulimit -n ${limit}; exec ${quoted}`],
    stdin: "null",
    stdout: "null",
    stderr: "piped",
  }).spawn();
}

/** Whether this machine has IPv6 loopback (::1); tests that need it are skipped where it has not. */
export function hasIpv6Loopback(): boolean {
  try {
    Deno.listen({ hostname: "::1", port: 0 }).close();
    return true;
  } catch {
    return false;
  }
}

/**
 * A server on 127.0.0.1 that answers each line with what `answer` makes of it (a line end added),
 * until the checker goes.
 */
export function lineServer(
  answer: (line: string) => string,
): Deno.TcpListener & { done: Promise<void> } {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const serve = async (conn: Deno.Conn) => {
    try {
      for await (
        const line of conn.readable.pipeThrough(new TextDecoderStream()).pipeThrough(
          new TextLineStream(),
        )
      ) {
        await conn.write(new TextEncoder().encode(`${answer(line)}\n`));
      }
    } catch {
      // The checker may have gone.
    } finally {
      try {
        conn.close();
      } catch {
        // Closed with its stream.
      }
    }
  };
  const done = (async () => {
    const served: Promise<void>[] = [];
    for await (const conn of listener) served.push(serve(conn));
    await Promise.all(served);
  })();
  return Object.assign(listener, { done });
}
