import type { Stream } from "./stream.ts";

const encoder = new TextEncoder();

/**
 * A connection's outgoing queue: lines are queued at once, never waiting for the peer, and a
 * single writer drains them (all that is queued in one write). When more than `limit` bytes are
 * waiting — a peer that does not read — `onOverflow` is told once and nothing more is queued:
 * one stuck client must never hold up, or grow the memory of, a server that serves many.
 */
export class Outbox {
  #queue: Uint8Array[] = [];
  #queued = 0;
  #draining?: Promise<void>;
  #overflowed = false;

  constructor(
    private readonly stream: Stream,
    private readonly limit: number,
    private readonly onOverflow: (waitingBytes: number) => void,
    private readonly onWriteError: (error: unknown) => void,
  ) {}

  /** Bytes queued and not yet handed to the socket. */
  get waiting(): number {
    return this.#queued;
  }

  /** Queues one line (a newline is added). */
  send(line: string): void {
    if (this.#overflowed || this.stream.closed) return;
    const bytes = encoder.encode(line + "\n");
    if (this.#queued + bytes.length > this.limit) {
      this.#overflowed = true;
      this.onOverflow(this.#queued);
      return;
    }
    this.#queue.push(bytes);
    this.#queued += bytes.length;
    this.#draining ??= this.#drain();
  }

  /** Resolves once everything queued so far has been written (or the connection has failed). */
  async flush(): Promise<void> {
    while (this.#draining) await this.#draining;
  }

  async #drain(): Promise<void> {
    try {
      while (this.#queue.length > 0 && !this.stream.closed) {
        const batch = this.#queue.length === 1 ? this.#queue[0] : concat(this.#queue);
        this.#queue = [];
        try {
          await this.stream.write(batch);
        } catch (error) {
          this.onWriteError(error);
          return;
        } finally {
          this.#queued -= batch.length;
        }
      }
    } finally {
      this.#draining = undefined;
    }
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
