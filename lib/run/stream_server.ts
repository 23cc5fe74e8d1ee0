import type { StreamServerOptions } from "../cli/spec.ts";
import { NetError } from "../errors.ts";
import { EXIT } from "../exit_codes.ts";
import type { Io } from "../io.ts";
import { accessPolicy } from "../transport/access.ts";
import { formatAddr } from "../transport/address.ts";
import { connectionsWithin, freeDescriptors } from "../transport/descriptors.ts";
import { listenStream } from "../transport/endpoint.ts";
import { type Guard, type GuardEvent, serve, type ServeStats } from "../transport/server.ts";
import type { Stream } from "../transport/stream.ts";
import type { ModeContext } from "./context.ts";
import { LogLimiter } from "./log_limiter.ts";
import { reachableLine } from "./reachable.ts";

/** Where Linux says how long a listen backlog may be. */
const SOMAXCONN = "/proc/sys/net/core/somaxconn";

/**
 * The longest listen backlog the OS allows, what a server uses unless `--backlog` says: a burst of
 * thousands of connects then waits in the kernel's queue instead of losing SYNs (each lost one
 * costs its client a second before it tries again). Linux says it in /proc; elsewhere 4096.
 */
export function largestBacklog(read: (path: string) => string = Deno.readTextFileSync): number {
  try {
    const value = Number(read(SOMAXCONN).trim());
    return Number.isInteger(value) && value > 0 ? value : 4096;
  } catch {
    return 4096;
  }
}

/**
 * Opens a stream server's listener (TCP, or Unix with `--unix`) and announces it: where it
 * listens, where classmates can reach it on a wildcard host, a stale socket file it removed.
 * Then tells `io.listening`, so tests and the demo can connect.
 */
export async function openStreamServer(
  options: StreamServerOptions & { backlog?: number },
  ctx: ModeContext,
  io: Io,
): Promise<Deno.Listener> {
  const { t } = ctx;
  const listener = await listenStream({
    host: options.host,
    port: options.port,
    unix: options.unix,
    backlog: options.backlog ?? largestBacklog(),
    trace: ctx.trace,
    onStaleRemoved: () => ctx.say(t("net.staleRemoved", { path: options.unix ?? "" })),
  });
  const address = listener.addr;
  ctx.say(t("stream.listening", { address: formatAddr(address) }));
  if (address.transport === "tcp") {
    const reachable = reachableLine(t, options.host, address.port);
    if (reachable) ctx.say(reachable);
  }
  io.listening?.(address);
  return listener;
}

/**
 * Warnings at most a line a second of each kind, the rest counted: a flood of refusals (denied,
 * full, slow…) or of clients failing at once is a few lines, not one per connection.
 */
function limitedWarnings(ctx: ModeContext): LogLimiter {
  return new LogLimiter(ctx.warn, (count) => ctx.t("guard.more", { count }));
}

/** The free descriptors, counted once a process (~30 ms): tests and the demo start many servers. */
const counted = new Map<number, number | undefined>();
function freeDescriptorsOnce(atMost: number): number | undefined {
  if (!counted.has(atMost)) counted.set(atMost, freeDescriptors(atMost));
  return counted.get(atMost);
}

/**
 * How many clients a server holds at once: --max-connections, lowered (and said) when the file
 * descriptors the process may still open (`ulimit -n`), less a reserve, are fewer; a server
 * that ran out of descriptors first would never reach its count, and never make room.
 */
export function connectionLimit(
  options: StreamServerOptions,
  ctx: ModeContext,
  free: (atMost: number) => number | undefined = freeDescriptorsOnce,
): number {
  const asked = options.maxConnections;
  const within = connectionsWithin(asked, free);
  if (within.free !== undefined) {
    ctx.warn(ctx.t("guard.descriptorLimit", {
      max: within.max,
      asked,
      free: within.free,
      reserve: within.reserve ?? 0,
    }));
  }
  return within.max;
}

/**
 * The guard of a stream server, from its options: who may connect (--allow, --deny), how many at
 * once (--max-connections, within the descriptors free), how long silent (--idle-timeout) or not
 * reading (--stall-timeout). What it does is reported on stderr.
 */
