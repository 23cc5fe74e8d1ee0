import { defineMode } from "../../cli/define.ts";
import type { ModeOptions } from "../../cli/spec.ts";
import { NetError } from "../../errors.ts";
import { EXIT } from "../../exit_codes.ts";
import { printable } from "../../present/printable.ts";
import { closeOnAbort, sleep } from "../../transport/abort.ts";
import {
  formatAddress,
  isIpLiteral,
  isLoopback,
  isWildcard,
  normalizeHost,
} from "../../transport/address.ts";
import type { Endpoint } from "../../transport/net_errors.ts";
import { type Datagram, DatagramSocket } from "../../transport/udp.ts";
import { type ModeContext, modeContext } from "../../run/context.ts";
import { PORTS } from "../../run/ports.ts";

const encoder = new TextEncoder();

/**
 * The course's UDP client: sends a datagram and waits for the acknowledgement,
 * saying clearly when none comes; can resend on silence, or send a numbered series and count
 * what was lost.
 */
export const udpClient = defineMode({
  name: "udp-client",
  port: PORTS.udp,
  timeout: 2,
  examples: [
    "socklab udp-server",
    "socklab udp-client --message 'Hola, soy un cliente UDP' --retries 3",
  ],
  options: {
    message: { kind: "bytes", default: "Hola, soy un cliente UDP" },
    retries: { kind: "integer", default: 0, range: [0, 100] },
    noWait: { kind: "flag" },
    count: { kind: "integer", default: 1, range: [1, 100000] },
    interval: { kind: "integer", default: 1000, range: [0, 3600000], placeholder: "MS" },
  },
  validate(options, check) {
    if (check.given("retries") && options.noWait) {
      check.conflicts("retries", "noWait", "why.udp-client.retries-noWait");
    }
    if (check.given("retries") && options.count > 1) {
      check.conflicts("retries", "count", "why.udp-client.retries-count");
    }
    if (check.given("interval") && !check.given("count")) {
      check.requires("interval", "count", "socklab udp-client --count 10 --interval 200");
    }
  },
  async run(options, io): Promise<number> {
    const ctx = modeContext(options, io);
    const server: Endpoint = { host: options.host, port: options.port };
    const socket = DatagramSocket.bind({
      host: localHostFor(options.host),
      port: 0,
      trace: ctx.trace,
      onTooLong: () => ctx.warn(ctx.t("udp.tooLongReply", { buffer: socket.bufferSize })),
    });
    using _ = closeOnAbort(io.signal, socket);
    try {
      if (options.count === 1) return await sendOne(socket, server, options, ctx);
      return await sendSeries(socket, server, options, ctx, io.signal);
    } catch (error) {
      if (io.signal.aborted) return EXIT.interrupted;
      throw error;
    } finally {
      socket.close();
    }
  },
});

type UdpClientOptions = ModeOptions<typeof udpClient>;

/** Binds the client where replies from `host` can reach it, and on loopback when that is enough. */
function localHostFor(host: string): string {
  const bare = normalizeHost(host);
  if (bare === "::1") return "::1";
  if (isLoopback(bare)) return "127.0.0.1";
  return bare.includes(":") ? "::" : "0.0.0.0";
}

/**
 * Whether a datagram comes from the server. A name is not resolved and a wildcard (0.0.0.0, which
 * reaches this machine) has no single address: for those, any address on the server's port.
 */
function fromServer(datagram: Datagram, server: Endpoint): boolean {
  const host = normalizeHost(server.host);
  return datagram.from.port === server.port &&
    (!isIpLiteral(host) || isWildcard(host) || datagram.from.hostname === host);
}

/** The server's next datagram, or null once `seconds` pass without one. */
async function nextReply(
  socket: DatagramSocket,
  server: Endpoint,
  seconds: number,
  ctx: ModeContext,
): Promise<Datagram | null> {
  const deadline = performance.now() + seconds * 1000;
  // The first wait is the one asked for, as asked (0.3 s, not the 0.2999… left a moment later).
  let left = seconds;
  for (;;) {
    if (left <= 0) return null;
    try {
      const datagram = await socket.receive(left);
      if (fromServer(datagram, server)) return datagram;
      ctx.note(ctx.t("udp.foreign", { peer: datagram.peer }));
    } catch (error) {
      if (error instanceof NetError && error.kind === "datagram-timeout") return null;
      throw error;
    }
    left = (deadline - performance.now()) / 1000;
  }
}

async function sendOne(
  socket: DatagramSocket,
  server: Endpoint,
  options: UdpClientOptions,
  ctx: ModeContext,
): Promise<number> {
  const { t } = ctx;
  const seconds = options.timeout ?? 2;
  const tries = options.retries + 1;
  for (let attempt = 1; attempt <= tries; attempt++) {
    if (attempt === 1) ctx.say(t("udp.sending", { text: printable(options.message) }));
    else ctx.say(t("udp.retrying", { seconds: ctx.number(seconds), attempt, total: tries }));
    await socket.send(options.message, server);
    if (options.noWait) {
      ctx.say(t("udp.sentNoWait"));
      return EXIT.ok;
    }
    const ack = await nextReply(socket, server, seconds, ctx);
    if (ack) {
      ctx.result(t("udp.ackReceived", { text: printable(ack.data) }));
      if (attempt > 1) ctx.say(t("udp.ackOnTry", { attempt, total: tries }));
      return EXIT.ok;
    }
  }
  const address = formatAddress(server.host, server.port);
  ctx.warn(t("udp.noAck", { address, tries, seconds: ctx.number(seconds) }));
  return EXIT.failure;
}

