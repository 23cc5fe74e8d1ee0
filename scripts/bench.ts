/**
 * `deno task bench`: the performance suite. Starts each server in its own process (socklab's, and
 * the peers found on this machine: Node, Python, socat), loads it with `socklab bench` from another
 * process, and prints a table of every figure with socklab's ratio to each peer. Writes
 * bench/results.json and bench/results.svg.
 *
 * On Linux the servers run on core 0 and the bench on core 1 (taskset), so that the two do not
 * fight over one core and each figure measures the server. Every figure is the median of
 * the runs (3 rounds). `--quick`: one short round, to see that everything works.
 *
 * It runs with --allow-all: Deno grants reading another process's /proc entries (its CPU time
 * and memory) only with every permission.
 *
 * @module
 */
// A developer's tool, not a mode: it talks to the developer directly.
// deno-lint-ignore-file no-console
import { delay } from "@std/async/delay";
import { fromFileUrl, join } from "@std/path";
import { RUN_PERMISSIONS, UNSTABLE_FLAGS } from "./permissions.ts";
import * as report from "./bench_report.ts";

const ROOT = fromFileUrl(new URL("..", import.meta.url));
const MAIN = join(ROOT, "main.ts");
const PEERS = join(ROOT, "scripts", "peers");
const IDLE_CLIENTS = 10_000;

const args = new Set(Deno.args);
const quick = args.has("--quick");
const rounds = quick ? 1 : 3;
const seconds = quick ? 1 : 3;

/** Whether a program can be run here. */
async function has(program: string): Promise<boolean> {
  try {
    const { success } = await new Deno.Command(program, {
      args: ["--version"],
      stdout: "null",
      stderr: "null",
    })
      .output();
    return success;
  } catch {
    return false;
  }
}

const pin = Deno.build.os === "linux" && await has("taskset");
const socklab = (...modeArgs: string[]) => [
  Deno.execPath(),
  "run",
  ...UNSTABLE_FLAGS,
  ...RUN_PERMISSIONS,
  MAIN,
  ...modeArgs,
];

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

/**
 * The C peers, compiled for this run into a temporary folder when `cc` is here: the physical limit
 * of the machine, against which socklab's figures are read.
 */
async function compiledPeers(): Promise<{ echo?: string; udp?: string }> {
  if (!await has("cc")) return {};
  const dir = await Deno.makeTempDir({ prefix: "socklab-peers-" });
  const built: { echo?: string; udp?: string } = {};
  for (const [name, source] of [["echo", "c_epoll_echo.c"], ["udp", "c_udp_echo.c"]] as const) {
    const output = join(dir, name);
    const { success } = await new Deno.Command("cc", {
      args: ["-O2", "-o", output, join(PEERS, source)],
      stdout: "null",
      stderr: "null",
    }).output();
    if (success) built[name] = output;
  }
  return built;
}

const C = await compiledPeers();

