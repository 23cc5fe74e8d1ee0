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
import {
  connectStream,
  type StreamEndpoint,
  systemResolve,
  withLoopbacks,
} from "../transport/endpoint.ts";
import { formatAddress, isIpLiteral, normalizeHost, wildcardFamily } from "../transport/address.ts";
import type { Stream } from "../transport/stream.ts";
import { type Datagram, DatagramSocket } from "../transport/udp.ts";
import type { Trace } from "../present/trace.ts";

/** What happened on one client, in order: `>` sent, `<` received, `*` an event. */
export interface TranscriptEntry {
  /** The client (connection) it happened on. */
  readonly client: string;
  /** `>` sent by the checker, `<` received from the server, `*` an event. */
  readonly direction: ">" | "<" | "*";
  /** The bytes sent or received: their first {@linkcode ENTRY_BYTES} when there were more. */
  readonly bytes?: Uint8Array;
  /** How many bytes were sent or received, when `bytes` holds only the first of them. */
  readonly size?: number;
  /**
   * For `*`: connected, the server closed, the client half-closed, the client closed, a reply
   * taken as whole after `ms` of quiet, a request ended with `\n` after no reply came.
   */
  readonly event?: "connect" | "end" | "shutdown" | "close" | "quiet" | "retry";
  /** For `quiet`: how long nothing came. */
  readonly ms?: number;
}

/**
 * The most a connection keeps of what arrived and no step took: a server sending more (a flood)
 * fails the stage, and the connection reads no more.
 */
export const RECEIVED_LIMIT = 1024 * 1024;
/** How many bytes of each thing sent or received the transcript keeps (the report quotes 200). */
export const ENTRY_BYTES = 256;

/** The server sent more than {@linkcode RECEIVED_LIMIT} that no step took. */
export class Flooded extends Error {
  constructor(readonly limit: number) {
    super(`the server sent more than ${limit} bytes that no step took`);
    this.name = "Flooded";
  }
}

/** The stage's time ran out while a step was under way: a write the server did not take, a loop. */
export class TimeUp extends Error {
  constructor(readonly during: "send" | "steps" | "match") {
    super(`the stage's time ran out during ${during}`);
    this.name = "TimeUp";
  }
}

