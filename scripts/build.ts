// A build tool, not a mode: it talks to the developer directly.
// deno-lint-ignore-file no-console
/**
 * `deno task build`: compiles socklab for every release target into
 * `dist/socklab-<target>[.exe]`, with its permissions and `--unstable-net` baked in.
 * `deno task compile` (`--host`) builds for this machine only, into `dist/socklab[.exe]`.
 * `--dry-run` prints the exact `deno compile` command lines instead of running them.
 *
 * @module
 */
import { RUN_PERMISSIONS, UNSTABLE_FLAGS } from "./permissions.ts";

/** The release targets: Linux, macOS and Windows, each on x86_64 and on ARM. */
export const TARGETS = [
  "x86_64-unknown-linux-gnu",
  "aarch64-unknown-linux-gnu",
  "x86_64-apple-darwin",
  "aarch64-apple-darwin",
  "x86_64-pc-windows-msvc",
  "aarch64-pc-windows-msvc",
] as const;

export type Target = typeof TARGETS[number];

/** Where a build for `target` is written: `dist/socklab-<target>[.exe]`. */
export function targetOutput(target: Target): string {
  return `dist/socklab-${target}${target.includes("windows") ? ".exe" : ""}`;
}

/** Where `deno task compile` writes this machine's build: `dist/socklab[.exe]`. */
export function hostOutput(): string {
  return `dist/socklab${Deno.build.os === "windows" ? ".exe" : ""}`;
}

/** The arguments of `deno` that compile socklab for `target` (or for this machine). */
export function compileArgs(target?: Target): string[] {
  const output = target ? targetOutput(target) : hostOutput();
  return [
    "compile",
    ...UNSTABLE_FLAGS,
    ...RUN_PERMISSIONS,
    ...(target ? ["--target", target] : []),
    "--output",
    output,
    "main.ts",
  ];
}

/** Every `deno compile` a build runs: all targets, or only this machine's with `host`. */
export function buildPlan(host: boolean): string[][] {
  return host ? [compileArgs()] : TARGETS.map((target) => compileArgs(target));
}

async function build(args: readonly string[]): Promise<number> {
  const unknown = args.filter((arg) => arg !== "--dry-run" && arg !== "--host");
  if (unknown.length > 0) {
    console.error(`build: unknown argument ${unknown[0]} (known: --dry-run, --host)`);
    return 2;
  }
  for (const plan of buildPlan(args.includes("--host"))) {
    console.log(["deno", ...plan].join(" "));
    if (args.includes("--dry-run")) continue;
    const { code } = await new Deno.Command("deno", { args: plan, stdin: "null" }).spawn().status;
    if (code !== 0) return code;
  }
  return 0;
}

if (import.meta.main) Deno.exitCode = await build(Deno.args);
