/**
 * socklab run as a person runs it, at a terminal: the real process in a pseudo-terminal (Python's
 * `pty` module), keys typed as the terminal sends them. For behaviour only a terminal shows (Ctrl+C
 * and Ctrl+D typed, arrow keys at a prompt, where the shell's prompt starts). Linux and macOS
 * only: Windows has no `pty`, so tests using this are ignored there ({@linkcode NO_PTY}).
 */
import { RUN_PERMISSIONS, UNSTABLE_FLAGS } from "../scripts/permissions.ts";
import { MAIN } from "./helpers.ts";

/** Why a terminal test is skipped: Windows has no pseudo-terminals for Python's `pty`. */
export const NO_PTY: boolean = Deno.build.os === "windows";

/** Keys a terminal sends. */
export const KEY = {
  ctrlC: "\x03",
  ctrlD: "\x04",
  up: "\x1b[A",
  enter: "\r",
} as const;

/** One step of a person at the terminal: once `after` shows (past the last step's), type `keys`. */
export interface TerminalStep {
  readonly after: string;
  readonly keys: string;
}

/** How a terminal run ended. */
export interface TerminalRun {
  /** The exit code; null when the process had not ended in time and was killed. */
  readonly code: number | null;
  /** All the terminal showed (stdout and stderr, the terminal's `\r\n` and echoed keys too). */
  readonly output: string;
  /** Whether a step's `after` never showed. */
  readonly stuck: boolean;
}

const DRIVER = `
import json, os, pty, select, sys, time
cfg = json.loads(sys.argv[1])
pid, fd = pty.fork()
if pid == 0:
    os.execvp(cfg["argv"][0], cfg["argv"])
out = b""
seen = 0
eof = False
stuck = False
deadline = time.time() + cfg["seconds"]
def read_some():
    global out, eof
    ready, _, _ = select.select([fd], [], [], 0.02)
    if ready:
        try:
            data = os.read(fd, 65536)
        except OSError:
            data = b""
        if not data:
            eof = True
        out += data
for step in cfg["steps"]:
    want = step["after"].encode()
    while out.find(want, seen) < 0 and not eof and time.time() < deadline:
        read_some()
    found = out.find(want, seen)
    if found < 0:
        stuck = True
        break
    seen = found + len(want)
    os.write(fd, step["keys"].encode())
while not eof and time.time() < deadline:
    read_some()
code = None
while time.time() < deadline + 2:
    done, status = os.waitpid(pid, os.WNOHANG)
    if done:
        code = os.waitstatus_to_exitcode(status)
        break
    time.sleep(0.02)
if code is None:
    os.kill(pid, 9)
    os.waitpid(pid, 0)
print(json.dumps({"code": code, "output": out.decode("utf-8", "replace"), "stuck": stuck}))
`;

/**
 * Runs `socklab args` (Spanish, no colours) in a pseudo-terminal, typing each step's keys once
 * what it waits for shows; ends when the process does, or kills it after `seconds`.
 */
export async function runInTerminal(
  args: readonly string[],
  steps: readonly TerminalStep[],
  seconds = 15,
): Promise<TerminalRun> {
  const argv = [Deno.execPath(), "run", "--no-prompt", ...UNSTABLE_FLAGS, ...RUN_PERMISSIONS, MAIN];
  const { stdout } = await new Deno.Command("python3", {
    args: ["-c", DRIVER, JSON.stringify({ argv: [...argv, ...args], steps, seconds })],
    env: { SOCKLAB_LANG: "es", LANG: "es_ES.UTF-8", LC_ALL: "", LC_MESSAGES: "", NO_COLOR: "1" },
    stdin: "null",
    stderr: "inherit",
  }).output();
  return JSON.parse(new TextDecoder().decode(stdout));
}
