/**
 * The processes of `deno task bench`: servers started pinned to core 0, loads run pinned to core 1,
 * the C peers compiled for the run, and what Linux says of a process's CPU time and memory.
 *
 * @module
 */
import { delay } from "@std/async/delay";
import { fromFileUrl, join } from "@std/path";
import { RUN_PERMISSIONS, UNSTABLE_FLAGS } from "./permissions.ts";

export const ROOT = fromFileUrl(new URL("..", import.meta.url));
export const PEERS = join(ROOT, "scripts", "peers");
const MAIN = join(ROOT, "main.ts");

/** Whether a program can be run here. */
export async function has(program: string): Promise<boolean> {
  try {
    const { success } = await new Deno.Command(program, {
      args: ["--version"],
      stdout: "null",
      stderr: "null",
    }).output();
    return success;
  } catch {
    return false;
  }
}

/** Whether servers and loads are pinned to their own cores (Linux with taskset). */
export const pinned = Deno.build.os === "linux" && await has("taskset");

/** The command line of a socklab mode, run from source. */
export function socklab(...modeArgs: string[]): string[] {
  return [Deno.execPath(), "run", ...UNSTABLE_FLAGS, ...RUN_PERMISSIONS, MAIN, ...modeArgs];
}

/** The command line of a Deno peer in scripts/peers. */
export function denoPeer(file: string, ...args: string[]): string[] {
  return [Deno.execPath(), "run", "--allow-net", ...UNSTABLE_FLAGS, join(PEERS, file), ...args];
}

/** The C peers built for this run (absent when there is no `cc`, or one did not compile). */
export interface CompiledPeers {
  readonly echo?: string;
  readonly udp?: string;
  /** The TCP load client, c_load.c. */
  readonly load?: string;
  /** The UDP load client, c_udp_load.c. */
  readonly udpLoad?: string;
}

/**
 * Compiles the C peers into a temporary folder when `cc` is here: the physical limit of the
 * machine, for servers and for load generators alike.
 */
export async function compilePeers(): Promise<CompiledPeers> {
  if (!await has("cc")) return {};
  const dir = await Deno.makeTempDir({ prefix: "socklab-peers-" });
  const built: Record<string, string> = {};
  const sources = {
    echo: "c_epoll_echo.c",
    udp: "c_udp_echo.c",
    load: "c_load.c",
    udpLoad: "c_udp_load.c",
  };
  for (const [name, source] of Object.entries(sources)) {
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

/** A port nothing listens on now. */
export function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const { port } = listener.addr;
  listener.close();
  return port;
}

/** Runs a command pinned to `core` (when pinning is possible), with as many open files as allowed. */
export function command(
  argv: readonly string[],
  core: number,
  options: Deno.CommandOptions = {},
): Deno.Command {
  const quoted = argv.map((arg) => `'${arg.replaceAll("'", "'\\''")}'`).join(" ");
  const pinning = pinned ? `taskset -c ${core} ` : "";
  // The soft limit of open files is raised as far as the hard limit allows: 10,000 idle clients
  // need as many descriptors in the server and in the client holding them.
  return new Deno.Command("bash", {
    args: ["-c", `ulimit -n $(ulimit -Hn) 2>/dev/null; exec ${pinning}${quoted}`],
    ...options,
  });
}

/** A server started on core 0 for one workload, stopped when disposed. */
export async function start(
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
        // SIGTERM: a C peer started from a script ignores SIGINT.
        child.kill("SIGTERM");
      } catch { /* gone already */ }
      await child.status;
    },
  };
}

/** Runs a load program on core 1 and returns the JSON line it prints. */
export async function runJson(argv: string[]): Promise<Record<string, unknown>> {
  const { stdout, stderr } = await command(argv, 1, { stdout: "piped", stderr: "piped" }).output();
  const text = new TextDecoder().decode(stdout).trim();
  if (!text) throw new Error(`${argv[0]} failed: ${new TextDecoder().decode(stderr)}`);
  return JSON.parse(text.split("\n").at(-1)!);
}

/** The CPU time a process has used so far, in seconds (Linux; NaN elsewhere). */
export async function cpuSeconds(pid: number): Promise<number> {
  const stat = await Deno.readTextFile(`/proc/${pid}/stat`).catch(() => "");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // utime and stime, fields 14 and 15 of stat, counted in clock ticks of 1/100 s.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The resident memory of a process, in bytes (Linux; NaN elsewhere). */
export async function rss(pid: number): Promise<number> {
  const status = await Deno.readTextFile(`/proc/${pid}/status`).catch(() => "");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) * 1024;
}
