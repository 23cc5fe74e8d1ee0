/**
 * The load `socklab bench` puts on a server: connections that each repeat one request, keeping a
 * window of them in flight, and time every answer. Written for speed, so that the bench is not
 * what limits the numbers: raw socket calls, buffers made once, no allocation per request.
 *
 * @module
 */
import { normalizeHost } from "../../transport/address.ts";
import { closeQuietly } from "../../transport/net_errors.ts";
import { toNetError } from "../../transport/net_errors.ts";
import type { StreamEndpoint } from "../../transport/endpoint.ts";
import { isDatagramTooLong } from "../../transport/udp.ts";
import { Histogram } from "./histogram.ts";

/** How the answer to a request is recognised. */
export type Framing =
  /** The answer is as long as the request (an echo). */
  | "bytes"
  /** The answer is one line; a line starting with ERR is an error. */
  | "lines";

export interface LoadOptions {
  readonly endpoint: StreamEndpoint;
  /** What each connection sends, again and again. */
  readonly request: Uint8Array;
  readonly framing: Framing;
  readonly connections: number;
  /** Requests in flight per connection. */
  readonly pipeline: number;
  /** Measure for this long… */
  readonly durationMs?: number;
  /** …or until this many requests have been answered. */
  readonly requests?: number;
  /** Load without measuring first, for this long. */
  readonly warmupMs: number;
  readonly signal: AbortSignal;
  /** Told about once a second while measuring. */
  readonly onProgress?: (requests: number, elapsedMs: number) => void;
}

/** What a run measured. */
export interface LoadResult {
  readonly requests: number;
  readonly errors: number;
  readonly seconds: number;
  /** Bytes sent and received while measuring. */
  readonly bytes: number;
  readonly latency: Histogram;
}

/** State shared by every connection of a run. */
class Run {
  measuring = false;
  stopped = false;
  /** When the measuring started (after the warm-up) and stopped. */
  startedAt = performance.now();
  stoppedAt = 0;
  completed = 0;
  sent = 0;
  errors = 0;
  bytes = 0;
  readonly latency = new Histogram();

  constructor(readonly quota: number) {}

  /** The warm-up is over: from now on answers are counted. */
  begin(): void {
    // Stopped (Ctrl+C) during the warm-up or before: nothing is measured.
    if (this.stopped) return;
    this.measuring = true;
    this.startedAt = performance.now();
  }

  /** Milliseconds measured so far, or in all once stopped. */
  elapsedMs(): number {
    return (this.stopped ? this.stoppedAt : performance.now()) - this.startedAt;
  }

  /** What the run measured. */
  result(): LoadResult {
    const { completed: requests, errors, bytes, latency } = this;
    return { requests, errors, seconds: this.elapsedMs() / 1000, bytes, latency };
  }

  /** Ends the measuring: what is answered after this is not counted. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.stoppedAt = performance.now();
  }

  /** How many more requests may be sent, when a number of them is asked for. */
  allowance(wanted: number): number {
    if (!this.measuring || this.quota === Infinity) return wanted;
    const left = this.quota - this.sent;
    return left <= 0 ? 0 : Math.min(wanted, left);
  }
}

const NEWLINE = 0x0a;
const LETTER_E = 0x45;

/** Connects one load connection; a failure is the {@linkcode NetError} that explains it. */
async function connect(endpoint: StreamEndpoint): Promise<Deno.Conn> {
  try {
    if (endpoint.unix !== undefined) {
      return await Deno.connect({ transport: "unix", path: endpoint.unix });
    }
    const conn = await Deno.connect({
      hostname: normalizeHost(endpoint.host),
      port: endpoint.port,
    });
    conn.setNoDelay(true);
    return conn;
  } catch (error) {
    const where = endpoint.unix === undefined ? endpoint : { host: endpoint.unix, port: 0 };
    throw toNetError(error, where, "connect");
  }
}

