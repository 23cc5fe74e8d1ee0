import { UsageError } from "../errors.ts";
import type { Translate } from "../present/catalogue.ts";
import { parseAddressList } from "../transport/access.ts";
import { decodeEscapes, EscapeError, ESCAPES_HELP } from "./escapes.ts";
import { MAX_PORT_LIST, parsePortList } from "./port_list.ts";
import type { OptionSpec } from "./spec.ts";

/** What a kind's parser knows of the option it reads, to name it in an error. */
export interface Reading {
  /** The mode, as errors begin: `tcp-server`. */
  readonly mode: string;
  /** The option as typed: `--port`. */
  readonly option: string;
  /** How it is written with a value: `--port PORT`. */
  readonly form: string;
  readonly t: Translate;
}

/** Everything socklab does with one kind of option: read it, default it, and explain it. */
interface Kind<Spec extends OptionSpec> {
  /** It takes a value (`--port 80`); a switch (`--trace`) does not. */
  readonly takesValue: boolean;
  /** It may be given several times, each a value of a list. */
  readonly repeatable?: boolean;
  /** What its value is called when the option does not say: `--count N`, `--port PORT`. */
  placeholder(spec: Spec): string;
  /** The value of the text given, or a {@linkcode UsageError} naming the valid form. */
  parse(raw: string, spec: Spec, reading: Reading): unknown;
  /** The value when the option is not given. */
  fallback(spec: Spec): unknown;
  /** The default as `--help` shows it, as the user would type it; undefined for none. */
  shown(spec: Spec): string | undefined;
  /** What `--help` adds after the option's own text. */
  notes?(spec: Spec, t: Translate): string[];
}

type KindName = OptionSpec["kind"];
type Kinds = { readonly [Name in KindName]: Kind<Extract<OptionSpec, { kind: Name }>> };

/** Throws the usage error for a value that does not fit, with the option's words filled in. */
function refuse(
  reading: Reading,
  raw: string,
  key: Parameters<Translate>[0],
  extra: Record<string, string | number> = {},
): never {
  const t = reading.t as (key: string, values: Record<string, string | number>) => string;
  const { mode, option, form } = reading;
  throw new UsageError(t(key, { mode, option, form, value: raw, ...extra }));
}

/** Text with escapes, decoded to its bytes; an empty one or an unknown escape is refused. */
function parseBytes(raw: string, reading: Reading): Uint8Array {
  if (raw === "") refuse(reading, raw, "usage.empty");
  try {
    return decodeEscapes(raw);
  } catch (error) {
    if (!(error instanceof EscapeError)) throw error;
    return refuse(reading, raw, "usage.badEscape", {
      sequence: error.sequence,
      escapes: ESCAPES_HELP,
    });
  }
}

/** A number read by `pattern` and kept within the spec's bounds. */
function bounded(
  pattern: RegExp,
  key: "usage.badInteger" | "usage.badNumber",
): Kind<Extract<OptionSpec, { kind: "integer" | "number" }>>["parse"] {
  return (raw, spec, reading) => {
    // A decimal comma reads as the point (`--timeout 0,5`): Spanish writes numbers so, and so
    // does socklab's Spanish output.
    const value = pattern.test(raw) ? Number(raw.replace(",", ".")) : NaN;
    const [min, max] = spec.range;
    if (!(value >= min && value <= max)) refuse(reading, raw, key, { min, max });
    return value;
  };
}

const asGiven = (spec: { default?: unknown }) => spec.default;
/** A rate as it is typed: `500`, `64k`, `2M`. */
const rateText = (rate: number) =>
  rate >= 1_000_000 && rate % 1_000_000 === 0
    ? `${rate / 1_000_000}M`
    : rate >= 1_000 && rate % 1_000 === 0
    ? `${rate / 1_000}k`
    : String(rate);
const shownAsNumber = (spec: { default?: number }) =>
  spec.default === undefined ? undefined : String(spec.default);
/**
 * A text as it is typed in a shell: bare when it needs no quotes, else in single quotes (which keep
 * escapes such as \r\n as written, for socklab to read), in double quotes if it has a single one.
 */
const typed = (text: string) =>
  /^[\w.:/@+-]+$/.test(text) ? text : text.includes("'") ? `"${text}"` : `'${text}'`;
const shownAsText = (spec: { default?: string }) =>
  spec.default === undefined ? undefined : typed(spec.default);
const nothing = () => undefined;
const escapesNote = (_spec: unknown, t: Translate) => [t("cli.escapes", { escapes: ESCAPES_HELP })];

/**
 * Every kind of option, in one place: the parser, the defaults and the help of each. A new kind is
 * one entry here (and its spec in spec.ts); the type checker proves each kind has one.
 */
