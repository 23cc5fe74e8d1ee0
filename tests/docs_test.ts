/** docs/protocols.md is what anyone writes a client or a server from: it must match the code. */
import { assert, assertEquals } from "@std/assert";
import { tableProblems } from "./markdown_tables.ts";
import { join } from "@std/path";
import { DB_VERBS } from "../lib/course/db/protocol.ts";
import { TEXT_VERBS } from "../lib/course/text/protocol.ts";
import { CHAT_COMMANDS } from "../lib/course/apps/chat_protocol.ts";
import { FILE_ERRORS } from "../lib/course/apps/file_protocol.ts";
import type { VerbSpec, VerbTable } from "../lib/protocols/verbs.ts";
import { ROOT } from "./helpers.ts";
import { targetOutput, TARGETS } from "../scripts/build.ts";
import { runLine } from "../scripts/bundle_main.ts";
import { parseScript } from "../lib/check/parse_script.ts";
import { EXERCISE_SOURCES, EXERCISES } from "../lib/check/exercises.ts";
import { localized, MATCH_KINDS, PROBLEMS, STEP_KINDS } from "../lib/check/script.ts";
import { exercises } from "../check.ts";
import {
  CHECK_GUIDE,
  checkTables,
  generatedCheckGuide,
  generatedProtocols,
  generatedReadme,
  PROTOCOLS,
  protocolTables,
  README,
  readmeTables,
} from "../scripts/docs.ts";
import { MODES } from "../lib/course/modes.ts";

const doc = await Deno.readTextFile(join(ROOT, "docs", "protocols.md"));

