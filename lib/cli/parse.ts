import { UsageError } from "../errors.ts";
import { isPlainKey, type PlainKey, type Translate, translator } from "../present/catalogue.ts";
import { type Lang, LANGS } from "../present/lang.ts";
import { kindOf } from "./kinds.ts";
import { type CommonOptions, flagName, type Mode, type OptionSpec } from "./spec.ts";
import { closest } from "./suggest.ts";
import { type OptionWord, readWords, type Word } from "./words.ts";

/** What the command line asks for. */
export type Command =
  | { readonly kind: "help"; readonly lang: Lang }
  | { readonly kind: "version"; readonly lang: Lang }
  | { readonly kind: "mode-help"; readonly mode: Mode<CommonOptions>; readonly lang: Lang }
  | { readonly kind: "run"; readonly mode: Mode<CommonOptions>; readonly options: CommonOptions };

const HELP_FLAGS = new Set(["--help", "-h"]);
const VERSION_FLAGS = new Set(["--version", "-V"]);
/** What may stand alone, with no mode, and still mean "show the help". */
const HELP_ALONE = new Set(["--lang", "--debug"]);

/** A mistake found while reading, said once the language to say it in is known. */
type Mistake = (t: Translate) => UsageError;

/** Every flag any mode knows, and whether it takes a value: what can stand before the mode. */
function knownFlags(modes: readonly Mode<CommonOptions>[]): Map<string, boolean> {
  const flags = new Map<string, boolean>([["--mode", true]]);
  for (const flag of [...HELP_FLAGS, ...VERSION_FLAGS]) flags.set(flag, false);
  for (const mode of modes) {
    for (const [flag, takesValue] of flagsOf(mode)) {
      flags.set(flag, takesValue || (flags.get(flag) ?? false));
    }
  }
  return flags;
}

/** A mode's flags, long and short, and whether each takes a value. */
function flagsOf(mode: Mode<CommonOptions>): Map<string, boolean> {
  const flags = new Map<string, boolean>();
  for (const spec of Object.values(mode.specs)) {
    for (const flag of spec.short ? [spec.short] : []) flags.set(flag, kindOf(spec).takesValue);
  }
  for (const [name, spec] of Object.entries(mode.specs)) {
    flags.set(flagName(name), kindOf(spec).takesValue);
  }
  return flags;
}

/** The mode's name and the words left for it, read from the words of the whole command line. */
interface ModeChoice {
  readonly name?: string;
  readonly rest: Word[];
  readonly mistake?: Mistake;
}

/**
 * Splits the mode's name from the other words: the first positional word before `--`
 * (`socklab --lang en tcp-server` as well as `socklab tcp-server --lang en`), or `--mode NAME`
 * anywhere. Before the mode, an option no mode knows is a mistake of its own.
 */
function chooseMode(words: readonly Word[], flags: Map<string, boolean>): ModeChoice {
  let name: string | undefined;
  let mistake: Mistake | undefined;
  const rest: Word[] = [];
  const note = (found: Mistake) => mistake ??= found;
  for (const word of words) {
    if (word.kind === "positional") {
      if (name === undefined && !word.afterDashes && !rest.some(isModeWord)) {
        name = word.value;
      } else {
        rest.push(word);
      }
      continue;
    }
    if (word.flag === "--mode") {
      rest.push(word);
      continue;
    }
    if (name === undefined && !flags.has(word.flag)) {
      note((t) => unknownOption(word.flag, flags, t));
    }
    rest.push(word);
  }
  for (const word of rest.filter(isModeWord)) {
    const value = word.value;
    if (value === undefined || value === "") {
      note((t) =>
        new UsageError(t("usage.missingGlobalValue", { option: "--mode", form: modeForm(t) }))
      );
      continue;
    }
    if (name !== undefined && name !== value) {
      const first = name;
      note((t) => new UsageError(t("usage.modeTwice", { first, second: value })));
    }
    name ??= value;
  }
  return { name, rest: rest.filter((word) => !isModeWord(word)), mistake };
}

function isModeWord(word: Word): word is OptionWord {
  return word.kind === "option" && word.flag === "--mode";
}

