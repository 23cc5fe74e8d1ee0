import { parseArgs } from "@std/cli/parse-args";
import { UsageError } from "../errors.ts";
import { isPlainKey, type PlainKey, type Translate, translator } from "../present/catalogue.ts";
import { type Lang, LANGS } from "../present/lang.ts";
import { kindOf } from "./kinds.ts";
import { type CommonOptions, flagName, type Mode, type OptionSpec } from "./spec.ts";
import { closest } from "./suggest.ts";

/** What the command line asks for. */
export type Command =
  | { readonly kind: "help"; readonly lang: Lang }
  | { readonly kind: "version"; readonly lang: Lang }
  | { readonly kind: "mode-help"; readonly mode: Mode<CommonOptions>; readonly lang: Lang }
  | { readonly kind: "run"; readonly mode: Mode<CommonOptions>; readonly options: CommonOptions };

const HELP_FLAGS = new Set(["--help", "-h"]);
const VERSION_FLAGS = new Set(["--version", "-V"]);

/** The `--lang` asked for anywhere on the command line, so even usage errors speak it. */
export function langFromArgs(argv: readonly string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === "--lang" ? argv[i + 1] : /^--lang=(.*)$/.exec(argv[i])?.[1];
    const lang = LANGS.find((candidate) => candidate === value?.toLowerCase());
    if (lang) return lang;
  }
  return undefined;
}

/** Every flag any mode knows, and whether it takes a value: what can stand before the mode. */
function knownFlags(modes: readonly Mode<CommonOptions>[]): Map<string, boolean> {
  const flags = new Map<string, boolean>([["--mode", true]]);
  for (const flag of [...HELP_FLAGS, ...VERSION_FLAGS]) flags.set(flag, false);
  for (const mode of modes) {
    for (const [name, spec] of Object.entries(mode.specs)) {
      for (const flag of spec.short ? [flagName(name), spec.short] : [flagName(name)]) {
        flags.set(flag, kindOf(spec).takesValue || (flags.get(flag) ?? false));
      }
    }
  }
  return flags;
}

/**
 * Splits the mode name from the rest of the arguments: the first word that is neither an option
 * nor an option's value (`socklab --lang en tcp-server` as well as `socklab tcp-server --lang en`),
 * or `--mode NAME` anywhere. Before the mode, an option no mode knows is a mistake of its own.
 */
function takeModeName(
  argv: readonly string[],
  modes: readonly Mode<CommonOptions>[],
  t: Translate,
): { name?: string; rest: string[] } {
  const flags = knownFlags(modes);
  const rest = [...argv];
  let name: string | undefined;
  for (let i = 0; i < rest.length && name === undefined; i++) {
    const word = rest[i];
    if (word === "--") break;
    if (!word.startsWith("-") || word === "-") {
      name = word;
      rest.splice(i, 1);
    } else if (!word.includes("=")) {
      if (!flags.has(word)) throw unknownOption(word, flags, t);
      if (flags.get(word)) i++;
    }
  }
  for (let i = 0; i < rest.length; i++) {
    let value: string | undefined;
    if (rest[i] === "--mode") {
      value = rest[i + 1];
      if (value === undefined || value.startsWith("-")) {
        throw new UsageError(
          t("usage.missingValue", { mode: "socklab", option: "--mode", form: "--mode MODE" }),
        );
      }
      rest.splice(i, 2);
    } else if (rest[i].startsWith("--mode=")) {
      value = rest[i].slice("--mode=".length);
      rest.splice(i, 1);
    } else {
      continue;
    }
    if (name !== undefined && name !== value) {
      throw new UsageError(t("usage.modeTwice", { first: name, second: value }));
    }
    name = value;
    i--;
  }
  return { name, rest };
}

/** An option no mode has, given before any mode: `socklab -v`. */
function unknownOption(option: string, flags: Map<string, boolean>, t: Translate): UsageError {
  const match = closest(option, flags.keys());
  // A short form is a guess at the long one: -v means --version far more often than -V.
  const name = match === "-V" ? "--version" : match === "-h" ? "--help" : match;
  const suggestion = name ? t("usage.didYouMean", { name }) : "";
  return new UsageError(t("usage.unknownGlobalOption", { option, suggestion }));
}

/**
 * Reads the whole command line: which mode, and its options checked and converted. Every mistake
 * is a {@linkcode UsageError} naming the option and its valid form, thrown before any socket opens.
 */
