/**
 * The shared person database of the course's database lesson, as a line protocol: add, look up,
 * change and delete people by key, plus INCR for the read-modify-write that shows what locking is
 * for. Bytes in, replies out: the serving loop does the socket and the language.
 *
 * @module
 */
import { delay } from "@std/async/delay";
import { KeyedMutex, Mutex } from "../../sync/mutex.ts";
import type { Store } from "./store.ts";
import { type LineReply, ok, refuse } from "../../protocols/reply.ts";
import { splitRequest, type VerbSpec, VerbTable } from "../../protocols/verbs.ts";
import { firstUnkept, sameDecimal, shown } from "../../protocols/json_kept.ts";

/** How concurrent operations are kept apart. */
export type Locking = "none" | "global" | "record";
export const LOCKINGS: readonly Locking[] = ["none", "global", "record"];

/** Every verb of the database. */
export type DbVerb = "add" | "get" | "update" | "del" | "list" | "incr" | "help" | "quit";

/** The messages the database's replies and help name. */
export type DbMessage =
  | "db.errUnknownVerb"
  | "db.errNoVerb"
  | "db.help"
  | "db.errExists"
  | "db.errNotFound"
  | "db.errBadRequest"
  | "db.errBadKey"
  | "db.errBadJson"
  | "db.errNotAnObject"
  | "db.errNumberChanged"
  | "db.errLoneSurrogate"
  | "db.errNotANumber"
  | "db.errTooLarge"
  | "db.errListTooLarge"
  | "text.bye"
  | `db.verb.${DbVerb}`;

export const MAX_KEY_LENGTH = 128;

const encoder = new TextEncoder();

/** A person: a JSON object. */
type Person = Record<string, unknown>;

/** The answer to one request, with what the server's log shows of it. */
export type DbReply = LineReply<DbMessage> & {
  /** The verb as the client wrote it, upper-cased. */
  readonly verb: string;
  /** The key it was about ("" if none). */
  readonly key: string;
};

/** The reply to a request refused with a {@linkcode Refusal}; anything else is thrown on. */
function refused(error: unknown, verb: string, key: string): DbReply {
  if (error instanceof Refusal) return { ...error.reply, verb, key };
  throw error;
}

/** A request that cannot be carried out: its reply, `ERR code words`. */
class Refusal {
  constructor(readonly reply: LineReply<DbMessage>) {}
}

function refusal(
  code: string,
  key: DbMessage,
  values?: Record<string, string | number>,
  forms?: readonly string[],
): Refusal {
  return new Refusal(refuse(code, key, values, forms));
}

/** A request's arguments, read as its verb's form wants them. */
interface Args {
  readonly key: string;
  readonly person?: Person;
  readonly field?: string;
  readonly amount?: number;
}

/**
 * What an operation may use: the store, its arguments, and the storage latency, which separates
 * every read from its write so that races can be seen.
 */
interface Work {
  readonly store: Store;
  readonly args: Args;
  /** Stores `person` under the request's key, unless its JSON is longer than a request line. */
  write(person: unknown): string;
  /** A reply that grows with the data (LIST), unless it is longer than a request line. */
  bounded(result: string): LineReply<DbMessage>;
  /** Waits the storage latency. */
  pause(): Promise<void> | void;
  /**
   * Reads the request's record, then waits the storage latency (a promise only when there is
   * one); undefined when there is no record.
   */
  read(): Promise<string | undefined> | string | undefined;
  /** {@linkcode read}, refusing the request with `not-found` when there is no record. */
  existing(): Promise<string> | string;
}

/**
 * `then` for a value that is a promise only when the storage has latency: without latency, a read
 * (GET, LIST) is answered without an await.
 */
function afterwards<T, R>(value: T | Promise<T>, next: (value: T) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(next) : next(value);
}

/** Which lock a verb needs: none, the database's (with `global`), or its record's too. */
type Access = "none" | "read" | "write";

/**
 * How a verb's arguments are written and read: each form checks everything a request carries
 * before the store is touched, or gives up (the request is refused with the verb's usage).
 */
