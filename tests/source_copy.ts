/**
 * A copy of socklab's sources in a temporary folder, for tests that change the sources the way a
 * maintainer would (a new language, a new lesson) and check that the program still holds.
 */
import { copy } from "@std/fs/copy";
import { join } from "@std/path";
import { ROOT } from "./helpers.ts";

/** What a copy needs to type-check, run and write its docs: the program, its scripts, std. */
const SOURCES = [
  "lib",
  "scripts",
  "main.ts",
  "check.ts",
  "deno.json",
  "deno.lock",
  "vendor",
  "README.md",
  "docs",
];

/** A temporary copy of the sources; remove it with `Deno.remove(dir, { recursive: true })`. */
export async function copyOfSources(prefix: string): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix });
  for (const source of SOURCES) await copy(join(ROOT, source), join(dir, source));
  return dir;
}

/** Runs deno with `args` in `cwd`: its exit code and what it printed (stdout, then stderr). */
export async function denoIn(
  cwd: string,
  ...args: string[]
): Promise<{ code: number; out: string }> {
  const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    args,
    cwd,
    stdout: "piped",
    stderr: "piped",
    env: { NO_COLOR: "1" },
  }).output();
  const decoder = new TextDecoder();
  return { code, out: decoder.decode(stdout) + decoder.decode(stderr) };
}
