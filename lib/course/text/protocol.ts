/**
 * The text service of the course's text services (upper case, lower case, reversal), as a line
 * protocol: one request per line, `VERB text`, one reply per request, `OK result` or
 * `ERR code words`. Bytes in, replies out: the serving loop does the socket and the language.
 *
 * @module
 */
import { type LineReply, refuse } from "../../protocols/reply.ts";
import { splitRequest, type VerbSpec, VerbTable } from "../../protocols/verbs.ts";

/** What the service can do to a text. */
export type TextOperation = "upper" | "lower" | "reverse";

/** Every verb of the service. */
export type TextVerb = TextOperation | "help" | "quit";

/** The messages the service's replies and help name. */
export type TextMessage =
  | "text.errEmpty"
  | "text.errUnknownVerb"
  | "text.help"
  | "text.bye"
  | `text.verb.${TextVerb}`;

/** The answer to one request, with the verb as the client wrote it for the server's log. */
export type TextReply = LineReply<TextMessage> & {
  /** The verb as written, upper-cased ("" for an empty line). */
  readonly verb: string;
};

interface TextVerbSpec extends VerbSpec<TextMessage> {
  /** The reply to the verb with this text after it (`verb` as the client wrote it). */
  readonly answer: (text: string, verb: string) => TextReply;
}

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

/** Each operation: upper and lower case by Unicode's rules ("ß" → "SS"), or reversal. */
const OPERATIONS = {
  upper: (text) => text.toUpperCase(),
  lower: (text) => text.toLowerCase(),
  reverse: reverseGraphemes,
} as const satisfies Record<TextOperation, (text: string) => string>;

/** The operations, as `--raw` offers them. */
export const TEXT_OPERATIONS = Object.keys(OPERATIONS) as readonly TextOperation[];

/** Applies an operation to a text. */
export function transform(operation: TextOperation, text: string): string {
  return OPERATIONS[operation](text);
}

/** The reply to an operation: its result, or `ERR empty` with nothing to transform. */
function operate(operation: TextOperation) {
  return (text: string, verb: string): TextReply =>
    text === ""
      ? { ...refuse("empty", "text.errEmpty"), verb }
      : { ok: true, result: transform(operation, text), verb };
}

/** The service's verbs, English and Spanish: the one table parsing, help and clients read. */
export const TEXT_VERBS: VerbTable<TextVerb, TextVerbSpec> = new VerbTable(
  {
    upper: {
      names: ["UPPER", "MAYUS"],
      also: ["MAYÚS"],
      help: "text.verb.upper",
      doc: "`OK` and the text in upper case by Unicode's rules (`straße` → `STRASSE`)",
      answer: operate("upper"),
    },
    lower: {
      names: ["LOWER", "MINUS"],
      also: ["MINÚS"],
      help: "text.verb.lower",
      doc: "`OK` and the text in lower case",
      answer: operate("lower"),
    },
    reverse: {
      names: ["REVERSE", "INVERTIR"],
      help: "text.verb.reverse",
      doc: "`OK` and the text reversed by characters as a reader sees them (`👍🏽` stays whole)",
      answer: operate("reverse"),
    },
    help: {
      names: ["HELP", "AYUDA"],
      help: "text.verb.help",
      doc: "`OK` and words listing the verbs",
      answer: (_, verb) => ({
        ok: true,
        said: { key: "text.help", values: { verbs: TEXT_VERBS.usage() } },
        verb,
      }),
    },
    quit: {
      names: ["QUIT", "SALIR"],
      help: "text.verb.quit",
      doc: "`OK` and words saying goodbye; then the server closes",
      answer: (_, verb) => ({ ok: true, said: { key: "text.bye" }, close: true, verb }),
    },
  } satisfies Record<TextVerb, TextVerbSpec>,
);

/** Answers one request line (decoded, without its line ending). */
export function answerTextRequest(line: string): TextReply {
  const { word, written, rest } = splitRequest(line);
  if (word === "") return { ...refuse("empty", "text.errEmpty"), verb: word };
  const verb = TEXT_VERBS.find(word);
  if (verb === undefined) {
    // Quoted as the client wrote it: upper-cased, `MAYUS\thola` would read as text never sent.
    return {
      ...refuse("unknown-verb", "text.errUnknownVerb", {
        verb: written,
        verbs: TEXT_VERBS.usage(),
      }),
      verb: word,
    };
  }
  return TEXT_VERBS.specs[verb].answer(rest, word);
}
