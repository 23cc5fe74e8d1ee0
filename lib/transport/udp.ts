import { NetError } from "../errors.ts";
import { timeoutDetail, Trace } from "../present/trace.ts";
import { formatAddr, formatAddress, normalizeHost } from "./address.ts";
import { bindOrExplain } from "./bind_failure.ts";
import { closeQuietly, type Endpoint, toNetError, withTimeout } from "./net_errors.ts";

/** A datagram as it arrived. */
export interface Datagram {
  /** The payload: a view of the socket's buffer, valid until the next receive. */
  readonly data: Uint8Array;
  readonly from: Deno.NetAddr;
  /** `host:port` of the sender. */
  readonly peer: string;
  /** The payload filled the receive buffer, so the datagram may have been longer. */
  readonly filledBuffer: boolean;
}

/** A received datagram; its sender is spelled out only when asked for. */
class Received implements Datagram {
  #peer?: string;

  constructor(
    readonly data: Uint8Array,
    readonly from: Deno.NetAddr,
    readonly filledBuffer: boolean,
  ) {}

  get peer(): string {
    return this.#peer ??= formatAddr(this.from);
  }
}

/** Where a datagram socket binds and how it receives. */
export interface BindUdpOptions {
  readonly host: string;
  /** 0 picks any free port. */
  readonly port: number;
  /**
   * `recvfrom(bufsize)`: a longer datagram is cut to this size (Linux, macOS) or dropped whole
   * (Windows). @default {65535}
   */
  readonly bufferSize?: number;
  readonly trace?: Trace;
  /**
   * Called for each datagram the OS dropped because it was longer than the buffer (Windows), after
   * which the socket keeps receiving. Where the OS cuts such a datagram instead, it arrives with
   * {@linkcode Datagram.filledBuffer} set.
   */
  readonly onTooLong?: () => void;
}

/**
 * Whether a receive failed because the datagram was longer than the buffer: Windows reports that
 * as WSAEMSGSIZE (10040), drops the datagram and does not say who sent it. The socket is fine.
 */
export function isDatagramTooLong(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (error as { code?: unknown }).code === "EMSGSIZE" ||
    /os error 10040\b/.test(error.message);
}

/**
 * A bound UDP socket whose sends and receives are traced and counted, whose receives can time out,
 * and whose failures are {@linkcode NetError}s.
 */
export class DatagramSocket {
  bytesIn = 0;
  bytesOut = 0;
  /** Datagrams the OS dropped for being longer than the buffer (only Windows does). */
  tooLong = 0;
  readonly #conn: Deno.DatagramConn;
  readonly #trace: Trace;
  readonly #buffer: Uint8Array;
  // At most one receive is in flight: after a timeout it stays pending for the next call, since
  // the runtime cannot cancel it short of closing the socket.
  #inFlight?: Promise<[Uint8Array, Deno.Addr]>;
  #closed = false;
  readonly #onTooLong?: () => void;

  private constructor(conn: Deno.DatagramConn, trace: Trace, options: BindUdpOptions) {
    this.#conn = conn;
    this.#trace = trace;
    this.#buffer = new Uint8Array(options.bufferSize ?? 65535);
    this.#onTooLong = options.onTooLong;
  }

  /** Binds a UDP socket, or throws a {@linkcode NetError} that says why it could not. */
  static bind(options: BindUdpOptions): DatagramSocket {
    const trace = options.trace ?? Trace.off;
    const conn = bindOrExplain(
      options,
      "udp",
      (hostname) => Deno.listenDatagram({ hostname, port: options.port, transport: "udp" }),
    );
    const socket = new DatagramSocket(conn, trace, options);
    trace.event("bind", socket.address, "", "udp");
    return socket;
  }

  get addr(): Deno.NetAddr {
    return this.#conn.addr as Deno.NetAddr;
  }

