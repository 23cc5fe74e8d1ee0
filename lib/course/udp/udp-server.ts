import { defineMode } from "../../cli/define.ts";
import { printable } from "../../present/printable.ts";
import { freshSeed, repeatableRandom } from "../../random.ts";
import type { Datagram, DatagramSocket } from "../../transport/udp.ts";
import { modeContext } from "../../run/context.ts";
import { type FastPath, runDatagramServer } from "../../run/datagram_server.ts";
import { PORTS } from "../../run/ports.ts";
import { echoDatagrams } from "./echo_datagrams.ts";

const encoder = new TextEncoder();

/**
 * The most characters of a datagram an acknowledgement quotes: an ack is never much bigger than
 * what it answers (no amplification), and always fits in a datagram.
 */
export const ACK_QUOTE_LIMIT = 64;

/** A datagram's text as its acknowledgement quotes it: whole, or its start and "…". */
function quoted(text: string): string {
  const characters = [...text];
  return characters.length <= ACK_QUOTE_LIMIT
    ? text
    : characters.slice(0, ACK_QUOTE_LIMIT).join("") + "…";
}

/**
 * The course's UDP server: prints each datagram with its sender and acknowledges it;
 * `--drop` loses a share of them on purpose, to show that UDP does not guarantee delivery.
 */
export const udpServer = defineMode({
  name: "udp-server",
  port: PORTS.udp,
  role: "datagram-server",
  examples: [
    "socklab udp-server --drop 0.3",
    "socklab udp-client --count 10 --interval 200",
  ],
  options: {
    buffer: { kind: "integer", default: 1024, range: [1, 65535], placeholder: "BYTES" },
    echo: { kind: "flag" },
    noAck: { kind: "flag" },
    drop: { kind: "number", default: 0, range: [0, 1], placeholder: "P" },
    seed: { kind: "integer", range: [0, 4294967295] },
    once: { kind: "flag" },
  },
  validate(options, check) {
    if (options.echo && options.noAck) {
      check.conflicts("echo", "noAck", "why.udp-server.echo-noAck");
    }
    if (check.given("seed") && !check.given("drop")) {
      check.requires("seed", "drop", "socklab udp-server --drop 0.3 --seed 7");
    }
  },
  run(options, io): Promise<number> {
    const ctx = modeContext(options, io);
    const { t } = ctx;
    const seed = options.seed ?? freshSeed();
    const random = repeatableRandom(seed);
    const intro = options.drop > 0
      ? t("udp.dropInfo", { percent: Math.round(options.drop * 100), drop: options.drop, seed })
      : undefined;
    // Nothing to print or drop: the echo's hot path, when the common loop has no guard either.
    const fastPath: FastPath | undefined = options.echo && ctx.quiet && options.drop === 0
      ? (socket, stats, onReceiveError) =>
        echoDatagrams(socket, stats, {
          signal: io.signal,
          once: options.once,
          onReceiveError,
          onSendError: (error) => ctx.warn(ctx.describe(error)),
        })
      : undefined;
    /** Sends `bytes` to the datagram's sender; one client's failure never stops the server. */
    const reply = async (bytes: Uint8Array, datagram: Datagram, socket: DatagramSocket) => {
      try {
        await socket.send(bytes, datagram.from);
        return true;
      } catch (error) {
        ctx.warn(ctx.describe(error));
        return false;
      }
    };
    return runDatagramServer(options, ctx, io, {
      bufferSize: options.buffer,
      once: options.once,
      ...(intro ? { intro } : {}),
      ...(fastPath ? { fastPath } : {}),
      async handle(datagram, socket, stats) {
        // Drawn for every datagram when some are dropped, so one --seed value decides the same
        // drops whatever the traffic.
        if (options.drop > 0 && random() < options.drop) {
          stats.dropped++;
          ctx.trace.event("drop", socket.address, datagram.peer, "--drop");
          ctx.say(t("udp.dropped", { peer: datagram.peer, text: printable(datagram.data) }));
          return false;
        }
        const text = printable(datagram.data);
        if (options.echo) {
          // The datagram goes back as it came.
          if (!ctx.quiet) ctx.show(t("udp.received", { peer: datagram.peer, text }));
          if (await reply(datagram.data, datagram, socket)) stats.acks++;
          return true;
        }
        ctx.show(t("udp.received", { peer: datagram.peer, text }));
        if (datagram.filledBuffer) ctx.warn(t("udp.mayBeTruncated", { buffer: options.buffer }));
        if (!options.noAck) {
          const ack = t("udp.ackText", { text: quoted(text) });
          if (await reply(encoder.encode(ack), datagram, socket)) {
            stats.acks++;
            ctx.say(t("udp.ackSent", { text: ack }));
          }
        }
        return true;
      },
    });
  },
});
