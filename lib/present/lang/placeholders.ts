/** Characters that cannot be in a placeholder's name: braces around them are literal text. */
type NotInName = " " | '"' | "'" | ":" | "," | "{" | "." | "-";

/**
 * The `{name}` placeholders of a message text, as a union of names. As at run time, only a word
 * between braces is a placeholder: `{"age": 30}` in a message is literal JSON.
 */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name extends `${string}${NotInName}${string}` ? Placeholders<Rest> : Name | Placeholders<Rest>
  : never;
