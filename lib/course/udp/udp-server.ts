import { defineMode } from "../../cli/define.ts";
import { EXIT } from "../../exit_codes.ts";
import { printable } from "../../present/printable.ts";
import { freshSeed, repeatableRandom } from "../../random.ts";
import { closeOnAbort } from "../../transport/abort.ts";
import { type Datagram, DatagramSocket, isTransientDatagramError } from "../../transport/udp.ts";
import { modeContext } from "../../run/context.ts";
import { accessPolicy } from "../../run/stream_server.ts";
import { reachableLine } from "../../run/reachable.ts";
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
  async run(options, io): Promise<number> {
    const ctx = modeContext(options, io);
    const { t } = ctx;
    const socket = DatagramSocket.bind({
      host: options.host,
      port: options.port,
      bufferSize: options.buffer,
      trace: ctx.trace,
      // Windows drops such a datagram whole and does not say who sent it; the server goes on.
      onTooLong: () => ctx.warn(t("udp.tooLongDropped", { buffer: options.buffer })),
    });
    using _ = closeOnAbort(io.signal, socket);
    try {
      const { hostname, port } = socket.addr;
      ctx.say(t("udp.listening", { host: hostname, port }));
      const reachable = reachableLine(t, options.host, port);
      if (reachable) ctx.say(reachable);
      const seed = options.seed ?? freshSeed();
      const random = repeatableRandom(seed);
      if (options.drop > 0) {
        ctx.say(
          t("udp.dropInfo", { percent: Math.round(options.drop * 100), drop: options.drop, seed }),
        );
      }
      io.listening?.(socket.addr);

      const stats = { datagrams: 0, dropped: 0, acks: 0 };
      const access = accessPolicy(options);
      const receiveError = (error: unknown) => {
        // An ICMP error about an earlier send (Windows reports it as a reset on the next
        // receive) concerns one client: the socket goes on serving everyone else.
        if (!isTransientDatagramError(error)) throw error;
        ctx.warn(t("guard.receiveError", { error: ctx.describe(error) }));
      };
      // Nothing to print, check, drop or time out: the echo's hot path.
      const unwatched = options.echo && ctx.quiet && !access && options.drop === 0 &&
        options.timeout === undefined;
      const echoed = unwatched &&
        await echoDatagrams(socket, stats, {
          signal: io.signal,
          once: options.once,
          onReceiveError: receiveError,
          onSendError: (error) => ctx.warn(ctx.describe(error)),
        });
      while (!echoed && !io.signal.aborted) {
        let datagram: Datagram;
        try {
          datagram = await socket.receive(options.timeout);
        } catch (error) {
          if (io.signal.aborted) break;
          receiveError(error);
          continue;
        }
        if (access && !access.permits(datagram.from.hostname)) {
          ctx.warn(t("guard.datagramDenied", { peer: datagram.peer }));
          continue;
        }
        stats.datagrams++;
        // Drawn for every datagram when some are dropped, so one --seed value decides the same
        // drops whatever the traffic.
        if (options.drop > 0 && random() < options.drop) {
          stats.dropped++;
          ctx.trace.event("drop", socket.address, datagram.peer, "--drop");
          ctx.say(t("udp.dropped", { peer: datagram.peer, text: printable(datagram.data) }));
          continue;
        }
        if (options.echo) {
          // The bench's fast path: the datagram goes back as it came, nothing is printed.
          if (!ctx.quiet) {
            ctx.show(t("udp.received", { peer: datagram.peer, text: printable(datagram.data) }));
          }
          try {
            await socket.send(datagram.data, datagram.from);
            stats.acks++;
          } catch (error) {
            ctx.warn(ctx.describe(error));
          }
          if (options.once) break;
          continue;
        }
        const text = printable(datagram.data);
        ctx.show(t("udp.received", { peer: datagram.peer, text }));
        if (datagram.filledBuffer) ctx.warn(t("udp.mayBeTruncated", { buffer: options.buffer }));
        if (!options.noAck) {
          const ack = t("udp.ackText", { text: quoted(text) });
          try {
            await socket.send(encoder.encode(ack), datagram.from);
            stats.acks++;
            ctx.say(t("udp.ackSent", { text: ack }));
          } catch (error) {
            // One client's failure must not stop a server that serves everyone on one socket.
            ctx.warn(ctx.describe(error));
          }
        }
        if (options.once) break;
      }
      ctx.say(t("udp.summary", { ...stats, bytesIn: socket.bytesIn, bytesOut: socket.bytesOut }));
      if (socket.tooLong > 0) {
        ctx.say(t("udp.tooLongSummary", { count: socket.tooLong, buffer: options.buffer }));
      }
      return EXIT.ok;
    } finally {
      socket.close();
    }
  },
});
