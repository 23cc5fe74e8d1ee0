/**
 * `deno task bench`: the performance suite. Starts each server in its own process (socklab's, and
 * the peers found on this machine: C, the plainest Deno loops, Node, Python, socat), loads it from
 * another process, and prints a table of every figure with socklab's ratio to each peer, and each
 * target of the performance issue with its median and its worst round. Writes bench/results.json,
 * bench/results.svg (every workload) and bench/scaling-*.svg (the scaling run).
 *
 * Fixed before any tuning, changed only with a note saying why:
 * - servers on core 0 and loads on core 1 (taskset, on Linux), so each figure measures the server;
 * - the request/response, text, db and UDP loads come from the plain C clients in scripts/peers
 *   when `cc` is here (else from `socklab bench`): a Deno load generator tops out near what a Deno
 *   server does, and would measure itself; the load generators are compared on their own against
 *   the C server (the `loadgen` workload);
 * - five rounds of 2 s each (every peer in every round), each target's ratio taken round by round,
 *   the median reported with the worst round; `--quick`: one round of 1 s, to see that it works.
 *
 * It runs with --allow-all: Deno grants reading another process's /proc entries (its CPU time
 * and memory) only with every permission.
 *
 * @module
 */
// A developer's tool, not a mode: it talks to the developer directly.
// deno-lint-ignore-file no-console
import { join } from "@std/path";
import * as report from "./bench_report.ts";
import { renderLineChart } from "./bench_chart_lines.ts";
import { bulkLoad, type Generator, requestLoad, udpLoad } from "./bench_loads.ts";
import {
  command,
  compilePeers,
  cpuSeconds,
  denoPeer,
  freePort,
  has,
  PEERS,
  pinned,
  ROOT,
  rss,
  socklab,
  start,
} from "./bench_processes.ts";
import { runScaling, type Scaling, type ScalingLine } from "./bench_scaling.ts";
import { renderScalingTable } from "./bench_scaling_table.ts";

const IDLE_CLIENTS = 10_000;

const args = new Set(Deno.args);
const quick = args.has("--quick");
const rounds = quick ? 1 : 5;
const seconds = quick ? 1 : 2;

/** A server the suite can start: how, for which workloads. */
interface Server {
  readonly id: string;
  /** A program that must be installed for it. */
  readonly needs?: string;
  readonly echo?: (port: number) => string[];
  readonly udp?: (port: number) => string[];
  readonly text?: (port: number) => string[];
  readonly db?: (port: number) => string[];
}

const C = await compilePeers();
/** Who loads the servers: the C clients when they were built. */
const generator: Generator = C.load ? "c" : "socklab";
const udpGenerator = C.udpLoad ? "c" : "socklab";

const SERVERS: readonly Server[] = [
  {
    id: "socklab",
    // Room for the 10,000 idle clients and the 5,000 of the scaling run (the default is 1,024).
    echo: (port) =>
      socklab("echo-server", "--port", String(port), "--quiet", "--max-connections", "20000"),
    udp: (port) => socklab("udp-server", "--echo", "--port", String(port), "--quiet"),
    text: (port) => socklab("text-server", "--port", String(port), "--quiet"),
    db: (port) => socklab("db-server", "--port", String(port), "--quiet"),
  },
  {
    id: "c-epoll",
    needs: C.echo ? undefined : "cc",
    echo: C.echo ? (port) => [C.echo!, String(port)] : undefined,
    udp: C.udp ? (port) => [C.udp!, String(port)] : undefined,
  },
  {
    id: "deno-minimal",
    echo: (port) => denoPeer("deno_minimal_echo.ts", String(port)),
    udp: (port) => denoPeer("deno_minimal_udp_echo.ts", String(port)),
  },
  {
    id: "node",
    needs: "node",
    echo: (port) => ["node", join(PEERS, "node_echo.js"), String(port)],
    udp: (port) => ["node", join(PEERS, "node_dgram_echo.js"), String(port)],
  },
  {
    id: "python-asyncio",
    needs: "python3",
    echo: (port) => ["python3", join(PEERS, "python_asyncio_echo.py"), String(port)],
  },
  {
    id: "python-threads",
    needs: "python3",
    echo: (port) => ["python3", join(PEERS, "python_threaded_echo.py"), String(port)],
  },
  {
    id: "socat",
    needs: "socat",
    echo: (port) => ["socat", `TCP-LISTEN:${port},bind=127.0.0.1,reuseaddr,fork`, "PIPE"],
  },
];

