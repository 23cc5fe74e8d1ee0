/** A byte array that grows as pieces are appended, doubling so appends stay cheap. */
export class ByteBuffer {
  #bytes: Uint8Array;
  #length = 0;

  constructor(initialCapacity = 64) {
    this.#bytes = new Uint8Array(initialCapacity);
  }

  get length(): number {
    return this.#length;
  }

  append(piece: Uint8Array): void {
    const needed = this.#length + piece.length;
    if (needed > this.#bytes.length) {
      const grown = new Uint8Array(Math.max(needed, this.#bytes.length * 2));
      grown.set(this.#bytes.subarray(0, this.#length));
      this.#bytes = grown;
    }
    this.#bytes.set(piece, this.#length);
    this.#length = needed;
  }

  /** Empties it, keeping its room. */
  clear(): void {
    this.#length = 0;
  }

  /** The content so far; a view that later appends may invalidate. */
  bytes(): Uint8Array {
    return this.#bytes.subarray(0, this.#length);
  }

  /** Whether the content so far ends with `suffix`, like Python's `buffer[-2:] == b'\r\n'`. */
  endsWith(suffix: Uint8Array): boolean {
    if (suffix.length > this.#length) return false;
    const start = this.#length - suffix.length;
    return suffix.every((byte, i) => this.#bytes[start + i] === byte);
  }
}
