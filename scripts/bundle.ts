// A build tool, not a mode: it talks to the developer directly.
// deno-lint-ignore-file no-console
/**
 * `deno task bundle`: socklab as one JavaScript file, `dist/socklab.js`, that needs only Deno and
 * runs from any folder. Its first line names the flags it runs with, so on Linux and macOS
 * `chmod +x socklab.js && ./socklab.js demo` works; elsewhere `deno run <those flags> socklab.js`.
 * Its entry is `scripts/bundle_main.ts`: run without those flags, it prints that line, in the
 * user's language, instead of failing lesson after lesson.
 *
 * `deno bundle` works offline where `deno compile` cannot (it downloads its runtime base), and a
 * bundle that runs alone proves what a compiled binary needs: every import static, nothing read
 * from beside the source at run time.
 *
 * @module
 */
import { RUN_PERMISSIONS, UNSTABLE_FLAGS } from "./permissions.ts";

/** Where `deno task bundle` writes the bundle. */
export const BUNDLE_PATH = "dist/socklab.js";

/**
 * `deno run` and its flags for the bundle: its permissions, and nothing taken from the folder it
 * runs in (no deno.json, no lock file) or from the network (no remote or npm imports).
 */
export const BUNDLE_RUN_ARGS: readonly string[] = [
  "run",
  "--no-config",
  "--no-remote",
  "--no-npm",
  "--no-prompt",
  ...UNSTABLE_FLAGS,
  ...RUN_PERMISSIONS,
];

/** The bundle's first line: on Linux and macOS it makes the file a command. */
export function shebang(): string {
  return `#!/usr/bin/env -S deno ${BUNDLE_RUN_ARGS.join(" ")}`;
}

/** Where `deno task bundle` writes the checks as a library, for teachers who only download. */
export const CHECK_BUNDLE_PATH = "dist/check.js";

/** The bundle's entry: socklab's main.ts, once Deno granted the bundle's flags. */
export const BUNDLE_ENTRY = "scripts/bundle_main.ts";

/** The arguments of `deno` that bundle `entry` (the bundle's unless said) into `output`. */
export function bundleArgs(output: string = BUNDLE_PATH, entry = BUNDLE_ENTRY): string[] {
  return ["bundle", "--platform", "deno", "--output", output, entry];
}

/** Runs deno bundle; resolves to its exit code, having shown its errors. */
async function denoBundle(args: string[]): Promise<number> {
  const { code, stderr } = await new Deno.Command(Deno.execPath(), {
    args,
    stdin: "null",
    stdout: "null",
    stderr: "piped",
  }).output();
  if (code !== 0) console.error(new TextDecoder().decode(stderr));
  return code;
}

/**
 * Bundles socklab into `output` with its first line, and the checks into dist/check.js; resolves
 * to deno bundle's exit code.
 */
export async function bundle(output: string = BUNDLE_PATH): Promise<number> {
  const code = await denoBundle(bundleArgs(output)) ||
    await denoBundle(bundleArgs(CHECK_BUNDLE_PATH, "check.ts"));
  if (code !== 0) return code;
  const source = await Deno.readTextFile(output);
  await Deno.writeTextFile(output, `${shebang()}\n${source}`);
  if (Deno.build.os !== "windows") await Deno.chmod(output, 0o755);
  const { size } = await Deno.stat(output);
  const library = await Deno.stat(CHECK_BUNDLE_PATH);
  console.log(`bundle: ${output} (${Math.round(size / 1024)} KiB)`);
  console.log(`bundle: ${CHECK_BUNDLE_PATH} (${Math.round(library.size / 1024)} KiB)`);
  return 0;
}

if (import.meta.main) {
  if (Deno.args.length > 0) {
    console.error(`bundle: unknown argument ${Deno.args[0]} (it takes none)`);
    Deno.exitCode = 2;
  } else {
    Deno.exitCode = await bundle();
  }
}