/** One connection's loop: keep the window full, time each answer as it completes. */
async function drive(conn: Deno.Conn, options: LoadOptions, run: Run): Promise<void> {
  const { request, pipeline, framing } = options;
  const size = request.length;
  const batch = new Uint8Array(size * pipeline);
  for (let i = 0; i < pipeline; i++) batch.set(request, i * size);
  const sentAt = new Float64Array(pipeline);
  const buffer = new Uint8Array(Math.max(64 * 1024, size * pipeline));
  let head = 0;
  let tail = 0;
  let inFlight = 0;
  let partial = 0;
  let atLineStart = true;
  // When the last answers arrived: the requests sent right after are stamped with it (one clock
  // read per round trip, and the time a write takes is counted in the latency).
  let now = performance.now();
  // Once the run stops, no more requests go out, but those in flight are still read, so the
  // connection closes with nothing unread (no reset for the server to report).
  while (!run.stopped || inFlight > 0) {
    const room = run.stopped ? 0 : run.allowance(pipeline - inFlight);
    if (room > 0) {
      // Counted before the write waits, so that no other connection takes the same share.
      run.sent += room;
      const out = room === pipeline ? batch : batch.subarray(0, room * size);
      for (let i = 0; i < room; i++) {
        sentAt[tail] = now;
        tail = tail + 1 === pipeline ? 0 : tail + 1;
      }
      inFlight += room;
      for (let done = 0; done < out.length;) {
        done += await conn.write(done === 0 ? out : out.subarray(done));
      }
      if (run.measuring) run.bytes += out.length;
    } else if (inFlight === 0) {
      return;
    }
    const n = await conn.read(buffer);
    if (n === null) throw new Error("the server closed the connection");
    let answered = 0;
    if (framing === "bytes") {
      partial += n;
      answered = Math.floor(partial / size);
      partial -= answered * size;
    } else {
      let errors = 0;
      for (let i = 0; i < n; i++) {
        if (atLineStart && buffer[i] === LETTER_E) errors++;
        atLineStart = buffer[i] === NEWLINE;
        if (atLineStart) answered++;
      }
      if (run.measuring) run.errors += errors;
    }
    if (answered === 0) continue;
    now = performance.now();
    for (let i = 0; i < answered; i++) {
      if (run.measuring) run.latency.record((now - sentAt[head]) * 1000);
      head = head + 1 === pipeline ? 0 : head + 1;
    }
    inFlight -= answered;
    if (run.measuring && !run.stopped) {
      run.completed += answered;
      run.bytes += n;
      if (run.completed >= run.quota) run.stop();
    }
  }
}

/**
 * Puts the load on the server and measures it. Connections that fail count as errors and the
 * rest go on; the run fails only if none could connect.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const run = new Run(options.requests ?? Infinity);
  const conns = await Promise.all(
    Array.from({ length: options.connections }, () => connect(options.endpoint)),
  );
  const closeAll = () => {
    run.stop();
    for (const conn of conns) {
      closeQuietly(conn);
    }
  };
  // The time is up: stop measuring, let answers in flight arrive, but not for long.
  const stop = () => {
    run.stop();
    timers.push(setTimeout(closeAll, 2000));
  };
  // Ctrl+C while connecting: the run ends before it starts.
  if (options.signal.aborted) closeAll();
  else options.signal.addEventListener("abort", closeAll, { once: true });
  const timers: ReturnType<typeof setTimeout>[] = [];
  const begin = () => {
    run.begin();
    if (options.durationMs !== undefined) timers.push(setTimeout(stop, options.durationMs));
    if (options.onProgress) {
      timers.push(
        setInterval(() => options.onProgress!(run.completed, run.elapsedMs()), 1000),
      );
    }
  };
  if (options.warmupMs > 0) timers.push(setTimeout(begin, options.warmupMs));
  else begin();
  try {
    await Promise.all(conns.map((conn) =>
      drive(conn, options, run).catch(() => {
        if (!run.stopped && run.measuring) run.errors++;
      })
    ));
  } finally {
    for (const timer of timers) clearTimeout(timer);
    options.signal.removeEventListener("abort", closeAll);
    closeAll();
  }
  return run.result();
}

/**
 * Bulk data through an echo server on one connection: one task writes 64 KiB chunks as fast as
 * the connection takes them while another reads the echo. Resolves to the bytes echoed.
 */
export async function runThroughput(
  endpoint: StreamEndpoint,
  durationMs: number,
  signal: AbortSignal,
): Promise<{ bytes: number; seconds: number }> {
  const conn = await connect(endpoint);
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  let measuring = true;
  let echoed = 0;
  let seconds = 0;
  const started = performance.now();
  const close = () => {
    closeQuietly(conn);
  };
  if (signal.aborted) close();
  else signal.addEventListener("abort", close, { once: true });
  const timers: ReturnType<typeof setTimeout>[] = [];
  // When the time is up the count stops, and the sending side is closed: the server echoes what
  // is in flight and closes, so nothing is left unread (no reset for it to report).
  timers.push(setTimeout(() => {
    measuring = false;
    seconds = (performance.now() - started) / 1000;
    timers.push(setTimeout(close, 2000));
  }, durationMs));
  const writing = (async () => {
    while (measuring) {
      for (let done = 0; done < chunk.length;) {
        done += await conn.write(done === 0 ? chunk : chunk.subarray(done));
      }
    }
    await conn.closeWrite();
  })().catch(() => {});
  const buffer = new Uint8Array(256 * 1024);
  try {
    for (let n = await conn.read(buffer); n !== null; n = await conn.read(buffer)) {
      if (measuring) echoed += n;
    }
  } catch {
    // Closed by Ctrl+C, or by the safety timer.
  }
  for (const timer of timers) clearTimeout(timer);
  signal.removeEventListener("abort", close);
  close();
  await writing;
  return { bytes: echoed, seconds: seconds || (performance.now() - started) / 1000 };
}