  /** `host:port` this socket is bound to. */
  get address(): string {
    return formatAddr(this.#conn.addr);
  }

  /**
   * The socket itself and its receive buffer, when nothing watches each datagram (untraced) and no
   * receive is waiting: a hot loop may receive and send on it directly, without the promise that
   * {@linkcode receive} and {@linkcode send} each add to count and trace. It counts what it moved
   * with {@linkcode countIn} and {@linkcode countOut}; {@linkcode droppedTooLong} and
   * {@linkcode sendFailure} read its failures.
   */
  get direct(): { readonly conn: Deno.DatagramConn; readonly buffer: Uint8Array } | undefined {
    if (this.#trace.enabled || this.#inFlight) return undefined;
    return { conn: this.#conn, buffer: this.#buffer };
  }

  /** Counts a datagram of `n` bytes received directly. */
  countIn(n: number): void {
    this.bytesIn += n;
  }

  /** Counts a datagram of `n` bytes sent directly. */
  countOut(n: number): void {
    this.bytesOut += n;
  }

  /**
   * Whether a failed receive was for a datagram the OS dropped for its length (Windows): if so,
   * it is counted and reported, and the socket goes on.
   */
  droppedTooLong(error: unknown): boolean {
    if (!isDatagramTooLong(error)) return false;
    this.tooLong++;
    // The call and its buffer, as other details name calls: the event says it was too long.
    this.#trace.event("too-long", this.address, "", `recvfrom(${this.#buffer.length})`);
    this.#onTooLong?.();
    return true;
  }

  /** A failed send to `to`, as the {@linkcode NetError} that explains it when there is one. */
  sendFailure(error: unknown, to: Deno.Addr): unknown {
    const { hostname, port } = to as Deno.NetAddr;
    return toNetError(error, { host: hostname, port }, "send");
  }

  /** The size of the receive buffer: the longest datagram received whole. */
  get bufferSize(): number {
    return this.#buffer.length;
  }

  /**
   * Waits for the next datagram, like `recvfrom`. With `timeoutSeconds`, gives up after that long
   * with a `datagram-timeout` {@linkcode NetError}; the socket stays usable. A datagram the OS
   * drops for being longer than the buffer is counted in {@linkcode tooLong}, reported to
   * `onTooLong`, and the wait goes on.
   */
  receive(timeoutSeconds?: number): Promise<Datagram> {
    // Without a timeout, and no receive left waiting by one: the runtime's promise and one more,
    // no async frame (the UDP echo's hot path).
    if (timeoutSeconds === undefined && this.#inFlight === undefined) {
      this.#inFlight = this.#conn.receive(this.#buffer);
      return this.#inFlight.then(this.#received, this.#receiveFailed);
    }
    const deadline = timeoutSeconds === undefined
      ? undefined
      : performance.now() + timeoutSeconds * 1000;
    return this.#receiveUntil(timeoutSeconds, deadline);
  }

  /** A datagram has arrived: counted, traced, and handed over. */
  readonly #received = ([data, from]: [Uint8Array, Deno.Addr]): Datagram => {
    this.#inFlight = undefined;
    this.bytesIn += data.length;
    const datagram = new Received(data, from as Deno.NetAddr, data.length === this.#buffer.length);
    if (this.#trace.enabled) this.#trace.data("read", this.address, datagram.peer, data);
    return datagram;
  };

  /** A receive without a timeout failed: past a datagram too long for the buffer, waits on. */
  readonly #receiveFailed = (error: unknown): Promise<Datagram> => {
    this.#inFlight = undefined;
    this.#droppedIfTooLong(error);
    return this.#receiveUntil();
  };

  /** Counts and reports a datagram the OS dropped for its length; rethrows any other failure. */
  #droppedIfTooLong(error: unknown): void {
    if (!this.droppedTooLong(error)) throw error;
  }

  async #receiveUntil(timeoutSeconds?: number, deadline?: number): Promise<Datagram> {
    // A loop, not a recursion: a flood of oversized datagrams must not pile up pending frames.
    for (;;) {
      this.#inFlight ??= this.#conn.receive(this.#buffer);
      let received: [Uint8Array, Deno.Addr];
      try {
        received = deadline === undefined ? await this.#inFlight : await withTimeout(
          this.#inFlight,
          Math.max(0, (deadline - performance.now()) / 1000),
          () => {
            this.#trace.event(
              "timeout",
              this.address,
              "",
              timeoutDetail("recvfrom", timeoutSeconds!),
            );
            const { hostname, port } = this.addr;
            return new NetError("datagram-timeout", {
              host: hostname,
              port,
              address: this.address,
              seconds: timeoutSeconds,
            });
          },
        );
      } catch (error) {
        // A timeout leaves the receive waiting, for the next call; a failure ends it.
        if (!(error instanceof NetError)) this.#inFlight = undefined;
        this.#droppedIfTooLong(error);
        continue;
      }
      return this.#received(received);
    }
  }

  /** Sends one datagram to `to`, like `sendto`. */
  send(bytes: Uint8Array, to: Endpoint | Deno.NetAddr): Promise<void> {
    const addr: Deno.NetAddr = "hostname" in to
      ? to
      : { transport: "udp", hostname: normalizeHost(to.host), port: to.port };
    // Not async itself: a send costs the runtime's promise and one more, not an async frame too
    // (the UDP echo's hot path).
    return this.#conn.send(bytes, addr).then(() => {
      this.bytesOut += bytes.length;
      if (this.#trace.enabled) {
        this.#trace.data("write", this.address, formatAddress(addr.hostname, addr.port), bytes);
      }
    }, (error) => {
      throw this.sendFailure(error, addr);
    });
  }

  /** Closes the socket; a pending receive fails. Safe to call more than once. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#trace.event("close", this.address, "");
    closeQuietly(this.#conn);
  }
}

/**
 * Whether a receive error is about one peer rather than the socket: an ICMP "port unreachable"
 * for an earlier datagram, which some systems (Windows) report as a reset or a refusal on the
 * next receive. The socket itself is fine.
 */
export function isTransientDatagramError(error: unknown): boolean {
  if (error instanceof NetError) return error.kind === "reset" || error.kind === "refused";
  return error instanceof Deno.errors.ConnectionReset ||
    error instanceof Deno.errors.ConnectionRefused;
}
