import { delay } from "@std/async/delay";
import { NetError } from "../errors.ts";
import { timeoutDetail, Trace } from "../present/trace.ts";
import { formatAddr } from "./address.ts";
import { closeQuietly, type Endpoint, toNetError, withTimeout } from "./net_errors.ts";

/** A long upload a client is sending, as a full server sees it. */
export interface Upload {
  /** Bytes a second it has arrived at lately; Infinity while too new to tell. */
  bytesPerSecond(): number;
}

/** What a connected stream socket needs besides its connection. */
export interface StreamOptions {
  readonly trace?: Trace;
  /** `--timeout`: each read gives up after this many seconds. @default {no limit} */
  readonly timeoutSeconds?: number;
  /** How to name the other end. @default {its address} */
  readonly peer?: string;
}

/**
 * One end of a connected stream socket: reads and writes that are traced, time out when asked,
 * count their bytes, and fail with a {@linkcode NetError} that says what went wrong.
 */
export class Stream {
  /** `host:port` of the other end. */
  readonly peer: string;
  /** `host:port` of this end. */
  readonly local: string;
  bytesIn = 0;
  bytesOut = 0;
  /** Reads that brought something (data or the end), for a watcher of silent clients. */
  reads = 0;
  /** Writes the other end took; with `writing`, tells a stalled reader from a busy one. */
  writes = 0;
  /** A write is waiting for the other end to take it. */
  writing = false;
  /** A request (a line, an HTTP head, a file header) has begun and is not whole yet. */
  inRequest = false;
  /** Requests begun so far, so that a watcher tells one slow request from the next. */
  requestsBegun = 0;
  /**
   * A long upload being read (a file's bytes), which says how fast it arrives lately: a full
   * server frees the slot of the slowest one. Undefined when none is.
   */
  upload: Upload | undefined = undefined;
  readonly #conn: Deno.Conn;
  readonly #trace: Trace;
  readonly #timeoutSeconds?: number;
  readonly #endpoint: Endpoint;
  #closed = false;

  constructor(conn: Deno.Conn, options: StreamOptions = {}) {
    this.#conn = conn;
    this.#trace = options.trace ?? Trace.off;
    this.#timeoutSeconds = options.timeoutSeconds;
    this.peer = options.peer ?? formatAddr(conn.remoteAddr);
    this.local = formatAddr(conn.localAddr);
    const remote = conn.remoteAddr;
    this.#endpoint = remote.transport === "tcp"
      ? { host: remote.hostname, port: remote.port }
      : { host: this.peer, port: 0 };
  }

  get closed(): boolean {
    return this.#closed;
  }

  /**
   * Reads once into `buffer`, like `recv(len(buffer))`: resolves to the number of bytes read, or
   * null when the other end has closed its side. A timeout closes the stream and throws.
   */
  read(buffer: Uint8Array): Promise<number | null> {
    // The fast path, without an async frame of its own: what most of a server's idle
    // connections are waiting in.
    if (this.#timeoutSeconds === undefined && !this.#trace.enabled) {
      return this.#conn.read(buffer).then(this.#counted, this.#failedRead);
    }
    return this.#readWatched(buffer);
  }