/** The pid of the server itself (the shell execs it, so the child's pid is the server's). */
async function idleCost(
  pid: number,
  port: number,
): Promise<{ perConnection?: number; burstSeconds?: number }> {
  if (Deno.build.os !== "linux") return {};
  const before = await rss(pid);
  const holder = command(
    [
      Deno.execPath(),
      "run",
      "--allow-net",
      join(ROOT, "scripts", "idle_clients.ts"),
      "127.0.0.1",
      String(port),
      String(IDLE_CLIENTS),
    ],
    1,
    { stdin: "piped", stdout: "piped", stderr: "null" },
  ).spawn();
  const reader = holder.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let line = "";
  while (!line.includes("\n")) {
    const { value, done } = await reader.read();
    if (done) break;
    line += value;
  }
  // Give the server a moment to settle every connection.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const after = await rss(pid);
  await holder.stdin.close();
  await reader.cancel();
  await holder.status;
  const ready = /^ready (\d+) in ([\d.]+) s/.exec(line);
  const held = Number(ready?.[1] ?? 0);
  if (held < IDLE_CLIENTS) console.log(`  only ${held} idle clients could connect: ${line.trim()}`);
  return held > 0
    ? {
      perConnection: (after - before) / held,
      burstSeconds: held === IDLE_CLIENTS ? Number(ready![2]) : undefined,
    }
    : {};
}

const samples: report.Samples = {};
/** Records a figure of this round (NaN when it could not be measured). */
function record(workload: report.Workload, server: string, round: number, value: number) {
  ((samples[workload] ??= {})[server] ??= [])[round] = value;
}

const available = [];
for (const server of SERVERS) {
  if (!server.needs || await has(server.needs)) available.push(server);
  else console.log(`(${server.needs} is not installed: no ${server.id} figures)`);
}
console.log(
  `Servers: ${
    available.map((server) => server.id).join(", ")
  }; ${rounds} round(s) of ${seconds} s` +
    (pinned ? "; servers on core 0, loads on core 1" : "; not pinned to cores (no taskset)") +
    `; loads from ${generator === "c" ? "the C clients" : "socklab bench (no cc here)"}`,
);

/** Runs a load, or records nothing and says why when it fails. */
async function attempt<T>(what: string, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    console.log(`  ${what} failed: ${(error as Error).message.split("\n")[0]}`);
    return undefined;
  }
}

/** Stores a key the db workload's GET reads. */
async function addDbKey(port: number, key: string): Promise<void> {
  const conn = await Deno.connect({ hostname: "127.0.0.1", port });
  await conn.write(new TextEncoder().encode(`ADD ${key} {"v":"${"a".repeat(48)}"}\n`));
  await conn.read(new Uint8Array(256));
  conn.close();
}

for (let round = 0; round < rounds; round++) {
  console.log(`round ${round + 1} of ${rounds}`);
  for (const server of available) {
    if (server.echo) {
      const port = freePort();
      await using started = await start(server.echo(port), port);
      const bulk = await attempt(`${server.id} bulk`, () => bulkLoad(port, seconds));
      if (bulk !== undefined) record("bulk", server.id, round, bulk);
      const cpuBefore = await cpuSeconds(started.pid);
      const requests = await attempt(
        `${server.id} requests`,
        () => requestLoad(generator, { port, connections: 50, seconds }, C),
      );
      const cpuUsed = await cpuSeconds(started.pid) - cpuBefore;
      if (requests) {
        record("requests", server.id, round, requests.requestsPerSecond);
        record("p99", server.id, round, requests.p99);
        if (Number.isFinite(cpuUsed) && cpuUsed > 0) {
          record("cpu", server.id, round, (cpuUsed * 1e6) / requests.allRequests);
        }
        console.log(
          `  ${server.id}: ${Math.round(requests.requestsPerSecond)} req/s, ${
            bulk?.toFixed(0) ?? "?"
          } MiB/s`,
        );
      }
    }
    for (const workload of ["text", "db"] as const) {
      const make = server[workload];
      if (!make) continue;
      const port = freePort();
      await using _ = await start(make(port), port);
      const key = "bench-key";
      if (workload === "db") await addDbKey(port, key);
      const text = workload === "text" ? `UPPER ${"a".repeat(57)}` : `GET ${key}`;
      const result = await attempt(
        `${server.id} ${workload}`,
        () =>
          requestLoad(generator, {
            port,
            connections: 50,
            seconds,
            line: { protocol: workload, text },
          }, C),
      );
      if (result) record(workload, server.id, round, result.requestsPerSecond);
    }
    if (server.udp) {
      const port = freePort();
      await using _ = await start(server.udp(port), port, true);
      const result = await attempt(
        `${server.id} udp`,
        () => udpLoad(udpGenerator, port, seconds, C),
      );
      if (result) record("udp", server.id, round, result.requestsPerSecond);
    }
  }
  // The load generators against the C server: what each can drive (target 5).
  if (C.echo) {
    const port = freePort();
    await using _ = await start([C.echo, String(port)], port);
    for (
      const [column, loader] of [
        ["socklab", "socklab"],
        ["deno-minimal", "deno-minimal"],
        ...(C.load ? [["c-epoll", "c"]] : []),
      ] as [string, Generator][]
    ) {
      const result = await attempt(
        `load generator ${loader}`,
        () => requestLoad(loader, { port, connections: 50, seconds }, C),
      );
      if (result) record("loadgen", column, round, result.requestsPerSecond);
    }
  }
}