/** `--mode MODE`, its placeholder in `t`'s language. */
function modeForm(t: Translate): string {
  return `--mode ${placeholderOf("mode", { kind: "string", placeholder: "MODE" }, t)}`;
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
 * The language the words ask for with `--lang`, or `fallback`. A `--lang` without a value or with
 * one socklab does not speak is a mistake, said in `fallback`'s language: the mode's when there
 * is one (`tcp-server: --lang must be one of…`), the command line's when not.
 */
function langOf(words: readonly Word[], fallback: Lang, mode?: string): Lang {
  const t = translator(fallback);
  const spec = { kind: "choice", choices: LANGS, placeholder: LANGS.join("|") } as const;
  const form = `--lang ${spec.placeholder}`;
  let lang: Lang | undefined;
  for (const word of words) {
    if (word.kind !== "option" || word.flag !== "--lang") continue;
    if (word.value === undefined) {
      throw new UsageError(
        mode === undefined
          ? t("usage.missingGlobalValue", { option: "--lang", form })
          : t("usage.missingValue", { mode, option: "--lang", form }),
      );
    }
    const value = word.value;
    const found = LANGS.find((candidate) => candidate === value.toLowerCase());
    if (found === undefined) {
      const choices = LANGS.join(", ");
      throw new UsageError(
        mode === undefined
          ? t("usage.badGlobalChoice", { option: "--lang", choices, value })
          : t("usage.badChoice", { mode, option: "--lang", choices, value }),
      );
    }
    lang ??= found;
  }
  return lang ?? fallback;
}

const isOption = (word: Word, flags: ReadonlySet<string>) =>
  word.kind === "option" && flags.has(word.flag);

/**
 * Reads the whole command line, once: which mode, and its options checked and converted. Every
 * mistake is a {@linkcode UsageError} naming the option and its valid form, thrown before any
 * socket opens, in the language `--lang` asks for (else `envLang`).
 */
export function parseCommandLine(
  argv: readonly string[],
  modes: readonly Mode<CommonOptions>[],
  envLang: Lang,
): Command {
  const flags = knownFlags(modes);
  const words = readWords(argv, (flag) => flags.get(flag));
  const choice = chooseMode(words, flags);
  const known = modes.find((candidate) => candidate.name === choice.name);
  const lang = langOf(words, envLang, known?.name);
  const t = translator(lang);
  if (words.some((word) => isOption(word, VERSION_FLAGS))) return { kind: "version", lang };
  if (choice.mistake) throw choice.mistake(t);
  const { name, rest } = choice;
  if (name === undefined) {
    const alone = rest.every((word) => isOption(word, HELP_ALONE));
    if (alone || rest.some((word) => isOption(word, HELP_FLAGS))) return { kind: "help", lang };
    throw new UsageError(t("usage.noMode"));
  }
  if (!known) {
    const match = closest(name, modes.map((candidate) => candidate.name));
    const suggestion = match ? t("usage.didYouMean", { name: match }) : "";
    throw new UsageError(t("usage.unknownMode", { mode: name, suggestion }));
  }
  if (rest.some((word) => isOption(word, HELP_FLAGS))) {
    return { kind: "mode-help", mode: known, lang };
  }
  return { kind: "run", mode: known, options: optionsFromWords(known, rest, lang, t) };
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
interface Given {
  /** Option name → its values (`true` for each time a switch was given). */
  readonly options: Map<string, (string | true)[]>;
  readonly positionals: string[];
}

/**
 * Sorts a mode's words into its options and positionals: an option the mode does not have, a
 * switch given a value (`--trace=yes`) or a valued option without one is refused, in order.
 */
function givenOf(mode: Mode<CommonOptions>, words: readonly Word[], t: Translate): Given {
  const byFlag = new Map(Object.keys(mode.specs).map((name) => [flagName(name), name]));
  for (const [name, spec] of Object.entries(mode.specs)) {
    if (spec.short) byFlag.set(spec.short, name);
  }
  const options = new Map<string, (string | true)[]>();
  const positionals: string[] = [];
  for (const word of words) {
    if (word.kind === "positional") {
      positionals.push(word.value);
      continue;
    }
    const name = byFlag.get(word.flag);
    if (name === undefined) {
      const match = closest(word.flag, byFlag.keys());
      const suggestion = match ? t("usage.didYouMean", { name: match }) : "";
      throw new UsageError(
        t("usage.unknownOption", { mode: mode.name, option: word.flag, suggestion }),
      );
    }
    // A short form reads as its long one: `-o out.svg` is `--output out.svg`.
    const flag = flagName(name);
    const spec = mode.specs[name];
    let value: string | true = true;
    if (!kindOf(spec).takesValue) {
      if (word.inline) {
        throw new UsageError(t("usage.noValueExpected", { mode: mode.name, option: flag }));
      }
    } else if (word.value === undefined) {
      throw new UsageError(
        t("usage.missingValue", { mode: mode.name, option: flag, form: optionForm(name, spec, t) }),
      );
    } else {
      value = word.value;
    }
    options.set(name, [...options.get(name) ?? [], value]);
  }
  return { options, positionals };
}

/**
 * Reads a mode's options from its command line (without the mode's name): every one known, given
 * once, with a valid value; then the mode's own checks of combinations. Options not given take
 * their defaults; `--lang` defaults to `lang`.
 */
export function parseModeOptions<O extends CommonOptions>(
  mode: Mode<O>,
  argv: readonly string[],
  lang: Lang,
): O {
  const flags = flagsOf(mode as Mode<CommonOptions>);
  const words = readWords(argv, (flag) => flags.get(flag));
  const chosen = langOf(words, lang, mode.name);
  return optionsFromWords(mode, words, chosen, translator(chosen));
}

/** A mode's options from its words, with `lang` already read from them and `t` speaking it. */
function optionsFromWords<O extends CommonOptions>(
  mode: Mode<O>,
  modeWords: readonly Word[],
  lang: Lang,
  t: Translate,
): O {
  const words = givenOf(mode as Mode<CommonOptions>, modeWords, t);
  const byPosition = placePositionals(mode, words, t);
  const values = convertGiven(mode, words.options, byPosition, t);
  const given = new Set(Object.keys(values));
  fillDefaults(mode, values, t);
  // A mode without --port (the demo) uses ephemeral ports.
  values.port ??= 0;
  values.lang ??= lang;
  const options = values as O;
  checkCombinations(mode, options, given, t);
  return options;
}

/**
 * Puts each positional argument in its option's place, before the values given by name: a place
 * whose option was given by name is not filled by position (`probe --host h 80`), unless it takes
 * a list (`diagram a.jsonl --input b.jsonl` is both). Returns how many of each option's first
 * values came by position (they are named as the usage line names them: PORTS).
 */
function placePositionals<O extends CommonOptions>(
  mode: Mode<O>,
  words: ReturnType<typeof givenOf>,
  t: Translate,
): Map<string, number> {
  const places = mode.positionals.filter((name) =>
    !words.options.has(name) || kindOf(mode.specs[name]).repeatable
  );
  const listed: string[] = [];
  const byPosition = new Map<string, number>();
  for (const argument of words.positionals) {
    // A list takes every positional left, in order: `diagram a.jsonl b.jsonl`.
    if (places.length === 1 && kindOf(mode.specs[places[0]]).repeatable) {
      listed.push(argument);
      continue;
    }
    const name = places.shift();
    if (name === undefined) {
      // After `--` a word that looks like an option is an argument: say why it is one.
      const key = argument.startsWith("-")
        ? "usage.unexpectedAfterDashes"
        : "usage.unexpectedArgument";
      throw new UsageError(t(key, { mode: mode.name, argument }));
    }
    // A positional fills its option's place, so giving both is giving it twice.
    words.options.set(name, [argument, ...words.options.get(name) ?? []]);
    byPosition.set(name, 1);
  }
  if (listed.length > 0) {
    words.options.set(places[0], [...listed, ...words.options.get(places[0]) ?? []]);
    byPosition.set(places[0], listed.length);
  }
  return byPosition;
}

/** Each option given, read by its kind: a value given twice that is not a list is refused. */
function convertGiven<O extends CommonOptions>(
  mode: Mode<O>,
  options: ReadonlyMap<string, readonly (string | true)[]>,
  byPosition: ReadonlyMap<string, number>,
  t: Translate,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, raws] of options) {
    const spec = mode.specs[name];
    const kind = kindOf(spec);
    const asOption = {
      mode: mode.name,
      option: flagName(name),
      form: optionForm(name, spec, t),
      t,
    };
    if (raws.length > 1 && !kind.repeatable) {
      const { option, form } = asOption;
      throw new UsageError(t("usage.repeated", { mode: mode.name, option, form }));
    }
    // A value given by position is named as the usage line names it, not by an option not typed.
    const asPlace = { ...asOption, option: placeholderOf(name, spec, t), form: usageLine(mode, t) };
    const converted = raws.map((raw, i) =>
      raw === true
        ? true
        : kind.parse(raw, spec, i < (byPosition.get(name) ?? 0) ? asPlace : asOption)
    );
    values[name] = kind.repeatable ? converted : converted[0];
  }
  return values;
}

/** Every option not given takes its value when left out; a required one is a usage error. */
function fillDefaults<O extends CommonOptions>(
  mode: Mode<O>,
  values: Record<string, unknown>,
  t: Translate,
): void {
  for (const [name, spec] of Object.entries(mode.specs)) {
    if (Object.hasOwn(values, name)) continue;
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
