import { DatabaseSync } from "node:sqlite";
import { StoreError } from "../../errors.ts";

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

/**
 * Records in a SQLite file (`--store`), in WAL mode with full sync: a write acknowledged to a
 * client is on disk, so it survives the server being killed, even with kill -9.
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
      this.#db.exec(`
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = FULL;
        CREATE TABLE IF NOT EXISTS people (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
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
      throw new StoreError(path, error instanceof Error ? error.message : String(error), {
        cause: error,
      });
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
