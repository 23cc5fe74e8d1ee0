import type { en } from "./en/index.ts";

/** The key of every text socklab shows: English has them all. */
export type MessageKey = keyof typeof en;

/** A language: a text for every key English has. A missing key does not type-check. */
export type Catalogue = { readonly [Key in MessageKey]: string };
