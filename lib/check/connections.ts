/**
 * The checker's end of a conversation: a connection (TCP, Unix or UDP) that reads all the time,
 * keeps what arrived until a step takes it, says when more came, and tells what it did to a
 * transcript.
 *
 * @module
 */
import { indexOfNeedle } from "@std/bytes";
import { ByteBuffer } from "../framing/byte_buffer.ts";
import { NetError } from "../errors.ts";
import { connectStream, type StreamEndpoint } from "../transport/endpoint.ts";
import type { Stream } from "../transport/stream.ts";
import { DatagramSocket } from "../transport/udp.ts";
import type { Trace } from "../present/trace.ts";

/** What happened on one client, in order: `>` sent, `<` received, `*` an event. */
export interface TranscriptEntry {
  /** The client (connection) it happened on. */
  readonly client: string;
  /** `>` sent by the checker, `<` received from the server, `*` an event. */
  readonly direction: ">" | "<" | "*";
  /** The bytes sent or received. */
  readonly bytes?: Uint8Array;
  /**
   * For `*`: connected, the server closed, the client half-closed, the client closed, a reply
   * taken as whole after `ms` of quiet, a request ended with `\n` after no reply came.
   */
  readonly event?: "connect" | "end" | "shutdown" | "close" | "quiet" | "retry";
  /** For `quiet`: how long nothing came. */
  readonly ms?: number;
}

/** Where the server is, and how to reach it. */
export interface Target extends StreamEndpoint {
  readonly transport: "tcp" | "udp";
}

/** Resolves to false once `deadline` (a performance.now() time) has passed; cancel() stops it. */
function timer(deadline: number): { promise: Promise<false>; cancel(): void } {
  let id: ReturnType<typeof setTimeout> | undefined;
  const promise = new Promise<false>((resolve) => {
    id = setTimeout(() => resolve(false), Math.max(0, deadline - performance.now()));
  });
  return { promise, cancel: () => clearTimeout(id) };
}

/** Whether `error` is the server cutting the connection: a reset, or a write to one it closed. */
export function isCut(error: unknown): boolean {
  return error instanceof NetError && (error.kind === "reset" || error.kind === "broken-pipe");
}

/** No connection within the stage's time: the server's backlog is full, or nothing answers. */
export class ConnectTimeout extends Error {
  constructor() {
    super("connect: no answer in time");
    this.name = "ConnectTimeout";
  }
}

/** Bytes that arrived and no step has taken yet: appended at the end, taken from the front. */
class Inbox {
  #bytes = new Uint8Array(4096);
  #start = 0;
  #end = 0;

  get length(): number {
    return this.#end - this.#start;
  }

  /** What is waiting; a view that the next append or take may change. */
  view(): Uint8Array {
    return this.#bytes.subarray(this.#start, this.#end);
  }

