import type { Text } from "./lang.ts";

/** A part of the catalogue: each key with its text in every language. */
export type Messages = Readonly<Record<string, Text>>;

/** The `{name}` placeholders of a message text, as a union of names. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;
