import { byteCount, formatBytes, formatNumber } from "./units.ts";
import { languageOf, type Translate, translator } from "./catalogue.ts";
import { describeError } from "./describe.ts";
import { FileError, UsageError } from "../errors.ts";
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
  | "too-long"
  /** A datagram received and dropped on purpose (`udp-server --drop`). */
  | "drop";

/** Every event a trace records, in the order of a connection's life. */
export const TRACE_EVENTS: readonly TraceEvent[] = [
  "listen",
  "bind",
  "accept",
  "connect",
  "read",
  "write",
  "half-close",
  "close",
  "timeout",
  "too-long",
  "drop",
];

/**
 * What a trace calls an event in `t`'s language: a socket call keeps its name (`accept`, `read`),
 * what is not a call is said in words (`half-close`, in Spanish `medio cierre`).
 */
export function traceEventName(event: TraceEvent, t: Translate): string {
  switch (event) {
    case "half-close":
      return t("trace.halfClose");
    case "too-long":
      return t("trace.tooLong");
    case "drop":
      return t("trace.drop");
    default:
      return event;
  }
}

/**
 * A timeout's detail as a trace records it, in no language: the call that waited and how long, to
 * the millisecond (`recvfrom, 0.3 s`, never the `0.29999298700000004` a deadline leaves);
 * {@linkcode traceDetail} writes its number in the trace's language.
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * assertEquals(timeoutDetail("recvfrom", 0.29999298700000004), "recvfrom, 0.3 s");
 * ```
 */
export function timeoutDetail(call: string, seconds: number): string {
  return `${call}, ${Math.round(seconds * 1000) / 1000} s`;
}

/** A timeout's detail as recorded: `recvfrom, 0.3 s`. */
const TIMEOUT_DETAIL = /^(\S+), (\d+(?:\.\d+)?) s$/;

/**
 * An event's detail in `t`'s language: where an accept happened (`on 127.0.0.1:8080`) and where a
 * TCP connect came from (`from 127.0.0.1:52482`), said from its local end, and how long a timeout
 * waited (`recvfrom, 0,3 s` in Spanish, to the millisecond); any other detail is technical
 * (`backlog 5`, `shutdown(SHUT_WR)`) and shown as recorded. Trace files written before these were
 * said at display time recorded them in English: that detail is said again.
 */
export function traceDetail(
  entry: { readonly event: TraceEvent; readonly local: string; readonly detail?: string },
  t: Translate,
): string {
  const detail = entry.detail ?? "";
  const timeout = entry.event === "timeout" ? TIMEOUT_DETAIL.exec(detail) : null;
  if (timeout) {
    return `${timeout[1]}, ${formatNumber(Number(timeout[2]), languageOf(t))} s`;
  }
  if (entry.event === "accept" && entry.local && (!detail || detail.startsWith("on "))) {
    return t("trace.on", { address: entry.local });
  }
  if (entry.event === "connect" && entry.local && (!detail || detail.startsWith("from "))) {
    return t("trace.from", { address: entry.local });
  }
  return detail;
}

/** Payloads longer than this are cut in the bytes literal (never in the hex dump). */
export const TRACE_LITERAL_LIMIT = 256;