const SERVERS: readonly Server[] = [
  {
    id: "socklab",
    echo: (port) => socklab("echo-server", "--port", String(port), "--quiet"),
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
    echo: (
      port,
    ) => [Deno.execPath(), "run", "--allow-net", join(PEERS, "deno_minimal_echo.ts"), String(port)],
    udp: (port) => [
      Deno.execPath(),
      "run",
      "--allow-net",
      ...UNSTABLE_FLAGS,
      join(PEERS, "deno_minimal_udp_echo.ts"),
      String(port),
    ],
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

function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const { port } = listener.addr;
  listener.close();
  return port;
}

/** Runs a command pinned to `core` (when pinning is possible), with up to 20000 open files. */
function command(
  argv: readonly string[],
  core: number,
  options: Deno.CommandOptions = {},
): Deno.Command {
  const quoted = argv.map((arg) => `'${arg.replaceAll("'", "'\\''")}'`).join(" ");
  const pinning = pin ? `taskset -c ${core} ` : "";
  // The soft limit of open files is raised as far as the hard limit allows: 10,000 idle clients
  // need as many descriptors in the server and in the client holding them.
  return new Deno.Command("bash", {
    args: ["-c", `ulimit -n $(ulimit -Hn) 2>/dev/null; exec ${pinning}${quoted}`],
    ...options,
  });
}

/** A server started for one workload, stopped when disposed. */
async function start(
  argv: string[],
  port: number,
  udp = false,
): Promise<{ pid: number } & AsyncDisposable> {
  const child = command(argv, 0, { stdout: "null", stderr: "null", stdin: "null" }).spawn();
  // A UDP server cannot be connected to: give it a moment instead.
  if (udp) await delay(1500);
  else {
    for (let tries = 0;; tries++) {
      try {
        (await Deno.connect({ hostname: "127.0.0.1", port })).close();
        break;
      } catch {
        if (tries > 200) throw new Error(`${argv.join(" ")} did not start`);
        await delay(25);
      }
    }
  }
  return {
    pid: child.pid,
    async [Symbol.asyncDispose]() {
      try {
        child.kill("SIGINT");
      } catch { /* gone already */ }
      await child.status;
    },
  };
}

/** Runs `socklab bench` with these arguments and returns its JSON result. */
async function bench(benchArgs: string[]): Promise<Record<string, unknown>> {
  const { stdout, stderr } = await command(socklab("bench", "--json", "--quiet", ...benchArgs), 1, {
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder().decode(stdout).trim();
  if (!text) throw new Error(`bench failed: ${new TextDecoder().decode(stderr)}`);
  return JSON.parse(text);
}

/** The CPU time a process has used so far, in seconds (Linux; NaN elsewhere). */
async function cpuSeconds(pid: number): Promise<number> {
  const stat = await Deno.readTextFile(`/proc/${pid}/stat`).catch(() => "");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // utime and stime, fields 14 and 15 of stat, counted in clock ticks of 1/100 s.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The resident memory of a process, in bytes (Linux). */
async function rss(pid: number): Promise<number> {
  const status = await Deno.readTextFile(`/proc/${pid}/status`);
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) * 1024;
}

/** The pid of the server itself (the shell execs it, so the child's pid is the server's). */
async function idleCost(pid: number, port: number): Promise<number | undefined> {
  if (Deno.build.os !== "linux") return undefined;
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
  await delay(1500);
  const after = await rss(pid);
  await holder.stdin.close();
  await reader.cancel();
  await holder.status;
  const held = Number(/^ready (\d+)/.exec(line)?.[1] ?? 0);
  if (held < IDLE_CLIENTS) console.log(`  only ${held} idle clients could connect: ${line.trim()}`);
  return held > 0 ? (after - before) / held : undefined;
}

const samples: Partial<Record<report.Workload, Record<string, number[]>>> = {};
function record(workload: report.Workload, server: string, value: number) {
  ((samples[workload] ??= {})[server] ??= []).push(value);
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
    (pin ? "; servers on core 0, bench on core 1" : "; not pinned to cores (no taskset)"),
);

for (let round = 1; round <= rounds; round++) {
  console.log(`round ${round} of ${rounds}`);
  for (const server of available) {
    if (server.echo) {
      const port = freePort();
      await using started = await start(server.echo(port), port);
      const bulk = await bench([
        "--port",
        String(port),
        "--throughput",
        "--duration",
        String(seconds),
      ]);
      record("bulk", server.id, Number(bulk.bytesPerSecond) / (1024 * 1024));
      const cpuBefore = await cpuSeconds(started.pid);
      const requests = await bench([
        "--port",
        String(port),
        "--connections",
        "50",
        "--size",
        "64",
        "--duration",
        String(seconds),
      ]);
      const cpuUsed = await cpuSeconds(started.pid) - cpuBefore;
      record("requests", server.id, Number(requests.requestsPerSecond));
      record("p99", server.id, Number((requests.latencyMs as Record<string, number>).p99));
      if (Number.isFinite(cpuUsed) && cpuUsed > 0) {
        record("cpu", server.id, (cpuUsed * 1e6) / Number(requests.requests));
      }
      console.log(
        `  ${server.id}: ${Math.round(Number(requests.requestsPerSecond))} req/s, ${
          (Number(bulk.bytesPerSecond) / 1048576).toFixed(0)
        } MiB/s`,
      );
    }
    for (const [workload, protocol] of [["text", "text"], ["db", "db"]] as const) {
      const make = server[workload];
      if (!make) continue;
      const port = freePort();
      await using _ = await start(make(port), port);
      const result = await bench([
        "--protocol",
        protocol,
        "--port",
        String(port),
        "--connections",
        "50",
        "--duration",
        String(seconds),
      ]);
      record(workload, server.id, Number(result.requestsPerSecond));
    }
    if (server.udp) {
      const port = freePort();
      await using _ = await start(server.udp(port), port, true);
      const result = await bench([
        "--protocol",
        "udp",
        "--port",
        String(port),
        "--connections",
        "1",
        "--pipeline",
        "32",
        "--duration",
        String(seconds),
      ]);
      record("udp", server.id, Number(result.requestsPerSecond));
    }
  }
}

if (!quick) {
  console.log(`memory: ${IDLE_CLIENTS} idle clients against each echo server`);
  for (
    const server of available.filter((server) =>
      server.echo && server.id !== "python-threads" && server.id !== "socat"
    )
  ) {
    const port = freePort();
    await using started = await start(server.echo!(port), port);
    const cost = await idleCost(started.pid, port);
    if (cost !== undefined) record("idle", server.id, cost);
  }
}

const results: report.Results = {};
for (
  const [workload, servers] of Object.entries(samples) as [
    report.Workload,
    Record<string, number[]>,
  ][]
) {
  results[workload] = Object.fromEntries(
    Object.entries(servers).map(([name, values]) => [name, report.median(values)]),
  );
}
const cpu =
  (await Deno.readTextFile("/proc/cpuinfo").catch(() => "")).match(/model name\s*:\s*(.*)/)?.[1] ??
    "unknown CPU";
const machine =
  `${navigator.hardwareConcurrency} cores, ${cpu}, ${Deno.build.os}; Deno ${Deno.version.deno}`;
const outcomes = report.checkTargets(results);
console.log("\n" + report.renderTable(results) + "\n\nTargets:\n" + report.renderTargets(outcomes));
await Deno.mkdir(join(ROOT, "bench"), { recursive: true });
await Deno.writeTextFile(
  join(ROOT, "bench", "results.json"),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine,
      pinned: pin,
      rounds,
      seconds,
      results,
      targets: outcomes.map(({ target, measured, met }) => ({
        target: target.name,
        measured,
        met,
      })),
    },
    null,
    2,
  ) + "\n",
);
await Deno.writeTextFile(
  join(ROOT, "bench", "results.svg"),
  report.renderSvg(results, `${machine}; median of ${rounds} round(s) of ${seconds} s`),
);
console.log("\nWrote bench/results.json and bench/results.svg");
