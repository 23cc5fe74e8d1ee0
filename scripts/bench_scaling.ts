/**
 * The scaling run of `deno task bench`: 64 B request/response at 1 to 5,000 connections against
 * each echo server, measuring requests/s, p99 and mean latency, the connections left unanswered,
 * the server's CPU seconds per million requests and its RSS under the load, to show how cost grows
 * with the number of clients and how evenly they are served.
 *
 * @module
 */
import { delay } from "@std/async/delay";
import { type Generator, requestLoad } from "./bench_loads.ts";
import { type CompiledPeers, cpuSeconds, freePort, rss, start } from "./bench_processes.ts";

/** The numbers of connections of the run. */
export const SCALE = [1, 10, 100, 1000, 5000] as const;

/** One server's figures, one per number of connections in {@linkcode SCALE} (NaN if it failed). */
export interface ScalingLine {
  readonly requestsPerSecond: number[];
  /** Milliseconds. */
  readonly p99: number[];
  readonly cpuSecondsPerMillion: number[];
  /** Bytes, sampled halfway through the load. */
  readonly rss: number[];
  /**
   * Milliseconds, over the answers given. With one request in flight per connection, it is the
   * number of connections over the requests per second when every connection is served in turn.
   */
  readonly meanLatency: number[];
  /**
   * Connections that got no answer in the measured seconds: a server that serves some over and
   * over and leaves others waiting has a p99 that looks good over the answers it gave.
   */
  readonly unanswered: number[];
}

export interface Scaling {
  readonly connections: readonly number[];
  readonly generator: Generator;
  readonly seconds: number;
  readonly servers: Record<string, ScalingLine>;
}

/** Runs the scaling load against each server in turn, one server process per server. */
export async function runScaling(
  servers: readonly { readonly id: string; readonly echo: (port: number) => string[] }[],
  generator: Generator,
  peers: CompiledPeers,
  seconds: number,
  say: (line: string) => void,
): Promise<Scaling> {
  const figures: Record<string, ScalingLine> = {};
  for (const server of servers) {
    const line: ScalingLine = {
      requestsPerSecond: [],
      p99: [],
      cpuSecondsPerMillion: [],
      rss: [],
      meanLatency: [],
      unanswered: [],
    };
    figures[server.id] = line;
    const port = freePort();
    await using started = await start(server.echo(port), port);
    for (const connections of SCALE) {
      const cpuBefore = await cpuSeconds(started.pid);
      let memory = NaN;
      // Halfway through the measured seconds, after the warm-up: every connection is open.
      const sampling = delay(500 + (seconds * 1000) / 2).then(async () => {
        memory = await rss(started.pid);
      });
      try {
        const load = await requestLoad(generator, { port, connections, seconds }, peers);
        const cpu = await cpuSeconds(started.pid) - cpuBefore;
        await sampling;
        line.requestsPerSecond.push(load.requestsPerSecond);
        line.p99.push(load.p99);
        line.cpuSecondsPerMillion.push(cpu > 0 ? (cpu * 1e6) / load.allRequests : NaN);
        line.rss.push(memory);
        line.meanLatency.push(load.meanLatency);
        line.unanswered.push(load.unanswered);
        say(
          `  ${server.id}, ${connections} connection(s): ${
            Math.round(load.requestsPerSecond)
          } req/s, p99 ${load.p99.toFixed(2)} ms, mean ${
            load.meanLatency.toFixed(2)
          } ms, ${load.unanswered} unanswered`,
        );
      } catch (error) {
        await sampling;
        for (const values of Object.values(line)) values.push(NaN);
        say(`  ${server.id}, ${connections} connection(s): failed (${(error as Error).message})`);
      }
    }
  }
  return { connections: [...SCALE], generator, seconds, servers: figures };
}
