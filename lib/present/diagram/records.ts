/**
 * Trace files read back: each line a {@linkcode TraceRecord}, checked field by field, and several
 * files merged into one list in the order the events happened. A trace may come from anyone, so
 * reading one is bounded: a line, the events and the bytes of all files together have limits
 * ({@linkcode TRACE_LIMITS}), and a file is read as a stream of lines, never as one string.
 *
 * @module
 */
import { TRACE_EVENTS, type TraceEvent, type TraceRecord } from "../trace.ts";

/** A record with where it came from and when, in microseconds since the epoch. */
export interface TraceEntry extends TraceRecord {
  readonly us: number;
  /** Which file (0, 1…) and which line (from 1): ties in time keep this order. */
  readonly source: number;
  readonly line: number;
}

/** How much of a trace a diagram is drawn from. */
export interface TraceLimits {
  /** Events, all files together: more is refused, not drawn. */
  readonly events: number;
  /** Bytes of one line: socklab writes lines of at most a few KiB. */
  readonly lineBytes: number;
  /** Bytes of all the files together. */
  readonly totalBytes: number;
}

/** The limits `socklab diagram` reads traces with. */
export const TRACE_LIMITS: TraceLimits = {
  events: 100_000,
  lineBytes: 16 * 1024,
  totalBytes: 128 * 1024 * 1024,
};

/** What is wrong with a line of a trace file, or with the traces as a whole. */
export type TraceProblem =
  /** Not JSON, or not an object. */
  | { readonly kind: "record" }
  /** A field every record has is missing. */
  | { readonly kind: "missing"; readonly field: string }
  /** A field that holds text holds something else. */
  | { readonly kind: "text"; readonly field: string }
  /** `event` is not one of {@linkcode TRACE_EVENTS}. */
  | { readonly kind: "event" }
  /** `time` is not written as socklab writes it. */
  | { readonly kind: "time" }
  /** `bytes` is not a whole number, 0 or more. */
  | { readonly kind: "bytes" }
  /** The line is longer than {@linkcode TraceLimits.lineBytes}. */
  | { readonly kind: "long" }
  /** More events than {@linkcode TraceLimits.events}, this line the first too many. */
  | { readonly kind: "events" }
  /** The files pass {@linkcode TraceLimits.totalBytes}, at this line. */
  | { readonly kind: "size" };

/** A line of a trace file that is not a record socklab wrote, or one too many to draw. */
export class TraceFileError extends Error {
  constructor(
    readonly source: number,
    readonly line: number,
    readonly problem: TraceProblem = { kind: "record" },
  ) {
    super(`trace file ${source + 1}, line ${line}: ${describe(problem)}`);
    this.name = "TraceFileError";
  }
}

function describe(problem: TraceProblem): string {
  switch (problem.kind) {
    case "missing":
      return `no "${problem.field}" field`;
    case "text":
      return `"${problem.field}" is not text`;
    case "event":
    case "time":
    case "bytes":
      return `"${problem.kind}" is not one socklab writes`;
    case "long":
      return "line too long";
    case "events":
      return "too many events";
    case "size":
      return "traces too large";
    default:
      return "not a socklab trace record";
  }
}

const TIME = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3})(\d{3})Z$/;

/** Microseconds since the epoch of a record's time, or NaN. */
export function microseconds(time: string): number {
  const match = TIME.exec(time);
  return match ? Date.parse(match[1] + "Z") * 1000 + Number(match[2]) : NaN;
}

/** The fields every record has, all text but `event`. */
const REQUIRED = ["time", "process", "mode", "event", "local", "remote"] as const;
const EVENTS: ReadonlySet<string> = new Set(TRACE_EVENTS);

/**
 * The entry of one line of a trace file (file `source`, line `line`): its fields checked, the
 * first wrong one named by a {@linkcode TraceFileError}. Fields socklab does not write are left out.
 */
