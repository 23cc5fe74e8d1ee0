import { assert, assertEquals, assertMatch } from "@std/assert";
import { buildPlan, compileArgs, TARGETS } from "../scripts/build.ts";
import { RUN_PERMISSIONS, UNSTABLE_FLAGS } from "../scripts/permissions.ts";
import { BUNDLE_RUN_ARGS, bundleArgs, CHECK_BUNDLE_PATH, shebang } from "../scripts/bundle.ts";
import { installArgs } from "../scripts/install.ts";
import { buildPath, launcher } from "../scripts/smoke.ts";
import { cannotBuild, CHECKSUMS, checksums, NOTICES, workflowOutputs } from "../scripts/release.ts";
import {
  descriptorsOf,
  guardLang,
  missingFlags,
  missingFlagsMessage,
  type Query,
  runLine,
} from "../scripts/bundle_main.ts";
import { join } from "@std/path";
import config from "../deno.json" with { type: "json" };
import { ROOT } from "./helpers.ts";
import { LANG_VARIABLES } from "../lib/present/lang.ts";

/** Runs the build script as `deno task build` would, with `args`. */
function build(...args: string[]): Promise<Deno.CommandOutput> {
  return new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-read", "scripts/build.ts", ...args],
    cwd: ROOT,
    env: { NO_COLOR: "1" },
  }).output();
}

Deno.test("the build's dry run prints one deno compile per release target, Windows on ARM included, flags baked in", async () => {
  const { code, stdout } = await build("--dry-run");
  assertEquals(code, 0);
  const flags =
    "--unstable-net --allow-net --allow-read --allow-write --allow-sys=networkInterfaces --allow-env=SOCKLAB_LANG,LC_ALL,LC_MESSAGES,LANG";
  assertEquals(new TextDecoder().decode(stdout).trimEnd().split("\n"), [
    `deno compile ${flags} --target x86_64-unknown-linux-gnu --output dist/socklab-x86_64-unknown-linux-gnu main.ts`,
    `deno compile ${flags} --target aarch64-unknown-linux-gnu --output dist/socklab-aarch64-unknown-linux-gnu main.ts`,
    `deno compile ${flags} --target x86_64-apple-darwin --output dist/socklab-x86_64-apple-darwin main.ts`,
    `deno compile ${flags} --target aarch64-apple-darwin --output dist/socklab-aarch64-apple-darwin main.ts`,
    `deno compile ${flags} --target x86_64-pc-windows-msvc --output dist/socklab-x86_64-pc-windows-msvc.exe main.ts`,
    `deno compile ${flags} --target aarch64-pc-windows-msvc --output dist/socklab-aarch64-pc-windows-msvc.exe main.ts`,
  ]);
});

Deno.test("the build refuses arguments it does not know", async () => {
  const { code, stderr } = await build("--dry-rn");
  assertEquals(code, 2);
  assert(new TextDecoder().decode(stderr).includes("unknown argument --dry-rn"));
});

Deno.test("the host build compiles for this machine into dist/socklab", () => {
  const args = compileArgs();
  assert(!args.includes("--target"));
  assertEquals(args.at(-3), "--output");
  assert(args.at(-2)?.startsWith("dist/socklab"));
  assertEquals(buildPlan(true), [args]);
  assertEquals(buildPlan(false).length, TARGETS.length);
});

Deno.test("deno task start runs with the binaries' permissions, and reads INIT_CWD to run where the user stands", () => {
  const start = config.tasks.start.command.split(" ");
  const binaries = RUN_PERMISSIONS.map((flag) =>
    flag.startsWith("--allow-env=") ? `${flag},INIT_CWD` : flag
  );
  assertEquals(start.filter((word) => word.startsWith("--allow")), binaries);
  assert(config.unstable.includes("net"));
});

Deno.test("socklab may read every variable that picks its language, SOCKLAB_LANG first, and no other", () => {
  const env = RUN_PERMISSIONS.filter((flag) => flag.startsWith("--allow-env"));
  assertEquals(env, [`--allow-env=${LANG_VARIABLES.join(",")}`]);
  assertEquals(LANG_VARIABLES[0], "SOCKLAB_LANG");
});

