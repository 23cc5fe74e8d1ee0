/**
 * The exercises `socklab check` knows by name, each a conversation script shipped inside socklab
 * (imported, so the bundle and the binary carry them) and printable with `check --show NAME` for a
 * teacher to copy and adapt.
 *
 * @module
 */
import { LANGUAGES } from "../present/languages.ts";
import type { MessageKey } from "../present/lang/keys.ts";
import { PORTS } from "../run/ports.ts";
import { parseScript } from "./parse_script.ts";
import type { Script } from "./script.ts";
import hello from "./exercises/hello.json" with { type: "json" };
import udpAck from "./exercises/udp-ack.json" with { type: "json" };
import udpSend from "./exercises/udp-send.json" with { type: "json" };
import untilCrlf from "./exercises/until-crlf.json" with { type: "json" };
import upper from "./exercises/upper.json" with { type: "json" };
import upperMany from "./exercises/upper-many.json" with { type: "json" };
import echo from "./exercises/echo.json" with { type: "json" };
import textService from "./exercises/text-service.json" with { type: "json" };
import concurrent from "./exercises/concurrent.json" with { type: "json" };
import db from "./exercises/db.json" with { type: "json" };
import dbLocking from "./exercises/db-locking.json" with { type: "json" };

/** A built-in exercise: its script as written, the lesson it grades, what the docs say of it. */
interface BuiltIn {
  readonly script: object;
  /** The lesson whose port it grades. */
  readonly lesson: keyof typeof PORTS;
  /** What it checks, in a few words (README's table). */
  readonly brief: string;
  /** What it checks, in full (docs/check.md's table). */
  readonly checks: string;
  /** The course documents it comes from. */
  readonly source: string;
}

/**
 * Each exercise's script as written, in course order, with the lesson whose port it grades: the
 * port is the lesson's (from the one table of ports), filled in after the title (and transport),
 * and its texts are named by key, taken from the catalogues.
 */
const WRITTEN = {
  hello: {
    script: hello,
    lesson: "tcp",
    brief: "accepts, answers a message, closes: one connection",
    checks: "the one-shot exchange on one connection: accepts, answers a message, closes",
    source: "_Sockets orientados a conexiones bloqueantes_; Cádiz slides",
  },
  "udp-ack": {
    script: udpAck,
    lesson: "udp",
    brief: "every datagram acknowledged, to its own sender",
    checks: "a datagram is acknowledged; 10 clients each get their own acknowledgement",
    source: "_Programación de sockets_; Cádiz slides",
  },
  "udp-send": {
    script: udpSend,
    lesson: "udp",
    brief: "a socket bound to the UDP port",
    checks: "a socket is bound to the UDP port (on this machine: UDP senders never see a refusal)",
    source: "_Programación de sockets_",
  },
  "until-crlf": {
    script: untilCrlf,
    lesson: "echo",
    brief: "a request read until `\\r\\n`, however it arrives: one connection",
    checks:
      "on one connection: not answered before `\\r\\n`, read on byte by byte, then answered with a whole line",
    source: "_Sockets bloqueantes_",
  },
  echo: {
    script: echo,
    lesson: "echo",
    brief: "every byte back unchanged, 1 byte to 64 KiB",
    checks:
      "the echo lessons' server: every byte back, unchanged, from 1 byte to 64 KiB, several messages per connection",
    source: "_Sockets bloqueantes_ (the echo)",
  },
  upper: {
    script: upper,
    lesson: "text",
    brief: "one request, its reply in upper case: one connection",
    checks:
      "the upper-case service's minimal form, on one connection: its reply in capitals, accents too",
    source: "the UCM practical §1.5",
  },
  "upper-many": {
    script: upperMany,
    lesson: "text",
    brief: "many requests per connection; an empty recv ends it",
    checks:
      "many requests on one connection; the server notices the client leaving and closes; the next client is served",
    source: "the UCM practical §2.1–§2.3",
  },
  "text-service": {
    script: textService,
    lesson: "text",
    brief: "MAYUS, MINUS, INVERTIR in socklab's line protocol",
    checks:
      "socklab's text protocol (`MAYUS`, `MINUS`, `INVERTIR`): accents, `ß`, ten requests, an unknown verb, blank lines",
    source: "the UCM practical §2.1–§2.3",
  },
  concurrent: {
    script: concurrent,
    lesson: "echo",
    brief: "a silent client does not stall the others; 50 at once",
    checks:
      "a second client is served while the first is silent; 50 clients connected at once, all served",
    source: "the UCM practical §2.3; _Sockets bloqueantes_",
  },
  db: {
    script: db,
    lesson: "db",
    brief: "the person database's operations and its errors",
    checks:
      "the person database: add, look up, change, delete, and the errors (add twice, delete what does not exist)",
    source: "the UCM practical §2.4",
  },
  "db-locking": {
    script: dbLocking,
    lesson: "db",
    brief: "30 clients × 10 increments of one record, round after round",
    checks: "30 clients × 10 increments of one record at once, round after round: none lost",
    source: "the UCM practical §2.4–§2.5",
  },
} as const satisfies Record<string, BuiltIn>;

/** Every language socklab speaks, English first: a localized text's fallback leads. */
const ENGLISH_FIRST = ["en", ...Object.keys(LANGUAGES).filter((lang) => lang !== "en")];

/**
 * `written` with each of its texts (`{ "key": "exercise.hello.title" }`) in every language socklab
 * speaks, English first: the exercises' texts live in the catalogues, like every other text.
 */
function withTexts(written: unknown): unknown {
  if (Array.isArray(written)) return written.map(withTexts);
  if (typeof written !== "object" || written === null) return written;
  const { key } = written as { key?: unknown };
  if (typeof key === "string" && Object.keys(written).length === 1) {
    if (!Object.hasOwn(LANGUAGES.en, key)) throw new Error(`no text has the key ${key}`);
    return Object.fromEntries(
      ENGLISH_FIRST.map((
        lang,
      ) => [lang, LANGUAGES[lang as keyof typeof LANGUAGES][key as MessageKey]]),
    );
  }
  return Object.fromEntries(
    Object.entries(written).map(([name, value]) => [name, withTexts(value)]),
  );
}

/** `script` with `port` after its title and transport, where a script's reader expects it. */
function withPort(script: object, port: number): Record<string, unknown> {
  const entries = Object.entries(script);
  const at = entries.findIndex(([key]) => key === "stages");
  return Object.fromEntries([...entries.slice(0, at), ["port", port], ...entries.slice(at)]);
}

/** Each exercise's script, in course order, its port filled in: what `check --show` prints. */
export const EXERCISE_SOURCES: Readonly<Record<string, unknown>> = Object.fromEntries(
  Object.entries(WRITTEN).map((
    [name, { script, lesson }],
  ) => [name, withPort(withTexts(script) as object, PORTS[lesson])]),
);

/** Each exercise, checked and typed, by name. */
export const EXERCISES: ReadonlyMap<string, Script> = new Map(
  Object.entries(EXERCISE_SOURCES).map(([name, source]) => [name, parseScript(source)]),
);

/** What the documentation says of each built-in exercise, by name (`deno task docs` writes it). */
export const EXERCISE_DOCS: Readonly<
  Record<string, Pick<BuiltIn, "brief" | "checks" | "source">>
> = Object.fromEntries(
  Object.entries(WRITTEN).map((
    [name, { brief, checks, source }],
  ) => [name, { brief, checks, source }]),
);