function twoDigits(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function clockTime(date: Date): string {
  return `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}:` +
    `${twoDigits(date.getSeconds())}.${twoDigits(date.getMilliseconds(), 3)}`;
}

/** Where a trace's events also go as JSON lines (`--trace-file`), and who writes them. */
export interface TraceFileOptions {
  readonly path: string;
  /** The mode that traces (`echo-server`), so a diagram can tell servers from clients. */
  readonly mode: string;
  /** What tells this run apart from others writing the same file: pid and a number. */
  readonly process: string;
  /**
   * What writes the lines: a mode's run shares one open file ({@linkcode openTraceFile}). Without
   * it, each line opens `path`, appends and closes it, with the same limits.
   */
  readonly writer?: TraceFile;
}

/** `--trace-max`'s default, in MiB: a trace file stops growing there. */
export const TRACE_MAX_MIB = 100;

const MiB = 1024 * 1024;

/** An open trace file as {@linkcode TraceFile} uses it: a `Deno.FsFile`, or a test's stand-in. */
export interface TraceFileHandle {
  writeSync(bytes: Uint8Array): number;
  statSync(): { readonly size: number; readonly isFile: boolean };
  close(): void;
}

/** The file is there but is no regular file: a FIFO with no reader would block its open(). */
class NotARegularFile extends Error {}

/**
 * Opens `path` for appending, created if missing: only a regular file (a FIFO, a device or a
 * folder is refused before it is opened, since opening a FIFO waits for a reader).
 */
function openForAppend(path: string): TraceFileHandle {
  try {
    if (!Deno.statSync(path).isFile) throw new NotARegularFile(path);
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
  const file = Deno.openSync(path, { append: true, create: true });
  if (!file.statSync().isFile) {
    file.close();
    throw new NotARegularFile(path);
  }
  return file;
}

/** What a trace file says when it stops: a line in the run's language, on its standard error. */
export interface TraceFileVoice {
  readonly t: Translate;
  readonly warn: (line: string) => void;
}

/**
 * A trace file, written best-effort: its lines are appended through one open handle (one write
 * each, so that processes sharing the file never interleave). A failed write (a full disk) or
 * reaching `maxBytes` stops the file for good, said once; an append never throws, so a trace never
 * stops a server or a close. After {@linkcode close}, a late line opens the file for itself.
 */
export class TraceFile {
  #handle: TraceFileHandle | undefined;
  /** The file's size as last seen plus what was written since: never more than the real size. */
  #size = 0;
  /** Bytes written since the size was last read from the file (others may append too). */
  #sinceStat = 0;
  #stopped = false;
  #keepOpen: boolean;
  readonly #maxBytes: number;

  constructor(
    readonly path: string,
    private readonly options: {
      /** Stops the file once it would grow past this. @default {TRACE_MAX_MIB MiB} */
      maxBytes?: number;
      /** Who to tell when the file stops. @default {nobody} */
      voice?: TraceFileVoice;
      /** Opens the file (tests hand a failing one). @default {a regular file, appended to} */
      open?: (path: string) => TraceFileHandle;
      /** One handle for every line, until {@linkcode close}. @default {true} */
      keepOpen?: boolean;
      /** An already open handle. */
      handle?: TraceFileHandle;
    } = {},
  ) {
    this.#maxBytes = options.maxBytes ?? TRACE_MAX_MIB * MiB;
    this.#keepOpen = options.keepOpen ?? true;
    this.#handle = options.handle;
    if (this.#handle) this.#size = this.#handle.statSync().size;
  }

  /** No more lines will be written: the file failed or is full. */
  get stopped(): boolean {
    return this.#stopped;
  }

  /** Appends `line` (a whole line, with its newline) unless the file stopped. Never throws. */
  append(line: string): void {
    if (this.#stopped) return;
    const bytes = encoder.encode(line);
    try {
      const handle = this.#opened();
      if (this.#sinceStat >= MiB || this.#size + bytes.length > this.#maxBytes) {
        this.#size = handle.statSync().size;
        this.#sinceStat = 0;
      }
      if (this.#size + bytes.length > this.#maxBytes) {
        this.#stop("trace.fileFull", { max: formatBytes(this.#maxBytes, this.#lang) });
        return;
      }
      for (let done = 0; done < bytes.length;) done += handle.writeSync(bytes.subarray(done));
      this.#size += bytes.length;
      this.#sinceStat += bytes.length;
      if (!this.#keepOpen) this.#release();
    } catch (error) {
      if (error instanceof NotARegularFile) {
        this.#stop("trace.notAFile", {});
      } else {
        const t = this.options.voice?.t ?? translator("en");
        this.#stop("trace.fileFailed", {
          reason: describeError(FileError.from(this.path, error), t),
        });
      }
    }
  }

  /** Lets the handle go; a line after this opens the file for itself. Never throws. */
  close(): void {
    this.#keepOpen = false;
    this.#release();
  }

  get #lang() {
    return languageOf(this.options.voice?.t ?? translator("en"));
  }

  #opened(): TraceFileHandle {
    if (this.#handle) return this.#handle;
    const handle = (this.options.open ?? openForAppend)(this.path);
    this.#handle = handle;
    this.#size = handle.statSync().size;
    this.#sinceStat = 0;
    return handle;
  }

  #release(): void {
    const handle = this.#handle;
    this.#handle = undefined;
    try {
      handle?.close();
    } catch {
      // Already closed: nothing is lost.
    }
  }

  #stop(
    key: "trace.fileFull" | "trace.fileFailed" | "trace.notAFile",
    values: Record<string, string>,
  ): void {
    this.#stopped = true;
    this.#release();
    const voice = this.options.voice;
    if (!voice) return;
    const t = voice.t as (key: string, values: Record<string, string>) => string;
    try {
      voice.warn(t(key, { file: this.path, ...values }));
    } catch {
      // Standard error is gone too: there is no one left to tell.
    }
  }
}