Deno.test("the bundle runs with the binaries' permissions and nothing from the folder or the network", () => {
  assertEquals(BUNDLE_RUN_ARGS, [
    "run",
    "--no-config",
    "--no-remote",
    "--no-npm",
    "--no-prompt",
    "--unstable-net",
    ...RUN_PERMISSIONS,
  ]);
  assertEquals(shebang(), `#!/usr/bin/env -S deno ${BUNDLE_RUN_ARGS.join(" ")}`);
  assertEquals(bundleArgs(), [
    "bundle",
    "--platform",
    "deno",
    "--output",
    "dist/socklab.js",
    "scripts/bundle_main.ts",
  ]);
});

Deno.test("the smoke test runs a bundle through Deno and a compiled binary directly", () => {
  assertEquals(launcher("/tmp/x/socklab.js", ["demo"]), {
    command: Deno.execPath(),
    args: [...BUNDLE_RUN_ARGS, "/tmp/x/socklab.js", "demo"],
  });
  assertEquals(launcher("/tmp/x/socklab", ["--version"]), {
    command: "/tmp/x/socklab",
    args: ["--version"],
  });
  assertEquals(buildPath("bundle"), "dist/socklab.js");
  assertEquals(
    buildPath("compiled"),
    Deno.build.os === "windows" ? "dist/socklab.exe" : "dist/socklab",
  );
  assertEquals(buildPath("dist/socklab-aarch64-apple-darwin"), "dist/socklab-aarch64-apple-darwin");
});

Deno.test("a release binary is built only on a runner of its own target", () => {
  assertEquals(cannotBuild("x86_64-apple-darwin", "x86_64-apple-darwin"), undefined);
  assertEquals(cannotBuild("aarch64-pc-windows-msvc", "aarch64-pc-windows-msvc"), undefined);
  assertEquals(
    cannotBuild("aarch64-pc-windows-msvc", "x86_64-pc-windows-msvc"),
    "this runner is x86_64-pc-windows-msvc: build aarch64-pc-windows-msvc on its own runner, never cross-compiled",
  );
  assertEquals(
    cannotBuild("x86_64-apple-darwin", "aarch64-apple-darwin"),
    "this runner is aarch64-apple-darwin: build x86_64-apple-darwin on its own runner, never cross-compiled",
  );
  assert(cannotBuild("riscv64-linux", "riscv64-linux")?.startsWith("unknown target riscv64-linux"));
});