export const KINDS: Kinds = {
  flag: {
    takesValue: false,
    placeholder: () => "",
    parse: () => true,
    fallback: () => false,
    shown: nothing,
  },
  string: {
    takesValue: true,
    placeholder: () => "TEXT",
    parse: (raw, _spec, reading) => raw === "" ? refuse(reading, raw, "usage.empty") : raw,
    fallback: asGiven,
    shown: shownAsText,
  },
  bytes: {
    takesValue: true,
    placeholder: () => "TEXT",
    parse: (raw, _spec, reading) => parseBytes(raw, reading),
    fallback: (spec) => spec.default === undefined ? undefined : decodeEscapes(spec.default),
    shown: shownAsText,
    notes: escapesNote,
  },
  "bytes-list": {
    takesValue: true,
    placeholder: () => "TEXT",
    repeatable: true,
    parse: (raw, _spec, reading) => parseBytes(raw, reading),
    fallback: (spec) => (spec.default ?? []).map(decodeEscapes),
    shown: (spec) => spec.default?.map(typed).join(" "),
    notes: (spec, t) => [t("cli.repeatable"), ...escapesNote(spec, t)],
  },
  "path-list": {
    takesValue: true,
    placeholder: () => "FILE",
    repeatable: true,
    parse: (raw, _spec, reading) => raw === "" ? refuse(reading, raw, "usage.empty") : raw,
    fallback: () => [],
    shown: nothing,
    notes: (_spec, t) => [t("cli.repeatable")],
  },
  integer: {
    takesValue: true,
    placeholder: () => "N",
    parse: bounded(/^-?\d+$/, "usage.badInteger"),
    fallback: asGiven,
    shown: shownAsNumber,
  },
  number: {
    takesValue: true,
    placeholder: () => "N",
    parse: bounded(/^(\d+([.,]\d*)?|[.,]\d+)$/, "usage.badNumber"),
    fallback: asGiven,
    shown: shownAsNumber,
  },
  rate: {
    takesValue: true,
    placeholder: () => "RATE",
    parse: (raw, spec, reading) => {
      const found = /^(\d+(?:[.,]\d+)?)([kM]?)$/.exec(raw);
      const scale = found?.[2] === "k" ? 1_000 : found?.[2] === "M" ? 1_000_000 : 1;
      const value = found ? Math.round(Number(found[1].replace(",", ".")) * scale) : NaN;
      const [min, max] = spec.range;
      if (!(value >= min && value <= max)) {
        refuse(reading, raw, "usage.badRate", { min: rateText(min), max: rateText(max) });
      }
      return value;
    },
    fallback: asGiven,
    shown: (spec) => spec.default === undefined ? undefined : rateText(spec.default),
  },
  port: {
    takesValue: true,
    placeholder: () => "PORT",
    parse: (raw, spec, reading) => {
      const port = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
      const lowest = spec.anyFree ? 0 : 1;
      if (port >= lowest && port <= 65535) return port;
      return refuse(reading, raw, spec.anyFree ? "usage.badServerPort" : "usage.badPort");
    },
    fallback: asGiven,
    shown: shownAsNumber,
  },
  "port-list": {
    takesValue: true,
    placeholder: () => "PORTS",
    parse: (raw, _spec, reading) =>
      parsePortList(raw) ?? refuse(reading, raw, "usage.badPorts", { max: MAX_PORT_LIST }),
    fallback: nothing,
    shown: nothing,
  },
  "address-list": {
    takesValue: true,
    placeholder: () => "LIST",
    parse: (raw, _spec, reading) =>
      parseAddressList(raw) ?? refuse(reading, raw, "usage.badAddresses"),
    fallback: nothing,
    shown: nothing,
  },
  choice: {
    takesValue: true,
    placeholder: (spec) => spec.choices.join("|"),
    parse: (raw, spec, reading) =>
      spec.choices.find((choice) => choice === raw.toLowerCase()) ??
        refuse(reading, raw, "usage.badChoice", { choices: spec.choices.join(", ") }),
    fallback: asGiven,
    shown: (spec) => spec.default,
    // The choices are listed unless the placeholder already shows them (`es|en`).
    notes: (spec, t) =>
      spec.placeholder?.includes("|") ? [] : [t("cli.oneOf", { choices: spec.choices.join(", ") })],
  },
};

/** The kind of an option. */
export function kindOf(spec: OptionSpec): Kind<OptionSpec> {
  // Each entry takes the spec of its own kind: indexing by the spec's kind gives it that one.
  return KINDS[spec.kind] as Kind<OptionSpec>;
}
