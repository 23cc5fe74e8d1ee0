import { ByteBuffer } from "./byte_buffer.ts";

/** Anything with a `recv`-like read: the count of bytes read into `buffer`, or null at the end. */
export interface ByteSource {
  read(buffer: Uint8Array): Promise<number | null>;
}

export interface ReadUntilOptions {
  /** Bytes asked for in each read, like `recv(2)` in the course. */
  readonly readSize: number;
  /** Stop once the data read so far ends with these bytes. @default {read until the end} */
  readonly delimiter?: Uint8Array;
  /** Give up once this many bytes have arrived without the delimiter. */
  readonly limit: number;
  /** Sees each piece as it is read (a view, valid only during the call). */
  readonly onRead?: (piece: Uint8Array) => void;
}

export interface ReadUntilResult {
  /** Everything read. */
  readonly data: Uint8Array;
  /** Why reading stopped: the delimiter arrived, the other end closed, or the limit was hit. */
  readonly end: "delimiter" | "eof" | "limit";
}

/**
 * Reads in `readSize` pieces until the data ends with the delimiter, as the course's loop
 * `while buffer[-2:] != b'\r\n': buffer += recv(2)` does, or until the other end closes. Bytes
 * after a delimiter in the same piece are kept in `data`, exactly as that loop keeps them.
 */
export async function readUntil(
  source: ByteSource,
  options: ReadUntilOptions,
): Promise<ReadUntilResult> {
  const piece = new Uint8Array(options.readSize);
  const buffer = new ByteBuffer(Math.min(options.readSize * 2, options.limit));
  for (;;) {
    const n = await source.read(piece);
    if (n === null) return { data: buffer.bytes().slice(), end: "eof" };
    options.onRead?.(piece.subarray(0, n));
    buffer.append(piece.subarray(0, n));
    if (options.delimiter && buffer.endsWith(options.delimiter)) {
      return { data: buffer.bytes().slice(), end: "delimiter" };
    }
    if (buffer.length >= options.limit) return { data: buffer.bytes().slice(), end: "limit" };
  }
}

/**
 * Fills `buffer` with exactly as many bytes as it holds, however many reads that takes; false if
 * the source ends first.
 */
export async function readFull(source: ByteSource, buffer: Uint8Array): Promise<boolean> {
  for (let filled = 0; filled < buffer.length;) {
    const n = await source.read(filled === 0 ? buffer : buffer.subarray(filled));
    if (n === null) return false;
    filled += n;
  }
  return true;
}
