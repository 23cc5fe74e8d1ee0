import { deepEqual, equal, ok } from "node:assert/strict";
import { buildPlan, compileArgs, TARGETS } from "../scripts/build.ts";
import { RUN_PERMISSIONS } from "../scripts/permissions.ts";
import config from "../deno.json" with { type: "json" };
import { ROOT } from "./helpers.ts";

/** Runs the build script as `deno task build` would, with `args`. */
function build(...args: string[]): Promise<Deno.CommandOutput> {
  return new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-read", "scripts/build.ts", ...args],
    cwd: ROOT,
    env: { NO_COLOR: "1" },
  }).output();
}

Deno.test("the build's dry run prints one deno compile per release target, flags baked in", async () => {
  const { code, stdout } = await build("--dry-run");
  equal(code, 0);
  const flags =
    "--unstable-net --allow-net --allow-read --allow-write --allow-sys=networkInterfaces --allow-env=LC_ALL,LC_MESSAGES,LANG";
  deepEqual(new TextDecoder().decode(stdout).trimEnd().split("\n"), [
    `deno compile ${flags} --target x86_64-unknown-linux-gnu --output dist/socklab-x86_64-unknown-linux-gnu main.ts`,
    `deno compile ${flags} --target aarch64-unknown-linux-gnu --output dist/socklab-aarch64-unknown-linux-gnu main.ts`,
    `deno compile ${flags} --target x86_64-apple-darwin --output dist/socklab-x86_64-apple-darwin main.ts`,
    `deno compile ${flags} --target aarch64-apple-darwin --output dist/socklab-aarch64-apple-darwin main.ts`,
    `deno compile ${flags} --target x86_64-pc-windows-msvc --output dist/socklab-x86_64-pc-windows-msvc.exe main.ts`,
  ]);
});

Deno.test("the build refuses arguments it does not know", async () => {
  const { code, stderr } = await build("--dry-rn");
  equal(code, 2);
  ok(new TextDecoder().decode(stderr).includes("unknown argument --dry-rn"));
});

Deno.test("the host build compiles for this machine into dist/socklab", () => {
  const args = compileArgs();
  ok(!args.includes("--target"));
  equal(args.at(-3), "--output");
  ok(args.at(-2)?.startsWith("dist/socklab"));
  deepEqual(buildPlan(true), [args]);
  equal(buildPlan(false).length, TARGETS.length);
});

Deno.test("deno task start runs with exactly the permissions the binaries get", () => {
  const start = config.tasks.start.split(" ");
  deepEqual(start.filter((word) => word.startsWith("--allow")), [...RUN_PERMISSIONS]);
  ok(config.unstable.includes("net"));
});