/** What one socket of the UDP load shares with the others. */
interface DatagramLoad {
  readonly run: Run;
  readonly target: Deno.NetAddr;
  /** The size of each datagram: at least the 8 bytes of its number. */
  readonly size: number;
  /** Datagrams each socket keeps in flight. */
  readonly pipeline: number;
  /** Ends the whole load (the quota is reached). */
  readonly stop: () => void;
}

/**
 * One socket of the UDP load: keeps `pipeline` numbered datagrams in flight, matches each answer
 * by its number, and takes a datagram unanswered for 500 ms as lost and sends another.
 */
async function driveDatagrams(
  socket: Deno.DatagramConn,
  { run, target, size, pipeline, stop }: DatagramLoad,
): Promise<void> {
  const sentAt = new Map<number, number>();
  let sequence = 0;
  const payload = new Uint8Array(size);
  const view = new DataView(payload.buffer);
  const send = async () => {
    const number = sequence++;
    view.setFloat64(0, number);
    sentAt.set(number, performance.now());
    // Counted before the send waits, so that no other socket takes the same share.
    run.sent++;
    await socket.send(payload, target);
  };
  for (let i = 0; i < pipeline && run.allowance(1) > 0; i++) await send();
  const receiveBuffer = new Uint8Array(65536);
  // Datagrams unanswered for 500 ms are taken as lost, and others go out in their place.
  const lossCheck = setInterval(() => {
    const now = performance.now();
    for (const [number, at] of sentAt) {
      if (now - at < 500) break;
      sentAt.delete(number);
      if (run.measuring) run.errors++;
      if (run.allowance(1) > 0) send().catch(() => {});
    }
  }, 100);
  try {
    while (!run.stopped) {
      let data: Uint8Array;
      try {
        [data] = await socket.receive(receiveBuffer);
      } catch (error) {
        // Windows drops a datagram longer than the buffer with an error; the socket goes on, and
        // the loss check counts the request it answered as lost.
        if (isDatagramTooLong(error) && !run.stopped) continue;
        return;
      }
      if (data.length < 8) continue;
      const number = new DataView(data.buffer, data.byteOffset).getFloat64(0);
      const at = sentAt.get(number);
      if (at === undefined) continue;
      sentAt.delete(number);
      if (run.measuring) {
        run.latency.record((performance.now() - at) * 1000);
        run.completed++;
        run.bytes += 2 * data.length;
        if (run.completed >= run.quota) stop();
      }
      if (run.allowance(1) > 0) await send();
      else if (sentAt.size === 0) return;
    }
  } finally {
    clearInterval(lossCheck);
  }
}

/**
 * UDP echo load: one socket per "connection", each keeping `pipeline` numbered datagrams in
 * flight; an answer is matched by its number, and a datagram unanswered for 500 ms is counted
 * lost and replaced.
 */
export async function runUdpLoad(options: LoadOptions): Promise<LoadResult> {
  const run = new Run(options.requests ?? Infinity);
  const host = normalizeHost(options.endpoint.host);
  const target: Deno.NetAddr = { transport: "udp", hostname: host, port: options.endpoint.port };
  const bindHost = host.includes(":") ? "::1" : "127.0.0.1";
  const sockets = Array.from(
    { length: options.connections },
    () =>
      Deno.listenDatagram({
        hostname: host === "localhost" ? "127.0.0.1" : bindHost,
        port: 0,
        transport: "udp",
      }),
  );
  const stop = () => {
    run.stop();
    for (const socket of sockets) {
      closeQuietly(socket);
    }
  };
  if (options.signal.aborted) stop();
  else options.signal.addEventListener("abort", stop, { once: true });
  const timers: ReturnType<typeof setTimeout>[] = [];
  const begin = () => {
    run.begin();
    if (options.durationMs !== undefined) timers.push(setTimeout(stop, options.durationMs));
  };
  if (options.warmupMs > 0) timers.push(setTimeout(begin, options.warmupMs));
  else begin();
  try {
    const size = Math.max(8, options.request.length);
    const load = { run, target, size, pipeline: options.pipeline, stop };
    await Promise.all(sockets.map((socket) => driveDatagrams(socket, load).catch(() => {})));
  } finally {
    for (const timer of timers) clearTimeout(timer);
    options.signal.removeEventListener("abort", stop);
    stop();
  }
  return run.result();
}
