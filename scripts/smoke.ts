// A build tool, not a mode: it talks to the developer directly.
// deno-lint-ignore-file no-console
/**
 * `deno task smoke BUILD`: proves that a build of socklab works on its own. The build is copied
 * alone into an empty temporary folder and run from there, as a student runs a download:
 * `--version`, `--help`, `demo` (every lesson must pass), and an echo-server with an echo-client
 * round trip on loopback. Each step has a time limit; a failing step prints what was run and what
 * it printed, and the script exits 1.
 *
 * BUILD is `bundle` (dist/socklab.js, run with Deno and the bundle's own flags), `compiled` (this
 * machine's `deno task compile` output), or the path of either kind.
 *
 * @module
 */
import { basename, join, resolve } from "@std/path";
import { toText } from "@std/streams/to-text";
import { BUNDLE_PATH, BUNDLE_RUN_ARGS } from "./bundle.ts";
import { hostOutput } from "./build.ts";

/** How to start a build: a bundle through Deno, a compiled binary directly. */
export interface Launcher {
  readonly command: string;
  readonly args: readonly string[];
}

/** The file a BUILD argument names. */
export function buildPath(build: string): string {
  if (build === "bundle") return BUNDLE_PATH;
  if (build === "compiled") return hostOutput();
  return build;
}

/** How to run socklab from `path` with `args`. */
export function launcher(path: string, args: readonly string[]): Launcher {
  return path.endsWith(".js")
    ? { command: Deno.execPath(), args: [...BUNDLE_RUN_ARGS, path, ...args] }
    : { command: path, args };
}

/** English, whatever the machine's locale, so that the checks can read the output. */
const ENV = { SOCKLAB_LANG: "", LANG: "en_US.UTF-8", LC_ALL: "", LC_MESSAGES: "", NO_COLOR: "1" };

/** What one run printed, kept to show when a step fails. */
interface Transcript {
  readonly command: string;
  code?: number;
  stdout: string;
  stderr: string;
}

class StepFailure extends Error {}

function check(condition: unknown, why: string): asserts condition {
  if (!condition) throw new StepFailure(why);
}

function quote(arg: string): string {
  return /^[\w./:=,@-]+$/.test(arg) ? arg : `'${arg}'`;
}

const decoder = new TextDecoder();

/** A smoke run of one build from one folder; every run it makes is kept in `transcripts`. */
class Smoke {
  readonly transcripts: Transcript[] = [];

  constructor(readonly path: string, readonly cwd: string) {}

  #command(args: readonly string[], signal?: AbortSignal) {
    const launch = launcher(this.path, args);
    const transcript: Transcript = {
      command: `socklab ${args.map(quote).join(" ")}`,
      stdout: "",
      stderr: "",
    };
    this.transcripts.push(transcript);
    const command = new Deno.Command(launch.command, {
      args: [...launch.args],
      cwd: this.cwd,
      env: ENV,
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
      signal,
    });
    return { command, transcript };
  }

  /** Runs socklab to its end, killed after `seconds`. */
  async run(args: readonly string[], seconds: number): Promise<Transcript> {
    const { command, transcript } = this.#command(args, AbortSignal.timeout(seconds * 1000));
    const output = await command.output();
    transcript.code = output.code;
    transcript.stdout = decoder.decode(output.stdout);
    transcript.stderr = decoder.decode(output.stderr);
    check(output.signal === null, `killed after ${seconds} s (${output.signal})`);
    return transcript;
  }

  /**
   * Starts an echo-server, runs `client` against its port, then stops the server as Ctrl+C does
   * (where a child can be sent one; on Windows it is ended).
   */
  async withEchoServer(
    seconds: number,
    client: (port: number) => Promise<string>,
  ): Promise<string> {
    const port = freePort();
    const deadline = AbortSignal.timeout(seconds * 1000);
    const { command, transcript } = this.#command(
      ["echo-server", "--port", String(port)],
      deadline,
    );
    const server = command.spawn();
    const stderr = toText(server.stderr);
    let seen = "";
    const lines = server.stdout.pipeThrough(new TextDecoderStream()).getReader();
    try {
      const listening = `Server listening on 127.0.0.1:${port}`;
      while (!transcript.stdout.includes(listening)) {
        const { value, done } = await lines.read();
        check(!done, "the server ended before listening");
        transcript.stdout += value;
      }
      seen = await client(port);
    } finally {
      if (Deno.build.os === "windows") server.kill();
      else server.kill("SIGINT");
      for (let next = await lines.read(); !next.done; next = await lines.read()) {
        transcript.stdout += next.value;
      }
      const status = await server.status;
      transcript.code = status.code;
      transcript.stderr = await stderr;
    }
    if (Deno.build.os !== "windows") {
      check(transcript.code === 0, `echo-server stopped by SIGINT exited ${transcript.code}`);
      check(
        transcript.stdout.trimEnd().split("\n").at(-1)?.startsWith("Server stopped."),
        "echo-server printed no summary when stopped",
      );
    }
    return seen;
  }

  /** An echo-client's round trips to an echo-server. */
  echoRoundTrip(seconds: number): Promise<string> {
    return this.withEchoServer(seconds, async (port) => {
      const client = await this.run(
        ["echo-client", "--port", String(port), "--message", "smoke\\r\\n", "--count", "3"],
        seconds,
      );
      check(client.code === 0, `echo-client exited ${client.code}`);
      const echoes = client.stdout.split("\n").filter((line) => line.startsWith("Echo in"));
      check(echoes.length === 3, `echo-client printed ${echoes.length} echoes, not 3`);
      check(echoes.every((line) => line.endsWith(": smoke")), "an echo differs from what was sent");
      return `echo-server and echo-client on 127.0.0.1:${port}`;
    });
  }

  /** `socklab check concurrent` against an echo-server: the exercises travel with the build. */
  checkEchoServer(seconds: number): Promise<string> {
    return this.withEchoServer(seconds, async (port) => {
      const checked = await this.run(["check", "concurrent", "--port", String(port)], seconds);
      const last = checked.stdout.trimEnd().split("\n").at(-1) ?? "";
      check(checked.code === 0, `check exited ${checked.code}: ${last}`);
      return last;
    });
  }
}

