/**
 * The checker's end of a conversation: a connection (TCP, Unix or UDP) that keeps what arrived until
 * a step takes it, reads against a deadline without losing a read that comes late, and tells what it
 * did to a transcript.
 */
import { concat, indexOfNeedle } from "@std/bytes";
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
  /** The bytes sent or received; for an event, its words (`connect`, `closed by the server`). */
  readonly bytes?: Uint8Array;
  /** For `*`: connected, the server closed, the client half-closed, the client closed. */
  readonly event?: "connect" | "end" | "shutdown" | "close";
}

/** Where the server is, and how to reach it. */
export interface Target extends StreamEndpoint {
  readonly transport: "tcp" | "udp";
}

/** Settles to `late` once `deadline` (a performance.now() time) has passed. */
function until<T>(deadline: number, late: T): { promise: Promise<T>; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const promise = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(late), Math.max(0, deadline - performance.now()));
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

const LATE = Symbol("late");

/** No connection within the stage's time: the server's backlog is full, or nothing answers. */
export class ConnectTimeout extends Error {
  constructor() {
    super("connect: no answer in time");
    this.name = "ConnectTimeout";
  }
}

/** A client of the conversation: what it was sent but has not yet used, and the end, once seen. */
export class Connection {
  /** Bytes received that no step has taken yet. */
  received: Uint8Array = new Uint8Array(0);
  /** The server closed its side (TCP) — nothing more will come. */
  ended = false;
  readonly #buffer = new Uint8Array(64 * 1024);
  #pending?: Promise<number | null>;

  private constructor(
    readonly name: string,
    private readonly record: (entry: TranscriptEntry) => void,
    private readonly stream?: Stream,
    private readonly socket?: DatagramSocket,
    private readonly target?: Target,
  ) {}

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
    // The deadline bounds the connect only: the stream's reads wait as the steps decide.
    const giveUp = new AbortController();
    const timer = until(deadline, LATE);
    timer.promise.then(() => giveUp.abort());
    try {
      const stream = await connectStream({ ...target, signal: giveUp.signal, trace });
      record({ client: name, direction: "*", event: "connect" });
      return new Connection(name, record, stream);
    } catch (error) {
      if (giveUp.signal.aborted) throw new ConnectTimeout();
      throw error;
    } finally {
      timer.cancel();
    }
  }

  /** Sends all of `bytes` (one datagram, for UDP). */
  async send(bytes: Uint8Array): Promise<void> {
    this.record({ client: this.name, direction: ">", bytes });
    if (this.socket) await this.socket.send(bytes, this.target!);
    else await this.stream!.write(bytes);
  }

  /** Half-closes: no more is sent, and what the server says can still be read. */
  async shutdown(): Promise<void> {
    this.record({ client: this.name, direction: "*", event: "shutdown" });
    await this.stream?.closeWrite();
  }

  close(): void {
    this.stream?.close();
    this.socket?.close();
  }

  /** Closes because the script says so (which the transcript shows). */
  closeNow(): void {
    this.record({ client: this.name, direction: "*", event: "close" });
    this.close();
  }

  /**
   * Waits for more to arrive, until `deadline`: true when something came (or the end), false
   * when the deadline passed first. A read still under way then is kept for the next call.
   */
  async more(deadline: number): Promise<boolean> {
    if (this.ended) return false;
    if (this.socket) return await this.#moreDatagram(deadline);
    if (!this.#pending) {
      this.#pending = this.stream!.read(this.#buffer);
      // Still under way when the stage ends, it fails as its stream closes: nobody waits for it.
      this.#pending.catch(() => {});
    }
    const timer = until(deadline, LATE);
    try {
      const n = await Promise.race([this.#pending, timer.promise]);
      if (n === LATE) return false;
      this.#pending = undefined;
      if (n === null) {
        this.ended = true;
        this.record({ client: this.name, direction: "*", event: "end" });
      } else {
        const bytes = this.#buffer.slice(0, n);
        this.record({ client: this.name, direction: "<", bytes });
        this.received = concat([this.received, bytes]);
      }
      return true;
    } finally {
      timer.cancel();
    }
  }

  async #moreDatagram(deadline: number): Promise<boolean> {
    const seconds = (deadline - performance.now()) / 1000;
    if (seconds <= 0) return false;
    try {
      const { data } = await this.socket!.receive(seconds);
      this.record({ client: this.name, direction: "<", bytes: data.slice() });
      this.received = concat([this.received, data]);
      return true;
    } catch (error) {
      if (error instanceof NetError && error.kind === "datagram-timeout") return false;
      throw error;
    }
  }

  /** Takes the first `length` bytes received. */
  take(length: number): Uint8Array {
    const taken = this.received.slice(0, length);
    this.received = this.received.slice(length);
    return taken;
  }

  /** Where `delimiter` ends in what was received, or -1. */
  endOf(delimiter: Uint8Array): number {
    const at = indexOfNeedle(this.received, delimiter);
    return at < 0 ? -1 : at + delimiter.length;
  }
}
