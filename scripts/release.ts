// A build tool, not a mode: it talks to the developer directly.
// deno-lint-ignore-file no-console
/**
 * The release, in the steps the release workflow runs, so that the workflow only calls them:
 *
 * - `deno task release binary TARGET`, on a runner of that target: compiles socklab for it (never
 *   cross-compiled) into `dist/socklab-<target>[.exe]` and smoke-tests the binary.
 * - `deno task release finish`, once every binary is in `dist/`: bundles `dist/socklab.js` (and
 *   the checks' `dist/check.js`) and smoke-tests it, adds the licence notices (LICENSE,
 *   LICENSE-std), and writes `dist/SHA256SUMS` over everything published. With `--partial` it
 *   goes on when binaries are missing, names them, and tells the workflow (`complete` and
 *   `missing` in `$GITHUB_OUTPUT`), which then publishes a pre-release and fails.
 *
 * @module
 */
import { encodeHex } from "@std/encoding/hex";
import { join } from "@std/path";
import { compileArgs, type Target, targetOutput, TARGETS } from "./build.ts";
import { bundle, BUNDLE_PATH } from "./bundle.ts";
import { smoke } from "./smoke.ts";

/** Published beside the binaries: socklab's licence and that of the standard library it bundles. */
export const NOTICES = [
  { from: "LICENSE", to: "dist/LICENSE" },
  { from: "vendor/LICENSE-std", to: "dist/LICENSE-std" },
] as const;

/** The name of the checksum file, in the `sha256sum -c` format. */
export const CHECKSUMS = "SHA256SUMS";

/** Why `target` cannot be built on a machine of `host`, or undefined when it can. */
export function cannotBuild(target: string, host: string): string | undefined {
  if (!(TARGETS as readonly string[]).includes(target)) {
    return `unknown target ${target} (known: ${TARGETS.join(", ")})`;
  }
  if (target !== host) {
    return `this runner is ${host}: build ${target} on its own runner, never cross-compiled`;
  }
  return undefined;
}

/** `sha256sum` lines for every file of `dir` but the checksum file itself, sorted by name. */
export async function checksums(dir: string): Promise<string> {
  const names: string[] = [];
  for await (const entry of Deno.readDir(dir)) {
    if (entry.isFile && entry.name !== CHECKSUMS) names.push(entry.name);
  }
  names.sort();
  const lines = [];
  for (const name of names) {
    const digest = await crypto.subtle.digest("SHA-256", await Deno.readFile(join(dir, name)));
    lines.push(`${encodeHex(new Uint8Array(digest))}  ${name}\n`);
  }
  return lines.join("");
}

async function binary(target: string): Promise<number> {
  const why = cannotBuild(target, Deno.build.target);
  if (why) {
    console.error(`release: ${why}`);
    return 2;
  }
  const args = compileArgs(target as Target);
  console.log(["deno", ...args].join(" "));
  const { code } = await new Deno.Command(Deno.execPath(), { args, stdin: "null" }).spawn().status;
  if (code !== 0) return code;
  return await smoke(targetOutput(target as Target));
}

/** The release targets whose binary is not in `dist/` yet. */
export async function missingTargets(): Promise<Target[]> {
  const missing: Target[] = [];
  for (const target of TARGETS) {
    if (!await Deno.stat(targetOutput(target)).then(() => true, () => false)) missing.push(target);
  }
  return missing;
}

/** The lines `finish` adds to `$GITHUB_OUTPUT`: whether every target is there, and which are not. */
export function workflowOutputs(missing: readonly string[]): string {
  return `complete=${missing.length === 0}\nmissing=${missing.join(" ")}\n`;
}

async function finish(partial: boolean): Promise<number> {
  const missing = await missingTargets();
  if (missing.length > 0) {
    const files = missing.map(targetOutput).join(", ");
    if (!partial) {
      console.error(`release: missing ${files}: run release binary on each runner`);
      return 1;
    }
    console.error(`release: missing ${files}: publishing the rest, as a pre-release`);
  }
  const outputs = Deno.env.get("GITHUB_OUTPUT");
  if (outputs) await Deno.writeTextFile(outputs, workflowOutputs(missing), { append: true });
  const bundled = await bundle();
  if (bundled !== 0) return bundled;
  const smoked = await smoke(BUNDLE_PATH);
  if (smoked !== 0) return smoked;
  for (const notice of NOTICES) await Deno.copyFile(notice.from, notice.to);
  await Deno.writeTextFile(join("dist", CHECKSUMS), await checksums("dist"));
  console.log(await Deno.readTextFile(join("dist", CHECKSUMS)));
  return 0;
}

if (import.meta.main) {
  const [command, ...rest] = Deno.args;
  if (command === "binary" && rest.length === 1) Deno.exitCode = await binary(rest[0]);
  else if (command === "finish" && rest.length === 0) Deno.exitCode = await finish(false);
  else if (command === "finish" && rest.join() === "--partial") Deno.exitCode = await finish(true);
  else {
    console.error("usage: deno task release binary TARGET | deno task release finish [--partial]");
    Deno.exitCode = 2;
  }
}
