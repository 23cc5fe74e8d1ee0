/**
 * The exercises `socklab check` knows by name, each a conversation script shipped inside socklab
 * (imported, so the bundle and the binary carry them) and printable with `check --show NAME` for a
 * teacher to copy and adapt.
 *
 * @module
 */
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

/** Each exercise's script as written, in course order. */
export const EXERCISE_SOURCES: Readonly<Record<string, unknown>> = {
  hello,
  "udp-ack": udpAck,
  "udp-send": udpSend,
  "until-crlf": untilCrlf,
  echo,
  upper,
  "upper-many": upperMany,
  "text-service": textService,
  concurrent,
  db,
  "db-locking": dbLocking,
};

/** Each exercise, checked and typed, by name. */
export const EXERCISES: ReadonlyMap<string, Script> = new Map(
  Object.entries(EXERCISE_SOURCES).map(([name, source]) => [name, parseScript(source)]),
);
