/**
 * The characters no peer may put in front of a reader as they came: C0 controls (ESC, BEL, NUL,
 * and CR and LF, which would let a peer forge or overwrite a line), DEL, C1 controls, and the
 * bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) that reorder what follows
 * them. Shown escaped on a terminal; never kept in a file name.
 */
// deno-lint-ignore no-control-regex
export const UNSAFE_TEXT = /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;