  append(piece: Uint8Array): void {
    if (this.#end + piece.length > this.#bytes.length) {
      const kept = this.length;
      const room = kept + piece.length;
      const target = room > this.#bytes.length
        ? new Uint8Array(Math.max(room, this.#bytes.length * 2))
        : this.#bytes;
      target.set(this.#bytes.subarray(this.#start, this.#end));
      this.#bytes = target;
      this.#start = 0;
      this.#end = kept;
    }
    this.#bytes.set(piece, this.#end);
    this.#end += piece.length;
  }

  take(length: number): Uint8Array {
    const taken = this.#bytes.slice(this.#start, this.#start + length);
    this.#start += taken.length;
    if (this.#start === this.#end) this.#start = this.#end = 0;
    return taken;
  }
}

/** A client of the conversation: what it received and has not used, and the end, once seen. */
export class Connection {
  /** The server closed its side (TCP) — nothing more will come. */
  ended = false;
  /** The server has sent something on this connection. */
  heard = false;
  /** When the last bytes arrived (performance.now()), or when it connected. */
  lastArrival = performance.now();
  /** Where the conversation's events go: the transcript of the stage it is in now. */
  record: (entry: TranscriptEntry) => void;
  readonly #inbox = new Inbox();
  /** What was sent since the last reply was taken: what an echo must give back. */
  readonly #sent = new ByteBuffer(256);
  #failure?: unknown;
  #closed = false;
  #wake?: () => void;

  private constructor(
    readonly name: string,
    record: (entry: TranscriptEntry) => void,
    private readonly stream?: Stream,
    private readonly socket?: DatagramSocket,
    private readonly target?: Target,
  ) {
    this.record = record;
    if (stream) this.#pump(stream);
  }

  /** Connects (TCP, Unix), or binds a socket to send from (UDP). */
  static async open(
    name: string,
    target: Target,
    record: (entry: TranscriptEntry) => void,
    deadline: number,
    trace?: Trace,
  ): Promise<Connection> {
    if (target.transport === "udp") {
      const loopback = target.host === "127.0.0.1" || target.host === "localhost";
      const hostname = loopback ? "127.0.0.1" : target.host.includes(":") ? "::" : "0.0.0.0";
      const socket = DatagramSocket.bind({ host: hostname, port: 0, trace });
      return new Connection(name, record, undefined, socket, target);
    }
    // No connect begins once the stage's time is up: one abandoned as it completes could leave
    // the server a connection nobody closes.
    if (deadline <= performance.now()) throw new ConnectTimeout();
    // The deadline bounds the connect only: reads wait as the steps decide.
    const giveUp = new AbortController();
    const late = timer(deadline);
    late.promise.then(() => giveUp.abort());
    try {
      const stream = await connectStream({ ...target, signal: giveUp.signal, trace });
      record({ client: name, direction: "*", event: "connect" });
      return new Connection(name, record, stream);
    } catch (error) {
      if (giveUp.signal.aborted) throw new ConnectTimeout();
      throw error;
    } finally {
      late.cancel();
    }
  }

  /** Bytes received that no step has taken yet (a view: read it before the next wait). */
  get received(): Uint8Array {
    return this.#inbox.view();
  }

  /** What was sent since the last reply was taken. */
  get sent(): Uint8Array {
    return this.#sent.bytes();
  }

  /** Reads for as long as the connection is open, so the server is never kept from writing. */
  async #pump(stream: Stream): Promise<void> {
    const buffer = new Uint8Array(64 * 1024);
    try {
      for (;;) {
        const n = await stream.read(buffer);
        if (n === null) {
          this.ended = true;
          this.record({ client: this.name, direction: "*", event: "end" });
          return;
        }
        this.#arrived(buffer.slice(0, n));
      }
    } catch (error) {
      if (!this.#closed) this.#failure = error;
    } finally {
      this.#wake?.();
    }
  }

  #arrived(bytes: Uint8Array): void {
    this.record({ client: this.name, direction: "<", bytes });
    this.#inbox.append(bytes);
    this.heard = true;
    this.lastArrival = performance.now();
    this.#wake?.();
  }

  /** Sends all of `bytes` (one datagram, for UDP). */
  async send(bytes: Uint8Array): Promise<void> {
    this.record({ client: this.name, direction: ">", bytes });
    this.#sent.append(bytes);
    if (this.socket) await this.socket.send(bytes, this.target!);
    else await this.stream!.write(bytes);
  }

  /** Half-closes: no more is sent, and what the server says can still be read. */
  async shutdown(): Promise<void> {
    this.record({ client: this.name, direction: "*", event: "shutdown" });
    await this.stream?.closeWrite();
  }

  close(): void {
    this.#closed = true;
    this.stream?.close();
    this.socket?.close();
  }

  /** Closes because the script says so (which the transcript shows). */
  closeNow(): void {
    this.record({ client: this.name, direction: "*", event: "close" });
    this.close();
  }

  /**
   * Waits until something new happens (bytes, the end), or `deadline` passes: true when
   * something did, false when the deadline came first. A read that failed throws here.
   */
  async more(deadline: number): Promise<boolean> {
    if (this.#failure !== undefined) throw this.#failure;
    if (this.ended || this.#closed) return false;
    if (this.socket) return await this.#moreDatagram(deadline);
    const late = timer(deadline);
    const woken = new Promise<true>((resolve) => this.#wake = () => resolve(true));
    try {
      const happened = await Promise.race([woken, late.promise]);
      if (this.#failure !== undefined) throw this.#failure;
      return happened;
    } finally {
      this.#wake = undefined;
      late.cancel();
    }
  }

  async #moreDatagram(deadline: number): Promise<boolean> {
    const seconds = (deadline - performance.now()) / 1000;
    if (seconds <= 0) return false;
    try {
      const { data } = await this.socket!.receive(seconds);
      this.#arrived(data.slice());
      return true;
    } catch (error) {
      if (error instanceof NetError && error.kind === "datagram-timeout") return false;
      throw error;
    }
  }

  /** Takes the first `length` bytes received; taking a reply ends what an echo must give back. */
  take(length: number): Uint8Array {
    this.#sent.clear();
    return this.#inbox.take(length);
  }

  /** Where `delimiter` ends in what was received, or -1. */
  endOf(delimiter: Uint8Array): number {
    const at = indexOfNeedle(this.received, delimiter);
    return at < 0 ? -1 : at + delimiter.length;
  }
}
