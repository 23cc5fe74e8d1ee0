/**
 * The person database's two stores keep the same promise: what is put is got back, a delete says
 * whether there was a record, and keys come sorted by prefix — `%` and `_` in a key are letters,
 * not patterns. The SQLite one keeps it across a reopen.
 */
import { assertEquals } from "@std/assert";
import { join } from "@std/path";
import { MemoryStore, SqliteStore, type Store } from "../lib/course/db/store.ts";

/** The promise, checked on `store` (empty). */
function keepsThePromise(store: Store): void {
  assertEquals(store.keys(""), []);
  store.put("ana", '{"saldo":1}');
  store.put("bea", '{"saldo":2}');
  store.put("an%a", '{"saldo":3}');
  store.put("an_a", '{"saldo":4}');
  store.put("ñu", '{"saldo":5}');
  assertEquals(store.get("ana"), '{"saldo":1}');
  assertEquals(store.keys(""), ["an%a", "an_a", "ana", "bea", "ñu"]);
  assertEquals(store.keys("an"), ["an%a", "an_a", "ana"]);
  assertEquals(store.keys("an%"), ["an%a"]);
  assertEquals(store.keys("an_"), ["an_a"]);
  assertEquals(store.keys("zz"), []);
  assertEquals(store.delete("ana"), true);
  assertEquals(store.delete("ana"), false);
  assertEquals(store.get("ana"), undefined);
  assertEquals(store.keys("an"), ["an%a", "an_a"]);
  store.put("bea", '{"saldo":20}');
  assertEquals(store.get("bea"), '{"saldo":20}');
}

Deno.test("the memory store puts, gets, deletes and lists keys by prefix", () => {
  keepsThePromise(new MemoryStore());
});

Deno.test("the SQLite store keeps the same promise, and its records across a reopen", async () => {
  const dir = await Deno.makeTempDir({ prefix: "socklab-store-" });
  try {
    const path = join(dir, "personas.db");
    const store = new SqliteStore(path);
    try {
      keepsThePromise(store);
    } finally {
      store.close();
    }
    const again = new SqliteStore(path);
    try {
      assertEquals(again.keys(""), ["an%a", "an_a", "bea", "ñu"]);
      assertEquals(again.get("bea"), '{"saldo":20}');
      assertEquals(again.delete("ñu"), true);
    } finally {
      again.close();
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
