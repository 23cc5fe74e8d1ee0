import { defineMode } from "../../cli/define.ts";
import { UsageError } from "../../errors.ts";
import { formatAddress, isLoopback } from "../../transport/address.ts";
import { connectStream } from "../../transport/endpoint.ts";
import type { Stream } from "../../transport/stream.ts";
import { freshSeed, repeatableRandom, streamSeed } from "../../random.ts";
import { type ModeContext, modeContext } from "../../run/context.ts";
import { PORTS } from "../../run/ports.ts";
import { runStreamServer } from "../../run/stream_server.ts";
import { Budget, type DirectionFaults, relay } from "./relay.ts";

/**
 * Whether a proxy listening on `host` and relaying to `to` is an open relay: reachable from the
 * network, and reaching beyond this machine, so anyone could reach `to` through it.
 */
export function isOpenRelay(host: string, to: string): boolean {
  return !isLoopback(host) && !isLoopback(to);
}

/** `HOST:PORT` (`[::1]:8080` for an IPv6 address) as host and port, or undefined. */
export function hostAndPort(text: string): { host: string; port: number } | undefined {
  const found = /^(?:\[([^\]]+)\]|([^:\s]+)):(\d{1,5})$/.exec(text);
  if (!found) return undefined;
  const port = Number(found[3]);
  if (port < 1 || port > 65535) return undefined;
  return { host: found[1] ?? found[2], port };
}

/**
 * `socklab proxy`: listens like every server and relays each TCP connection to `--to`,
 * half-closing as its peers do, with the network's bad days on demand: pieces of `--slice` bytes
 * `--slice-delay` apart (a `recv` gets what has arrived), `--delay` on each piece and up to
 * `--jitter` more (drawn from `--seed`, per connection and direction), at most `--bandwidth`
 * bytes per second (a fast sender is held back, never buffered without bound), a clean close
 * after `--close-after` bytes, silence after `--hold-after`. `--up` or `--down` keep the faults to
 * one direction.
 */
export const proxy = defineMode({
  name: "proxy",
  port: PORTS.proxy,
  role: "stream-server",
  examples: [
    "socklab tcp-server --port 8080 --chunk 1024 --until '\\r\\n'",
    "socklab proxy --to 127.0.0.1:8080 --slice 1 --slice-delay 50",
    "socklab tcp-client --port 8081 --message 'Hola Mundo\\r\\n'",
  ],
  options: {
    to: { kind: "string", required: true, placeholder: "HOST:PORT" },
    slice: { kind: "integer", range: [1, 65536], placeholder: "BYTES" },
    sliceDelay: { kind: "integer", default: 0, range: [0, 60_000], placeholder: "MS" },
    delay: { kind: "integer", default: 0, range: [0, 60_000], placeholder: "MS" },
    jitter: { kind: "integer", default: 0, range: [0, 60_000], placeholder: "MS" },
    bandwidth: { kind: "rate", range: [1, 10_000_000_000] },
    seed: { kind: "integer", range: [0, 4294967295] },
    closeAfter: { kind: "integer", range: [0, Number.MAX_SAFE_INTEGER], placeholder: "BYTES" },
    holdAfter: { kind: "integer", range: [0, Number.MAX_SAFE_INTEGER], placeholder: "BYTES" },
    up: { kind: "flag" },
    down: { kind: "flag" },
  },
  validate(_options, check) {
    if (check.given("sliceDelay") && !check.given("slice")) {
      check.requires(
        "sliceDelay",
        "slice",
        "socklab proxy --to 127.0.0.1:8080 --slice 1 --slice-delay 50",
      );
    }
    if (check.given("seed") && !check.given("jitter")) {
      check.requires("seed", "jitter", "socklab proxy --to 127.0.0.1:8080 --jitter 30 --seed 7");
    }
    if (check.given("up") && check.given("down")) {
      check.conflicts("up", "down", "why.proxy.up-down");
    }
  },
  async run(options, io): Promise<number> {
    const ctx = modeContext(options, io);
    const { t } = ctx;
    const upstream = hostAndPort(options.to);
    if (!upstream) throw new UsageError(t("usage.proxyTo", { to: options.to }));
    const seed = options.seed ?? freshSeed();
    const faults: DirectionFaults = {
      ...(options.slice === undefined ? {} : { slice: options.slice }),
      sliceDelay: options.sliceDelay,
      delay: options.delay,
      jitter: options.jitter,
      ...(options.bandwidth === undefined ? {} : { bandwidth: options.bandwidth }),
    };
    const none: DirectionFaults = { sliceDelay: 0, delay: 0 };
    /** Connection `n`'s faults: each direction draws from (seed, n, direction), its own stream. */
    const directions = (n: number) => ({
      up: options.down ? none : { ...faults, random: repeatableRandom(streamSeed(seed, n, 0)) },
      down: options.up ? none : { ...faults, random: repeatableRandom(streamSeed(seed, n, 1)) },
    });
    let connections = 0;
    const to = formatAddress(upstream.host, upstream.port);
    if (options.unix === undefined && isOpenRelay(options.host, upstream.host)) {
      ctx.warn(t("proxy.openRelay", { host: options.host, to }));
    }
    return await runStreamServer(options, ctx, io, {
      concurrency: "concurrent",
      intro: options.jitter > 0 ? t("proxy.introSeed", { to, seed }) : t("proxy.intro", { to }),
      handle: (client) =>
        relayConnection(client, {
          ...upstream,
          to,
          directions: directions(++connections),
          options,
          ctx,
          signal: io.signal,
        }),
    });
  },
});

/** One client's connection relayed: its upstream opened, both directions pumped, both closed. */
async function relayConnection(
  client: Stream,
  { host, port, to, directions, options, ctx, signal }: {
    host: string;
    port: number;
    to: string;
    directions: { up: DirectionFaults; down: DirectionFaults };
    options: { closeAfter?: number; holdAfter?: number; timeout?: number };
    ctx: ModeContext;
    signal: AbortSignal;
  },
): Promise<void> {
  const { t } = ctx;
  let server: Stream;
  try {
    server = await connectStream({
      host,
      port,
      timeoutSeconds: options.timeout,
      signal,
      trace: ctx.trace,
    });
  } catch (error) {
    // One client's upstream failing never stops the proxy: it says why and serves the next.
    ctx.warn(t("proxy.upstreamFailed", { peer: client.peer, to, error: ctx.describe(error) }));
    return;
  }
  ctx.say(t("proxy.relaying", { peer: client.peer, to }));
  const budget = new Budget(options.closeAfter, options.holdAfter);
  const end = () => {
    client.close();
    server.close();
  };
  try {
    // A direction that fails (a reset) ends both; one that ends cleanly leaves the other open
    // (a half-close), until the budget says to close.
    const pump = (from: Stream, to: Stream, faults: DirectionFaults) =>
      relay(from, to, faults, budget, signal)
        .catch(() => {
          end();
          return 0;
        })
        .finally(() => budget.closing && end());
    const [up, down] = await Promise.all([
      pump(client, server, directions.up),
      pump(server, client, directions.down),
    ]);
    ctx.say(t("proxy.closed", { peer: client.peer, up, down }));
  } finally {
    end();
  }
}