export function parseCommandLine(
  argv: readonly string[],
  modes: readonly Mode<CommonOptions>[],
  envLang: Lang,
): Command {
  const lang = langFromArgs(argv) ?? envLang;
  const t = translator(lang);
  if (argv.some((arg) => VERSION_FLAGS.has(arg))) return { kind: "version", lang };
  const { name, rest } = takeModeName(argv, modes, t);
  if (name === undefined) {
    const onlyLanguage = rest.every((arg, i) =>
      arg.startsWith("--lang") || arg === "--debug" || rest[i - 1] === "--lang"
    );
    if (onlyLanguage || rest.some((arg) => HELP_FLAGS.has(arg))) return { kind: "help", lang };
    throw new UsageError(t("usage.noMode"));
  }
  const mode = modes.find((candidate) => candidate.name === name);
  if (!mode) {
    const match = closest(name, modes.map((candidate) => candidate.name));
    const suggestion = match ? t("usage.didYouMean", { name: match }) : "";
    throw new UsageError(t("usage.unknownMode", { mode: name, suggestion }));
  }
  if (rest.some((arg) => HELP_FLAGS.has(arg))) return { kind: "mode-help", mode, lang };
  return { kind: "run", mode, options: parseModeOptions(mode, rest, lang) };
}

/** How a mode is called with its positional arguments: `socklab probe HOST PORTS`. */
export function usageLine(mode: Mode, t: Translate = translator("en")): string {
  const places = mode.positionals.map((name) => placeholderOf(name, mode.specs[name], t));
  return ["socklab", mode.name, ...places].join(" ");
}

/** `--port PORT` (`--port PUERTO` in Spanish), or just `--trace` for a switch. */
export function optionForm(
  name: string,
  spec: OptionSpec,
  t: Translate = translator("en"),
): string {
  const flag = spec.short ? `${spec.short}, ${flagName(name)}` : flagName(name);
  return kindOf(spec).takesValue ? `${flag} ${placeholderOf(name, spec, t)}` : flag;
}

/** What an option's value is called, in `t`'s language: SECONDS is SEGUNDOS in Spanish. */
export function placeholderOf(name: string, spec: OptionSpec, t: Translate): string {
  const placeholder = spec.placeholder ?? name.toUpperCase();
  const key = `placeholder.${placeholder}`;
  return isPlainKey(key) ? t(key) : placeholder;
}

/** A mode's command line as read: each option given with every value it was given, in order. */
interface Words {
  /** Option name → its values (`true` for each time a switch was given). */
  readonly options: Map<string, (string | true)[]>;
  readonly positionals: string[];
}

/**
 * Reads a mode's words with std's `parseArgs`. Before it, one pass keeps three rules std reads
 * differently: a valued option takes the next word even when it starts with "-" (`--message -x`),
 * but not when that word is another option of the mode (`--port --trace` is a missing value, not
 * a port "" as std reads it); a switch takes no value (`--trace=yes`); and positionals (after
 * `--` to std, so none is taken for a switch's value or turned into a number).
 */
function readWords<O extends CommonOptions>(mode: Mode<O>, argv: readonly string[], t: Translate) {
  const byFlag = new Map(Object.keys(mode.specs).map((name) => [flagName(name), name]));
  for (const [name, spec] of Object.entries(mode.specs)) {
    if (spec.short) byFlag.set(spec.short, name);
  }
  const words: string[] = [];
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf("=");
    const given = equals === -1 ? arg : arg.slice(0, equals);
    const name = byFlag.get(given);
    // A short form reads as its long one: `-o out.svg` is `--output out.svg`.
    const flag = name === undefined ? given : flagName(name);
    const spec = name === undefined ? undefined : mode.specs[name];
    if (spec === undefined || (kindOf(spec).takesValue && equals !== -1)) {
      words.push(arg); // Unknown (std reports it) or `--name=value`.
    } else if (!kindOf(spec).takesValue) {
      if (equals !== -1) {
        throw new UsageError(t("usage.noValueExpected", { mode: mode.name, option: flag }));
      }
      words.push(flag);
    } else {
      const next = argv[i + 1];
      if (next === undefined || byFlag.has(next) || HELP_FLAGS.has(next)) {
        throw new UsageError(
          t("usage.missingValue", {
            mode: mode.name,
            option: flag,
            form: optionForm(name!, spec, t),
          }),
        );
      }
      words.push(`${flag}=${next}`);
      i++;
    }
  }
  const keys = Object.entries(mode.specs).map(([name, spec]) => ({
    name,
    key: flagName(name).slice(2),
    flag: !kindOf(spec).takesValue,
  }));
  const parsed = parseArgs([...words, "--", ...positionals], {
    boolean: keys.filter(({ flag }) => flag).map(({ key }) => key),
    string: [...keys.filter(({ flag }) => !flag).map(({ key }) => key), "_"],
    collect: keys.map(({ key }) => key),
    unknown(arg: string, key?: string) {
      const option = arg.startsWith("--") ? arg.split("=")[0] : `-${key ?? arg.slice(1)}`;
      const match = closest(option, byFlag.keys());
      const suggestion = match ? t("usage.didYouMean", { name: match }) : "";
      throw new UsageError(t("usage.unknownOption", { mode: mode.name, option, suggestion }));
    },
  });
  const options = new Map<string, (string | true)[]>();
  for (const { name, key } of keys) {
    const given = (parsed[key] as (string | boolean)[]).filter((value) => value !== false);
    if (given.length > 0) options.set(name, given.map((value) => value === true ? true : value));
  }
  return { options, positionals: parsed._.map(String) } satisfies Words;
}