  readonly #counted = (n: number | null) => {
    this.countRead(n);
    return n;
  };

  /**
   * The connection itself, when nothing watches each read and write (no trace, no read timeout),
   * else undefined. A hot loop may read and write it directly, skipping the promise the stream's
   * own `read` and `write` add to count: measured (2026-11-30, 64 B request/response, C load
   * client, pinned) 0.4 µs of a Deno echo's 7.3 µs per request. The loop then counts what it
   * read ({@linkcode countRead}) and writes with {@linkcode startWrite} and {@linkcode wrote}, and
   * its failures are the runtime's: {@linkcode failure} translates them.
   */
  get direct(): Deno.Conn | undefined {
    return this.#timeoutSeconds === undefined && !this.#trace.enabled ? this.#conn : undefined;
  }

  /** Counts a read that brought `n` bytes (null: the end). */
  countRead(n: number | null): void {
    this.reads++;
    if (n !== null) this.bytesIn += n;
  }

  /** Counts a write the other end took. */
  countWrite(n: number): void {
    this.bytesOut += n;
    this.writes++;
  }

  /** A failure of the connection, as the {@linkcode NetError} that explains it when there is one. */
  failure(error: unknown): unknown {
    return toNetError(error, this.#endpoint, "read");
  }

  readonly #failedRead = (error: unknown): never => {
    throw toNetError(error, this.#endpoint, "read");
  };

  /** A read with a timeout, or traced. */
  async #readWatched(buffer: Uint8Array): Promise<number | null> {
    let n: number | null;
    const seconds = this.#timeoutSeconds;
    try {
      n = seconds === undefined
        ? await this.#conn.read(buffer)
        : await withTimeout(this.#conn.read(buffer), seconds, () => {
          this.#trace.event("timeout", this.local, this.peer, timeoutDetail("read", seconds));
          this.close();
          return new NetError("read-timeout", {
            ...this.#endpoint,
            address: this.peer,
            seconds,
          });
        });
    } catch (error) {
      throw toNetError(error, this.#endpoint, "read");
    }
    this.reads++;
    if (n === null) {
      this.#trace.data("read", this.local, this.peer, new Uint8Array(0));
      return null;
    }
    this.bytesIn += n;
    if (this.#trace.enabled) this.#trace.data("read", this.local, this.peer, buffer.subarray(0, n));
    return n;
  }

  /** Writes all of `bytes`, like `sendall`: partial writes are continued until done. */
  write(bytes: Uint8Array): Promise<void> {
    // The fast path, without an async frame: untraced, a write the OS takes whole (nearly every
    // write of a request/response server) costs one promise. Measured (2026-11-30, C load client,
    // 50 connections of 64 B, server and load pinned apart, 4 paired rounds): echo-server's CPU
    // time per request 8.1 µs → 7.7–7.9 µs.
    if (this.#trace.enabled || bytes.length === 0) return this.writeRest(bytes, 0);
    return this.startWrite(bytes).then((n) => this.wrote(bytes, n), this.#failedWrite);
  }

  /**
   * Begins a write of `bytes` on the connection itself (untraced: see {@linkcode direct}): marks
   * the stream `writing` and returns the runtime's own promise of how many bytes the other end
   * took. {@linkcode wrote} finishes it.
   */
  startWrite(bytes: Uint8Array): Promise<number> {
    this.writing = true;
    return this.#conn.write(bytes);
  }

  /**
   * Finishes a write of `bytes` the other end took `n` of (begun with {@linkcode startWrite}):
   * counts it, and writes the rest when it took only part. Undefined when all went.
   */
  wrote(bytes: Uint8Array, n: number): Promise<void> | undefined {
    this.countWrite(n);
    if (n < bytes.length) return this.writeRest(bytes, n);
    this.writing = false;
    return undefined;
  }

  readonly #failedWrite = (error: unknown): never => {
    this.writing = false;
    throw toNetError(error, this.#endpoint, "write");
  };

  /**
   * Writes what is left of `bytes` from `done` on (after a direct write the other end took only
   * in part), traced when tracing is on.
   */
  async writeRest(bytes: Uint8Array, done: number): Promise<void> {
    this.writing = true;
    try {
      while (done < bytes.length) {
        const n = await this.#conn.write(done === 0 ? bytes : bytes.subarray(done));
        if (this.#trace.enabled) {
          this.#trace.data("write", this.local, this.peer, bytes.subarray(done, done + n));
        }
        done += n;
        this.countWrite(n);
      }
    } catch (error) {
      throw toNetError(error, this.#endpoint, "write");
    } finally {
      this.writing = false;
    }
  }

  /** Marks that a request's first bytes have arrived (once per request). */
  beginRequest(): void {
    if (this.inRequest) return;
    this.inRequest = true;
    this.requestsBegun++;
  }

  /** Marks the request read whole: nothing is pending any more. */
  endRequest(): void {
    this.inRequest = false;
  }

  /**
   * Closes gently after a last answer: the other end may still be sending, and closing on unread
   * bytes would reset the connection before it reads the answer. So the sending side is closed
   * first, and what still arrives is read and dropped, for at most `ms` and `maxBytes`.
   */
  async lingerAndClose(ms = 500, maxBytes = 1024 * 1024): Promise<void> {
    await this.closeWrite().catch(() => {});
    const sink = new Uint8Array(16 * 1024);
    const drain = (async () => {
      for (let dropped = 0; dropped < maxBytes;) {
        const n = await this.read(sink).catch(() => null);
        if (n === null) return;
        dropped += n;
      }
    })();
    const stop = new AbortController();
    await Promise.race([drain, delay(ms, { signal: stop.signal }).catch(() => {})]);
    stop.abort();
    this.close();
    await drain;
  }

  /** The other end's IP address, or undefined for a Unix socket. */
  get peerHost(): string | undefined {
    return this.#endpoint.port === 0 ? undefined : this.#endpoint.host;
  }

  /**
   * Closes the sending side only (`shutdown(SHUT_WR)`): the other end reads the end of the stream
   * and can still answer.
   */
  async closeWrite(): Promise<void> {
    this.#trace.event("half-close", this.local, this.peer, "shutdown(SHUT_WR)");
    try {
      await this.#conn.closeWrite();
    } catch (error) {
      // The other end may already be gone; there is nothing left to tell it.
      if (!(error instanceof Deno.errors.NotConnected)) {
        throw toNetError(error, this.#endpoint, "write");
      }
    }
  }

  /** Closes the connection, whatever the trace does. Safe to call more than once. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    try {
      this.#trace.event("close", this.local, this.peer);
    } finally {
      closeQuietly(this.#conn);
    }
  }
}
