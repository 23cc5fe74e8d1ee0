/**
 * The serving loops' own cost, without the network: the plainest echo loop (the floor), socklab's
 * echo loop and its line loop (text service, database) run in-process against a fake connection whose reads bring one request each
 * at once and whose writes are taken whole, so what is timed is the loop's JavaScript and its
 * promises. Prints microseconds per request, the best and the median of the runs. To compare a
 * change, run it on the old and the new code alternately (a `git worktree` of the old commit) and
 * pin it to one core (`taskset -c 0`): this is how the figures beside the hot paths were taken.
 *
 * Usage: deno task loops [REQUESTS] [RUNS]
 *
 * @module
 */
// deno-lint-ignore-file no-console
import { echoBytes } from "../lib/course/echo/echo_bytes.ts";
import { Database } from "../lib/course/db/protocol.ts";
import { MemoryStore } from "../lib/course/db/store.ts";
import { answerAsciiText } from "../lib/course/text/ascii_answer.ts";
import { answerTextRequest } from "../lib/course/text/protocol.ts";
import { translator } from "../lib/present/catalogue.ts";
import { serveLineProtocol } from "../lib/transport/line_server.ts";
import { Stream } from "../lib/transport/stream.ts";

const requests = Number(Deno.args[0] ?? 300_000);
const runs = Number(Deno.args[1] ?? 5);
const encoder = new TextEncoder();

/** A connection whose reads bring `request` `count` times, cut only by the reader's room. */
function fakeConnection(request: Uint8Array, count: number): Deno.Conn {
  let left = count;
  let at = 0;
  const addr = { transport: "tcp", hostname: "127.0.0.1", port: 1 };
  return {
    remoteAddr: addr,
    localAddr: addr,
    read(buffer: Uint8Array) {
      if (left <= 0) return Promise.resolve(null);
      const n = Math.min(buffer.length, request.length - at);
      buffer.set(at === 0 && n === request.length ? request : request.subarray(at, at + n));
      at += n;
      if (at === request.length) {
        at = 0;
        left--;
      }
      return Promise.resolve(n);
    },
    write: (bytes: Uint8Array) => Promise.resolve(bytes.length),
    close() {},
  } as unknown as Deno.Conn;
}

const t = translator("en");
const database = new Database(new MemoryStore(), {
  locking: "record",
  latencyMs: 0,
  maxRecord: 65536,
});
await database.answer(`ADD bench-key {"v":"${"a".repeat(48)}"}`);

/** Each loop, as the bench's workloads load it: 64 B echoes, `UPPER` and 57 letters, a GET. */
const LOOPS: Record<string, (count: number) => Promise<void>> = {
  /** The plainest echo loop, as `scripts/peers/deno_minimal_echo.ts` has it: the floor. */
  async plain(count) {
    const conn = fakeConnection(new Uint8Array(64), count);
    const buffer = new Uint8Array(512);
    for (let n = await conn.read(buffer); n !== null; n = await conn.read(buffer)) {
      for (let done = 0; done < n;) done += await conn.write(buffer.subarray(done, n));
    }
  },
  echo(count) {
    const stream = new Stream(fakeConnection(new Uint8Array(64), count));
    return echoBytes(stream.direct!, {}, undefined, stream);
  },
  text(count) {
    const stream = new Stream(fakeConnection(encoder.encode(`UPPER ${"a".repeat(57)}\n`), count));
    const protocol = { answer: answerTextRequest, answerAscii: answerAsciiText };
    return serveLineProtocol(stream, protocol, { maxLine: 65536, t });
  },
  db(count) {
    const stream = new Stream(fakeConnection(encoder.encode("GET bench-key\n"), count));
    return serveLineProtocol(stream, database, { maxLine: 65536, t });
  },
};

const times: Record<string, number[]> = {};
for (let run = 0; run < runs; run++) {
  for (const [name, loop] of Object.entries(LOOPS)) {
    const started = performance.now();
    await loop(requests);
    (times[name] ??= []).push(((performance.now() - started) * 1000) / requests);
  }
}
for (const [name, values] of Object.entries(times)) {
  const sorted = values.toSorted((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(
    `${name.padEnd(5)} ${sorted[0].toFixed(3)} µs per request at best, ${median.toFixed(3)} median`,
  );
}
