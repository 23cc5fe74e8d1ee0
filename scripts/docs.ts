/**
 * Writes the documentation's generated tables: README's lessons and modes from the course's
 * manifests, the built-in exercises (README and docs/check.md, their ports from the lessons they
 * grade) from check's registry, docs/protocols.md's verbs and the file protocol's error codes from the protocols' tables
 * (`deno task docs`). Each
 * table sits between `<!-- docs:NAME -->` and `<!-- /docs:NAME -->`; a test fails when one is
 * stale, so a new lesson, mode or verb reaches the documentation by its own folder alone.
 *
 * @module
 */
import { fromFileUrl, join } from "@std/path";
import { EXERCISE_DOCS, EXERCISES } from "../lib/check/exercises.ts";
import { FILE_ERRORS } from "../lib/course/apps/file_protocol.ts";
import { DB_VERBS } from "../lib/course/db/protocol.ts";
import { GROUPS } from "../lib/course/modes.ts";
import { TEXT_VERBS } from "../lib/course/text/protocol.ts";
import type { VerbSpec, VerbTable } from "../lib/protocols/verbs.ts";

const ROOT = fromFileUrl(new URL("..", import.meta.url));
/** README's path. */
export const README = join(ROOT, "README.md");
/** docs/protocols.md's path. */
export const PROTOCOLS = join(ROOT, "docs", "protocols.md");
/** docs/check.md's path. */
export const CHECK_GUIDE = join(ROOT, "docs", "check.md");

/** Each built-in exercise's name in code, with its docs and its script. */
function builtIns() {
  return [...EXERCISES].map(([name, script]) => {
    const { brief, checks, source } = EXERCISE_DOCS[name];
    return { name, script, brief, checks, source };
  });
}

/** The built-in exercises for README: what each checks in a few words, and where it comes from. */
function exercisesBrief(): string {
  return tableOf(
    ["Exercise", "What it checks", "Course document"],
    builtIns().map((exercise) => [`\`${exercise.name}\``, exercise.brief, exercise.source]),
  );
}

/** The built-in exercises for docs/check.md: their ports too, and what each checks in full. */
export function checkTables(): Record<string, string> {
  return {
    exercises: tableOf(
      ["Exercise", "Port", "What it checks", "Course document"],
      builtIns().map(({ name, script, checks, source }) => [
        `\`${name}\``,
        `${script.port}${script.transport === "udp" ? "/udp" : ""}`,
        checks,
        source,
      ]),
    ),
  };
}

/** A Markdown table: a header row, the rule, the rows; `|` in a cell escaped. */
function tableOf(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell) => cell.replaceAll("|", "\\|")).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** Each generated table of README, by name, unformatted. */
export function readmeTables(): Record<string, string> {
  const lessons = GROUPS.flatMap((group) => group.readme.lessons);
  const modes = GROUPS.flatMap((group) => group.modes.map((mode) => ({ mode, group })));
  return {
    lessons: tableOf(
      ["Lesson", "Commands", "What to watch for"],
      lessons.map((row) => [row.lesson, row.commands, row.watch]),
    ),
    sources: tableOf(["Lesson", "Course document"], lessons.map((row) => [row.lesson, row.source])),
    exercises: exercisesBrief(),
    modes: tableOf(
      ["Mode", "Default port", "What it does"],
      modes.map(({ mode, group }) => {
        const spec = mode.specs.port;
        const port = spec && "default" in spec ? spec.default : undefined;
        const about = group.readme.modes[mode.name];
        if (about === undefined) {
          throw new Error(`${mode.name}: its manifest's readme says nothing`);
        }
        return [
          `\`${mode.name}\``,
          typeof port === "number" && port > 0 ? String(port) : "—",
          about,
        ];
      }),
    ),
  };
}

/** A protocol's verbs: their words, their arguments when `withArgs`, what each replies. */
function verbTable<Verb extends string>(
  table: VerbTable<Verb, VerbSpec>,
  withArgs: boolean,
): string {
  const specs = table.verbs.map((verb) => table.specs[verb]);
  return tableOf(
    withArgs ? ["Verb", "Arguments", "Reply"] : ["Verb", "Reply"],
    specs.map((spec) => {
      const words = spec.names.map((name) => `\`${name}\``).join(", ");
      return withArgs ? [words, spec.args ? `\`${spec.args}\`` : "", spec.doc] : [words, spec.doc];
    }),
  );
}

/** Each generated table of docs/protocols.md, by name, unformatted. */
export function protocolTables(): Record<string, string> {
  return {
    "text-verbs": verbTable(TEXT_VERBS, false),
    "db-verbs": verbTable(DB_VERBS, true),
    "file-errors": tableOf(
      ["Code", "When"],
      Object.entries(FILE_ERRORS).map(([code, when]) => [`\`${code}\``, when]),
    ),
  };
}

/** `document` with each generated table put between its markers. */
export function withTables(document: string, tables: Record<string, string>): string {
  let text = document;
  for (const [name, content] of Object.entries(tables)) {
    const start = `<!-- docs:${name} -->`;
    const end = `<!-- /docs:${name} -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from < 0 || to < from) throw new Error(`no ${start} … ${end} in the document`);
    text = `${text.slice(0, from + start.length)}\n\n${content}\n\n${text.slice(to)}`;
  }
  return text;
}

/** `markdown` as `deno fmt` lays it out (tables aligned). */
export async function formatted(markdown: string): Promise<string> {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["fmt", "--ext", "md", "-"],
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(markdown));
  await writer.close();
  const { code, stdout, stderr } = await child.output();
  if (code !== 0) throw new Error(`deno fmt: ${new TextDecoder().decode(stderr)}`);
  return new TextDecoder().decode(stdout);
}

/** README as it should be: its tables generated from the manifests, formatted. */
export async function generatedReadme(readme: string): Promise<string> {
  return await formatted(withTables(readme, readmeTables()));
}

/** docs/protocols.md as it should be: its verb tables generated from the protocols, formatted. */
export async function generatedProtocols(protocols: string): Promise<string> {
  return await formatted(withTables(protocols, protocolTables()));
}

/** docs/check.md as it should be: its table of exercises generated from them, formatted. */
export async function generatedCheckGuide(guide: string): Promise<string> {
  return await formatted(withTables(guide, checkTables()));
}

if (import.meta.main) {
  await Deno.writeTextFile(
    CHECK_GUIDE,
    await generatedCheckGuide(await Deno.readTextFile(CHECK_GUIDE)),
  );
  await Deno.writeTextFile(README, await generatedReadme(await Deno.readTextFile(README)));
  await Deno.writeTextFile(
    PROTOCOLS,
    await generatedProtocols(await Deno.readTextFile(PROTOCOLS)),
  );
}
