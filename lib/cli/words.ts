/** One option as typed: `--port 80`, `--port=80`, `-o out.svg`, or a switch such as `--trace`. */
export interface OptionWord {
  readonly kind: "option";
  /** The flag as typed, before any `=`: `--port`, `-o`. */
  readonly flag: string;
  /** Its value, given after `=` or as the next word; undefined for a switch or a missing value. */
  readonly value?: string;
  /** The value came after `=` (how a switch is given a value: `--trace=yes`). */
  readonly inline: boolean;
}

/** A word that is not an option: a mode's name or a positional argument. */
export interface PositionalWord {
  readonly kind: "positional";
  readonly value: string;
  /** It came after `--`, so it cannot be the mode's name. */
  readonly afterDashes: boolean;
}

export type Word = OptionWord | PositionalWord;

/**
 * Reads a command line once, into words. `takesValue(flag)` says whether a known flag takes a
 * value, or undefined for an unknown one (read as a switch, to be refused by whoever knows).
 * A valued option takes the next word as its value whatever it looks like (`--message -V` sends
 * "-V"), except when that word is itself a known long option (`--port --trace` is a port missing)
 * or `--`. After `--`, every word is positional.
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * import { readWords } from "./words.ts";
 *
 * const flags = new Map([["--message", true], ["--trace", false]]);
 * assertEquals(readWords(["--message", "-V", "x"], (flag) => flags.get(flag)), [
 *   { kind: "option", flag: "--message", value: "-V", inline: false },
 *   { kind: "positional", value: "x", afterDashes: false },
 * ]);
 * assertEquals(readWords(["--message", "--trace"], (flag) => flags.get(flag)), [
 *   { kind: "option", flag: "--message", value: undefined, inline: false },
 *   { kind: "option", flag: "--trace", value: undefined, inline: false },
 * ]);
 * ```
 */
export function readWords(
  argv: readonly string[],
  takesValue: (flag: string) => boolean | undefined,
): Word[] {
  const words: Word[] = [];
  const isKnownLong = (word: string) =>
    word.startsWith("--") && takesValue(word.split("=")[0]) !== undefined;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (word === "--") {
      for (const value of argv.slice(i + 1)) {
        words.push({ kind: "positional", value, afterDashes: true });
      }
      break;
    }
    if (!word.startsWith("-") || word === "-") {
      words.push({ kind: "positional", value: word, afterDashes: false });
      continue;
    }
    const equals = word.indexOf("=");
    if (equals !== -1) {
      words.push({
        kind: "option",
        flag: word.slice(0, equals),
        value: word.slice(equals + 1),
        inline: true,
      });
      continue;
    }
    const next = argv[i + 1];
    const taken = takesValue(word) === true && next !== undefined && next !== "--" &&
      !isKnownLong(next);
    words.push({ kind: "option", flag: word, value: taken ? next : undefined, inline: false });
    if (taken) i++;
  }
  return words;
}