/**
 * Reads a mode's options: every one known, given once, with a valid value; then the mode's own
 * checks of combinations. Options not given take their defaults; `--lang` defaults to `lang`.
 */
export function parseModeOptions<O extends CommonOptions>(
  mode: Mode<O>,
  argv: readonly string[],
  lang: Lang,
): O {
  const t = translator(lang);
  const words = readWords(mode, argv, t);
  const values: Record<string, unknown> = {};
  const given = new Set<string>();
  const places = [...mode.positionals];
  const listed: string[] = [];
  for (const argument of words.positionals) {
    // A list takes every positional left, in order: `diagram a.jsonl b.jsonl`.
    if (places.length === 1 && kindOf(mode.specs[places[0]]).repeatable) {
      listed.push(argument);
      continue;
    }
    const name = places.shift();
    if (name === undefined) {
      throw new UsageError(t("usage.unexpectedArgument", { mode: mode.name, argument }));
    }
    // A positional fills its option's place, so giving both is giving it twice.
    words.options.set(name, [argument, ...words.options.get(name) ?? []]);
  }
  if (listed.length > 0) {
    words.options.set(places[0], [...listed, ...words.options.get(places[0]) ?? []]);
  }
  for (const [name, raws] of words.options) {
    const spec = mode.specs[name];
    if (raws.length > 1 && !kindOf(spec).repeatable) {
      throw new UsageError(
        t("usage.repeated", {
          mode: mode.name,
          option: flagName(name),
          form: optionForm(name, spec, t),
        }),
      );
    }
    given.add(name);
    const kind = kindOf(spec);
    const reading = { mode: mode.name, option: flagName(name), form: optionForm(name, spec, t), t };
    const converted = raws.map((raw) => raw === true ? true : kind.parse(raw, spec, reading));
    values[name] = kind.repeatable ? converted : converted[0];
  }

  for (const [name, spec] of Object.entries(mode.specs)) {
    if (given.has(name)) continue;
    if (spec.required) {
      throw new UsageError(
        t("usage.missingArgument", {
          mode: mode.name,
          what: placeholderOf(name, spec, t),
          usage: usageLine(mode, t),
        }),
      );
    }
    values[name] = kindOf(spec).fallback(spec);
  }
  // A mode without --port (the demo) uses ephemeral ports.
  values.port ??= 0;
  values.lang ??= lang;
  const options = values as O;
  checkCombinations(mode, options, given, t);
  return options;
}

function checkCombinations<O extends CommonOptions>(
  mode: Mode<O>,
  options: O,
  given: ReadonlySet<string>,
  t: Translate,
): void {
  /** The words of a refused combination: the mode and its two options as typed. */
  const pair = (option: string, other: string) => ({
    mode: mode.name,
    option: flagName(option),
    other: flagName(other),
  });
  const check = {
    given: (name: string) => given.has(name),
    requires(option: string, other: string, example: string): never {
      throw new UsageError(t("usage.requires", { ...pair(option, other), example }));
    },
    conflicts(option: string, other: string, why: PlainKey): never {
      throw new UsageError(t("usage.conflicts", { ...pair(option, other), why: t(why) }));
    },
  };
  if (options.hex && !options.trace) {
    check.requires("hex", "trace", `socklab ${mode.name} --trace --hex`);
  }
  if (options.unix !== undefined) {
    checkUnixSupported(Deno.build.os, mode.name, t);
    for (const other of ["allow", "deny"] as const) {
      if (given.has(other)) {
        check.conflicts(other, "unix", "why.unix.access");
      }
    }
    for (const other of ["host", "port"] as const) {
      if (given.has(other)) {
        check.conflicts("unix", other, "why.unix.place");
      }
    }
  }
  mode.validate(options, check);
}

/** Rejects `--unix` where the operating system has no Unix sockets for socklab (Windows). */
export function checkUnixSupported(os: typeof Deno.build.os, modeName: string, t: Translate): void {
  if (os === "windows") throw new UsageError(t("usage.unixOnWindows", { mode: modeName }));
}
