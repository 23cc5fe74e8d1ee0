import { parseArgs } from "node:util";
import { UsageError } from "../errors.ts";
import { type Translate, translator } from "../present/catalogue.ts";
import { type Lang, LANGS } from "../present/lang.ts";
import { decodeEscapes, EscapeError, ESCAPES_HELP } from "./escapes.ts";
import { defaultValue } from "./define.ts";
import { type CommonOptions, flagName, type Mode, type OptionSpec } from "./spec.ts";
import { closest } from "./suggest.ts";
import { parseAddressList } from "../transport/access.ts";
import { MAX_PORT_LIST, parsePortList } from "./port_list.ts";

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

/** Splits the mode name (first word, or `--mode NAME` anywhere) from the rest of the arguments. */
function takeModeName(argv: readonly string[], t: Translate): { name?: string; rest: string[] } {
  const rest = [...argv];
  let name = rest[0] !== undefined && !rest[0].startsWith("-") ? rest.shift() : undefined;
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
  const { name, rest } = takeModeName(argv, t);
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
export function usageLine(mode: Mode): string {
  const places = mode.positionals.map((name) => mode.specs[name].placeholder ?? name.toUpperCase());
  return ["socklab", mode.name, ...places].join(" ");
}

/** `--port PORT`, or just `--trace` for a switch. */
export function optionForm(name: string, spec: OptionSpec): string {
  return spec.kind === "flag" ? flagName(name) : `${flagName(name)} ${spec.placeholder ?? "VALUE"}`;
}

/** Converts one option's text to its value, or throws a usage error naming the valid form. */
function convert(modeName: string, name: string, spec: OptionSpec, raw: string, t: Translate) {
  const base = { mode: modeName, option: flagName(name), value: raw, form: optionForm(name, spec) };
  switch (spec.kind) {
    case "flag":
      return true;
    case "port": {
      const port = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
      if (!(port >= 1 && port <= 65535)) throw new UsageError(t("usage.badPort", base));
      return port;
    }
    case "integer": {
      const value = /^-?\d+$/.test(raw) ? Number(raw) : NaN;
      if (!(value >= spec.min && value <= spec.max)) {
        throw new UsageError(t("usage.badInteger", { ...base, min: spec.min, max: spec.max }));
      }
      return value;
    }
    case "number": {
      const value = /^(\d+(\.\d*)?|\.\d+)$/.test(raw) ? Number(raw) : NaN;
      if (!(value >= spec.min && value <= spec.max)) {
        throw new UsageError(t("usage.badNumber", { ...base, min: spec.min, max: spec.max }));
      }
      return value;
    }
    case "choice": {
      const choice = spec.choices.find((candidate) => candidate === raw.toLowerCase());
      if (choice === undefined) {
        throw new UsageError(t("usage.badChoice", { ...base, choices: spec.choices.join(", ") }));
      }
      return choice;
    }
    case "bytes":
    case "bytes-list": {
      if (raw === "") throw new UsageError(t("usage.empty", base));
      try {
        return decodeEscapes(raw);
      } catch (error) {
        if (!(error instanceof EscapeError)) throw error;
        throw new UsageError(
          t("usage.badEscape", { ...base, sequence: error.sequence, escapes: ESCAPES_HELP }),
        );
      }
    }
    case "string":
      if (raw === "") throw new UsageError(t("usage.empty", base));
      return raw;
    case "address-list": {
      const ranges = parseAddressList(raw);
      if (!ranges) throw new UsageError(t("usage.badAddresses", base));
      return ranges;
    }
    case "port-list": {
      const ports = parsePortList(raw);
      if (!ports) throw new UsageError(t("usage.badPorts", { ...base, max: MAX_PORT_LIST }));
      return ports;
    }
  }
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
  const byFlag = new Map(Object.keys(mode.specs).map((name) => [flagName(name), name]));
  const { tokens } = parseArgs({
    args: [...argv],
    options: Object.fromEntries(
      Object.entries(mode.specs).map(([name, spec]) => [
        flagName(name).slice(2),
        { type: spec.kind === "flag" ? "boolean" as const : "string" as const },
      ]),
    ),
    strict: false,
    tokens: true,
    allowPositionals: true,
  });

  const values: Record<string, unknown> = {};
  const given = new Set<string>();
  const positionals = [...mode.positionals];
  /** Records one option's value, given as `--name value` or in its positional place. */
  const assign = (name: string, value: string) => {
    const spec = mode.specs[name];
    const option = flagName(name);
    if (given.has(name) && spec.kind !== "bytes-list") {
      throw new UsageError(
        t("usage.repeated", { mode: mode.name, option, form: optionForm(name, spec) }),
      );
    }
    given.add(name);
    const converted = convert(mode.name, name, spec, value, t);
    values[name] = spec.kind === "bytes-list"
      ? [...(values[name] as Uint8Array[] | undefined) ?? [], converted]
      : converted;
  };
  for (const token of tokens) {
    if (token.kind === "option-terminator") continue;
    if (token.kind === "positional") {
      const name = positionals.shift();
      if (name === undefined) {
        throw new UsageError(
          t("usage.unexpectedArgument", { mode: mode.name, argument: token.value }),
        );
      }
      assign(name, token.value);
      continue;
    }
    const name = byFlag.get(token.rawName);
    if (name === undefined) {
      const match = closest(token.rawName, byFlag.keys());
      const suggestion = match ? t("usage.didYouMean", { name: match }) : "";
      throw new UsageError(
        t("usage.unknownOption", { mode: mode.name, option: token.rawName, suggestion }),
      );
    }
    const spec = mode.specs[name];
    const option = flagName(name);
    const form = optionForm(name, spec);
    if (spec.kind === "flag") {
      if (given.has(name)) {
        throw new UsageError(t("usage.repeated", { mode: mode.name, option, form }));
      }
      if (token.value !== undefined) {
        throw new UsageError(t("usage.noValueExpected", { mode: mode.name, option }));
      }
      given.add(name);
      values[name] = true;
      continue;
    }
    // parseArgs takes the next word as the value even when it is another option: `--port --trace`.
    const value = token.value;
    const swallowedOption = !token.inlineValue && value !== undefined &&
      (byFlag.has(value) || HELP_FLAGS.has(value));
    if (value === undefined || swallowedOption) {
      throw new UsageError(t("usage.missingValue", { mode: mode.name, option, form }));
    }
    assign(name, value);
  }

  for (const [name, spec] of Object.entries(mode.specs)) {
    if (given.has(name)) continue;
    if (spec.required) {
      throw new UsageError(
        t("usage.missingArgument", {
          mode: mode.name,
          what: spec.placeholder ?? flagName(name),
          usage: usageLine(mode),
        }),
      );
    }
    values[name] = defaultValue(spec);
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
  const lang = options.lang;
  const check = {
    given: (name: string) => given.has(name),
    requires(option: string, other: string, example: string): never {
      throw new UsageError(
        t("usage.requires", {
          mode: mode.name,
          option: flagName(option),
          other: flagName(other),
          example,
        }),
      );
    },
    conflicts(option: string, other: string, why: { en: string; es: string }): never {
      throw new UsageError(
        t("usage.conflicts", {
          mode: mode.name,
          option: flagName(option),
          other: flagName(other),
          why: why[lang],
        }),
      );
    },
  };
  if (options.hex && !options.trace) {
    check.requires("hex", "trace", `socklab ${mode.name} --trace --hex`);
  }
  if (options.unix !== undefined) {
    checkUnixSupported(Deno.build.os, mode.name, t);
    for (const other of ["allow", "deny"] as const) {
      if (given.has(other)) {
        check.conflicts(other, "unix", {
          en: "a Unix socket's clients have no address to judge; use the file's permissions",
          es:
            "los clientes de un socket Unix no tienen dirección que juzgar; usa los permisos del archivo",
        });
      }
    }
    for (const other of ["host", "port"] as const) {
      if (given.has(other)) {
        check.conflicts("unix", other, {
          en: "a Unix socket is a file, with no host or port",
          es: "un socket Unix es un archivo, sin host ni puerto",
        });
      }
    }
  }
  mode.validate(options, check);
}

/** Rejects `--unix` where the operating system has no Unix sockets for socklab (Windows). */
export function checkUnixSupported(os: typeof Deno.build.os, modeName: string, t: Translate): void {
  if (os === "windows") throw new UsageError(t("usage.unixOnWindows", { mode: modeName }));
}
