/**
 * The entry point of the bundle (`dist/socklab.js`). A bundle is started by hand, and
 * `deno run socklab.js demo` grants it nothing: every lesson would fail on its own missing
 * permission. So before socklab runs, this asks Deno (`Deno.permissions.querySync`, which needs no
 * permission) whether it granted the bundle's flags; when not, it prints the `deno run` line that
 * runs this very file with them, in the user's language, and exits 2. Without `--allow-env` the
 * locale variables cannot be read, so the language then comes from `navigator.language` (the
 * system's locale, which needs no permission). With every flag granted, it runs socklab as
 * `main.ts` does.
 *
 * @module
 */
import { fromFileUrl, relative } from "@std/path";
import { runProcess } from "../main.ts";
import { EXIT } from "../lib/exit_codes.ts";
import { translator } from "../lib/present/catalogue.ts";
import { type Lang, langFromEnv, LANGS } from "../lib/present/lang.ts";
import { BUNDLE_RUN_ARGS } from "./bundle.ts";
import { RUN_PERMISSIONS, UNSTABLE_FLAGS } from "./permissions.ts";

/** What Deno says of one permission: `granted`, `prompt` or `denied`. */
export type Query = (descriptor: Deno.PermissionDescriptor) => Deno.PermissionState;

/** The permissions an `--allow-…` flag grants, as `Deno.permissions` names them. */
export function descriptorsOf(flag: string): Deno.PermissionDescriptor[] {
  const [, name, list] = /^--allow-(net|read|write|sys|env)(?:=(.*))?$/.exec(flag) ?? [];
  if (!name) throw new Error(`no permission descriptor for ${flag}`);
  const values = list?.split(",") ?? [undefined];
  switch (name) {
    case "sys":
      return values.map((kind) => ({ name, kind: kind as Deno.SysPermissionDescriptor["kind"] }));
    case "env":
      return values.map((variable) => ({ name, variable }));
    case "net":
      return values.map((host) => ({ name, host }));
    default:
      return values.map((path) => ({ name: name as "read" | "write", path }));
  }
}

/**
 * The bundle's flags Deno did not grant: each `--allow-…` of which a permission is not `granted`,
 * and `--unstable-net` when its APIs are absent.
 */
export function missingFlags(query: Query, unstableNet: boolean): string[] {
  const missing: string[] = RUN_PERMISSIONS.filter((flag) =>
    descriptorsOf(flag).some((descriptor) => query(descriptor) !== "granted")
  );
  return unstableNet ? missing : [...UNSTABLE_FLAGS, ...missing];
}

/**
 * A word as the user's shell reads it back, so that pasting the line runs what was typed: bare
 * when plain; on Linux and macOS in single quotes, where nothing is expanded (`'\''` for a quote
 * in it); on Windows in double quotes, which cmd and PowerShell both read, unless the word has
 * what PowerShell would expand there (`$`, a backtick) or a double quote: then PowerShell's single
 * quotes (`''` for a quote in it).
 */
export function shellWord(word: string, os: typeof Deno.build.os = Deno.build.os): string {
  if (/^[\w./:=,@\\+-]+$/.test(word)) return word;
  if (os !== "windows") return `'${word.replaceAll("'", "'\\''")}'`;
  return /[$`"]/.test(word) ? `'${word.replaceAll("'", "''")}'` : `"${word}"`;
}

/** The command that runs the bundle at `script` with its flags and the user's `args`. */
export function runLine(
  script: string,
  args: readonly string[],
  os: typeof Deno.build.os = Deno.build.os,
): string {
  return ["deno", ...BUNDLE_RUN_ARGS, script, ...args].map((word) => shellWord(word, os)).join(" ");
}

/**
 * The language to say it in: `--lang` when given, else the locale the variables Deno lets us read
 * name, else the system's (`navigator.language`).
 */
export function guardLang(
  args: readonly string[],
  env: (name: string) => string | undefined,
  systemLocale: string,
): Lang {
  const at = args.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  const asked = at < 0 ? undefined : args[at].split("=")[1] ?? args[at + 1];
  if (asked && (LANGS as readonly string[]).includes(asked)) return asked as Lang;
  return langFromEnv(env, systemLocale);
}

/** The bundle's path as the user can type it: relative to where they stand when it is below. */
function scriptPath(): string {
  const path = fromFileUrl(Deno.mainModule);
  try {
    const below = relative(Deno.cwd(), path);
    return below.startsWith("..") ? path : below;
  } catch {
    return path;
  }
}

/** What the bundle says when it lacks flags: the reason, and the line that runs it. */
export function missingFlagsMessage(
  missing: readonly string[],
  lang: Lang,
  script: string,
  args: readonly string[],
): string {
  const why = translator(lang)("error.bundleNeedsFlags", { flags: missing.join(" ") });
  return `socklab: ${why}\n\n  ${runLine(script, args)}\n`;
}

if (import.meta.main) {
  const query: Query = (descriptor) => Deno.permissions.querySync(descriptor).state;
  const missing = missingFlags(query, typeof Deno.listenDatagram === "function");
  if (missing.length > 0) {
    const env = (name: string) =>
      query({ name: "env", variable: name }) === "granted" ? Deno.env.get(name) : undefined;
    const lang = guardLang(Deno.args, env, navigator.language);
    const message = missingFlagsMessage(missing, lang, scriptPath(), Deno.args);
    Deno.stderr.writeSync(new TextEncoder().encode(message));
    Deno.exit(EXIT.usage);
  }
  await runProcess(Deno.args);
}
