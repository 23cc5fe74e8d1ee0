import { byteCount } from "./units.ts";
import type { Sink } from "../io.ts";
import { writeLine } from "../io.ts";
import { shortBytesLiteral } from "./bytes_literal.ts";
import { hexdumpLines } from "./hexdump.ts";

/** The socket events a trace shows, named after the calls a Python student knows. */
export type TraceEvent =
  | "listen"
  | "bind"
  | "accept"
  | "connect"
  | "read"
  | "write"
  | "half-close"
  | "close"
  | "timeout"
  /** A datagram longer than the receive buffer, dropped by the OS (Windows). */
  | "too-long";

/** Payloads longer than this are cut in the bytes literal (never in the hex dump). */
export const TRACE_LITERAL_LIMIT = 256;

function twoDigits(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function clockTime(date: Date): string {
  return `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}:` +
    `${twoDigits(date.getSeconds())}.${twoDigits(date.getMilliseconds(), 3)}`;
}

/**
 * `--trace`: one line on stderr per socket event, with a timestamp, the peer, and for reads and
 * writes the byte count and the bytes as a Python literal; with `--hex`, a hex dump of each payload.
 * A disabled trace costs one boolean check per event.
 */
export class Trace {
  /** A trace that prints nothing. */
  static readonly off: Trace = new Trace(null);

  constructor(
    private readonly sink: Sink | null,
    private readonly options: { hex?: boolean; now?: () => Date } = {},
  ) {}

  get enabled(): boolean {
    return this.sink !== null;
  }

  /** Records an event about `subject` (an address), with optional detail. */
  event(event: TraceEvent, subject: string, detail = ""): void {
    if (!this.sink) return;
    const time = clockTime(this.options.now?.() ?? new Date());
    writeLine(this.sink, `${time} ${event.padEnd(10)} ${subject}${detail ? "  " + detail : ""}`);
  }

  /** Records a read or write and its payload; zero bytes read is the end of the stream. */
  data(event: "read" | "write", subject: string, bytes: Uint8Array): void {
    if (!this.sink) return;
    if (bytes.length === 0) {
      this.event(event, subject, "0 bytes  EOF");
      return;
    }
    this.event(
      event,
      subject,
      `${byteCount(bytes.length)}  ${shortBytesLiteral(bytes, TRACE_LITERAL_LIMIT)}`,
    );
    if (this.options.hex) {
      for (const line of hexdumpLines(bytes)) writeLine(this.sink, "    " + line);
    }
  }
}