Deno.test("SHA256SUMS lists every published file but itself, sorted, as sha256sum -c reads it", async () => {
  const dir = await Deno.makeTempDir({ prefix: "socklab-sums-" });
  try {
    await Deno.writeTextFile(join(dir, "socklab.js"), "abc");
    await Deno.writeTextFile(join(dir, "LICENSE"), "");
    await Deno.writeTextFile(join(dir, CHECKSUMS), "old");
    await Deno.mkdir(join(dir, "folder"));
    assertEquals(
      await checksums(dir),
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  LICENSE\n" +
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  socklab.js\n",
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("every release ships socklab's licence and the notices of the standard library it bundles", async () => {
  for (const notice of NOTICES) {
    assert((await Deno.stat(join(ROOT, notice.from))).isFile, notice.from);
  }
  assertMatch(await Deno.readTextFile(join(ROOT, "LICENSE")), /^MIT License/);
});

Deno.test("deno task install installs the bundle as socklab, with the binaries' flags", () => {
  assertEquals(installArgs(), [
    "install",
    "--global",
    "--force",
    "--name",
    "socklab",
    ...BUNDLE_RUN_ARGS.slice(1),
    "dist/socklab.js",
  ]);
});

Deno.test({
  name:
    "after deno task install, socklab runs from any folder (not under Wine: the esbuild deno bundle runs is a Go program, and Go's runtime needs bcryptprimitives.dll, which Wine lacks)",
  ignore: Deno.build.os === "windows" && Deno.env.has("WINEPREFIX"),
  fn: installedSocklabRuns,
});

async function installedSocklabRuns() {
  const root = await Deno.makeTempDir({ prefix: "socklab-install-" });
  try {
    const install = await new Deno.Command(Deno.execPath(), {
      args: ["task", "--quiet", "install"],
      cwd: ROOT,
      env: { DENO_INSTALL_ROOT: root, NO_COLOR: "1" },
      stdin: "null",
    }).output();
    assertEquals(install.code, 0, new TextDecoder().decode(install.stderr));
    // On Windows deno install writes a .cmd launcher, which only cmd runs.
    const launcher = Deno.build.os === "windows"
      ? { command: "cmd", args: ["/c", join(root, "bin", "socklab.cmd"), "--version"] }
      : { command: join(root, "bin", "socklab"), args: ["--version"] };
    const { code, stdout } = await new Deno.Command(launcher.command, {
      args: launcher.args,
      cwd: root,
    }).output();
    assertEquals(code, 0);
    assertMatch(new TextDecoder().decode(stdout), /^socklab \d+\.\d+\.\d+ /);
  } finally {
    await Deno.remove(root, { recursive: true });
  }
}

Deno.test("the bundle task also makes dist/check.js, the checks as one file for teachers", () => {
  assertEquals(bundleArgs(CHECK_BUNDLE_PATH, "check.ts"), [
    "bundle",
    "--platform",
    "deno",
    "--output",
    "dist/check.js",
    "check.ts",
  ]);
  assertEquals(config.exports["./check"], "./check.ts");
});

Deno.test("a release missing a target tells the workflow so: complete=false and the targets, for a pre-release", () => {
  assertEquals(workflowOutputs([]), "complete=true\nmissing=\n");
  assertEquals(
    workflowOutputs(["x86_64-apple-darwin", "aarch64-pc-windows-msvc"]),
    "complete=false\nmissing=x86_64-apple-darwin aarch64-pc-windows-msvc\n",
  );
});

Deno.test("the bundle asks Deno for every permission its flags grant", () => {
  assertEquals(descriptorsOf("--allow-net"), [{ name: "net", host: undefined }]);
  assertEquals(descriptorsOf("--allow-sys=networkInterfaces"), [
    { name: "sys", kind: "networkInterfaces" },
  ]);
  assertEquals(descriptorsOf("--allow-env=SOCKLAB_LANG,LANG"), [
    { name: "env", variable: "SOCKLAB_LANG" },
    { name: "env", variable: "LANG" },
  ]);
  assertEquals(RUN_PERMISSIONS.flatMap(descriptorsOf).length, 8);
});

Deno.test("the bundle names the flags Deno did not grant, --unstable-net first when its APIs are absent", () => {
  const granted: Query = () => "granted";
  assertEquals(missingFlags(granted, true), []);
  assertEquals(missingFlags(() => "prompt", false), [...UNSTABLE_FLAGS, ...RUN_PERMISSIONS]);
  const noLang: Query = (descriptor) =>
    descriptor.name === "env" && descriptor.variable === "LANG" ? "denied" : "granted";
  assertEquals(missingFlags(noLang, true), [
    "--allow-env=SOCKLAB_LANG,LC_ALL,LC_MESSAGES,LANG",
  ]);
});

Deno.test("the bundle speaks the language of --lang, else of the locale it may read, else of the system's", () => {
  const none = () => undefined;
  assertEquals(guardLang(["demo", "--lang", "es"], none, "en-US"), "es");
  assertEquals(guardLang(["--lang=en", "demo"], () => "es_ES.UTF-8", "es-ES"), "en");
  assertEquals(
    guardLang(["demo"], (name) => name === "LANG" ? "es_AR.UTF-8" : undefined, "en"),
    "es",
  );
  assertEquals(guardLang(["demo"], none, "es-ES"), "es");
  assertEquals(guardLang(["demo"], none, "en-US-u-va-posix"), "en");
});

Deno.test("the line the bundle shows runs that very file with its flags and the user's own words", () => {
  const flags = BUNDLE_RUN_ARGS.join(" ");
  assertEquals(runLine("socklab.js", ["demo"]), `deno ${flags} socklab.js demo`);
  assertEquals(
    runLine(
      "C:\\Users\\Ana María\\socklab.js",
      ["tcp-client", "--message", "hola mundo"],
      "windows",
    ),
    `deno ${flags} "C:\\Users\\Ana María\\socklab.js" tcp-client --message "hola mundo"`,
  );
  // Pasted, the line sends what was typed: no $5 expanded, no `x` run, no quote lost.
  const typed = 'cuesta $5 `x` "q" it\'s';
  assertEquals(
    runLine("socklab.js", ["tcp-client", "--message", typed], "linux").split(" --message ")[1],
    `'cuesta $5 \`x\` "q" it'\\''s'`,
  );
  assertEquals(
    runLine("socklab.js", ["tcp-client", "--message", typed], "windows").split(" --message ")[1],
    `'cuesta $5 \`x\` "q" it''s'`,
  );
  assertEquals(
    missingFlagsMessage(["--unstable-net"], "en", "socklab.js", ["demo"]),
    "socklab: Deno did not grant socklab what it needs (--unstable-net) — run it with them, like this:\n\n" +
      `  deno ${flags} socklab.js demo\n`,
  );
});

Deno.test({
  name:
    "the bundle run with no permissions shows the deno run line it needs, in the user's language, and exits 2 (not under Wine: deno bundle's esbuild cannot run there)",
  ignore: Deno.build.os === "windows" && Deno.env.has("WINEPREFIX"),
  fn: bundleWithoutPermissions,
});

async function bundleWithoutPermissions(t: Deno.TestContext) {
  const folder = await Deno.makeTempDir({ prefix: "socklab-bare-" });
  const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  try {
    const bundled = await new Deno.Command(Deno.execPath(), {
      args: bundleArgs(join(folder, "socklab.js")),
      cwd: ROOT,
      stdin: "null",
      stdout: "null",
      stderr: "piped",
    }).output();
    assertEquals(bundled.code, 0, decode(bundled.stderr));
    // As a student types it, flags forgotten; no locale variable but those given (unset, not
    // empty: an empty LC_ALL is a locale of its own to the system).
    const inherited = Object.entries(Deno.env.toObject())
      .filter(([name]) => !/^(SOCKLAB_LANG|LANG|LANGUAGE|LC_\w+)$/.test(name));
    const bare = (env: Record<string, string>, ...args: string[]) =>
      new Deno.Command(Deno.execPath(), {
        args: ["run", "socklab.js", ...args],
        cwd: folder,
        clearEnv: true,
        env: { ...Object.fromEntries(inherited), NO_COLOR: "1", ...env },
        stdin: "null",
      }).output();
    const line = `  deno ${BUNDLE_RUN_ARGS.join(" ")} socklab.js demo\n`;
    const flags = [...UNSTABLE_FLAGS, ...RUN_PERMISSIONS].join(" ");
    const spanish = `socklab: Deno no concedió a socklab lo que necesita (${flags}); ` +
      `ejecútalo con ello, así:\n\n${line}`;
    const english = `socklab: Deno did not grant socklab what it needs (${flags}) — ` +
      `run it with them, like this:\n\n${line}`;

    await t.step("in Spanish when --lang es asks for it", async () => {
      const { code, stdout, stderr } = await bare({}, "demo", "--lang", "es");
      assertEquals(code, 2);
      assertEquals(decode(stdout), "");
      assertEquals(decode(stderr), spanish.replace("socklab.js demo", "socklab.js demo --lang es"));
    });
    // The locale variables cannot be read without --allow-env: the system's locale, which Deno
    // takes from them on Linux only (macOS and Windows have settings of their own), decides.
    await t.step({
      name: "in Spanish for LANG=es_ES.UTF-8, in English for LANG=en_US.UTF-8 (Linux)",
      ignore: Deno.build.os !== "linux",
      fn: async () => {
        const es = await bare({ LANG: "es_ES.UTF-8" }, "demo");
        assertEquals([es.code, decode(es.stderr)], [2, spanish]);
        const en = await bare({ LANG: "en_US.UTF-8" }, "demo");
        assertEquals([en.code, decode(en.stderr)], [2, english]);
      },
    });
  } finally {
    await Deno.remove(folder, { recursive: true });
  }
}
