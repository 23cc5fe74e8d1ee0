/** Characters that cannot be in a placeholder's name: braces around them are literal text. */
type NotInName = " " | '"' | "'" | ":" | "," | "{" | "." | "-" | "|";

/** The name a placeholder's braces hold: `count` of `{count}`, and of `{count|file|files}`. */
type NameOf<Inside extends string> = Inside extends `${infer Name}|${string}|${string}` ? Name
  : Inside;

/**
 * The `{name}` placeholders of a message text, as a union of names, with the name a plural form
 * `{name|one|other}` is chosen by. As at run time, only a word between braces is a placeholder:
 * `{"age": 30}` in a message is literal JSON.
 */
export type Placeholders<S extends string> = S extends `${string}{${infer Inside}}${infer Rest}`
  ? NameOf<Inside> extends `${string}${NotInName}${string}` | "" ? Placeholders<Rest>
  : NameOf<Inside> | Placeholders<Rest>
  : never;
