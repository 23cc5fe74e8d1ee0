/**
 * The load generators of `deno task bench`, behind one call: `socklab bench` itself, the plain C
 * clients (c_load.c, c_udp_load.c) and the plainest Deno client. The suite loads servers with the
 * C clients when they are built, so that a server's figure is the server's and not the load
 * generator's, and compares the generators with each other against the C server.
 *
 * @module
 */
import type { CompiledPeers } from "./bench_processes.ts";
import { denoPeer, runJson, socklab } from "./bench_processes.ts";

/** Who generates a load. */
export type Generator = "c" | "socklab" | "deno-minimal";

/** What a request/response load measured. */
export interface LoadFigures {
  readonly requests: number;
  readonly requestsPerSecond: number;
  /** In milliseconds; NaN when the generator does not time each request. */
  readonly p99: number;
  /** Requests answered in the warm-up too: what the server's CPU time is divided by. */
  readonly allRequests: number;
  /** Milliseconds, over the answers given; NaN when the generator does not tell. */
  readonly meanLatency: number;
  /** Connections that got no answer in the measured seconds; NaN when the generator does not tell. */
  readonly unanswered: number;
}

/** Every generator warms up for this long before it measures. */
const WARMUP_SECONDS = 0.5;

/** A request/response load: an echo of `size` bytes, or one protocol line per request. */
export interface RequestLoad {
  readonly port: number;
  readonly connections: number;
  readonly seconds: number;
  /** Bytes per echo request. @default {64} */
  readonly size?: number;
  /** A text or db request instead of an echo: the protocol, and the line the C client sends. */
  readonly line?: { readonly protocol: "text" | "db"; readonly text: string };
}

function figures(json: Record<string, unknown>): LoadFigures {
  const latency = json.latencyMs as Record<string, number> | undefined;
  const requestsPerSecond = Number(json.requestsPerSecond);
  return {
    requests: Number(json.requests),
    requestsPerSecond,
    p99: Number(latency?.p99 ?? NaN),
    meanLatency: Number(latency?.mean ?? NaN),
    unanswered: Number(json.unanswered ?? NaN),
    // Told by the C client; estimated from the rate for the others.
    allRequests: Number(
      json.allRequests ?? requestsPerSecond * (Number(json.seconds) + WARMUP_SECONDS),
    ),
  };
}

/**
 * Runs `socklab bench --json` on core 1 against `port` for `seconds`, with the rest of its
 * arguments, and returns its JSON.
 */
function runBench(port: number, seconds: number, ...args: string[]) {
  return runJson(
    socklab(
      "bench",
      "--json",
      "--quiet",
      "--port",
      String(port),
      "--duration",
      String(seconds),
      ...args,
    ),
  );
}

/** Runs a request/response load with `generator` (the C client only where it was compiled). */
export async function requestLoad(
  generator: Generator,
  load: RequestLoad,
  peers: CompiledPeers,
): Promise<LoadFigures> {
  const { port, connections, seconds, size = 64, line } = load;
  // The C client and the minimal Deno client take the same arguments.
  const shape = [port, connections, size, seconds].map(String);
  switch (generator) {
    case "c":
      return figures(await runJson([peers.load!, ...shape, ...(line ? [line.text] : [])]));
    case "deno-minimal":
      if (line) throw new Error("the minimal Deno client loads echo servers only");
      return figures(await runJson(denoPeer("deno_minimal_load.ts", ...shape)));
    case "socklab":
      return figures(
        await runBench(
          port,
          seconds,
          "--protocol",
          line?.protocol ?? "echo",
          "--connections",
          String(connections),
          "--size",
          String(size),
          // Like the C client: half a second of warm-up, then the measured seconds.
          "--warmup",
          String(WARMUP_SECONDS),
        ),
      );
  }
}

/** UDP echo of 64 B datagrams, 32 in flight on one socket. */
export async function udpLoad(
  generator: Exclude<Generator, "deno-minimal">,
  port: number,
  seconds: number,
  peers: CompiledPeers,
): Promise<LoadFigures> {
  if (generator === "c") {
    return figures(await runJson([peers.udpLoad!, String(port), "32", String(seconds)]));
  }
  return figures(
    await runBench(
      port,
      seconds,
      "--protocol",
      "udp",
      "--connections",
      "1",
      "--pipeline",
      "32",
      "--warmup",
      String(WARMUP_SECONDS),
    ),
  );
}

/** Bulk data through an echo server on one connection (socklab bench --throughput), in MiB/s. */
export async function bulkLoad(port: number, seconds: number): Promise<number> {
  const json = await runBench(port, seconds, "--throughput");
  return Number(json.bytesPerSecond) / (1024 * 1024);
}
