/**
 * A third language is one folder of texts and one line: in a copy of the sources,
 * `scripts/new_language.ts xx --mark` builds a throwaway language from English (every text marked
 * `[xx]`), and then the program type-checks, and every mode's help, every text (the errors among
 * them) and every check exercise renders in it.
 */
import { assertEquals, assertStringIncludes } from "@std/assert";
import { join } from "@std/path";
import { copyOfSources, denoIn as deno } from "./source_copy.ts";

/** Checks, run inside the copy with the new language in place; prints `ok` when all hold. */
const PROBE = `
import { assert, assertEquals } from "@std/assert";
import { captureIo, main } from "./main.ts";
import { MODES } from "./lib/course/modes.ts";
import { EXERCISE_SOURCES } from "./lib/check/exercises.ts";
import { LANGUAGES } from "./lib/present/languages.ts";
import { LANGS } from "./lib/present/lang.ts";

assert(LANGS.includes("xx" as never), "xx is offered by --lang");
const xx = (LANGUAGES as unknown as Record<string, Record<string, string>>).xx;
for (const [key, text] of Object.entries(LANGUAGES.en)) {
  assertEquals(xx[key], "[xx] " + text, key);
}
const run = async (args: string[]) => {
  const io = captureIo();
  const code = await main(args, io, "en");
  return { code, out: io.stdoutText(), err: io.stderrText() };
};
const general = await run(["--help", "--lang", "xx"]);
assertEquals(general.code, 0);
assert(general.out.split("[xx]").length > MODES.length, general.out);
for (const mode of MODES) {
  const help = await run([mode.name, "--help", "--lang", "xx"]);
  assertEquals(help.code, 0, mode.name);
  // The summary, and a line for every option, each in the new language.
  const marked = help.out.split("[xx]").length - 1;
  assert(marked > Object.keys(mode.specs).length, mode.name + ": " + marked);
}
const usage = await run(["tcp-server", "--port", "70000", "--lang", "xx"]);
assertEquals(usage.code, 2);
assert(usage.err.includes("[xx]"), usage.err);
const list = await run(["check", "--list", "--lang", "xx"]);
assertEquals(list.code, 0);
assert(list.out.includes("[xx]"), list.out);
for (const name of Object.keys(EXERCISE_SOURCES)) {
  const shown = JSON.parse((await run(["check", "--show", name])).out);
  assert(shown.title.xx.startsWith("[xx] "), name);
}
const refused = await run(["check", "hello", "--port", "1", "--lang", "xx"]);
assertEquals(refused.code, 1);
assert(refused.out.includes("[xx]"), refused.out);
console.log("ok");
`;

Deno.test("a throwaway language built from English is one folder and one line: it type-checks, and every help, text and exercise renders in it", async () => {
  const dir = await copyOfSources("socklab-language-");
  try {
    const made = await deno(dir, "run", "-A", "scripts/new_language.ts", "xx", "--mark");
    assertEquals(made.code, 0, made.out);
    assertStringIncludes(
      await Deno.readTextFile(join(dir, "lib", "present", "languages.ts")),
      'import { xx } from "./lang/xx/index.ts";',
    );
    const checked = await deno(dir, "check", "main.ts", "check.ts");
    assertEquals(checked.code, 0, checked.out);
    await Deno.writeTextFile(join(dir, "probe_xx.ts"), PROBE);
    const probed = await deno(dir, "run", "-A", "probe_xx.ts");
    assertEquals([probed.code, probed.out.trim().split("\n").at(-1)], [0, "ok"], probed.out);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
