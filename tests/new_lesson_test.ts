/**
 * A new lesson is its folder, its texts and the lines that register it: in a copy of the sources,
 * `scripts/new_lesson.ts clock 7070` makes one from the template, and then it type-checks, shows
 * in `--help` under its own heading, passes in the demo, and reaches README's generated tables —
 * with no other file touched.
 */
import { assert, assertEquals, assertStringIncludes } from "@std/assert";
import { walk } from "@std/fs/walk";
import { join, relative, SEPARATOR } from "@std/path";
import { ROOT } from "./helpers.ts";
import { copyOfSources, denoIn } from "./source_copy.ts";

/** Each file under `root`'s lib/ (and README), by project path, with its text. */
async function sources(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for await (const entry of walk(join(root, "lib"), { includeDirs: false })) {
    files.set(
      relative(root, entry.path).split(SEPARATOR).join("/"),
      await Deno.readTextFile(entry.path),
    );
  }
  files.set("README.md", await Deno.readTextFile(join(root, "README.md")));
  return files;
}

/** The lines of `after` that `before` does not have, and how many of `before`'s it lost. */
function linesAdded(before: string, after: string): { added: string[]; lost: number } {
  const old = before.split("\n");
  const added = after.split("\n").filter((line) => !old.includes(line));
  const kept = new Set(after.split("\n"));
  return { added, lost: old.filter((line) => !kept.has(line)).length };
}

const PROBE = `
import { assert, assertEquals } from "@std/assert";
import { captureIo, main } from "./main.ts";

const run = async (args: string[]) => {
  const io = captureIo();
  const code = await main(args, io, "en");
  return { code, out: io.stdoutText(), err: io.stderrText() };
};
const help = await run(["--help"]);
const lines = help.out.split("\\n");
const heading = lines.findIndex((line) => line.trim() === "Clock: a server that greets, and its client");
assert(heading > 0, help.out);
assert(lines[heading + 1].trim().startsWith("clock-server "), help.out);
assert(lines[heading + 2].trim().startsWith("clock-client "), help.out);
const modeHelp = await run(["clock-server", "--help", "--lang", "es"]);
assertEquals(modeHelp.code, 0);
assert(modeHelp.out.includes("7070"), modeHelp.out);
const demo = await run(["demo", "--lesson", "clock-greeting"]);
assertEquals(demo.code, 0, demo.out + demo.err);
assert(demo.out.includes("Clock: the server greets its client"), demo.out);
console.log("ok");
`;

Deno.test("a lesson made from the template shows in help, passes in the demo and reaches README, touching only its folder, its texts and the registry lines", async () => {
  const dir = await copyOfSources("socklab-lesson-");
  try {
    const made = await denoIn(dir, "run", "-A", "scripts/new_lesson.ts", "clock", "7070");
    assertEquals(made.code, 0, made.out);
    const checked = await denoIn(dir, "check", "main.ts", "check.ts");
    assertEquals(checked.code, 0, checked.out);
    const docs = await denoIn(dir, "run", "-A", "scripts/docs.ts");
    assertEquals(docs.code, 0, docs.out);
    await Deno.writeTextFile(join(dir, "probe_clock.ts"), PROBE);
    const probed = await denoIn(dir, "run", "-A", "probe_clock.ts");
    assertEquals([probed.code, probed.out.trim().split("\n").at(-1)], [0, "ok"], probed.out);

    const readme = await Deno.readTextFile(join(dir, "README.md"));
    assertStringIncludes(readme, "| Clock: a greeting ");
    assert(/\| `clock-server` +\| 7070 +\| Greets each client/.test(readme));

    // What changed: new files in the lesson's folder and each language's folder; one or two
    // lines in each registry; README's generated tables. Nothing else.
    const before = await sources(ROOT);
    const after = await sources(dir);
    const created = [...after.keys()].filter((path) => !before.has(path)).sort();
    assertEquals(created, [
      "lib/course/clock/clock-client.ts",
      "lib/course/clock/clock-server.ts",
      "lib/course/clock/lessons.ts",
      "lib/course/clock/manifest.ts",
      "lib/present/lang/en/clock.ts",
      "lib/present/lang/es/clock.ts",
    ]);
    const changed = [...before.keys()].filter((path) => after.get(path) !== before.get(path));
    assertEquals(changed.sort(), [
      "README.md",
      "lib/course/course.ts",
      "lib/present/lang/en/index.ts",
      "lib/present/lang/es/index.ts",
      "lib/run/ports.ts",
    ]);
    for (const path of changed.filter((path) => path !== "README.md")) {
      const { added, lost } = linesAdded(before.get(path)!, after.get(path)!);
      assert(added.length <= 2 && lost <= 1, `${path}: ${added.join(" / ")}`);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
