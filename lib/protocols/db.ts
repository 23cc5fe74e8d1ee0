/**
 * The shared person database of seed 003 §2.4–§2.5, as a line protocol: add, look up, change and
 * delete people by key, plus INCR for the read-modify-write that shows what locking is for.
 * No sockets here: the server mode feeds it lines.
 *
 * @module
 */
import type { Translate } from "../present/catalogue.ts";
import { sleep } from "../transport/abort.ts";
import { KeyedMutex, Mutex } from "../sync/mutex.ts";
import type { Store } from "./db_store.ts";

/** How concurrent operations are kept apart. */
export type Locking = "none" | "global" | "record";
export const LOCKINGS: readonly Locking[] = ["none", "global", "record"];

type Operation = "add" | "get" | "update" | "del" | "list" | "incr" | "help" | "quit";

/** The verbs, English and Spanish (matched case-insensitively). */
export const DB_VERBS: ReadonlyMap<string, Operation> = new Map([
  ["ADD", "add"],
  ["ALTA", "add"],
  ["GET", "get"],
  ["CONSULTA", "get"],
  ["UPDATE", "update"],
  ["MODIFICA", "update"],
  ["DEL", "del"],
  ["BAJA", "del"],
  ["LIST", "list"],
  ["LISTA", "list"],
  ["INCR", "incr"],
  ["SUMA", "incr"],
  ["HELP", "help"],
  ["AYUDA", "help"],
  ["QUIT", "quit"],
  ["SALIR", "quit"],
]);

/** The verbs and their arguments, as HELP and `unknown-verb` list them. */
export const DB_USAGE =
  "ADD|ALTA key {json}, GET|CONSULTA key, UPDATE|MODIFICA key {json}, DEL|BAJA key, LIST|LISTA [prefix], INCR|SUMA key field n, HELP|AYUDA, QUIT|SALIR";

const USAGE: Record<Exclude<Operation, "help" | "quit">, string> = {
  add: "ADD key {json}",
  get: "GET key",
  update: "UPDATE key {json}",
  del: "DEL key",
  list: "LIST [prefix]",
  incr: "INCR key field n",
};

export const MAX_KEY_LENGTH = 128;

/** A person: a JSON object. */
type Person = Record<string, unknown>;

/** The answer to one request. */
export interface DbReply {
  readonly reply: string;
  /** The verb as the client wrote it, upper-cased, for the log. */
  readonly verb: string;
  /** The key it was about ("" if none), for the log. */
  readonly key: string;
  /** QUIT: the server closes after replying. */
  readonly close: boolean;
}

/** A request that cannot be carried out, with its protocol error code. */
class Refusal {
  constructor(readonly code: string, readonly message: string) {}
}

/** The options of a {@linkcode Database}. */
export interface DatabaseOptions {
  readonly locking: Locking;
  /** Simulated storage latency per operation, in milliseconds. */
  readonly latencyMs: number;
  readonly t: Translate;
}

/**
 * The database a server shares among all its clients. Every operation is a read, an await of the
 * storage latency, then a write: with `none` locking, concurrent INCRs on one record lose
 * updates; `global` serialises every operation; `record` locks only the key an operation touches.
 */
export class Database {
  readonly #global = new Mutex();
  readonly #records = new KeyedMutex();

  constructor(readonly store: Store, readonly options: DatabaseOptions) {}

  /** How many keys are locked or waited for right now (0 when the database is idle). */
  get lockedKeys(): number {
    return this.#records.size;
  }

  /** Answers one request line. Nothing a client sends can throw out of here. */
  async answer(line: string): Promise<DbReply> {
    const { t } = this.options;
    const space = line.indexOf(" ");
    const verb = (space < 0 ? line : line.slice(0, space)).toUpperCase();
    const rest = space < 0 ? "" : line.slice(space + 1);
    const operation = DB_VERBS.get(verb);
    const reply = (text: string, key = "", close = false): DbReply => ({
      reply: text,
      verb,
      key,
      close,
    });
    if (operation === undefined) {
      return reply(`ERR unknown-verb ${t("db.errUnknownVerb", { verb, verbs: DB_USAGE })}`);
    }
    if (operation === "help") return reply(`OK ${t("db.help", { verbs: DB_USAGE })}`);
    if (operation === "quit") return reply(`OK ${t("text.bye")}`, "", true);
    const key = keyOf(operation, rest);
    try {
      const result = await this.#locked(operation, key, () => this.#perform(operation, rest));
      return reply(result === "" ? "OK" : `OK ${result}`, key);
    } catch (error) {
      if (error instanceof Refusal) return reply(`ERR ${error.code} ${error.message}`, key);
      throw error;
    }
  }

