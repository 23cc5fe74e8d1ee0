import { asClause } from "../../present/catalogue.ts";
import type { Histogram } from "./histogram.ts";
import { type Framing, type LoadResult, runLoad, runThroughput, runUdpLoad } from "./load.ts";
import { defineMode } from "../../cli/define.ts";
import type { ModeOptions } from "../../cli/spec.ts";
import { EXIT } from "../../exit_codes.ts";
import { writeText } from "../../io.ts";
import type { Io } from "../../io.ts";
import { bar, Progress } from "../../present/progress.ts";
import type { Lang } from "../../present/lang.ts";
import { formatBytes, formatNumber, formatRate } from "../../present/units.ts";
import { formatAddress } from "../../transport/address.ts";
import { connectStream, type StreamEndpoint } from "../../transport/endpoint.ts";
import { type ModeContext, modeContext } from "../../run/context.ts";
import { LineChannel } from "../../run/line_client.ts";
import { PORTS } from "../../run/ports.ts";

/** The port each protocol's socklab server listens on by default. */
const DEFAULT_PORTS = {
  echo: PORTS.echo,
  text: PORTS.text,
  db: PORTS.db,
  udp: PORTS.udp,
} as const;
const HISTOGRAM_ROWS = 10;
const BAR_WIDTH = 40;
const encoder = new TextEncoder();

/**
 * Drives a running server with many connections that each repeat one request, and reports
 * requests per second, errors and the latency of every request (percentiles and a histogram).
 * `--throughput` streams bulk data through an echo server instead.
 */
export const bench = defineMode({
  name: "bench",
  role: "stream-client",
  traceFile: false,
  examples: [
    "socklab echo-server --quiet",
    "socklab bench --connections 50 --duration 5",
    "socklab text-server --quiet",
    "socklab bench --protocol text --pipeline 8 --json",
  ],
  options: {
    protocol: {
      kind: "choice",
      choices: ["echo", "text", "db", "udp"],
      default: "echo",
      placeholder: "KIND",
    },
    port: { kind: "port" },
    connections: { kind: "integer", default: 50, range: [1, 20000] },
    duration: { kind: "number", default: 5, range: [0.1, 3600], placeholder: "SECONDS" },
    requests: { kind: "integer", range: [1, 1e12] },
    size: { kind: "integer", default: 64, range: [8, 1024 * 1024], placeholder: "BYTES" },
    pipeline: { kind: "integer", default: 1, range: [1, 1024], placeholder: "K" },
    warmup: { kind: "number", default: 0, range: [0, 600], placeholder: "SECONDS" },
    throughput: { kind: "flag" },
    json: { kind: "flag" },
  },
  validate(options, check) {
    if (check.given("requests") && check.given("duration")) {
      check.conflicts("requests", "duration", "why.bench.requests-duration");
    }
    if (options.throughput && options.protocol !== "echo") {
      check.requires("throughput", "protocol", "socklab bench --protocol echo --throughput");
    }
    if (options.protocol === "udp" && options.unix !== undefined) {
      check.conflicts("unix", "protocol", "why.bench.unix-protocol");
    }
  },
  async run(options, io): Promise<number> {
    const ctx = modeContext(options, io);
    const endpoint: StreamEndpoint = {
      host: options.host,
      port: options.port || DEFAULT_PORTS[options.protocol],
      unix: options.unix,
    };
    const target = endpoint.unix ?? formatAddress(endpoint.host, endpoint.port);
    if (options.throughput) return await throughput(endpoint, target, options, ctx, io);
    const length = options.requests
      ? ctx.t("bench.forRequests", { requests: options.requests })
      : ctx.t("bench.forSeconds", { seconds: formatNumber(options.duration, options.lang) });
    if (!options.json) {
      ctx.say(ctx.t("bench.plan", {
        protocol: options.protocol,
        target,
        connections: options.connections,
        size: options.size,
        pipeline: options.pipeline,
        length: length +
          (options.warmup > 0
            ? ctx.t("bench.warmup", { seconds: formatNumber(options.warmup, options.lang) })
            : ""),
      }));
    }
    const load = await prepare(endpoint, options, ctx);
    if (!load) return EXIT.failure;
    const number = (value: number) => formatNumber(value, options.lang, 0);
    // Only a person at a terminal watches a long run; logs and --json get the report alone.
    const progress = io.stderrIsTerminal && !options.json && !options.quiet
      ? new Progress(options.requests ?? options.duration * 1000, io.stderr, {
        terminal: true,
        clear: true,
        describe: (requests, total, elapsedMs) =>
          `${bar(options.requests ? requests / total : elapsedMs / total)} ` +
          ctx.t("bench.progress", {
            seconds: number(elapsedMs / 1000),
            requests: number(requests),
            rate: number(requests / Math.max(elapsedMs / 1000, 1e-3)),
          }),
      })
      : undefined;
    let result: LoadResult;
    try {
      const loadOptions = {
        endpoint,
        request: load.request,
        framing: load.framing,
        connections: options.connections,
        pipeline: options.pipeline,
        durationMs: options.requests ? undefined : options.duration * 1000,
        requests: options.requests,
        warmupMs: options.warmup * 1000,
        signal: io.signal,
        onProgress: progress ? (requests: number) => progress.set(requests) : undefined,
      };
      result = options.protocol === "udp"
        ? await runUdpLoad(loadOptions)
        : await runLoad(loadOptions);
    } finally {
      await progress?.finish();
      await load.cleanup();
    }
    // Ctrl+C: what was measured until then is still worth seeing, said to be partial.
    const interrupted = io.signal.aborted;
    report(result, target, options, ctx, io, interrupted);
    if (interrupted) return saidInterrupted(ctx);
    if (result.requests === 0) {
      ctx.warn(ctx.t("bench.nothing", { protocol: options.protocol, target }));
      return EXIT.failure;
    }
    return EXIT.ok;
  },
});

