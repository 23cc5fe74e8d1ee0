/**
 * socklab's timer logic on a fake clock: no sockets, no waiting. What needs a real socket to stall
 * (a client that really stops reading) is in guard_test.ts, on real time.
 */
import { assertEquals, assertRejects } from "@std/assert";
import { FakeTime } from "@std/testing/time";
import {
  type Activity,
  type Inactivity,
  InactivityWatch,
  nextBackoffMs,
  watchTickMs,
} from "../lib/transport/inactivity.ts";
import { sleep } from "../lib/transport/abort.ts";
import { withTimeout } from "../lib/transport/net_errors.ts";

/** A client the watch can read, whose counters the test moves by hand. */
interface FakeClient extends Activity {
  name: string;
  reads: number;
  writes: number;
  writing: boolean;
}

function client(name: string): FakeClient {
  return { name, reads: 0, writes: 0, writing: false };
}

/** Starts a watch over `clients`; what it finds is kept as "name why". */
function watch(limits: ConstructorParameters<typeof InactivityWatch>[0], clients: FakeClient[]) {
  const found: string[] = [];
  const watcher = new InactivityWatch<FakeClient>(
    limits,
    () => clients,
    (c, why: Inactivity) => found.push(`${c.name} ${why}`),
  );
  return { found, watcher };
}

Deno.test("a client silent for --idle-timeout is found idle, once; one that talks is not", () => {
  using time = new FakeTime();
  const silent = client("silent");
  const talker = client("talker");
  const { found, watcher } = watch({ idleSeconds: 2 }, [silent, talker]);
  using _ = watcher;
  for (let i = 0; i < 8; i++) {
    talker.reads++;
    time.tick(250);
  }
  assertEquals(found, ["silent idle"]);
  for (let i = 0; i < 20; i++) {
    talker.reads++;
    time.tick(250);
  }
  assertEquals(found, ["silent idle"], "not reported again while it stays silent");
});

Deno.test("a reader that only listens is not idle: writes to it count as activity", () => {
  using time = new FakeTime();
  const listener = client("listener");
  const { found, watcher } = watch({ idleSeconds: 1 }, [listener]);
  using _ = watcher;
  for (let i = 0; i < 20; i++) {
    listener.writes++;
    time.tick(250);
  }
  assertEquals(found, []);
});

Deno.test("a client that leaves a write unread for --stall-timeout is found stalled", () => {
  using time = new FakeTime();
  const stuck = client("stuck");
  const slow = client("slow");
  stuck.writing = true;
  slow.writing = true;
  const { found, watcher } = watch({ stallSeconds: 4, idleSeconds: 1 }, [stuck, slow]);
  using _ = watcher;
  for (let i = 0; i < 4; i++) {
    slow.writes++; // Slow, but it reads: its writes go through.
    time.tick(1000);
  }
  // Waiting for a write is not being idle: only the stall is reported, and only for `stuck`.
  assertEquals(found, ["stuck stalled"]);
});

Deno.test("the watch looks four times within the shortest limit, between 10 ms and a second", () => {
  assertEquals(watchTickMs({}), undefined);
  assertEquals(watchTickMs({ idleSeconds: 2 }), 500);
  assertEquals(watchTickMs({ idleSeconds: 30, stallSeconds: 60 }), 1000);
  assertEquals(watchTickMs({ stallSeconds: 0.01 }), 10);
});

Deno.test("out of file descriptors, accepting pauses 50 ms, then twice as long each time, up to 1 s", () => {
  const schedule: number[] = [];
  for (let ms = 0, i = 0; i < 7; i++) schedule.push(ms = nextBackoffMs(ms));
  assertEquals(schedule, [50, 100, 200, 400, 800, 1000, 1000]);
});

Deno.test("sleep waits its time, and Ctrl+C ends it early without an error", async () => {
  using time = new FakeTime();
  let slept = false;
  const sleeping = sleep(1000).then(() => slept = true);
  await time.tickAsync(999);
  assertEquals(slept, false);
  await time.tickAsync(1);
  await sleeping;
  assertEquals(slept, true);

  const stop = new AbortController();
  const interrupted = sleep(60_000, stop.signal);
  stop.abort();
  await interrupted;
});

Deno.test("a socket call past its --timeout fails with the error that explains it", async () => {
  using time = new FakeTime();
  const never = new Promise<string>(() => {});
  const waiting = withTimeout(never, 2, () => new Error("no answer within 2 s"));
  const failed = assertRejects(() => waiting, Error, "no answer within 2 s");
  await time.tickAsync(2000);
  await failed;
});

Deno.test("a socket call within its --timeout gives its result; without one it is awaited as is", async () => {
  using time = new FakeTime();
  const answer = new Promise<string>((resolve) => setTimeout(() => resolve("hola"), 500));
  const waiting = withTimeout(answer, 2, () => new Error("late"));
  await time.tickAsync(500);
  assertEquals(await waiting, "hola");
  assertEquals(
    await withTimeout(Promise.resolve("sin límite"), undefined, () => new Error()),
    "sin límite",
  );
});