/**
 * Opens a mode's `--trace-file` before it serves: a regular file or a new one, else a usage error
 * (a FIFO would block the open); any other failure (no such folder, no permission) is thrown.
 */
export function openTraceFile(
  path: string,
  options: { maxMib?: number; voice: TraceFileVoice; open?: (path: string) => TraceFileHandle },
): TraceFile {
  let handle: TraceFileHandle;
  try {
    handle = (options.open ?? openForAppend)(path);
  } catch (error) {
    if (error instanceof NotARegularFile) {
      throw new UsageError(options.voice.t("trace.notAFile", { file: path }));
    }
    throw FileError.from(path, error);
  }
  return new TraceFile(path, {
    handle,
    voice: options.voice,
    maxBytes: (options.maxMib ?? TRACE_MAX_MIB) * MiB,
    ...(options.open ? { open: options.open } : {}),
  });
}

/** The trace files each run of a mode opened, closed when the run ends. */
const runFiles = new WeakMap<object, Map<string, TraceFile>>();

/**
 * The trace file `run` (a mode's run, known by its `Io`) writes `path` through: opened once per
 * run and file by `open`, closed by {@linkcode closeTraceFiles}.
 */
export function traceFileOf(run: object, path: string, open: () => TraceFile): TraceFile {
  let files = runFiles.get(run);
  if (!files) runFiles.set(run, files = new Map());
  let file = files.get(path);
  if (!file) files.set(path, file = open());
  return file;
}

/** Closes the trace files `run` opened. */
export function closeTraceFiles(run: object): void {
  const files = runFiles.get(run);
  runFiles.delete(run);
  for (const file of files?.values() ?? []) file.close();
}

/**
 * One event as `--trace-file` writes it: a JSON object per line. `time` has microseconds;
 * `data` is the payload as the course prints bytes (`b'Hola'`), cut to 256 bytes.
 */
export interface TraceRecord {
  readonly time: string;
  readonly process: string;
  readonly mode: string;
  readonly event: TraceEvent;
  /** This end of the socket (`127.0.0.1:8000`, a Unix path), or "". */
  readonly local: string;
  /** The other end, or "" (a listener, a bound UDP socket). */
  readonly remote: string;
  /** For a read or write: how many bytes (0 for the end of the stream). */
  readonly bytes?: number;
  readonly data?: string;
  readonly detail?: string;
}

/** Now, in ISO form with microseconds: `2026-11-30T10:20:30.040123Z`. */
function preciseTime(): string {
  const ms = performance.timeOrigin + performance.now();
  const micros = Math.floor((ms % 1) * 1000);
  return new Date(Math.floor(ms)).toISOString().replace("Z", `${String(micros).padStart(3, "0")}Z`);
}