  /**
   * Runs `work` under the locking in force. With per-record locks, reads (GET, LIST) take none:
   * they read the store once, which is atomic, and write nothing that another could lose.
   */
  #locked<T>(operation: Operation, key: string, work: () => Promise<T>): Promise<T> {
    switch (this.options.locking) {
      case "none":
        return work();
      case "global":
        return this.#global.run(work);
      case "record":
        return operation === "list" || operation === "get" || key === ""
          ? work()
          : this.#records.run(key, work);
    }
  }

  async #perform(operation: Operation, rest: string): Promise<string> {
    const { t } = this.options;
    // Everything a request carries is checked before the store is touched.
    const args = splitArgs(operation, rest, t);
    const { key } = args;
    if (operation === "list") {
      if (this.options.latencyMs > 0) await sleep(this.options.latencyMs);
      return JSON.stringify(this.store.keys(key));
    }
    checkKey(key, t);
    const patch = operation === "add" || operation === "update"
      ? parsePerson(args.json, t)
      : undefined;
    const stored = this.store.get(key);
    // The storage latency: what makes the time between a read and its write visible.
    if (this.options.latencyMs > 0) await sleep(this.options.latencyMs);
    switch (operation) {
      case "add":
        if (stored !== undefined) throw new Refusal("exists", t("db.errExists", { key }));
        this.store.put(key, JSON.stringify(patch));
        return "";
      case "get":
        if (stored === undefined) throw notFound(key, t);
        return stored;
      case "update": {
        if (stored === undefined) throw notFound(key, t);
        // Spread defines the patch's own fields on a fresh object: a "__proto__" field stays a
        // plain field and cannot reach any prototype.
        const merged = JSON.stringify({ ...JSON.parse(stored), ...patch });
        this.store.put(key, merged);
        return merged;
      }
      case "del":
        if (!this.store.delete(key)) throw notFound(key, t);
        return "";
      case "incr": {
        if (stored === undefined) throw notFound(key, t);
        const person = JSON.parse(stored) as Person;
        const current = Object.hasOwn(person, args.field) ? person[args.field] : 0;
        const sum = typeof current === "number" ? current + args.amount : NaN;
        if (!Number.isFinite(sum)) {
          throw new Refusal("not-a-number", t("db.errNotANumber", { field: args.field }));
        }
        this.store.put(key, JSON.stringify({ ...person, [args.field]: sum }));
        return String(sum);
      }
      default:
        throw new Error(`unhandled operation ${operation}`);
    }
  }
}

function notFound(key: string, t: Translate): Refusal {
  return new Refusal("not-found", t("db.errNotFound", { key }));
}

/** The key a request is about, for locking and the log, before it is checked. */
function keyOf(operation: Operation, rest: string): string {
  if (operation === "list") return "";
  const space = rest.indexOf(" ");
  return space < 0 ? rest : rest.slice(0, space);
}

interface Args {
  key: string;
  json: string;
  field: string;
  amount: number;
}

/** Splits a request's arguments as its verb wants them, or refuses it with the right form. */
function splitArgs(operation: Operation, rest: string, t: Translate): Args {
  const usage = USAGE[operation as keyof typeof USAGE];
  const bad = () => new Refusal("bad-request", t("db.errBadRequest", { usage }));
  const space = rest.indexOf(" ");
  const key = space < 0 ? rest : rest.slice(0, space);
  const after = space < 0 ? "" : rest.slice(space + 1);
  switch (operation) {
    case "get":
    case "del":
      if (after !== "") throw bad();
      return { key, json: "", field: "", amount: 0 };
    case "list":
      if (/\s/.test(rest)) throw bad();
      return { key: rest, json: "", field: "", amount: 0 };
    case "add":
    case "update":
      if (after.trim() === "") throw bad();
      return { key, json: after, field: "", amount: 0 };
    case "incr": {
      const parts = after.split(" ");
      const amount = parts.length === 2 && /^-?\d+(\.\d+)?$/.test(parts[1])
        ? Number(parts[1])
        : NaN;
      if (Number.isNaN(amount) || parts[0] === "") throw bad();
      return { key, json: "", field: parts[0], amount };
    }
    default:
      throw bad();
  }
}

/** Keys are 1–128 characters with no whitespace. */
function checkKey(key: string, t: Translate): void {
  const length = [...key].length;
  if (length === 0 || length > MAX_KEY_LENGTH || /\s/.test(key)) {
    throw new Refusal("bad-key", t("db.errBadKey", { max: MAX_KEY_LENGTH }));
  }
}

/** A person from the JSON a client sent: it must be an object. */
function parsePerson(json: string, t: Translate): Person {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new Refusal("bad-json", t("db.errBadJson"));
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new Refusal("not-an-object", t("db.errNotAnObject"));
  }
  return value as Person;
}