const SEQUENCE_TAG = /#(\d+)(?!\d)/;

/**
 * Sends `count` numbered messages `interval` ms apart while collecting acknowledgements, waits
 * `--timeout` after the last one, then reports what was acknowledged and lost. An acknowledgement
 * is matched to its message by the `#n` it repeats, or else to the oldest one unacknowledged.
 */
async function sendSeries(
  socket: DatagramSocket,
  server: Endpoint,
  options: UdpClientOptions,
  ctx: ModeContext,
  signal: AbortSignal,
): Promise<number> {
  const { t } = ctx;
  const seconds = options.timeout ?? 2;
  const sentAt = new Map<number, number>();
  const roundTrips = new Map<number, number>();
  let nextSendAt = performance.now();
  const send = async (sequence: number) => {
    const text = `${printable(options.message)} #${sequence}`;
    ctx.say(t("udp.sending", { text }));
    await socket.send(encoder.encode(text), server);
    sentAt.set(sequence, performance.now());
  };

  /** Ctrl+C: said after what was sent so far is summed up, and exit 130. */
  const interrupted = () => {
    ctx.warn(t("run.interrupted"));
    return EXIT.interrupted;
  };

  if (options.noWait) {
    await sendAll(options, send, signal);
    if (sentAt.size > 0) ctx.say(t("udp.sentNoWait"));
    return signal.aborted ? interrupted() : EXIT.ok;
  }

  try {
    for (;;) {
      // Ctrl+C: the series ends where it got to, and what was sent so far is summed up.
      if (signal.aborted) break;
      const now = performance.now();
      if (sentAt.size < options.count && now >= nextSendAt) {
        await send(sentAt.size + 1);
        nextSendAt = now + options.interval;
        continue;
      }
      const allSent = sentAt.size === options.count;
      if (allSent && roundTrips.size === options.count) break;
      const waitUntil = allSent ? (sentAt.get(options.count) ?? now) + seconds * 1000 : nextSendAt;
      if (now >= waitUntil) break;
      const reply = await nextReply(socket, server, (waitUntil - now) / 1000, ctx);
      if (!reply) continue;
      const text = printable(reply.data);
      const tagged = Number(SEQUENCE_TAG.exec(text)?.[1]);
      const sequence = sentAt.has(tagged) && !roundTrips.has(tagged)
        ? tagged
        : [...sentAt.keys()].find((candidate) => !roundTrips.has(candidate));
      if (sequence === undefined) continue;
      roundTrips.set(sequence, performance.now() - (sentAt.get(sequence) ?? 0));
      ctx.result(t("udp.ackReceived", { text }));
    }
  } catch (error) {
    // Ctrl+C closes the socket under a send or a wait.
    if (!signal.aborted) throw error;
  }
  if (signal.aborted && sentAt.size === 0) return interrupted();
  reportSeries(sentAt, roundTrips, ctx);
  if (signal.aborted) return interrupted();
  // Losses in a series are the lesson, not a failure: only a series with no answer at all is.
  return roundTrips.size > 0 ? EXIT.ok : EXIT.failure;
}

/** Sends the series `interval` ms apart without waiting for anything (`--no-wait`), or to Ctrl+C. */
async function sendAll(
  options: Pick<UdpClientOptions, "count" | "interval">,
  send: (sequence: number) => Promise<void>,
  signal: AbortSignal,
): Promise<void> {
  try {
    for (let sequence = 1; sequence <= options.count && !signal.aborted; sequence++) {
      await send(sequence);
      if (sequence < options.count) await sleep(options.interval, signal);
    }
  } catch (error) {
    // Ctrl+C closes the socket under a send or a wait.
    if (!signal.aborted) throw error;
  }
}

/** What a series got: how many were sent, acknowledged and lost (which), and the round trips. */
function reportSeries(
  sentAt: ReadonlyMap<number, number>,
  roundTrips: ReadonlyMap<number, number>,
  ctx: ModeContext,
): void {
  const { t } = ctx;
  const sent = sentAt.size;
  const acked = roundTrips.size;
  const lost = [...sentAt.keys()].filter((sequence) => !roundTrips.has(sequence));
  ctx.result(t("udp.seriesSummary", {
    sent,
    acked,
    lost: lost.length,
    percent: Math.round((lost.length / sent) * 100),
  }));
  if (lost.length > 0) ctx.say(t("udp.lostList", { list: lost.map((n) => "#" + n).join(", ") }));
  if (acked > 0) {
    const times = [...roundTrips.values()];
    const ms = (value: number) => ctx.number(value, 2);
    ctx.say(t("udp.roundTrip", {
      min: ms(Math.min(...times)),
      avg: ms(times.reduce((sum, time) => sum + time, 0) / times.length),
      max: ms(Math.max(...times)),
    }));
  }
}