interface Form {
  /** As usage shows it: `key {json}`. */
  readonly usage?: string;
  readonly read: (rest: string) => Args | undefined;
}

const FORMS = {
  none: { read: () => ({ key: "" }) },
  key: {
    usage: "key",
    read(rest) {
      const { key, after } = firstWord(rest);
      return after === "" ? { key: checkKey(key) } : undefined;
    },
  },
  prefix: { usage: "[prefix]", read: (rest) => /\s/.test(rest) ? undefined : { key: rest } },
  keyJson: {
    usage: "key {json}",
    read(rest) {
      const { key, after } = firstWord(rest);
      if (after.trim() === "") return undefined;
      // The key is checked before the JSON, as a reader of the request would.
      return { key: checkKey(key), person: parsePerson(after) };
    },
  },
  keyFieldN: {
    usage: "key field n",
    read(rest) {
      const { key, after } = firstWord(rest);
      const parts = after.split(" ");
      const amount = parts.length === 2 && /^-?\d+(\.\d+)?$/.test(parts[1])
        ? Number(parts[1])
        : NaN;
      if (Number.isNaN(amount) || parts[0] === "") return undefined;
      checkKey(key);
      // n is stored in the sum: one a double cannot hold as written is refused, as in a value.
      if (!Number.isFinite(amount) || !sameDecimal(parts[1], String(amount))) {
        throw refusal("bad-value", "db.errNumberChanged", {
          field: parts[0],
          number: shown(parts[1]),
          stored: JSON.stringify(amount),
        });
      }
      return { key, field: parts[0], amount };
    },
  },
} as const satisfies Record<string, Form>;

type FormName = keyof typeof FORMS;

interface DbVerbSpec extends VerbSpec<DbMessage> {
  readonly form: FormName;
  readonly access: Access;
  /** Carries the request out; its result is the reply's. Throws a {@linkcode Refusal}. */
  readonly run: (work: Work) => LineReply<DbMessage> | Promise<LineReply<DbMessage>>;
}

/** A verb's spec: its words, help and form (its usage read from the form), and how it runs. */
function verb(
  names: VerbSpec["names"],
  form: FormName,
  access: Access,
  run: DbVerbSpec["run"],
): Omit<DbVerbSpec, "help" | "doc"> {
  const { usage }: Form = FORMS[form];
  return { names, form, access, run, ...(usage ? { args: usage } : {}) };
}

function notFound(key: string): Refusal {
  return refusal("not-found", "db.errNotFound", { key });
}