/** A port that was free a moment ago: the command line does not take port 0. */
function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const { port } = listener.addr;
  listener.close();
  return port;
}

/** One step: its name, and a body that throws a {@linkcode StepFailure} or says what it saw. */
interface Step {
  readonly name: string;
  readonly body: (smoke: Smoke) => Promise<string | void>;
}

const STEPS: readonly Step[] = [
  {
    name: "--version",
    async body(smoke) {
      const { code, stdout } = await smoke.run(["--version"], 30);
      check(code === 0, `exit code ${code}`);
      check(/^socklab \d+\.\d+\.\d+ \(deno [\d.]+, [\w-]+\)\n$/.test(stdout), "unexpected output");
      return stdout.trim();
    },
  },
  {
    name: "--help",
    async body(smoke) {
      const { code, stdout } = await smoke.run(["--help"], 30);
      check(code === 0, `exit code ${code}`);
      for (const mode of ["echo-server", "udp-client", "db-server", "demo"]) {
        check(stdout.includes(`  ${mode} `), `the help does not list ${mode}`);
      }
    },
  },
  {
    name: "demo",
    async body(smoke) {
      const { code, stdout } = await smoke.run(["demo"], 180);
      const last = stdout.trimEnd().split("\n").at(-1) ?? "";
      const counts = /^(\d+) of (\d+) lessons passed$/.exec(last);
      check(code === 0 && counts && counts[1] === counts[2], `exit code ${code}: ${last}`);
      return last;
    },
  },
  { name: "echo round trip", body: (smoke) => smoke.echoRoundTrip(60) },
  { name: "check concurrent", body: (smoke) => smoke.checkEchoServer(60) },
];

function indent(text: string, limit = 40): string {
  const lines = text.trimEnd().split("\n");
  const shown = lines.length > limit ? ["…", ...lines.slice(-limit)] : lines;
  return shown.map((line) => `    ${line}`).join("\n");
}

/** Runs every step against `build`; resolves to the exit code (0 when all pass). */
export async function smoke(build: string): Promise<number> {
  const source = buildPath(build);
  try {
    await Deno.stat(source);
  } catch {
    console.error(`smoke: no build at ${source} — make it first (deno task bundle or compile)`);
    return 2;
  }
  const folder = await Deno.makeTempDir({ prefix: "socklab-smoke-" });
  try {
    const path = join(folder, basename(source));
    await Deno.copyFile(source, path);
    console.log(`smoke: ${source}, copied alone into ${folder}`);
    let failed = 0;
    for (const [index, step] of STEPS.entries()) {
      const session = new Smoke(resolve(path), folder);
      const started = performance.now();
      try {
        const seen = await step.body(session);
        const time = ((performance.now() - started) / 1000).toFixed(1);
        console.log(`ok   ${index + 1} ${step.name}${seen ? ": " + seen : ""} (${time} s)`);
      } catch (error) {
        failed++;
        const why = error instanceof StepFailure ? error.message : String(error);
        console.log(`FAIL ${index + 1} ${step.name}: ${why}`);
        for (const transcript of session.transcripts) {
          console.log(`  $ ${transcript.command}`);
          console.log(`  exit code: ${transcript.code ?? "(none)"}`);
          if (transcript.stdout) console.log(`  stdout:\n${indent(transcript.stdout)}`);
          if (transcript.stderr) console.log(`  stderr:\n${indent(transcript.stderr)}`);
        }
      }
    }
    console.log(`smoke: ${STEPS.length - failed} of ${STEPS.length} steps passed`);
    return failed === 0 ? 0 : 1;
  } finally {
    await Deno.remove(folder, { recursive: true });
  }
}

if (import.meta.main) {
  if (Deno.args.length !== 1) {
    console.error("usage: deno task smoke bundle|compiled|PATH");
    Deno.exitCode = 2;
  } else {
    Deno.exitCode = await smoke(Deno.args[0]);
  }
}
