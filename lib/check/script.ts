/**
 * A conversation script: what `socklab check` says to a server and what it expects back, stage by
 * stage. Scripts are JSON (docs/check.md documents the format); `parseScript` (parse_script.ts)
 * checks one and turns it into these types, or names the step and the field that is wrong.
 *
 * @module
 */

/** A text for people: one for every language, or the same in all. */
export type Localized = string | {
  /** English: every localized text has it, for a language it has no text in. */
  readonly en: string;
  /** The text in another language, by its code (`es`, `pt`, `pt-BR`…). */
  readonly [lang: string]: string;
};

/** Why a stage failed, in the terms hints are written for. */
export type Problem =
  /** Nobody listens there (connection refused), and nothing has been reached before. */
  | "refused"
  /** Refused, after an earlier connection of this check worked: the server exited or crashed. */
  | "stopped"
  /** The connection was not accepted in time (a full backlog: the server serves one at a time). */
  | "no-connection"
  /** Nothing came back in time. */
  | "nothing"
  /** Part of a reply came, never the rest (no delimiter, a cut reply). */
  | "partial"
  /** A reply came, and it is not the one expected. */
  | "mismatch"
  /** The server closed the connection before the reply. */
  | "ended"
  /** The server kept the connection open when the client had left. */
  | "not-ended"
  /** The server answered before the request was whole. */
  | "spoke"
  /** The number in the reply is not the one expected (updates were lost). */
  | "number"
  /** No socket is bound to that UDP port. */
  | "unbound"
  /** The server sent more than a connection keeps (1 MiB) that no step took. */
  | "flood"
  /** Another network failure (a reset, a broken pipe), explained with it. */
  | "error";

/** Every problem, in the order docs/check.md lists them. */
export const PROBLEMS: readonly Problem[] = [
  "refused",
  "stopped",
  "no-connection",
  "nothing",
  "partial",
  "mismatch",
  "ended",
  "not-ended",
  "spoke",
  "number",
  "unbound",
  "flood",
  "error",
];

/**
 * The problems a hint is for when its script does not say: what the server did, not whether it
 * could be reached (a refusal, a backlog, a reset have hints of their own) nor a reply cut short
 * (its own hint: the delimiter), nor a flood (its own message says it all).
 */
export const HINTED_PROBLEMS: readonly Problem[] = PROBLEMS.filter((problem) =>
  !["refused", "stopped", "no-connection", "partial", "flood", "error"].includes(problem)
);

/** Said when a stage (or a step) fails with one of the problems it is for. */
export interface Hint {
  /** What to look at, in the report's language. */
  readonly text: Localized;
  /** The problems it explains; for any other, the report gives the problem's own hint. */
  readonly when: readonly Problem[];
}

/** A whole script: the exercise it checks and its stages, in order. */
export interface Script {
  /** What `check NAME` calls it. */
  readonly name: string;
  /** One line: what the exercise teaches. */
  readonly title: Localized;
  /** TCP (the default) or UDP. */
  readonly transport: "tcp" | "udp";
  /** The port its server usually listens on, when the user gives none. */
  readonly port?: number;
  /**
   * When a request sent without a line end gets no reply within a second, it is ended with `\n` on
   * the same connection; if that is answered, every later request is sent that way (a server of
   * the class's own that reads lines). @default {false}
   */
  readonly retryAsLine: boolean;
  /** The stages, run in this order. */
  readonly stages: readonly Stage[];
}

/** A stage: steps that pass or fail together, with its points and its time limit. */
export interface Stage {
  /** What the stage checks, for the report. */
  readonly title: Localized;
  /** The points the stage is worth. @default {1} */
  readonly points: number;
  /** Seconds the whole stage may take. @default {5} */
  readonly timeout: number;
  /** Said when the stage fails with a problem it is for: the usual mistake behind it. */
  readonly hint?: Hint;
  /** Said when the stage passes: what the pass proves, and what it cannot. */
  readonly note?: Localized;
  /**
   * A stage worth no points whose failure is reported but does not fail the check (the exit code,
   * `failed` and JUnit's failures leave it out). @default {false}
   */
  readonly optional: boolean;
  /**
   * The stage goes on with the connections the stage before it left open (a server that serves
   * one client and exits is graded on one connection). @default {false}
   */
  readonly continues: boolean;
  /** What the checker does and expects, in order. */
  readonly steps: readonly Step[];
}