/** A transcript entry of `bytes`, cut to their first {@linkcode ENTRY_BYTES} with their count. */
export function bytesEntry(
  client: string,
  direction: ">" | "<",
  bytes: Uint8Array,
): TranscriptEntry {
  if (bytes.length <= ENTRY_BYTES) return { client, direction, bytes: bytes.slice() };
  return { client, direction, bytes: bytes.slice(0, ENTRY_BYTES), size: bytes.length };
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

/**
 * An IP address as a datagram's sender is written: no brackets, IPv6 in its short form, an
 * IPv4-mapped IPv6 address (`::ffff:127.0.0.1`) as the IPv4 one.
 */
function canonicalIp(host: string): string {
  // Without its zone (`fe80::1%eth0`): a sender's address may not carry it.
  const bare = normalizeHost(host).toLowerCase().replace(/%.*$/, "");
  let ip = bare;
  try {
    const url = new URL(`http://${bare.includes(":") ? `[${bare}]` : bare}/`);
    ip = url.hostname.replace(/^\[|\]$/g, "");
  } catch {
    // Not an address URL reads: compared as written.
  }
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(ip);
  if (!mapped) return ip;
  const [high, low] = [parseInt(mapped[1], 16), parseInt(mapped[2], 16)];
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join(".");
}

/**
 * The addresses a UDP server at `host` answers from: the address itself, or those the name
 * stands for; both loopbacks too for `localhost` and for a wildcard (`0.0.0.0` reaches this
 * machine's loopback).
 */
async function addressesOf(host: string): Promise<ReadonlySet<string>> {
  const bare = normalizeHost(host);
  const resolved = isIpLiteral(bare) ? [bare] : await systemResolve(bare) ?? [];
  const loopbacks = wildcardFamily(bare) === undefined ? [] : ["127.0.0.1", "::1"];
  return new Set([...withLoopbacks(bare, resolved), ...loopbacks].map(canonicalIp));
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
  /** How far the inbox has been searched for `#soughtFor` without finding it. */
  #searched = 0;
  #soughtFor?: Uint8Array;
  #wake?: () => void;
  /** UDP: the addresses replies are taken from (anyone on the network can send to the port). */
  #sources?: ReadonlySet<string>;
  /**
   * UDP: where a reply came from, `host:port`, when it was the target's address but another port.
   * Taken, as `recvfrom` on an unconnected socket takes it; a stage notes it and clears it.
   */
  otherPort?: string;
  /** UDP: the first sender from another address whose datagrams were dropped, and how many. */
  stranger?: { from: string; count: number };

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
      const sources = await addressesOf(target.host);
      const socket = DatagramSocket.bind({ host: hostname, port: 0, trace });
      const connection = new Connection(name, record, undefined, socket, target);
      connection.#sources = sources;
      return connection;
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
        this.#arrived(buffer.subarray(0, n));
        // Flooded: nothing more is read; the stage fails.
        if (this.#failure !== undefined) return;
      }
    } catch (error) {
      if (!this.#closed) this.#failure = error;
    } finally {
      this.#wake?.();
    }
  }

  #arrived(bytes: Uint8Array): void {
    this.record(bytesEntry(this.name, "<", bytes));
    const room = RECEIVED_LIMIT - this.#inbox.length;
    if (bytes.length > room) {
      this.#inbox.append(bytes.subarray(0, room));
      this.#failure = new Flooded(RECEIVED_LIMIT);
    } else {
      this.#inbox.append(bytes);
    }
    this.heard = true;
    this.lastArrival = performance.now();
    this.#wake?.();
  }

  /**
   * Sends all of `bytes` (one datagram, for UDP); a write still waiting at `deadline` (a server
   * that does not read) throws {@linkcode TimeUp} and closes the connection.
   */
  async send(bytes: Uint8Array, deadline = Infinity): Promise<void> {
    this.record(bytesEntry(this.name, ">", bytes));
    // An echo longer than the limit could not be received: what is sent past it is not kept.
    const room = RECEIVED_LIMIT + 1 - this.#sent.length;
    if (room > 0) this.#sent.append(bytes.subarray(0, room));
    if (this.socket) return await this.socket.send(bytes, this.target!);
    const writing = this.stream!.write(bytes);
    if (deadline === Infinity) return await writing;
    const late = timer(deadline);
    try {
      if (await Promise.race([writing.then(() => true), late.promise])) return;
    } finally {
      late.cancel();
    }
    // Closing ends the write; its failure is not the stage's.
    writing.catch(() => {});
    this.close();
    throw new TimeUp("send");
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
    if (deadline <= performance.now()) return false;
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

  /** The next datagram from the target's address; those from any other are dropped. */
  async #moreDatagram(deadline: number): Promise<boolean> {
    for (;;) {
      const seconds = (deadline - performance.now()) / 1000;
      if (seconds <= 0) return false;
      let datagram: Datagram;
      try {
        datagram = await this.socket!.receive(seconds);
      } catch (error) {
        if (error instanceof NetError && error.kind === "datagram-timeout") return false;
        throw error;
      }
      const { data, from } = datagram;
      const ip = canonicalIp(from.hostname);
      if (!this.#sources?.has(ip)) {
        this.stranger ??= { from: formatAddress(ip, from.port), count: 0 };
        this.stranger.count++;
        continue;
      }
      if (from.port !== this.target!.port) this.otherPort ??= formatAddress(ip, from.port);
      this.#arrived(data.slice());
      return true;
    }
  }

  /** Takes the first `length` bytes received; taking a reply ends what an echo must give back. */
  take(length: number): Uint8Array {
    this.#sent.clear();
    this.#searched = 0;
    return this.#inbox.take(length);
  }

  /**
   * Where `delimiter` ends in what was received, or -1. Asked again for the same delimiter, only
   * what arrived since (and the delimiter's length before it) is searched.
   */
  endOf(delimiter: Uint8Array): number {
    const received = this.received;
    if (this.#soughtFor !== delimiter) {
      this.#soughtFor = delimiter;
      this.#searched = 0;
    }
    const from = Math.max(0, this.#searched - delimiter.length + 1);
    const at = indexOfNeedle(received, delimiter, from);
    this.#searched = at < 0 ? received.length : 0;
    return at < 0 ? -1 : at + delimiter.length;
  }
}
