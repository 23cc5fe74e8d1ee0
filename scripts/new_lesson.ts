/**
 * Starts a new lesson from the template in `scripts/templates/lesson/`:
 * `deno run -A scripts/new_lesson.ts NAME PORT` writes `lib/course/NAME/` (a server that greets,
 * its client, the demo's lesson and the manifest), its texts in every language's folder (in
 * English, to be translated), and the lines that register it: the course's list of folders, each
 * language's index and the table of ports. Then `deno task docs` puts it in README. It is where a
 * real lesson starts, and how the tests prove a lesson needs nothing else.
 *
 * @module
 */
import { fromFileUrl, join } from "@std/path";

const ROOT = fromFileUrl(new URL("..", import.meta.url));
const TEMPLATE = join(ROOT, "scripts", "templates", "lesson");

/** The template's files and where each goes in the lesson's folder. */
const FILES = {
  "server.ts.template": "NAME-server.ts",
  "client.ts.template": "NAME-client.ts",
  "lessons.ts.template": "lessons.ts",
  "manifest.ts.template": "manifest.ts",
} as const;

/** `text` with the lesson's name in place of the template's. */
function named(text: string, name: string): string {
  return text.replaceAll("__Lesson__", name[0].toUpperCase() + name.slice(1))
    .replaceAll("__lesson__", name);
}

/** `path`'s text with `line` added after the last line that `after` matches. */
async function addLine(path: string, after: RegExp, line: string): Promise<void> {
  const lines = (await Deno.readTextFile(path)).split("\n");
  const at = lines.findLastIndex((text) => after.test(text));
  if (at < 0) throw new Error(`${path}: no line where ${line} goes`);
  lines.splice(at + 1, 0, line);
  await Deno.writeTextFile(path, lines.join("\n"));
}

/** Writes the lesson `name` (its servers on `port`) and registers it. */
export async function newLesson(name: string, port: number): Promise<void> {
  if (!/^[a-z][a-z0-9]*$/.test(name)) {
    throw new Error(`a lesson's name is lower-case letters: ${name}`);
  }
  const folder = join(ROOT, "lib", "course", name);
  await Deno.mkdir(folder); // fails if the lesson is there already
  for (const [template, file] of Object.entries(FILES)) {
    const text = await Deno.readTextFile(join(TEMPLATE, template));
    await Deno.writeTextFile(join(folder, file.replace("NAME", name)), named(text, name));
  }
  const texts = named(await Deno.readTextFile(join(TEMPLATE, "texts.ts.template")), name);
  const lang = join(ROOT, "lib", "present", "lang");
  for (const { name: code, isDirectory } of Deno.readDirSync(lang)) {
    if (!isDirectory) continue;
    const translated = code === "en" ? texts : [
      `import type { ${name}Texts as english } from "../en/${name}.ts";`,
      `import type { Texts } from "../texts.ts";`,
      "",
      texts.replace("} as const;", "} as const satisfies Texts<typeof english>;"),
    ].join("\n");
    await Deno.writeTextFile(join(lang, code, `${name}.ts`), translated);
    const index = join(lang, code, "index.ts");
    await addLine(
      index,
      /^import \{ \w+ \} from "\.\//,
      `import { ${name}Texts } from "./${name}.ts";`,
    );
    await addLine(index, /^ {2}\.\.\.\w+,$/, `  ...${name}Texts,`);
  }
  const course = join(ROOT, "lib", "course", "course.ts");
  await addLine(
    course,
    /^import \{ manifest as /,
    `import { manifest as ${name} } from "./${name}/manifest.ts";`,
  );
  const source = await Deno.readTextFile(course);
  await Deno.writeTextFile(
    course,
    source.replace(/(export const LESSON_FOLDERS = \[[^\]]*)\]/, `$1, ${name}]`),
  );
  await addLine(join(ROOT, "lib", "run", "ports.ts"), /^ {2}\w+: \d+,$/, `  ${name}: ${port},`);
}

if (import.meta.main) {
  const [name, port] = Deno.args;
  await newLesson(name ?? "", Number(port ?? 7000));
  // deno-lint-ignore no-console -- a script run by hand says what it did
  console.log(`lib/course/${name}/ written and registered; run deno task docs for README`);
}
