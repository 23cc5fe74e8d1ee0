import { translator } from "../present/catalogue.ts";
import type { Lang } from "../present/lang.ts";
import { LESSON_GROUPS, type LessonGroupId } from "../modes/groups.ts";
import { VERSION } from "../version.ts";
import { ESCAPES_HELP } from "./escapes.ts";
import { optionForm } from "./parse.ts";
import type { Mode, OptionSpec } from "./spec.ts";

const WIDTH = 100;

/** Wraps text into lines of at most WIDTH columns, each after `indent`. */
function wrap(text: string, indent: string, firstIndent = indent): string[] {
  const lines: string[] = [];
  let line = firstIndent;
  let lineHasWords = false;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (lineHasWords && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = indent;
      lineHasWords = false;
    }
    line += (lineHasWords ? " " : "") + word;
    lineHasWords = true;
  }
  lines.push(line);
  return lines;
}

function shownDefault(spec: OptionSpec): string | undefined {
  if (
    spec.kind === "flag" || spec.kind === "port-list" || spec.kind === "address-list" ||
    spec.default === undefined
  ) {
    return undefined;
  }
  if (spec.kind === "bytes-list") return spec.default.map((text) => JSON.stringify(text)).join(" ");
  return spec.kind === "bytes" || spec.kind === "string"
    ? JSON.stringify(spec.default)
    : String(spec.default);
}

function optionLines(mode: Mode, names: readonly string[], lang: Lang): string[] {
  const t = translator(lang);
  const forms = names.map((name) => optionForm(name, mode.specs[name]));
  const column = Math.max(...forms.map((form) => form.length)) + 4;
  return names.flatMap((name, i) => {
    const spec = mode.specs[name];
    let text = spec.help[lang];
    const value = shownDefault(spec);
    if (value !== undefined) text += ` (${t("cli.default", { value })})`;
    if (spec.kind === "bytes-list") text += `; ${t("cli.repeatable")}`;
    if (spec.kind === "bytes" || spec.kind === "bytes-list") {
      text += `; ${t("cli.escapes", { escapes: ESCAPES_HELP })}`;
    }
    return wrap(text, " ".repeat(column), ("  " + forms[i]).padEnd(column));
  });
}

/** `socklab --help`: the modes grouped by lesson, one line each. */
export function generalHelp(modes: readonly Mode[], lang: Lang): string {
  const t = translator(lang);
  const column = Math.max(...modes.map((mode) => mode.name.length)) + 4;
  const lines = [`socklab ${VERSION} — ${t("cli.tagline")}`, "", t("cli.usage")];
  for (const group of Object.keys(LESSON_GROUPS) as LessonGroupId[]) {
    const members = modes.filter((mode) => mode.group === group);
    if (members.length === 0) continue;
    lines.push("", LESSON_GROUPS[group][lang]);
    for (const mode of members) {
      lines.push(
        ...wrap(mode.summary[lang], " ".repeat(column), ("  " + mode.name).padEnd(column)),
      );
    }
  }
  lines.push("", t("cli.firstTime"), t("cli.moreHelp"));
  return lines.join("\n") + "\n";
}

/** `socklab <mode> --help`: what the mode does, its options with defaults, and how to try it. */
export function modeHelp(mode: Mode, lang: Lang): string {
  const t = translator(lang);
  const common = Object.keys(mode.specs).filter((name) => !mode.ownOptions.includes(name));
  const lines = [
    ...wrap(`socklab ${mode.name} — ${mode.summary[lang]}`, "  ", ""),
    "",
    t("cli.modeUsage", { mode: mode.name }) +
    mode.positionals.map((name) => " " + (mode.specs[name].placeholder ?? name)).join(""),
  ];
  if (mode.ownOptions.length > 0) {
    lines.push("", t("cli.optionsHeading"), ...optionLines(mode, mode.ownOptions, lang));
  }
  lines.push("", t("cli.commonHeading"), ...optionLines(mode, common, lang));
  if (mode.protocol) {
    lines.push("", t("cli.protocolHeading"), ...wrap(mode.protocol[lang], "  "));
  }
  if (mode.watch) lines.push("", t("cli.watchHeading"), ...wrap(mode.watch[lang], "  "));
  lines.push("", t("cli.exampleHeading"), ...mode.examples.map((example) => "  " + example));
  return lines.join("\n") + "\n";
}