const encoder = new TextEncoder();

let traceRuns = 0;

/** A name for one run of a mode in this process: the pid and a number, as `1234.2`. */
export function traceProcessName(): string {
  return `${Deno.pid}.${++traceRuns}`;
}

/**
 * `--trace`: one line on stderr per socket event, with a timestamp, the peer, and for reads and
 * writes the byte count and the bytes as a Python literal; with `--hex`, a hex dump of each payload.
 * With `--trace-file`, the same events as JSON lines appended to a file, one write each, so that a
 * server and its clients can share one file. A disabled trace costs one boolean check per event:
 * callers pass the endpoints they already hold, and nothing is built.
 */
export class Trace {
  /** A trace that prints nothing. */
  static readonly off: Trace = new Trace(null);

  readonly #t: Translate;
  /** The event column's width: the longest event name in the trace's language. */
  readonly #eventWidth: number;
  readonly #file: TraceFile | undefined;

  constructor(
    private readonly sink: Sink | null,
    private readonly options: {
      hex?: boolean;
      now?: () => Date;
      file?: TraceFileOptions;
      /** The language of the lines on `sink` (the file's records are language-free). @default {English} */
      t?: Translate;
    } = {},
  ) {
    this.#t = options.t ?? translator("en");
    this.#eventWidth = Math.max(
      ...TRACE_EVENTS.map((event) => traceEventName(event, this.#t).length),
    );
    const file = options.file;
    this.#file = file && (file.writer ?? new TraceFile(file.path, { keepOpen: false }));
  }

  get enabled(): boolean {
    return this.sink !== null || this.options.file !== undefined;
  }

  /**
   * Records an event between `local` and `remote` (either may be ""), with optional technical
   * detail; an accept's and a TCP connect's own words (`on …`, `from …`) the trace adds.
   */
  event(event: TraceEvent, local: string, remote: string, detail = ""): void {
    if (this.sink) {
      this.#line(event, remote || local, traceDetail({ event, local, detail }, this.#t));
    }
    if (this.#file && !this.#file.stopped) {
      this.#record({ event, local, remote, ...(detail ? { detail } : {}) });
    }
  }

  /** Records a read or write and its payload; zero bytes read is the end of the stream. */
  data(event: "read" | "write", local: string, remote: string, bytes: Uint8Array): void {
    if (this.#file && !this.#file.stopped) {
      this.#record({
        event,
        local,
        remote,
        bytes: bytes.length,
        ...(bytes.length > 0 ? { data: shortBytesLiteral(bytes, TRACE_LITERAL_LIMIT) } : {}),
      });
    }
    if (!this.sink) return;
    if (bytes.length === 0) {
      this.#line(event, remote || local, `${byteCount(0)}  ${this.#t("trace.eof")}`);
      return;
    }
    this.#line(
      event,
      remote || local,
      `${byteCount(bytes.length)}  ${shortBytesLiteral(bytes, TRACE_LITERAL_LIMIT)}`,
    );
    if (this.options.hex) {
      // Two columns in: a row of sixteen bytes (78 columns) fits a terminal of 80.
      for (const line of hexdumpLines(bytes)) writeLine(this.sink, "  " + line);
    }
  }

  #line(event: TraceEvent, subject: string, detail: string): void {
    const time = clockTime(this.options.now?.() ?? new Date());
    const name = traceEventName(event, this.#t).padEnd(this.#eventWidth);
    writeLine(this.sink!, `${time} ${name} ${subject}${detail ? "  " + detail : ""}`);
  }

  #record(fields: Omit<TraceRecord, "time" | "process" | "mode">): void {
    const { process, mode } = this.options.file!;
    const record: TraceRecord = { time: preciseTime(), process, mode, ...fields };
    // One write per line, appended: lines from several processes never interleave. Best-effort:
    // a full disk stops the file, never the mode.
    this.#file!.append(JSON.stringify(record) + "\n");
  }
}