export function parseRecord(raw: string, source: number, line: number): TraceEntry {
  const fail = (problem: TraceProblem) => new TraceFileError(source, line, problem);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw fail({ kind: "record" });
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw fail({ kind: "record" });
  }
  const record = value as Record<string, unknown>;
  for (const field of REQUIRED) {
    if (!Object.hasOwn(record, field)) throw fail({ kind: "missing", field });
    if (typeof record[field] !== "string") {
      throw fail(field === "event" ? { kind: "event" } : { kind: "text", field });
    }
  }
  for (const field of ["data", "detail"] as const) {
    if (record[field] !== undefined && typeof record[field] !== "string") {
      throw fail({ kind: "text", field });
    }
  }
  const { time, process, mode, event, local, remote, bytes, data, detail } = record as
    & Record<
      string,
      string | undefined
    >
    & { bytes?: unknown };
  if (!EVENTS.has(event!)) throw fail({ kind: "event" });
  const us = microseconds(time!);
  if (Number.isNaN(us)) throw fail({ kind: "time" });
  if (bytes !== undefined && !(Number.isSafeInteger(bytes) && (bytes as number) >= 0)) {
    throw fail({ kind: "bytes" });
  }
  return {
    time: time!,
    process: process!,
    mode: mode!,
    event: event as TraceEvent,
    local: local!,
    remote: remote!,
    ...(bytes !== undefined ? { bytes: bytes as number } : {}),
    ...(data !== undefined ? { data } : {}),
    ...(detail !== undefined ? { detail } : {}),
    us,
    source,
    line,
  };
}

/**
 * The records of one trace file's text (file number `source`); blank lines are skipped, anything
 * else that is not a record is a {@linkcode TraceFileError} naming the line.
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * import { parseTrace } from "./records.ts";
 *
 * const line = JSON.stringify({
 *   time: "2026-11-30T10:20:30.040123Z", process: "1.1", mode: "tcp-server",
 *   event: "listen", local: "127.0.0.1:8080", remote: "",
 * });
 * assertEquals(parseTrace(line + "\n", 0)[0].us, Date.parse("2026-11-30T10:20:30.040Z") * 1000 + 123);
 * ```
 */
export function parseTrace(text: string, source: number): TraceEntry[] {
  const entries: TraceEntry[] = [];
  for (const [index, raw] of text.split("\n").entries()) {
    if (raw.trim() === "") continue;
    entries.push(parseRecord(raw, source, index + 1));
  }
  return entries;
}

/** What the files read so far for one diagram hold: events and bytes, checked against limits. */
export class TraceBudget {
  events = 0;
  bytes = 0;
  constructor(readonly limits: TraceLimits = TRACE_LIMITS) {}
}

const NEWLINE = 0x0a;

/**
 * The records of a trace file read from `stream`, a line at a time, with the same checks as
 * {@linkcode parseTrace} and the limits of `budget`, which several files share: a line longer
 * than its limit is refused before it is all read, and so are the first event and the first byte
 * too many. The stream is cancelled (a file closed) when reading stops early.
 */
export async function readTrace(
  stream: ReadableStream<Uint8Array>,
  source: number,
  budget: TraceBudget = new TraceBudget(),
): Promise<TraceEntry[]> {
  const { limits } = budget;
  const entries: TraceEntry[] = [];
  const decoder = new TextDecoder();
  let pieces: Uint8Array[] = [];
  let length = 0;
  let line = 1;
  const finish = () => {
    if (pieces.every(asciiBlank)) {
      // A blank line, as fast as can be: a file of nothing else has millions.
      pieces = [];
      length = 0;
      line++;
      return;
    }
    const bytes = pieces.length === 1 ? pieces[0] : concat(pieces, length);
    pieces = [];
    length = 0;
    const raw = decoder.decode(bytes);
    if (raw.trim() !== "") {
      if (++budget.events > limits.events) {
        throw new TraceFileError(source, line, { kind: "events" });
      }
      entries.push(parseRecord(raw, source, line));
    }
    line++;
  };
  for await (const chunk of stream) {
    budget.bytes += chunk.length;
    if (budget.bytes > limits.totalBytes) throw new TraceFileError(source, line, { kind: "size" });
    let from = 0;
    while (from < chunk.length) {
      const end = chunk.indexOf(NEWLINE, from);
      const stop = end < 0 ? chunk.length : end;
      length += stop - from;
      if (length > limits.lineBytes) throw new TraceFileError(source, line, { kind: "long" });
      // A line's start waits for the next chunk in a copy of its own.
      if (stop > from) pieces.push(end < 0 ? chunk.slice(from) : chunk.subarray(from, stop));
      if (end < 0) break;
      finish();
      from = end + 1;
    }
  }
  if (length > 0) finish();
  return entries;
}

/** Whether `bytes` are only spaces, tabs and carriage returns (or nothing). */
function asciiBlank(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) return false;
  return true;
}

function concat(pieces: readonly Uint8Array[], length: number): Uint8Array {
  const joined = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    joined.set(piece, at);
    at += piece.length;
  }
  return joined;
}

/** Several files' records as one list, by time; at the same microsecond, by file, then by line. */
export function mergeTraces(files: readonly (readonly TraceEntry[])[]): TraceEntry[] {
  return files.flat().sort((a, b) => a.us - b.us || a.source - b.source || a.line - b.line);
}
