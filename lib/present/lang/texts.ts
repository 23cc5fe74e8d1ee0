/**
 * One language's texts of one lesson or topic: a text for every key of the English file it
 * translates. A missing key does not type-check, nor does one English does not have.
 *
 * @module
 */

/** A text for each key of `English` (the English file's texts). */
export type Texts<English> = { readonly [Key in keyof English]: string };
