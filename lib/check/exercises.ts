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

/**
 * Each exercise's script as written, in course order, with the lesson whose port it grades: the
 * port is the lesson's (from the one table of ports), filled in after the title (and transport),
 * and its texts are named by key, taken from the catalogues.
 */
const WRITTEN = {
  hello: [hello, "tcp"],
  "udp-ack": [udpAck, "udp"],
  "udp-send": [udpSend, "udp"],
  "until-crlf": [untilCrlf, "echo"],
  echo: [echo, "echo"],
  upper: [upper, "text"],
  "upper-many": [upperMany, "text"],
  "text-service": [textService, "text"],
  concurrent: [concurrent, "echo"],
  db: [db, "db"],
  "db-locking": [dbLocking, "db"],
} as const satisfies Record<string, readonly [object, keyof typeof PORTS]>;

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
    const languages = ["en", ...Object.keys(LANGUAGES).filter((lang) => lang !== "en")];
    return Object.fromEntries(
      languages.map((lang) => [lang, LANGUAGES[lang as keyof typeof LANGUAGES][key as MessageKey]]),
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
    [name, [script, lesson]],
  ) => [name, withPort(withTexts(script) as object, PORTS[lesson])]),
);

/** Each exercise, checked and typed, by name. */
export const EXERCISES: ReadonlyMap<string, Script> = new Map(
  Object.entries(EXERCISE_SOURCES).map(([name, source]) => [name, parseScript(source)]),
);
