import { isPlainKey, type Translate } from "./catalogue.ts";

/**
 * A verb's form as a protocol's table writes it (`INCR|SUMA key field n`), with its argument words
 * in the reader's language (`INCR|SUMA clave campo n`): each lower-case word with a
 * `placeholder.<word>` text is shown as that text; the verbs, in capitals, and words with no
 * such text (`n`, `json`) stay as they are. `--help` and a server's replies show forms this way,
 * so both name the arguments alike.
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * import { translator } from "./catalogue.ts";
 * assertEquals(localForm("INCR|SUMA key field n", translator("es")), "INCR|SUMA clave campo n");
 * assertEquals(localForm("ADD|ALTA key {json}", translator("es")), "ADD|ALTA clave {json}");
 * ```
 */
export function localForm(form: string, t: Translate): string {
  return form.replace(/\b[a-z]+\b/g, (word) => {
    const key = `placeholder.${word}`;
    return isPlainKey(key) ? t(key) : word;
  });
}
