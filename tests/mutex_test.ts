import { delay } from "@std/async/delay";
import { assert, assertEquals, assertRejects } from "@std/assert";
import { KeyedMutex, Mutex } from "../lib/sync/mutex.ts";

const tick = () => delay(1);

Deno.test("a mutex lets one task in at a time, in the order they came", async () => {
  const mutex = new Mutex();
  const events: string[] = [];
  await Promise.all(["a", "b", "c"].map((name) =>
    mutex.run(async () => {
      events.push(`${name} in`);
      await tick();
      events.push(`${name} out`);
    })
  ));
  assertEquals(events, ["a in", "a out", "b in", "b out", "c in", "c out"]);
  assertEquals(mutex.idle, true);
});

Deno.test("a mutex is released even when the work throws", async () => {
  const mutex = new Mutex();
  await assertRejects(() => mutex.run(() => Promise.reject(new Error("boom"))), Error, "boom");
  assertEquals(await mutex.run(() => "next"), "next");
  assertEquals(mutex.idle, true);
});

Deno.test("keyed locks keep one key's tasks apart but let other keys run alongside", async () => {
  const locks = new KeyedMutex();
  const events: string[] = [];
  const work = (key: string, name: string) =>
    locks.run(key, async () => {
      events.push(`${name} in`);
      await tick();
      events.push(`${name} out`);
    });
  await Promise.all([work("ana", "a1"), work("ana", "a2"), work("luis", "l1")]);
  assertEquals(events.slice(0, 2), ["a1 in", "l1 in"]);
  assert(events.indexOf("a2 in") > events.indexOf("a1 out"));
  assertEquals(locks.size, 0);
});

Deno.test("the lock table forgets a key once nobody holds or waits for it, even after errors", async () => {
  const locks = new KeyedMutex();
  const holding = locks.run("k", () => tick());
  assertEquals(locks.size, 1);
  await holding;
  await assertRejects(() => locks.run("k", () => Promise.reject(new Error("x"))), Error, "x");
  assertEquals(locks.size, 0);
});
