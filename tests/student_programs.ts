/**
 * Students' servers as programs of their own (Python, Node): started on a free loopback port, known
 * to be listening when they print their first line (as the course's servers do: "Servidor
 * escuchando en …"), so that nothing connects before the check does — a one-shot server would be
 * used up — and stopped after.
 */
import { TextLineStream } from "@std/streams/text-line-stream";
import { join } from "@std/path";
import { freePort, ROOT } from "./helpers.ts";

/** Whether `command` can be run here (python3 and node are not in every lane). */
export function canRun(command: string): boolean {
  try {
    return new Deno.Command(command, { args: ["--version"], stdout: "null", stderr: "null" })
      .outputSync().success;
  } catch {
    return false;
  }
}

/** How long a program may take to say it listens. */
const START_MS = 10_000;

/** What a program printed, for a test that failed. */
export interface ProgramOutput {
  readonly stdout: string[];
  readonly stderr: string[];
}

/** Reads every line of `stream` into `lines`; resolves `first` at the first one. */
async function collect(
  stream: ReadableStream<Uint8Array>,
  lines: string[],
  first?: () => void,
): Promise<void> {
  for await (
    const line of stream.pipeThrough(new TextDecoderStream()).pipeThrough(new TextLineStream())
  ) {
    // Bounded: a program that prints on every request prints a lot in a long run.
    if (lines.length < 200) lines.push(line);
    first?.();
  }
}

/**
 * Runs `command` with `args` (`{port}` replaced by a free port) while `body` runs, once it has
 * printed its first line; then stops it. Fails when it exits or stays silent before that.
 */
export async function withProgram<T>(
  command: string,
  args: readonly string[],
  body: (port: number, output: ProgramOutput) => Promise<T>,
): Promise<T> {
  const port = freePort();
  const child = new Deno.Command(command, {
    args: args.map((arg) => arg.replaceAll("{port}", String(port))),
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const output = { stdout: [] as string[], stderr: [] as string[] };
  const { promise: listening, resolve: onListening } = Promise.withResolvers<"up">();
  const reading = Promise.all([
    collect(child.stdout, output.stdout, () => onListening("up")),
    collect(child.stderr, output.stderr),
  ]);
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const started = await Promise.race([
      listening,
      child.status.then(() => "exited" as const),
      new Promise<"late">((resolve) => timer = setTimeout(() => resolve("late"), START_MS)),
    ]);
    clearTimeout(timer);
    if (started !== "up") {
      throw new Error(`${command} ${args.join(" ")} ${started}: ${output.stderr.join("\n")}`);
    }
    return await body(port, output);
  } finally {
    clearTimeout(timer);
    try {
      child.kill();
    } catch {
      // It exited by itself (a one-shot server).
    }
    await child.status;
    await reading;
  }
}

/** A Python server of tests/python, run unbuffered (its prints reach the pipe at once, as on a terminal). */
export function withPython<T>(
  file: string,
  args: readonly string[],
  body: (port: number, output: ProgramOutput) => Promise<T>,
): Promise<T> {
  return withProgram(
    "python3",
    ["-u", join(ROOT, "tests", "python", file), "{port}", ...args],
    body,
  );
}

/** A Node server of tests/node. */
export function withNode<T>(
  file: string,
  body: (port: number, output: ProgramOutput) => Promise<T>,
): Promise<T> {
  return withProgram("node", [join(ROOT, "tests", "node", file), "{port}"], body);
}
