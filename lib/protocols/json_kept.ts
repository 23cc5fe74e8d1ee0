/**
 * What JSON.parse accepts and JSON.stringify cannot give back: a number that does not fit a 64-bit
 * double as it was written (`1e400` becomes `null`, `1e-400` becomes `0`, `9007199254740993`
 * becomes `9007199254740992`), and text with half of a UTF-16 surrogate pair (`"\ud800"`), which
 * is no Unicode text. A protocol that stores JSON (the person database) refuses such a value,
 * naming where it is, rather than store something else than it was sent.
 *
 * @module
 */

/**
 * The longest a path or a number is shown: a request may nest thousands deep, or send a number of
 * thousands of digits, and a reply stays short.
 */
const SHOWN = 64;

/** `text`, or its start and end around an ellipsis when it is longer than {@linkcode SHOWN}. */
export function shown(text: string): string {
  const half = SHOWN / 2 - 1;
  return text.length <= SHOWN ? text : `${text.slice(0, half)}…${text.slice(-half)}`;
}

/** A value that would not be kept as it was sent, and where it is: `a.b[2]`. */
export type Unkept =
  | {
    readonly kind: "number";
    /** Shortened, as every text here, to 64 characters around an ellipsis. */
    readonly path: string;
    /** The number as it was written. */
    readonly number: string;
    /** What would be stored instead: `null`, `0`, `9007199254740992`. */
    readonly stored: string;
  }
  | {
    readonly kind: "surrogate";
    readonly path: string;
    /** The lone half, as an escape: `\ud800`. */
    readonly unit: string;
  };

/**
 * Only a text in which one of these occurs can hold a value that is not kept (or one that is not
 * well-formed UTF-16 itself): a number of 16 or more digits, the point among them or not, or one
 * written with an exponent (with up to 15 significant digits and no exponent, a number is always
 * kept); an escaped surrogate. Most requests have none and are not scanned.
 */
// 60 ns on a small record; `(?:\d\.?){16}` for the digits took twice that.
const MAYBE_UNKEPT = /\d[\d.]{15}|\d[eE]|\\u[dD][89a-fA-F]/;

/** Characters a number's JSON text is made of, after its first (a minus sign or a digit). */
const NUMBER_CHAR = /[-+.eE0-9]/;

/** A key as a path shows it: plain when it is a word, else as a JSON string in brackets. */
const PLAIN_KEY = /^[\p{L}\p{N}_$-]+$/u;

/**
 * The first value in `json` (text JSON.parse has accepted) that would not be stored as it was
 * written, or undefined when every one would be.
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * assertEquals(firstUnkept('{"a": {"b": [1, 2, 1e400]}}'), {
 *   kind: "number",
 *   path: "a.b[2]",
 *   number: "1e400",
 *   stored: "null",
 * });
 * assertEquals(firstUnkept('{"n": 9007199254740992, "x": 1.50}'), undefined);
 * ```
 */
export function firstUnkept(json: string): Unkept | undefined {
  if (!MAYBE_UNKEPT.test(json) && json.isWellFormed()) return undefined;
  // The path to where the scan is: a key's JSON text, or an index. Scanned, not recursed into: a
  // request may nest thousands deep.
  const path: (string | number)[] = [];
  const inArray: boolean[] = [];
  let expectKey = false;
  let i = 0;
  while (i < json.length) {
    const c = json[i];
    if (c === "{" || c === "[") {
      inArray.push(c === "[");
      path.push(c === "[" ? 0 : "");
      expectKey = c === "{";
      i++;
    } else if (c === "}" || c === "]") {
      inArray.pop();
      path.pop();
      expectKey = false;
      i++;
    } else if (c === ",") {
      const top = path.length - 1;
      if (inArray[top]) path[top] = (path[top] as number) + 1;
      else expectKey = true;
      i++;
    } else if (c === '"') {
      let end = i + 1;
      while (json[end] !== '"') end += json[end] === "\\" ? 2 : 1;
      const token = json.slice(i, end + 1);
      if (expectKey) {
        path[path.length - 1] = token;
        expectKey = false;
      }
      const text: string = JSON.parse(token);
      if (!text.isWellFormed()) {
        return { kind: "surrogate", path: shown(pathText(path)), unit: loneSurrogate(text) };
      }
      i = end + 1;
    } else if (c === "-" || (c >= "0" && c <= "9")) {
      let end = i + 1;
      while (end < json.length && NUMBER_CHAR.test(json[end])) end++;
      const number = json.slice(i, end);
      const value = Number(number);
      if (!Number.isFinite(value) || !sameDecimal(number, String(value))) {
        const stored = JSON.stringify(value);
        return { kind: "number", path: shown(pathText(path)), number: shown(number), stored };
      }
      i = end;
    } else {
      i++;
    }
  }
  return undefined;
}

/** Whether two numbers written in decimal (JSON's or JavaScript's way) are the same number. */
export function sameDecimal(a: string, b: string): boolean {
  return canonical(a) === canonical(b);
}

/** A decimal as sign, significant digits and exponent: `-1.50e2` is `-15e1`; any zero is `0`. */
function canonical(text: string): string {
  const [, sign, whole, fraction = "", exponent = "0"] =
    /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text) ?? [];
  if (whole === undefined) return text;
  const digits = whole + fraction;
  const first = digits.search(/[1-9]/);
  if (first < 0) return "0";
  const significant = digits.slice(first).replace(/0+$/, "");
  const trailing = digits.length - first - significant.length;
  const power = BigInt(exponent) - BigInt(fraction.length) + BigInt(trailing);
  return `${sign}${significant}e${power}`;
}

/** A path as people read it: `a.b[2]`, `["x y"][0]`. */
function pathText(path: readonly (string | number)[]): string {
  let text = "";
  for (const step of path) {
    if (typeof step === "number") {
      text += `[${step}]`;
      continue;
    }
    // A key's JSON text, made canonical (escapes as JSON.stringify writes them).
    const key = JSON.stringify(JSON.parse(step));
    const name = key.slice(1, -1);
    if (PLAIN_KEY.test(name)) text += text === "" ? name : `.${name}`;
    else text += `[${key}]`;
  }
  return text;
}

/** The first lone surrogate in `text`, as an escape: `\ud800`. */
function loneSurrogate(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdfff) continue;
    const next = text.charCodeAt(i + 1);
    if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      i++;
      continue;
    }
    return `\\u${code.toString(16)}`;
  }
  return "";
}
