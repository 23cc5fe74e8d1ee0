/**
 * Writes README's generated tables from the course's manifests: `deno task docs`. Each table sits
 * between `<!-- docs:NAME -->` and `<!-- /docs:NAME -->`; a test fails when one is stale, so a
 * new lesson or mode reaches README by its manifest alone.
 *
 * @module
 */
import { fromFileUrl, join } from "@std/path";
import { GROUPS } from "../lib/course/modes.ts";

/** README's path. */
export const README = join(fromFileUrl(new URL("..", import.meta.url)), "README.md");

/** A Markdown table: a header row, the rule, the rows; `|` in a cell escaped. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell) => cell.replaceAll("|", "\\|")).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** Each generated table of README, by name, unformatted. */
export function readmeTables(): Record<string, string> {
  const lessons = GROUPS.flatMap((group) => group.readme.lessons);
  const modes = GROUPS.flatMap((group) => group.modes.map((mode) => ({ mode, group })));
  return {
    lessons: table(
      ["Lesson", "Commands", "What to watch for"],
      lessons.map((row) => [row.lesson, row.commands, row.watch]),
    ),
    sources: table(["Lesson", "Course document"], lessons.map((row) => [row.lesson, row.source])),
    modes: table(
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

/** `readme` with each generated table put between its markers. */
export function withTables(readme: string, tables: Record<string, string>): string {
  let text = readme;
  for (const [name, content] of Object.entries(tables)) {
    const start = `<!-- docs:${name} -->`;
    const end = `<!-- /docs:${name} -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from < 0 || to < from) throw new Error(`README has no ${start} … ${end}`);
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

if (import.meta.main) {
  const readme = await Deno.readTextFile(README);
  await Deno.writeTextFile(README, await generatedReadme(readme));
}
