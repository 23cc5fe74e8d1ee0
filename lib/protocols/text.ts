/**
 * The text service of seed 003 §1.5–§2.2, as a line protocol: one request per line, `VERB text`,
 * one reply per request, `OK result` or `ERR code message`. Pure functions: the server mode does
 * the sockets.
 *
 * @module
 */
import type { Translate } from "../present/catalogue.ts";

/** What the service can do to a text. */
export type TextOperation = "upper" | "lower" | "reverse";

type Verb = TextOperation | "help" | "quit";

/** The verbs, English and Spanish, as written in the protocol (matched case-insensitively). */
export const VERBS: ReadonlyMap<string, Verb> = new Map([
  ["UPPER", "upper"],
  ["MAYUS", "upper"],
  ["MAYÚS", "upper"],
  ["LOWER", "lower"],
  ["MINUS", "lower"],
  ["MINÚS", "lower"],
  ["REVERSE", "reverse"],
  ["INVERTIR", "reverse"],
  ["HELP", "help"],
  ["AYUDA", "help"],
  ["QUIT", "quit"],
  ["SALIR", "quit"],
]);

/** The verbs as HELP and `unknown-verb` list them. */
export const VERB_LIST = "UPPER|MAYUS, LOWER|MINUS, REVERSE|INVERTIR, HELP|AYUDA, QUIT|SALIR";

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Reverses what a reader sees as characters (grapheme clusters), not UTF-16 units: "👍🏽" and
 * "n" + combining tilde stay whole.
 */
export function reverseGraphemes(text: string): string {
  const parts: string[] = [];
  for (const { segment } of graphemes.segment(text)) parts.push(segment);
  return parts.reverse().join("");
}

/** Applies an operation: upper and lower case by Unicode's rules ("ß" → "SS"), or reversal. */
export function transform(operation: TextOperation, text: string): string {
  switch (operation) {
    case "upper":
      return text.toUpperCase();
    case "lower":
      return text.toLowerCase();
    case "reverse":
      return reverseGraphemes(text);
  }
}

/** The answer to one request. */
export interface TextReply {
  /** The reply line, without its line ending. */
  readonly reply: string;
  /** The verb as the client wrote it, upper-cased (or "" for an empty line), for the log. */
  readonly verb: string;
  /** QUIT: the server closes after replying. */
  readonly close: boolean;
}

/** Answers one request line (decoded, without its line ending). */
export function answerTextRequest(line: string, t: Translate): TextReply {
  const space = line.indexOf(" ");
  const verb = (space < 0 ? line : line.slice(0, space)).toUpperCase();
  const text = space < 0 ? "" : line.slice(space + 1);
  if (verb === "") {
    return { reply: `ERR empty ${t("text.errEmpty")}`, verb, close: false };
  }
  const action = VERBS.get(verb);
  switch (action) {
    case undefined:
      return {
        reply: `ERR unknown-verb ${t("text.errUnknownVerb", { verb, verbs: VERB_LIST })}`,
        verb,
        close: false,
      };
    case "help":
      return { reply: `OK ${t("text.help", { verbs: VERB_LIST })}`, verb, close: false };
    case "quit":
      return { reply: `OK ${t("text.bye")}`, verb, close: true };
    default:
      if (text === "") return { reply: `ERR empty ${t("text.errEmpty")}`, verb, close: false };
      return { reply: `OK ${transform(action, text)}`, verb, close: false };
  }
}