/** The error codes a source file sends: every `refuse("code"`, `refusal("code"`, `Refusal("code"`. */
async function codesIn(...path: string[]): Promise<Set<string>> {
  const source = await Deno.readTextFile(join(ROOT, ...path));
  const codes = [...source.matchAll(/(?:refuse|refusal|Refusal)\(\s*"([a-z-]+)"/g)];
  return new Set(codes.map((match) => match[1]));
}

function assertDocumentsVerbs<Verb extends string>(table: VerbTable<Verb, VerbSpec>) {
  for (const verb of table.verbs) {
    for (const name of table.specs[verb].names) assert(doc.includes(`\`${name}\``), name);
    const args = table.specs[verb].args;
    if (args) assert(doc.includes(`\`${args}\``), `${verb}'s arguments ${args}`);
  }
}

Deno.test("docs/protocols.md names every verb of the text service and the database, with its arguments", () => {
  assertDocumentsVerbs(TEXT_VERBS);
  assertDocumentsVerbs(DB_VERBS);
});

Deno.test("docs/protocols.md names every error code the protocols send", async () => {
  const codes = [
    ...await codesIn("lib", "course", "text", "protocol.ts"),
    ...await codesIn("lib", "course", "db", "protocol.ts"),
    ...Object.keys(FILE_ERRORS),
    "too-long",
    "bad-utf8",
  ];
  assert(codes.length > 15, `found only ${codes.length} codes: the pattern no longer sees them`);
  for (const code of codes) assert(doc.includes(`\`${code}\``), code);
});

Deno.test("docs/protocols.md names every chat command", () => {
  for (const command of Object.values(CHAT_COMMANDS)) assert(doc.includes(`\`${command}`), command);
});

Deno.test("a table row cut by an unescaped bar or an open code span is found", () => {
  const table = "| Mode | What |\n| --- | --- |\n";
  assertEquals(tableProblems(table + "| `a` | `x\\|y` |\n"), []);
  assertEquals(tableProblems(table + "| `a` | `x|y` |\n"), [
    "line 3: 3 cells where the header has 2",
    'line 3: a code span left open in "`x"',
    'line 3: a code span left open in "y`"',
  ]);
  assertEquals(tableProblems(table + "| `a` | `--raw upper |\n"), [
    'line 3: a code span left open in "`--raw upper"',
  ]);
});

/** Every Markdown file of the project's documentation: the top folder's and docs/. */
const MARKDOWN = [
  ...[...Deno.readDirSync(ROOT)].map((entry) => entry.name),
  ...[...Deno.readDirSync(join(ROOT, "docs"))].map((entry) => `docs/${entry.name}`),
].filter((name) => name.endsWith(".md")).sort();

Deno.test("the documentation's Markdown files are all found", () => {
  for (const file of ["README.md", "ARCHITECTURE.md", "SECURITY.md", "docs/check.md"]) {
    assert(MARKDOWN.includes(file), file);
  }
});

for (const file of MARKDOWN) {
  Deno.test(`every table in ${file} keeps whole rows`, async () => {
    const text = await Deno.readTextFile(join(ROOT, ...file.split("/")));
    assertEquals(tableProblems(text), []);
  });
}

Deno.test("docs/check.md and its JSON Schema name every step and every way to judge a reply", async () => {
  const guide = await Deno.readTextFile(join(ROOT, "docs", "check.md"));
  const schema = JSON.parse(
    await Deno.readTextFile(join(ROOT, "docs", "check-script.schema.json")),
  );
  assertEquals(schema.$defs.step.properties.do.enum, [...STEP_KINDS]);
  assertEquals(Object.keys(schema.$defs.reply.properties), [...MATCH_KINDS]);
  for (const kind of STEP_KINDS) assert(guide.includes(`| \`${kind}\``), kind);
  for (const kind of MATCH_KINDS) assert(guide.includes(`{"${kind}":`), kind);
  for (const name of exercises) assert(guide.includes(`| \`${name}\``), name);
});

Deno.test("docs/check.md says what each stage of every exercise proves and what it cannot", async () => {
  const guide = await Deno.readTextFile(join(ROOT, "docs", "check.md"));
  const rows = guide.split("\n").filter((line) => line.startsWith("| "));
  for (const [name, script] of EXERCISES) {
    for (const stage of script.stages) {
      const title = localized(stage.title, "en");
      const row = rows.find((line) => line.startsWith(`| ${title} `));
      assert(row, `${name}: no row for "${title}"`);
      // The title, what a pass proves, what it cannot: three cells, none empty.
      const cells = row.split(" | ").map((cell) => cell.replace(/^\| |\s*\|$/g, "").trim());
      assertEquals(cells.filter(Boolean).length, 3, row);
    }
  }
});

Deno.test("the JSON Schema knows every field the built-in exercises use, and every problem", async () => {
  const schema = JSON.parse(
    await Deno.readTextFile(join(ROOT, "docs", "check-script.schema.json")),
  );
  assertEquals(schema.$defs.problems.items.enum, [...PROBLEMS]);
  const known = (fields: string[], where: Record<string, unknown>, what: string) => {
    for (const field of fields) assert(field in where, `${what}: ${field} is not in the schema`);
  };
  const steps = (list: Record<string, unknown>[], what: string) => {
    for (const step of list) {
      known(Object.keys(step), schema.$defs.step.properties, what);
      if (Array.isArray(step.steps)) steps(step.steps, what);
    }
  };
  for (const [name, source] of Object.entries(EXERCISE_SOURCES)) {
    const script = source as Record<string, unknown> & { stages: Record<string, unknown>[] };
    known(Object.keys(script), schema.properties, name);
    for (const stage of script.stages) {
      known(Object.keys(stage), schema.$defs.stage.properties, name);
      steps(stage.steps as Record<string, unknown>[], name);
    }
  }
});

Deno.test("the script in docs/check.md is a valid script", async () => {
  const guide = await Deno.readTextFile(join(ROOT, "docs", "check.md"));
  const example = /```json\n(\{\n {2}"name"[\s\S]*?)```/.exec(guide)?.[1];
  assert(example, "docs/check.md shows a script");
  assertEquals(parseScript(JSON.parse(example)).name, "mayus");
});

Deno.test("README's download section links the latest release and names a file for every release target", async () => {
  const readme = await Deno.readTextFile(join(ROOT, "README.md"));
  const download = readme.split("\n## Download\n")[1]?.split("\n## ")[0] ?? "";
  assert(download.includes("](../../releases/latest)"), "no link to ../../releases/latest");
  const rows = download.split("\n").filter((line) => line.startsWith("| "));
  for (const target of TARGETS) {
    const file = targetOutput(target).replace("dist/", "");
    assert(rows.some((row) => row.includes(`\`${file}\``)), `no row for ${file}`);
  }
  assert(rows.some((row) => row.includes("`socklab.js`")), "no row for the bundle");
});

Deno.test("README runs the bundle with the very line the bundle prints when run without it", async () => {
  const readme = await Deno.readTextFile(join(ROOT, "README.md"));
  const line = runLine("socklab.js", ["demo"]);
  assert(readme.includes(`\n${line}\n`), line);
});

Deno.test("README's tables of lessons, their sources and modes are those the manifests write (deno task docs)", async () => {
  const readme = await Deno.readTextFile(README);
  assertEquals(readme, await generatedReadme(readme), "README is stale: run deno task docs");
  // Each table lists what the course has: every mode, with its default port.
  const tables = readmeTables();
  for (const mode of MODES) assert(tables.modes.includes(`| \`${mode.name}\` |`), mode.name);
  assert(tables.modes.includes("| `text-server` | 54321 |"));
});

Deno.test("docs/protocols.md's verb tables are those the protocols' verb tables write (deno task docs)", async () => {
  const protocols = await Deno.readTextFile(PROTOCOLS);
  assertEquals(
    protocols,
    await generatedProtocols(protocols),
    "docs/protocols.md is stale: run deno task docs",
  );
  assert(protocolTables()["db-verbs"].includes("| `INCR`, `SUMA` | `key field n` |"));
});

Deno.test("docs/check.md's table of exercises is the one check's registry writes, each port its lesson's (deno task docs)", async () => {
  const guide = await Deno.readTextFile(CHECK_GUIDE);
  assertEquals(
    guide,
    await generatedCheckGuide(guide),
    "docs/check.md is stale: run deno task docs",
  );
  const table = checkTables().exercises;
  assert(table.includes("| `udp-ack` | 9999/udp |"), table);
  assert(table.includes("| `text-service` | 54321 |"), table);
});
