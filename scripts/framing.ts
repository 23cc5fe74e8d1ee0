// A measurement, not a mode: it talks to the developer directly.
// deno-lint-ignore-file no-console
/**
 * `deno task framing`: why the servers' line framing is hand-written (lib/framing/delimited.ts)
 * and not @std/streams. Three measurements, on loopback only, bounded in count and time:
 *
 * 1. Splitting 1,000,000 lines that arrive in 64 KiB chunks: the hand-written reader against
 *    std's TextLineStream (text), DelimiterStream (bytes) and CappedDelimiterStream (bytes, with
 *    a length cap: what a server needs). Best of five rounds.
 * 2. Whether a request line is answered before more bytes come: a server must answer
 *    `MAYUS hola\n` alone, not wait for the next request.
 * 3. Memory per idle connection that waits for its first line, 2,000 connections held, with the
 *    hand-written reader and with a web-stream pipeline (TextDecoderStream + TextLineStream).
 *
 * Run it pinned, as the benchmark is: `taskset -c 0 deno task framing`.
 *
 * @module
 */
import { delay } from "@std/async/delay";
import { DelimiterStream } from "@std/streams/delimiter-stream";
import { TextLineStream } from "@std/streams/text-line-stream";
import { CappedDelimiterStream } from "@std/streams/unstable-capped-delimiter-stream";
import { DelimitedReader, streamSource } from "../lib/framing/delimited.ts";

const LINES = 1_000_000;
const CHUNK = 64 * 1024;
const LIMIT = 64 * 1024;
const NEWLINE = new Uint8Array([0x0a]);
const IDLE_CONNECTIONS = 2000;

const TEXT = new TextEncoder().encode("MAYUS hola mundo desde un cliente\n".repeat(LINES));

/**
 * 1M short request lines as 64 KiB chunks off the network, each its own buffer (as a socket's
 * reads are): CappedDelimiterStream transfers, and so detaches, the buffers it is given.
 */
function chunks(): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < TEXT.length; i += CHUNK) out.push(TEXT.slice(i, i + CHUNK));
  return out;
}

function source(data: Uint8Array[]): ReadableStream<Uint8Array> {
  return ReadableStream.from(data);
}

const SPLITTERS: Record<string, (data: Uint8Array[]) => Promise<number>> = {
  "hand-written DelimitedReader": async (data) => {
    const reader = new DelimitedReader(streamSource(source(data)), NEWLINE, { maxMessage: LIMIT });
    let lines = 0;
    while (await reader.next()) lines++;
    return lines;
  },
  "std TextLineStream (text)": async (data) => {
    let lines = 0;
    const stream = source(data).pipeThrough(new TextDecoderStream()).pipeThrough(
      new TextLineStream(),
    );
    for await (const _ of stream) lines++;
    return lines;
  },
  "std DelimiterStream (bytes)": async (data) => {
    let lines = 0;
    for await (const _ of source(data).pipeThrough(new DelimiterStream(NEWLINE))) lines++;
    return lines;
  },
  "std CappedDelimiterStream (bytes, capped)": async (data) => {
    let lines = 0;
    const capped = new CappedDelimiterStream({ delimiter: NEWLINE, limit: LIMIT });
    for await (const entry of source(data).pipeThrough(capped)) if (entry.match) lines++;
    return lines;
  },
};

async function splitting(): Promise<void> {
  console.log(`1. Splitting ${LINES.toLocaleString("en")} lines in 64 KiB chunks (best of 5):`);
  for (const [name, split] of Object.entries(SPLITTERS)) {
    let best = Infinity;
    let lines = 0;
    for (let round = 0; round < 5; round++) {
      const data = chunks();
      const started = performance.now();
      lines = await split(data);
      best = Math.min(best, performance.now() - started);
    }
    console.log(`   ${name.padEnd(44)} ${best.toFixed(0).padStart(6)} ms  (${lines} lines)`);
  }
}

/** Whether `split` yields a lone first line before the stream sends anything more. */
async function answersAtOnce(
  pipe: (input: ReadableStream<Uint8Array>) => ReadableStream<unknown>,
): Promise<boolean> {
  let more!: ReadableStreamDefaultController<Uint8Array>;
  const input = new ReadableStream<Uint8Array>({
    start(controller) {
      more = controller;
      controller.enqueue(new TextEncoder().encode("MAYUS hola\n"));
    },
  });
  const reader = pipe(input).getReader();
  const first = await Promise.race([reader.read().then(() => true), delay(200).then(() => false)]);
  more.close();
  await reader.cancel();
  return first;
}

async function latency(): Promise<void> {
  console.log("2. A lone request line is split out before more bytes come:");
  const cases: Record<string, (input: ReadableStream<Uint8Array>) => ReadableStream<unknown>> = {
    "std TextLineStream": (input) =>
      input.pipeThrough(new TextDecoderStream()).pipeThrough(new TextLineStream()),
    "std DelimiterStream": (input) => input.pipeThrough(new DelimiterStream(NEWLINE)),
    "std CappedDelimiterStream": (input) =>
      input.pipeThrough(new CappedDelimiterStream({ delimiter: NEWLINE, limit: LIMIT })),
  };
  for (const [name, pipe] of Object.entries(cases)) {
    const yes = await answersAtOnce(pipe);
    console.log(`   ${name.padEnd(44)} ${yes ? "yes" : "NO: it waits for the buffer to fill"}`);
  }
}

function rssKiB(): number {
  return Deno.memoryUsage().rss / 1024;
}

/** RSS per idle connection (KiB) when each server side waits for its first line with `wait`. */
async function idleCost(wait: (conn: Deno.Conn) => Promise<unknown>): Promise<number> {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const served: Deno.Conn[] = [];
  const accepting = (async () => {
    for await (const conn of listener) {
      served.push(conn);
      wait(conn).catch(() => {});
    }
  })();
  const clients: Deno.Conn[] = [];
  const warm = await Deno.connect({ hostname: "127.0.0.1", port: listener.addr.port });
  clients.push(warm);
  await delay(200);
  const before = rssKiB();
  for (let i = 0; i < IDLE_CONNECTIONS; i++) {
    clients.push(await Deno.connect({ hostname: "127.0.0.1", port: listener.addr.port }));
  }
  while (served.length < IDLE_CONNECTIONS + 1) await delay(10);
  await delay(300);
  const after = rssKiB();
  for (const conn of clients) conn.close();
  listener.close();
  await accepting.catch(() => {});
  for (const conn of served) {
    try {
      conn.close();
    } catch {
      // Closed by its stream already.
    }
  }
  return (after - before) / IDLE_CONNECTIONS;
}

async function memory(): Promise<void> {
  console.log(`3. Memory per idle connection, ${IDLE_CONNECTIONS} held, each waiting for a line:`);
  const hand = await idleCost((conn) =>
    new DelimitedReader(conn, NEWLINE, { maxMessage: LIMIT, initialSize: 128 }).next()
  );
  await delay(500);
  const streams = await idleCost((conn) =>
    conn.readable.pipeThrough(new TextDecoderStream()).pipeThrough(new TextLineStream())
      .getReader().read()
  );
  console.log(`   ${"hand-written DelimitedReader".padEnd(44)} ${hand.toFixed(1).padStart(6)} KiB`);
  console.log(
    `   ${"conn.readable → TextLineStream".padEnd(44)} ${streams.toFixed(1).padStart(6)} KiB`,
  );
}

if (import.meta.main) {
  await splitting();
  await latency();
  await memory();
}