type BenchOptions = ModeOptions<typeof bench>;

/** Ctrl+C stopped the run: said on stderr, after the partial results, and exit 130. */
function saidInterrupted(ctx: ModeContext): number {
  ctx.warn(ctx.t("run.interrupted"));
  return EXIT.interrupted;
}

/** The request a protocol repeats, how its answers are framed, and what to undo afterwards. */
async function prepare(
  endpoint: StreamEndpoint,
  options: BenchOptions,
  ctx: ModeContext,
): Promise<{ request: Uint8Array; framing: Framing; cleanup: () => Promise<void> } | null> {
  const nothing = () => Promise.resolve();
  switch (options.protocol) {
    case "echo":
    case "udp":
      return {
        request: new Uint8Array(options.size).fill(0x61),
        framing: "bytes",
        cleanup: nothing,
      };
    case "text": {
      // "UPPER " + text + "\n", `size` bytes in all.
      const text = "a".repeat(Math.max(1, options.size - 7));
      return { request: encoder.encode(`UPPER ${text}\n`), framing: "lines", cleanup: nothing };
    }
    case "db": {
      const key = `bench-${crypto.randomUUID().slice(0, 8)}`;
      const stream = await connectStream({ ...endpoint, trace: ctx.trace });
      const channel = new LineChannel(stream);
      const reply = await channel.ask(
        `ADD ${key} {"v":"${"a".repeat(Math.max(1, options.size - 8))}"}`,
      );
      if (reply !== "OK") {
        stream.close();
        ctx.warn(ctx.t("bench.setupFailed", { reply: reply ?? asClause(ctx.t("text.closed")) }));
        return null;
      }
      return {
        request: encoder.encode(`GET ${key}\n`),
        framing: "lines",
        cleanup: async () => {
          await channel.ask(`DEL ${key}`).catch(() => null);
          stream.close();
        },
      };
    }
  }
}

/** Microseconds as milliseconds, three decimals below 10 ms and one from there. */
const ms = (micros: number, lang: Lang) =>
  formatNumber(micros / 1000, lang, micros < 10_000 ? 3 : 1);

