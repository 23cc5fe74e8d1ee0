/**
 * Starts a new language: `deno run -A scripts/new_language.ts CODE [--mark]` writes
 * `lib/present/lang/CODE/`, one file per file of `lang/en/` with every text in English to be
 * translated (each checked complete against its English file by the type checker), and its
 * `index.ts`, then adds the one line of `lib/present/languages.ts` that makes `--lang CODE` work.
 * `--mark` puts `[CODE] ` before every text, to see where a language's texts are used (the tests
 * build a throwaway language that way).
 *
 * @module
 */
import { parseArgs } from "@std/cli/parse-args";
import { basename, fromFileUrl, join } from "@std/path";

const ROOT = fromFileUrl(new URL("..", import.meta.url));
const LANG = join(ROOT, "lib", "present", "lang");

/** An English text file: its export's name and its texts. */
interface TextFile {
  readonly file: string;
  readonly name: string;
  readonly texts: Record<string, string>;
}

/** The English files of `lang/en/`, but its index, in the index's order. */
async function englishFiles(): Promise<TextFile[]> {
  const index = await Deno.readTextFile(join(LANG, "en", "index.ts"));
  const files: TextFile[] = [];
  for (const [, name, file] of index.matchAll(/import \{ (\w+) \} from "\.\/([\w-]+\.ts)";/g)) {
    const module = await import(new URL(`file://${join(LANG, "en", file)}`).href);
    files.push({ file, name, texts: module[name] });
  }
  return files;
}

/** The source of one file of the new language. */
function textFile({ file, name, texts }: TextFile, code: string, mark: boolean): string {
  const lines = Object.entries(texts).map(([key, text]) =>
    `  ${JSON.stringify(key)}: ${JSON.stringify(mark ? `[${code}] ${text}` : text)},`
  );
  return [
    `import type { ${name} as english } from "../en/${file}";`,
    `import type { Texts } from "../texts.ts";`,
    "",
    `/** ${basename(file, ".ts")}: to be translated from English. */`,
    `export const ${name} = {`,
    ...lines,
    "} as const satisfies Texts<typeof english>;",
    "",
  ].join("\n");
}

function indexFile(files: readonly TextFile[], code: string): string {
  return [
    `/** The language "${code}": every text, by key, one file per lesson or topic. */`,
    `import type { Catalogue } from "../keys.ts";`,
    ...files.map(({ file, name }) => `import { ${name} } from "./${file}";`),
    "",
    `export const ${identifier(code)} = {`,
    ...files.map(({ name }) => `  ...${name},`),
    "} as const satisfies Catalogue;",
    "",
  ].join("\n");
}

/** The name a language's catalogue is exported as: its code (`pt-BR` → `ptBR`). */
function identifier(code: string): string {
  return code.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
}

/** Writes the language `code`'s folder and registers it. */
export async function newLanguage(code: string, mark = false): Promise<void> {
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(code)) {
    throw new Error(`not a language code: ${code}`);
  }
  const folder = join(LANG, code);
  await Deno.mkdir(folder); // fails if the language is there already
  const files = await englishFiles();
  for (const file of files) {
    await Deno.writeTextFile(join(folder, file.file), textFile(file, code, mark));
  }
  await Deno.writeTextFile(join(folder, "index.ts"), indexFile(files, code));
  const registry = join(ROOT, "lib", "present", "languages.ts");
  const name = identifier(code);
  const source = (await Deno.readTextFile(registry))
    .replace(
      /^(import \{ es \} from .*)$/m,
      `$1\nimport { ${name} } from "./lang/${code}/index.ts";`,
    )
    .replace(/^( {2}en,)$/m, `$1\n  ${code === name ? name : `"${code}": ${name}`},`);
  await Deno.writeTextFile(registry, source);
}

if (import.meta.main) {
  const args = parseArgs(Deno.args, { boolean: ["mark"] });
  const code = String(args._[0] ?? "");
  await newLanguage(code, args.mark);
  // deno-lint-ignore no-console -- a script run by hand says what it did
  console.log(`lib/present/lang/${code}/ written, and registered in lib/present/languages.ts`);
}