/** What a reply must be. */
export type Match =
  | { readonly exact: string }
  | { readonly prefix: string }
  | { readonly regex: string }
  | { readonly any: true }
  /** Exactly the bytes this client sent since its last reply: an echo. */
  | { readonly echo: true }
  /** A number the reply carries (the regex's first group) must equal this: lost updates. */
  | { readonly number: { readonly regex: string; readonly equals: number } };

/** What one step does; `client` names a connection (`main` unless a step says). */
export type Action =
  | { readonly do: "connect"; readonly client: string }
  | {
    readonly do: "send";
    readonly client: string;
    /** What to send, as UTF-8 text (JSON's escapes: `\r\n`, `\u0000`). */
    readonly text?: string;
    /** Or the bytes themselves, in hexadecimal: `"00ff0d0a"`. */
    readonly hex?: string;
    /** Or this many printable ASCII bytes, each position telling where it is (no line end). */
    readonly size?: number;
    /** Written in pieces of this many bytes, a moment apart, as a slow network would. */
    readonly pieces?: number;
  }
  | {
    readonly do: "expect";
    readonly client: string;
    readonly reply: Match;
    /** The reply ends with this (a line's `\n`). */
    readonly until?: string;
    /**
     * Without `until`, the reply is what arrives until this many milliseconds pass with nothing
     * more. @default {100}
     */
    readonly quiet?: number;
    /** The reply is judged and left for the next `expect` to judge too. @default {false} */
    readonly keep?: boolean;
  }
  /** The server closes its side: the next read is the end of the stream. */
  | { readonly do: "closed"; readonly client: string }
  /** Nothing arrives for this long: a request is not answered before it is whole. */
  | { readonly do: "silent"; readonly client: string; readonly ms: number }
  /** The client half-closes: it sends no more, and can still read. */
  | { readonly do: "shutdown"; readonly client: string }
  | { readonly do: "close"; readonly client: string }
  | { readonly do: "pause"; readonly ms: number }
  /** A UDP port on this machine has a socket bound to it (for a server that never answers). */
  | { readonly do: "bound" }
  /**
   * This many clients connect at the same moment and close: never a failure, a note when some
   * waited a second or more, or were refused (a small listen backlog).
   */
  | { readonly do: "burst"; readonly clients: number }
  /**
   * In a `parallel`: the clients run the steps before it one at a time, in turn, and wait here
   * for each other; the steps after it run for all at once.
   */
  | { readonly do: "together" }
  /** These steps, once for each of `clients` clients at once; `{i}` in a text is the client's number. */
  | { readonly do: "parallel"; readonly clients: number; readonly steps: readonly Step[] }
  | {
    readonly do: "repeat";
    readonly times: number;
    /** No round begins once this many seconds have passed since the first. */
    readonly seconds?: number;
    readonly steps: readonly Step[];
  };

/** One thing the checker does, and the hint for when it is what fails. */
export type Step = Action & { readonly hint?: Hint };

/** Every kind of step, by its `do`. */
export const STEP_KINDS = [
  "connect",
  "send",
  "expect",
  "closed",
  "silent",
  "shutdown",
  "close",
  "pause",
  "bound",
  "burst",
  "together",
  "parallel",
  "repeat",
] as const;

/** Every way a reply can be judged. */
export const MATCH_KINDS = ["exact", "prefix", "regex", "any", "echo", "number"] as const;

/** How long a reply without a delimiter may pause before it is taken as whole, in ms. */
export const QUIET_MS = 100;

/** A localized text in `lang`, or in English when it has none in that language. */
export function localized(text: Localized, lang: string): string {
  if (typeof text === "string") return text;
  return (Object.hasOwn(text, lang) ? text[lang] : undefined) ?? text.en;
}
