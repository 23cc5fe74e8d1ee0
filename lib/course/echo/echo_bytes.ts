/** The bytes echo of the concurrent echo server: what arrives goes back, a message in one piece. */

/** What {@linkcode echoBytes} needs of a connection. */
export interface EchoConnection {
  read(buffer: Uint8Array): Promise<number | null>;
  /** Writes all of `bytes`. */
  write(bytes: Uint8Array): Promise<unknown>;
}

/**
 * The stream of a connection read directly (a `Stream`'s `direct`): told what each read brought,
 * and it writes, so that it keeps count; a write the other end took in part, it finishes.
 */
export interface EchoMeter {
  countRead(n: number | null): void;
  startWrite(bytes: Uint8Array): Promise<number>;
  wrote(bytes: Uint8Array, n: number): Promise<void> | undefined;
}

/** How {@linkcode echoBytes} sizes its reads. */
export interface EchoBuffers {
  /**
   * The read an idle connection waits in: small, because every idle client holds one (measured:
   * about 9 KiB per idle connection in all with 128 bytes, 62 KiB with 64 KiB).
   * @default {128}
   */
  readonly first?: number;
  /**
   * A message up to this size, sent in one write, goes back in one write, as C, Node and Python
   * servers echo it on loopback with one big recv.
   * @default {65536}
   */
  readonly onePiece?: number;
  /** Reads that keep filling the buffer (a stream) double it up to this. @default {262144} */
  readonly largest?: number;
  /**
   * How long a read that filled the small buffer waits for the rest of the message before echoing
   * what it has. The rest of a message sent in one write is already there: this bounds only the
   * wait when the message happened to fill the buffer exactly.
   * @default {10}
   */
  readonly restWaitMs?: number;
}

/**
 * Echoes everything `conn` sends until it closes. Idle, a connection holds only `first` bytes; a
 * read that fills them is followed at once by a read of the rest, and both go back in one write,
 * so a client that sends a message of up to `onePiece` bytes and does one recv gets all of it.
 * `onEcho` sees each piece before it is written.
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * import { echoBytes } from "./echo_bytes.ts";
 *
 * const arriving = [new Uint8Array(300).fill(1)];
 * const written: number[] = [];
 * await echoBytes({
 *   async read(buffer) {
 *     const next = arriving[0];
 *     if (!next) return null;
 *     const n = Math.min(buffer.length, next.length);
 *     buffer.set(next.subarray(0, n));
 *     arriving[0] = next.subarray(n);
 *     if (arriving[0].length === 0) arriving.shift();
 *     return n;
 *   },
 *   async write(bytes) {
 *     written.push(bytes.length);
 *   },
 * });
 * // 300 bytes arrive in reads of 128 and 172, and go back in one write.
 * assertEquals(written, [300]);
 * ```
 */
export async function echoBytes(
  conn: EchoConnection,
  buffers: EchoBuffers = {},
  onEcho?: (piece: Uint8Array) => void,
  meter?: EchoMeter,
): Promise<void> {
  const { first = 128, onePiece = 64 * 1024, largest = 256 * 1024, restWaitMs = 10 } = buffers;
  let buffer = new Uint8Array(first);
  /** A read of the rest that was still waiting when its start went back: its bytes come next. */
  let rest: { buffer: Uint8Array; read: Promise<number | null> } | undefined;
  for (let ended = false; !ended;) {
    const into = rest?.buffer ?? buffer;
    const n = await (rest?.read ?? conn.read(into));
    meter?.countRead(n);
    rest = undefined;
    if (n === null) return;
    let piece = into.subarray(0, n);
    if (n === into.length && into === buffer && n < onePiece) {
      // A message longer than the buffer: its rest is most likely here already.
      const whole = new Uint8Array(onePiece);
      whole.set(piece);
      const tail = whole.subarray(n);
      const read = conn.read(tail);
      // Awaited later if it is slow; a failure the write meets first must not go unhandled.
      read.catch(() => {});
      const more = await within(read, restWaitMs);
      if (more === TOO_LATE) {
        rest = { buffer: tail, read };
      } else {
        meter?.countRead(more);
        if (more === null) ended = true;
        else {
          piece = whole.subarray(0, n + more);
          // Still full: a stream, not a message; keep reading it in big pieces.
          if (piece.length === whole.length) buffer = whole;
        }
      }
    } else if (n === buffer.length && into === buffer && buffer.length < largest) {
      buffer = new Uint8Array(Math.min(largest, buffer.length * 2));
    }
    onEcho?.(piece);
    if (meter) {
      // One await of the runtime's own promise when the other end takes it all.
      const more = meter.wrote(piece, await meter.startWrite(piece));
      if (more) await more;
    } else {
      await conn.write(piece);
    }
  }
}

const TOO_LATE = Symbol("too late");

/** What `promise` settles to, or {@linkcode TOO_LATE} if it takes longer than `ms`. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof TOO_LATE> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<typeof TOO_LATE>((resolve) => {
    timer = setTimeout(() => resolve(TOO_LATE), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}