/** The database's verbs, English and Spanish: the one table parsing, help and clients read. */
export const DB_VERBS: VerbTable<DbVerb, DbVerbSpec> = new VerbTable(
  {
    add: {
      help: "db.verb.add",
      doc: "`OK`; `ERR exists` if the key is taken",
      ...verb(["ADD", "ALTA"], "keyJson", "write", async ({ args, read, write }) => {
        if (await read() !== undefined) {
          throw refusal("exists", "db.errExists", { key: args.key });
        }
        write(args.person);
        return ok();
      }),
    },
    get: {
      help: "db.verb.get",
      doc: "`OK` and the record, as JSON",
      ...verb(["GET", "CONSULTA"], "key", "read", ({ existing }) => afterwards(existing(), ok)),
    },
    update: {
      help: "db.verb.update",
      doc: "`OK` and the record with the fields given merged in",
      ...verb(["UPDATE", "MODIFICA"], "keyJson", "write", async ({ args, existing, write }) => {
        // Spread defines the patch's own fields on a fresh object: a "__proto__" field stays a
        // plain field and cannot reach any prototype.
        return ok(write({ ...JSON.parse(await existing()), ...args.person }));
      }),
    },
    del: {
      help: "db.verb.del",
      doc: "`OK`",
      ...verb(["DEL", "BAJA"], "key", "write", async ({ store, args, pause }) => {
        await pause();
        if (!store.delete(args.key)) throw notFound(args.key);
        return ok();
      }),
    },
    list: {
      help: "db.verb.list",
      doc: "`OK` and the keys (those starting with the prefix), sorted, as a JSON array",
      ...verb(
        ["LIST", "LISTA"],
        "prefix",
        "read",
        ({ store, args, pause, bounded }) =>
          afterwards(pause(), () => bounded(JSON.stringify(store.keys(args.key)))),
      ),
    },
    incr: {
      help: "db.verb.incr",
      doc:
        "`OK` and the field's new value: n (a decimal, maybe negative) added; a missing field counts as 0",
      ...verb(["INCR", "SUMA"], "keyFieldN", "write", async ({ args, existing, write }) => {
        const { field = "", amount = 0 } = args;
        const person = JSON.parse(await existing()) as Person;
        const current = Object.hasOwn(person, field) ? person[field] : 0;
        const sum = typeof current === "number" ? current + amount : NaN;
        if (!Number.isFinite(sum) || (typeof current === "number" && !exactSum(current, amount))) {
          throw refusal("not-a-number", "db.errNotANumber", { field });
        }
        write({ ...person, [field]: sum });
        return ok(String(sum));
      }),
    },
    help: {
      help: "db.verb.help",
      doc: "`OK` and words listing the verbs and their arguments",
      ...verb(["HELP", "AYUDA"], "none", "none", () => ({
        ok: true,
        said: { key: "db.help", values: { verbs: DB_VERBS.usage() }, forms: ["verbs"] },
      })),
    },
    quit: {
      help: "db.verb.quit",
      doc: "`OK` and words saying goodbye; then the server closes",
      ...verb(["QUIT", "SALIR"], "none", "none", () => ({
        ok: true,
        said: { key: "text.bye" },
        close: true,
      })),
    },
  } satisfies Record<DbVerb, DbVerbSpec>,
);

function firstWord(rest: string): { key: string; after: string } {
  const space = rest.indexOf(" ");
  return {
    key: space < 0 ? rest : rest.slice(0, space),
    after: space < 0 ? "" : rest.slice(space + 1),
  };
}

/** Keys are 1–128 characters with no whitespace. */
function checkKey(key: string): string {
  // Never more characters than UTF-16 units: only a long key needs counting (spreading every key
  // was 6 % of a GET's time in the line loop).
  const length = key.length <= MAX_KEY_LENGTH ? key.length : [...key].length;
  if (length === 0 || length > MAX_KEY_LENGTH || /\s/.test(key)) {
    throw refusal("bad-key", "db.errBadKey", { max: MAX_KEY_LENGTH });
  }
  return key;
}

/**
 * Whether `a + b`, two integers, is the sum itself: an integer sum a double cannot hold (past
 * 2^53) is refused, as a value that does not fit is. Fractions add as binary floating point.
 */
function exactSum(a: number, b: number): boolean {
  if (!Number.isInteger(a) || !Number.isInteger(b)) return true;
  // Knuth's TwoSum: the rounding error of a + b, exactly; 0 when there was none.
  const sum = a + b;
  const bPart = sum - a;
  return (a - (sum - bPart)) + (b - bPart) === 0;
}

/**
 * A person from the JSON a client sent: it must be an object, and every value in it must be kept
 * as it was written (a number a double cannot hold, text with half a surrogate pair, are refused,
 * naming where they are), so that what is read back is what was sent.
 */
function parsePerson(json: string): Person {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw refusal("bad-json", "db.errBadJson");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw refusal("not-an-object", "db.errNotAnObject");
  }
  const unkept = firstUnkept(json);
  if (unkept?.kind === "number") {
    const { path: field, number, stored } = unkept;
    throw refusal("bad-value", "db.errNumberChanged", { field, number, stored });
  }
  if (unkept?.kind === "surrogate") {
    throw refusal("bad-value", "db.errLoneSurrogate", { field: unkept.path, unit: unkept.unit });
  }
  return value as Person;
}

