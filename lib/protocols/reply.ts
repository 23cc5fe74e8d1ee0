/**
 * What a protocol says to people: the key of a message and the values it names. The protocol
 * never holds the text itself; whoever shows it picks the language.
 */
export interface Said<Key extends string = string> {
  readonly key: Key;
  /** The values it names; text from a peer among them is shown printable, wherever it goes. */
  readonly values?: Readonly<Record<string, string | number>>;
  /**
   * The names of values that are verb forms as a protocol's table writes them (`INCR|SUMA key
   * field n`): their argument words are shown in the reader's language, as `--help` shows them.
   */
  readonly forms?: readonly string[];
}

/**
 * A line protocol's reply to one request, as data. On the wire it is `OK`, `OK result`, or
 * `OK words` (a result or words for people), or `ERR code words`: the code is the contract a
 * program reads; the words are for people, in the server's language.
 */
export type LineReply<Key extends string = string> =
  | {
    readonly ok: true;
    /** What the request asked for, as data: sent as it is. */
    readonly result?: string;
    /** Words for people instead of a result (HELP, QUIT). */
    readonly said?: Said<Key>;
    /** Close the connection after this reply (QUIT). */
    readonly close?: boolean;
  }
  | {
    readonly ok: false;
    /** Why, for programs: `not-found`, `bad-json`… */
    readonly code: string;
    /** Why, for people. */
    readonly said: Said<Key>;
    readonly close?: boolean;
  };

/** A reply `OK`, with a result when there is one. */
export function ok(result?: string): LineReply<never> {
  return result === undefined || result === "" ? { ok: true } : { ok: true, result };
}

/** A reply `ERR code words`; `forms` names the values that are verb forms ({@linkcode Said}). */
export function refuse<Key extends string>(
  code: string,
  key: Key,
  values?: Said["values"],
  forms?: Said["forms"],
): LineReply<Key> {
  return { ok: false, code, said: values ? { key, values, ...(forms ? { forms } : {}) } : { key } };
}
