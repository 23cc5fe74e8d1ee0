import { DatabaseSync } from "node:sqlite";
import { dirname, resolve } from "@std/path";
import { fileProblemOf, StoreError, type StoreProblem } from "../../errors.ts";

/**
 * Where the person database keeps its records: each key with its value as JSON text. Values are
 * stored as text, never as shared objects, so nothing a client does to one reply can change what
 * is stored. Every method is synchronous: a write has happened when it returns.
 */
export interface Store {
  get(key: string): string | undefined;
  put(key: string, json: string): void;
  /** Whether there was a record to delete. */
  delete(key: string): boolean;
  /** The keys starting with `prefix`, sorted. */
  keys(prefix: string): string[];
  close(): void;
}

/** Records in memory, as in the course: gone when the server stops. */
export class MemoryStore implements Store {
  readonly #records = new Map<string, string>();

  get(key: string): string | undefined {
    return this.#records.get(key);
  }

  put(key: string, json: string): void {
    this.#records.set(key, json);
  }

  delete(key: string): boolean {
    return this.#records.delete(key);
  }

  keys(prefix: string): string[] {
    return [...this.#records.keys()].filter((key) => key.startsWith(prefix)).sort();
  }

  close(): void {}
}

/** socklab's stores carry this SQLite application id, "SOCK" in ASCII: no other database is one. */
export const STORE_APPLICATION_ID = 0x534f434b;

/** The one table of a store, as SQLite keeps its definition. */
const PEOPLE_TABLE = "CREATE TABLE people (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT";

/**
 * Whether `db` may become or is a socklab store: stamped with socklab's application id, or empty
 * (a new file), or unstamped with socklab's one table and nothing else (a store made before stores
 * were stamped). Anything else is another program's database: what it holds, to refuse it.
 */
function foreignContents(db: DatabaseSync): string | undefined {
  const { application_id: id } = db.prepare("PRAGMA application_id").get() as {
    application_id: number;
  };
  if (id === STORE_APPLICATION_ID) return undefined;
  if (id !== 0) return `application id 0x${(id >>> 0).toString(16)}`;
  const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'")
    .all() as { name: string; sql: string }[];
  if (tables.length === 0) return undefined;
  const ours = tables.length === 1 && tables[0].sql.replace(/\s+/g, " ").trim() === PEOPLE_TABLE;
  return ours ? undefined : tables.map((table) => table.name).join(", ");
}

/**
 * Records in a SQLite file (`--store`), in WAL mode with full sync: a write acknowledged to a
 * client is on disk, so it survives the server being killed, even with kill -9. A file that is
 * another program's database is refused before anything in it changes.
 */
export class SqliteStore implements Store {
  readonly #db: DatabaseSync;
  readonly #get;
  readonly #put;
  readonly #delete;
  readonly #keys;

  constructor(readonly path: string) {
    let db: DatabaseSync | undefined;
    try {
      this.#db = db = new DatabaseSync(path);
      const foreign = foreignContents(db);
      if (foreign !== undefined) {
        throw new StoreError(path, "foreign", { foreign });
      }
      this.#db.exec(`
        PRAGMA application_id = ${STORE_APPLICATION_ID};
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = FULL;
        ${PEOPLE_TABLE.replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS")};
      `);
      this.#get = this.#db.prepare("SELECT value FROM people WHERE key = ?");
      this.#put = this.#db.prepare(
        "INSERT INTO people (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      );
      this.#delete = this.#db.prepare("DELETE FROM people WHERE key = ?");
      // The prefix is matched with substr: LIKE would treat % and _ in keys as patterns.
      this.#keys = this.#db.prepare(
        "SELECT key FROM people WHERE substr(key, 1, length(?1)) = ?1",
      );
    } catch (error) {
      // An open handle keeps the file locked on Windows: a failed store must let go of it.
      try {
        db?.close();
      } catch {
        // Already unusable; the error below says why.
      }
      if (error instanceof StoreError) throw error;
      throw new StoreError(path, storeProblemOf(error, path), { cause: error });
    }
  }

  get(key: string): string | undefined {
    const row = this.#get.get(key) as { value: string } | undefined;
    return row?.value;
  }

  put(key: string, json: string): void {
    this.#put.run(key, json);
  }

  delete(key: string): boolean {
    return Number(this.#delete.run(key).changes) > 0;
  }

  keys(prefix: string): string[] {
    // Sorted here, not by SQL, so both stores list keys in the same (JavaScript) order.
    return (this.#keys.all(prefix) as { key: string }[]).map((row) => row.key).sort();
  }

  close(): void {
    this.#db.close();
  }
}

/**
 * Why SQLite could not open `path`, in socklab's terms: SQLite says only "unable to open", so
 * the file and its folder are looked at to tell a missing folder from a folder or a locked door.
 */
function storeProblemOf(error: unknown, path: string): StoreProblem {
  const message = error instanceof Error ? error.message : "";
  if (/not a database/.test(message)) return "not-a-database";
  if (/database is locked|database is busy/.test(message)) return "locked";
  if (!/unable to open/.test(message)) return fileProblemOf(error);
  try {
    if (Deno.statSync(path).isDirectory) return "is-a-directory";
  } catch {
    try {
      Deno.statSync(dirname(resolve(path)));
    } catch (folderError) {
      const problem = fileProblemOf(folderError);
      return problem === "not-found" ? "no-folder" : problem;
    }
  }
  return "permission-denied";
}