/** The options of a {@linkcode Database}. */
export interface DatabaseOptions {
  readonly locking: Locking;
  /** Simulated storage latency per operation, in milliseconds. */
  readonly latencyMs: number;
  /**
   * The longest a record, or a reply that grows with the data, may be: what one request line can
   * carry (the server's `--max-line`), so that no request can make the server send more than
   * requests can send it. @default {65536}
   */
  readonly maxRecord?: number;
}

/**
 * The database a server shares among all its clients. Every operation is a read, an await of the
 * storage latency, then a write: with `none` locking, concurrent INCRs on one record lose
 * updates; `global` serialises every operation; `record` locks only the key an operation writes.
 */
export class Database {
  readonly #global = new Mutex();
  readonly #records = new KeyedMutex();
  readonly #pause: () => Promise<void> | void;

  constructor(readonly store: Store, readonly options: DatabaseOptions) {
    const ms = options.latencyMs;
    // Without latency, awaiting nothing still lets other clients run (one microtask), as the
    // race lesson needs, without making a promise per request.
    this.#pause = ms > 0 ? () => delay(ms) : () => {};
  }

  /** How many keys are locked or waited for right now (0 when the database is idle). */
  get lockedKeys(): number {
    return this.#records.size;
  }

  /**
   * Answers one request line: at once when nothing waits (no lock taken, no storage latency),
   * else a promise. Nothing a client sends can throw out of here.
   */
  answer(line: string): DbReply | Promise<DbReply> {
    const { word, written, rest } = splitRequest(line);
    const verb = DB_VERBS.find(word);
    if (verb === undefined) {
      const verbs = DB_VERBS.usage();
      return {
        ...(word === ""
          ? refuse("unknown-verb", "db.errNoVerb", { verbs }, ["verbs"])
          : refuse("unknown-verb", "db.errUnknownVerb", { verb: written, verbs }, ["verbs"])),
        verb: word,
        key: "",
      };
    }
    const spec = DB_VERBS.specs[verb];
    // The key a request is about, for locking and the log, before it is checked.
    const key = spec.form === "none" || spec.form === "prefix" ? "" : firstWord(rest).key;
    try {
      const reply = this.#locked(spec.access, key, () => {
        const args = FORMS[spec.form].read(rest);
        if (!args) {
          throw refusal("bad-request", "db.errBadRequest", { usage: DB_VERBS.form(verb) }, [
            "usage",
          ]);
        }
        return spec.run(this.#work(args));
      });
      return reply instanceof Promise
        ? reply.then((done) => ({ ...done, verb: word, key }), (error) => refused(error, word, key))
        : { ...reply, verb: word, key };
    } catch (error) {
      return refused(error, word, key);
    }
  }

  /** What an operation on `args` may use. */
  #work(args: Args): Work {
    const { store } = this;
    const pause = this.#pause;
    const max = this.options.maxRecord ?? 65536;
    const fits = (text: string) => text.length <= max && encoder.encode(text).length <= max;
    const read = () => {
      const stored = store.get(args.key);
      return afterwards(pause(), () => stored);
    };
    return {
      store,
      args,
      pause,
      read,
      write(person) {
        const json = JSON.stringify(person);
        if (!fits(json)) throw refusal("too-large", "db.errTooLarge", { max });
        store.put(args.key, json);
        return json;
      },
      bounded(result) {
        return fits(result) ? ok(result) : refuse("too-large", "db.errListTooLarge", { max });
      },
      existing() {
        return afterwards(read(), (stored) => {
          if (stored === undefined) throw notFound(args.key);
          return stored;
        });
      },
    };
  }

  /**
   * Runs `work` under the locking in force. With per-record locks, reads (GET, LIST) take none:
   * they read the store once, which is atomic, and write nothing that another could lose.
   */
  #locked<T>(access: Access, key: string, work: () => T | Promise<T>): T | Promise<T> {
    const locking = this.options.locking;
    if (access !== "none" && locking === "global") {
      return this.#global.run(async () => await work());
    }
    if (access === "write" && locking === "record" && key !== "") {
      return this.#records.run(key, async () => await work());
    }
    // No lock to take: the work itself (awaited by the caller, whose catch sees what it throws).
    return work();
  }
}
