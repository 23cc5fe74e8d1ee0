/**
 * Exactly the permissions socklab's modes need, shared by `deno task start`, the compiled binaries
 * and the end-to-end tests (which prove they are enough):
 * - net: every mode opens sockets, to any host the user names;
 * - read and write: `--unix PATH` sockets are files, anywhere the user names;
 * - sys=networkInterfaces: servers on 0.0.0.0 or :: list the addresses classmates can use;
 * - env for the variables that pick the language: SOCKLAB_LANG, then the locale's three.
 */
export const RUN_PERMISSIONS = [
  "--allow-net",
  "--allow-read",
  "--allow-write",
  "--allow-sys=networkInterfaces",
  "--allow-env=SOCKLAB_LANG,LC_ALL,LC_MESSAGES,LANG",
] as const;

/** `Deno.listenDatagram` is still unstable. */
export const UNSTABLE_FLAGS = ["--unstable-net"] as const;
