/**
 * Trace files read back: each line a {@linkcode TraceRecord}, checked, and several files merged
 * into one list in the order the events happened.
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

/** A line of a trace file that is not a record socklab wrote. */
export class TraceFileError extends Error {
  constructor(readonly source: number, readonly line: number) {
    super(`trace file ${source + 1}, line ${line}: not a socklab trace record`);
    this.name = "TraceFileError";
  }
}

const TIME = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3})(\d{3})Z$/;

/** Microseconds since the epoch of a record's time, or NaN. */
export function microseconds(time: string): number {
  const match = TIME.exec(time);
  return match ? Date.parse(match[1] + "Z") * 1000 + Number(match[2]) : NaN;
}

function isRecord(value: unknown): value is TraceRecord {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.time === "string" && typeof record.process === "string" &&
    typeof record.mode === "string" && TRACE_EVENTS.includes(record.event as TraceEvent) &&
    typeof record.local === "string" && typeof record.remote === "string" &&
    (record.bytes === undefined || typeof record.bytes === "number");
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
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new TraceFileError(source, index + 1);
    }
    if (!isRecord(value)) throw new TraceFileError(source, index + 1);
    const us = microseconds(value.time);
    if (Number.isNaN(us)) throw new TraceFileError(source, index + 1);
    entries.push({ ...value, us, source, line: index + 1 });
  }
  return entries;
}

/** Several files' records as one list, by time; at the same microsecond, by file, then by line. */
export function mergeTraces(files: readonly (readonly TraceEntry[])[]): TraceEntry[] {
  return files.flat().sort((a, b) => a.us - b.us || a.source - b.source || a.line - b.line);
}