function latencySummary(latency: Histogram) {
  return {
    p50: latency.percentile(50),
    p90: latency.percentile(90),
    p99: latency.percentile(99),
    p999: latency.percentile(99.9),
    max: latency.max,
    mean: latency.mean,
  };
}

/**
 * The results, for a person (with a histogram) or, with --json, for a program; `partial` when
 * Ctrl+C cut the run short (`"partial": true` in the JSON, a line that says so before the totals).
 */
function report(
  result: LoadResult,
  target: string,
  options: BenchOptions,
  ctx: ModeContext,
  io: Io,
  partial: boolean,
) {
  const rate = result.requests / result.seconds;
  const latency = latencySummary(result.latency);
  if (options.json) {
    const round = (micros: number) => Math.round(micros) / 1000;
    ctx.show(JSON.stringify({
      protocol: options.protocol,
      target,
      connections: options.connections,
      size: options.size,
      pipeline: options.pipeline,
      seconds: Math.round(result.seconds * 1000) / 1000,
      requests: result.requests,
      errors: result.errors,
      requestsPerSecond: Math.round(rate),
      bytesPerSecond: Math.round(result.bytes / result.seconds),
      latencyMs: Object.fromEntries(
        Object.entries(latency).map(([name, value]) => [name, round(value)]),
      ),
      ...(partial ? { partial: true } : {}),
    }));
    return;
  }
  const lang = options.lang;
  if (partial) ctx.result(ctx.t("bench.partial"));
  ctx.result(ctx.t("bench.totals", {
    requests: formatNumber(result.requests, lang, 0),
    seconds: formatNumber(result.seconds, lang, 2),
    rate: formatNumber(rate, lang, 0),
    errors: formatNumber(result.errors, lang, 0),
    bytes: formatRate(result.bytes / result.seconds, lang),
  }));
  ctx.result(ctx.t("bench.latency", {
    p50: ms(latency.p50, lang),
    p90: ms(latency.p90, lang),
    p99: ms(latency.p99, lang),
    p999: ms(latency.p999, lang),
    max: ms(latency.max, lang),
    mean: ms(latency.mean, lang),
  }));
  if (options.quiet) return;
  const rows = result.latency.rows(HISTOGRAM_ROWS);
  const most = Math.max(...rows.map((row) => row.count), 1);
  for (const row of rows) {
    const bar = "█".repeat(Math.round((row.count / most) * BAR_WIDTH));
    const share = formatNumber((row.count / result.latency.count) * 100, lang, 1);
    writeText(
      io.stdout,
      `  ≤ ${ms(row.upTo, lang).padStart(9)} ms  ${bar.padEnd(BAR_WIDTH)} ${share.padStart(5)}%\n`,
    );
  }
}

/** `--throughput`: bulk bytes through an echo server on one connection. */
async function throughput(
  endpoint: StreamEndpoint,
  target: string,
  options: BenchOptions,
  ctx: ModeContext,
  io: Io,
): Promise<number> {
  const seconds = options.duration;
  if (!options.json) ctx.say(ctx.t("bench.throughputPlan", { target, seconds }));
  const result = await runThroughput(endpoint, seconds * 1000, io.signal);
  const partial = io.signal.aborted;
  const rate = result.bytes / result.seconds;
  if (options.json) {
    ctx.show(JSON.stringify({
      protocol: "echo",
      mode: "throughput",
      target,
      seconds: Math.round(result.seconds * 1000) / 1000,
      bytes: result.bytes,
      bytesPerSecond: Math.round(rate),
      ...(partial ? { partial: true } : {}),
    }));
  } else {
    if (partial) ctx.result(ctx.t("bench.partial"));
    ctx.result(ctx.t("bench.throughput", {
      bytes: formatBytes(result.bytes, options.lang),
      seconds: formatNumber(result.seconds, options.lang, 2),
      rate: formatRate(rate, options.lang),
    }));
  }
  if (partial) return saidInterrupted(ctx);
  return result.bytes > 0 ? EXIT.ok : EXIT.failure;
}