let scaling: Scaling | undefined;
if (!quick) {
  console.log(
    `memory: ${IDLE_CLIENTS} idle clients against each echo server, connected back to back`,
  );
  for (
    const server of available.filter((server) =>
      server.echo && server.id !== "python-threads" && server.id !== "socat"
    )
  ) {
    const port = freePort();
    await using started = await start(server.echo!(port), port);
    const { perConnection, burstSeconds } = await idleCost(started.pid, port);
    if (perConnection !== undefined) record("idle", server.id, 0, perConnection);
    if (burstSeconds !== undefined) record("burst", server.id, 0, burstSeconds);
  }
  console.log("scaling: 64 B request/response from 1 to 5,000 connections");
  scaling = await runScaling(
    available.filter((server) => ["socklab", "c-epoll", "deno-minimal", "node"].includes(server.id))
      .map((server) => ({ id: server.id, echo: server.echo! })),
    generator,
    C,
    seconds,
    console.log,
  );
}

const results = report.mediansOf(samples);
const cpu =
  (await Deno.readTextFile("/proc/cpuinfo").catch(() => "")).match(/model name\s*:\s*(.*)/)?.[1] ??
    "unknown CPU";
const machine =
  `${navigator.hardwareConcurrency} cores, ${cpu}, ${Deno.build.os}; Deno ${Deno.version.deno}`;
const outcomes = report.checkTargets(samples);
console.log("\n" + report.renderTable(results) + "\n\nTargets:\n" + report.renderTargets(outcomes));
await Deno.mkdir(join(ROOT, "bench"), { recursive: true });
await Deno.writeTextFile(
  join(ROOT, "bench", "results.json"),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine,
      pinned,
      rounds,
      seconds,
      load: generator === "c"
        ? "C clients (scripts/peers/c_load.c, c_udp_load.c)"
        : "socklab bench",
      results,
      samples,
      targets: outcomes.map(({ target, measured, worst, floor, met, atFloor }) => ({
        target: target.name,
        median: measured,
        worst,
        againstMinimalDeno: floor,
        met,
        atFloor,
      })),
      scaling,
    },
    (_, value) => typeof value === "number" && !Number.isFinite(value) ? null : value,
    2,
  ) + "\n",
);
await Deno.writeTextFile(
  join(ROOT, "bench", "results.svg"),
  report.renderSvg(results, `${machine}; median of ${rounds} round(s) of ${seconds} s`),
);
if (scaling) {
  const caption = `64 B request/response, ${seconds} s per point; ${machine}`;
  const charts = [
    {
      file: "scaling-throughput.svg",
      title: "Requests per second against connections",
      unit: "requests/s",
      pick: (line: ScalingLine) => line.requestsPerSecond,
    },
    {
      file: "scaling-p99.svg",
      title: "p99 latency against connections",
      unit: "p99 latency, ms",
      pick: (line: ScalingLine) => line.p99,
      // Latencies span orders of magnitude.
      logScale: true,
    },
  ];
  for (const { file, pick, ...chart } of charts) {
    await Deno.writeTextFile(
      join(ROOT, "bench", file),
      renderLineChart({
        ...chart,
        caption,
        connections: scaling.connections,
        lines: Object.entries(scaling.servers).map(([name, line]) => ({
          name,
          values: pick(line),
        })),
      }),
    );
  }
}
if (scaling) console.log(`\nScaling (64 B request/response):\n${renderScalingTable(scaling)}`);
console.log(
  "\nWrote bench/results.json and bench/results.svg" +
    (scaling ? ", bench/scaling-throughput.svg and bench/scaling-p99.svg" : ""),
);