export function serverGuard(
  options: StreamServerOptions,
  ctx: ModeContext,
  limiter: LogLimiter = limitedWarnings(ctx),
): Guard {
  const { t } = ctx;
  const max = connectionLimit(options, ctx);
  const idle = options.idleTimeout;
  const stall = options.stallTimeout;
  const request = options.requestTimeout;
  const seconds = (value: number | undefined) => ctx.number(value ?? 0);
  const logs = {
    denied: (peer) => t("guard.deniedLog", { peer }),
    full: (peer) => t("guard.fullLog", { peer, max }),
    idle: (peer) => t("guard.idleLog", { peer, seconds: seconds(idle) }),
    stalled: (peer) => t("guard.stalledLog", { peer, seconds: seconds(stall) }),
    slow: (peer) => t("guard.slowLog", { peer, seconds: seconds(request) }),
    evicted: (peer) => t("guard.evictedLog", { peer }),
    "out-of-descriptors": (address) => t("guard.outOfDescriptors", { address }),
    "descriptors-back": (address) => t("guard.descriptorsBack", { address }),
  } satisfies Record<GuardEvent, (peer: string) => string>;
  return {
    maxConnections: max,
    idleSeconds: idle,
    stallSeconds: stall,
    requestSeconds: request,
    access: accessPolicy(options),
    tell: {
      full: t("guard.full", { max }),
      idle: t("guard.idle", { seconds: seconds(idle) }),
      slow: t("guard.slow", { seconds: seconds(request) }),
      evicted: t("guard.evicted"),
    },
    log(event, peer) {
      limiter.log(event, () => logs[event](peer));
    },
    flush: () => limiter.flush(),
  };
}

/** What a stream server mode adds to the common run of {@linkcode runStreamServer}. */
export type StreamService = ServedOneByOne | OwnLoop;

/** A server whose clients are accepted for it and handed, each, to `handle`. */
interface ServedOneByOne {
  /** Clients one after another (the course's blocking servers) or all at once. */
  readonly concurrency: "sequential" | "concurrent";
  /** Stop after the first client. */
  readonly once?: boolean;
  /** What the server says it does, after saying where it listens. */
  readonly intro?: string;
  /** Serves one client. */
  handle(stream: Stream): Promise<void>;
  /** Tells the clients the server is stopping, before they are closed (Ctrl+C). */
  stopping?(): Promise<void>;
}

/** A server with an accept loop of its own (the course's echo loop), ended by Ctrl+C. */
interface OwnLoop {
  /** What the server says it does, after saying where it listens. */
  readonly intro?: string;
  /** Accepts and serves until stopped; resolves to the totals. */
  loop(listener: Deno.Listener): Promise<ServeStats>;
}

/**
 * A stream server mode's whole run: listen and say where, say what it does, serve its clients
 * under its guard until Ctrl+C (or after one, with `once`), then print the summary.
 */
export async function runStreamServer(
  options: StreamServerOptions & { backlog?: number },
  ctx: ModeContext,
  io: Io,
  service: StreamService,
): Promise<number> {
  const { t } = ctx;
  const listener = await openStreamServer(options, ctx, io);
  if (service.intro) ctx.say(service.intro);
  // The guard's refusals and the clients' failures (a load generator exiting with replies
  // unread fails thousands at once) share one limit; the guard's flush tells what was held back.
  const warnings = limitedWarnings(ctx);
  const stats = "loop" in service ? await service.loop(listener) : await serve({
    listener,
    guard: serverGuard(options, ctx, warnings),
    signal: io.signal,
    concurrency: service.concurrency,
    trace: ctx.trace,
    timeoutSeconds: options.timeout,
    once: service.once,
    handle: service.handle,
    stopping: service.stopping,
    onClientError: (stream, error) =>
      warnings.log(
        `client ${error instanceof NetError ? error.kind : (error as Error)?.name}`,
        () => t("stream.clientFailed", { peer: stream.peer, error: ctx.describe(error) }),
      ),
  });
  ctx.say(t("stream.summary", stats));
  return EXIT.ok;
}
