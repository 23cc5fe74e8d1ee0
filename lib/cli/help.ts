import { isPlainKey, type PlainKey, type Translate, translator } from "../present/catalogue.ts";
import { padColumns, textWidth } from "../present/columns.ts";
import { wrap } from "../present/wrap.ts";
import { type Lang, LANGS } from "../present/lang.ts";
import { VERSION } from "../version.ts";
import { kindOf } from "./kinds.ts";
import { optionForm, placeholderOf } from "./parse.ts";
import type { HelpText, Mode } from "./spec.ts";

/** A help text in `t`'s language. */
function say(t: Translate, text: HelpText): string {
  return typeof text === "function" ? text(t) : t(text);
}

/** The width help is written for when the terminal's is unknown (a pipe, a file). */
export const HELP_WIDTH = 80;

/**
 * Items that belong together (`Version: --version`), three spaces apart, as many to a line as
 * fit in `width`: an item is broken only when it alone is wider.
 */
function packItems(items: readonly string[], width: number): string[] {
  const lines: string[] = [];
  for (const item of items) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(last) + 3 + textWidth(item) <= width) {
      lines[lines.length - 1] = `${last}   ${item}`;
    } else {
      lines.push(...wrap(item, width, "  ", ""));
    }
  }
  return lines;
}

/**
 * A command to paste, as `  ` + the command when it fits in `width`; else broken before its
 * options with a shell continuation (`\`), as man pages do, never inside quotes.
 */
export function commandLines(command: string, width: number): string[] {
  const parts: string[] = [];
  let quote = "";
  let start = 0;
  for (let i = 0; i < command.length; i++) {
    const char = command[i];
    if (quote) {
      if (char === quote) quote = "";
    } else if (char === "'" || char === '"') {
      quote = char;
    } else if (char === " " && command.startsWith("--", i + 1)) {
      parts.push(command.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(command.slice(start));
  const lines = ["  " + parts[0]];
  for (const part of parts.slice(1)) {
    const last = lines.at(-1)!;
    if (textWidth(`${last} ${part} \\`) <= width) {
      lines[lines.length - 1] = `${last} ${part}`;
    } else {
      lines[lines.length - 1] = `${last} \\`;
      lines.push(`      ${part}`);
    }
  }
  // The last line needs no room for a continuation.
  return textWidth(`  ${command}`) <= width ? [`  ${command}`] : lines;
}

function optionLines(mode: Mode, names: readonly string[], lang: Lang, width: number): string[] {
  const t = translator(lang);
  const forms = names.map((name) => optionForm(name, mode.specs[name], t));
  const column = Math.max(...forms.map(textWidth)) + 4;
  return names.flatMap((name, i) => {
    const spec = mode.specs[name];
    const kind = kindOf(spec);
    let text = say(t, spec.help);
    // Without a default value, `<help key>.unset` says what not giving the option means.
    const unset = `${spec.help}.unset`;
    const value = kind.shown(spec) ?? (isPlainKey(unset) ? t(unset) : undefined);
    if (value !== undefined) text += ` (${t("cli.default", { value })})`;
    for (const note of kind.notes?.(spec, t) ?? []) text += `; ${note}`;
    return wrap(text, width, " ".repeat(column), padColumns("  " + forms[i], column));
  });
}

/** A heading of `socklab --help` and the modes listed under it. */
export interface HelpGroup {
  readonly title: PlainKey;
  readonly modes: readonly Mode[];
}

/**
 * `socklab --help`: the modes one line each, under the headings of the `groups` they belong to
 * (in their order), wrapped at `width` columns.
 */
export function generalHelp(
  groups: readonly HelpGroup[],
  lang: Lang,
  width = HELP_WIDTH,
): string {
  const t = translator(lang);
  const modes = groups.flatMap((group) => group.modes);
  const column = Math.max(...modes.map((mode) => textWidth(mode.name))) + 4;
  const lines = [
    ...wrap(`socklab ${VERSION} — ${t("cli.tagline")}`, width, "  ", ""),
    "",
    ...wrap(t("cli.usage"), width, "  ", ""),
  ];
  for (const { title, modes: members } of groups) {
    if (members.length === 0) continue;
    lines.push("", ...wrap(say(t, title), width, "  ", ""));
    for (const mode of members) {
      lines.push(
        ...wrap(
          say(t, mode.summary),
          width,
          " ".repeat(column),
          padColumns("  " + mode.name, column),
        ),
      );
    }
  }
  lines.push(
    "",
    ...wrap(t("cli.firstTime"), width, ""),
    ...packItems(t("cli.moreHelp", { langs: LANGS.join("|") }).split(/ {3,}/), width),
  );
  return lines.join("\n") + "\n";
}

/**
 * `socklab <mode> --help`: what the mode does, its options with defaults, and how to try it,
 * wrapped at `width` columns.
 */
export function modeHelp(mode: Mode, lang: Lang, width = HELP_WIDTH): string {
  const t = translator(lang);
  const common = Object.keys(mode.specs).filter((name) => !mode.ownOptions.includes(name));
  const lines = [
    ...wrap(`socklab ${mode.name} — ${say(t, mode.summary)}`, width, "  ", ""),
    "",
    t("cli.modeUsage", { mode: mode.name }) +
    mode.positionals.map((name) => " " + placeholderOf(name, mode.specs[name], t)).join(""),
  ];
  if (mode.ownOptions.length > 0) {
    lines.push("", t("cli.optionsHeading"), ...optionLines(mode, mode.ownOptions, lang, width));
  }
  lines.push("", t("cli.commonHeading"), ...optionLines(mode, common, lang, width));
  if (mode.protocol) {
    lines.push("", t("cli.protocolHeading"), ...wrap(say(t, mode.protocol), width, "  "));
  }
  if (mode.watch) lines.push("", t("cli.watchHeading"), ...wrap(say(t, mode.watch), width, "  "));
  const heading = pairsWithAPeer(mode) ? "cli.exampleHeading" : "cli.exampleHeadingAlone";
  lines.push("", t(heading), ...mode.examples.flatMap((example) => commandLines(example, width)));
  return lines.join("\n") + "\n";
}

/** A server and its client are tried in two terminals; a lesson runner or a tool in one. */
function pairsWithAPeer(mode: Mode): boolean {
  return /-(server|client|receive|send)$/.test(mode.name);
}
