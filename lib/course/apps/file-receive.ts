import { createHash } from "node:crypto";
import { join } from "@std/path";
import { defineMode } from "../../cli/define.ts";
import type { ModeOptions } from "../../cli/spec.ts";
import { FileError, fileProblemOf } from "../../errors.ts";
import { describeFileProblem } from "../../present/describe.ts";
import { DelimitedReader, MessageTooLong } from "../../framing/delimited.ts";
import { printableText } from "../../present/printable.ts";
import { Progress } from "../../present/progress.ts";
import { formatBytes } from "../../present/units.ts";
import {
  type FileErrorCode,
  type FileHeader,
  isPartName,
  MAX_HEADER,
  parseHeader,
  replyLine,
  safeFileName,
} from "./file_protocol.ts";
import type { Stream } from "../../transport/stream.ts";
import type { Io } from "../../io.ts";
import { type ModeContext, modeContext } from "../../run/context.ts";
import { runStreamServer } from "../../run/stream_server.ts";
import { PORTS } from "../../run/ports.ts";

const GiB = 1024 * 1024 * 1024;
const CHUNK = 64 * 1024;
const NEWLINE = new Uint8Array([0x0a]);
const encoder = new TextEncoder();

/**
 * Receives files sent by file-send: each checked against its size and SHA-256 before it takes its
 * name, so a partial or corrupt file is never left behind.
 */
export const fileReceive = defineMode({
  name: "file-receive",
  port: PORTS.files,
  role: "stream-server",
  examples: ["socklab file-receive --dir recibidos", "socklab file-send notas.pdf"],
  options: {
    dir: { kind: "string", default: ".", placeholder: "DIR" },
    overwrite: { kind: "flag" },
    maxSize: {
      kind: "integer",
      default: GiB,
      range: [0, Number.MAX_SAFE_INTEGER],
      placeholder: "BYTES",
    },
    once: { kind: "flag" },
  },
  async run(options, io): Promise<number> {
    const ctx = modeContext(options, io);
    const { t } = ctx;
    if (await makeFolder(options.dir)) ctx.say(t("file.madeDir", { dir: options.dir }));
    const removed = await removeUnfinished(options.dir);
    if (removed > 0) ctx.say(t("file.removedParts", { count: removed, dir: options.dir }));
    const receiver = new Receiver();
    return await runStreamServer(options, ctx, io, {
      concurrency: "concurrent",
      once: options.once,
      intro: t("file.serving", {
        dir: options.dir,
        max: formatBytes(options.maxSize, ctx.lang),
        overwrite: options.overwrite ? t("file.overwriting") : "",
      }),
      handle: (stream) => receiveFile(stream, options, ctx, io, openNewFile, receiver),
    });
  },
});

type FileReceiveOptions = ModeOptions<typeof fileReceive>;

/** A file refused: the protocol's code and the reason, for the sender and the log. */
class Refusal {
  constructor(readonly code: FileErrorCode, readonly reason: string) {}
}

/** A file being received, named so that no sender can choose it ({@linkcode isPartName}). */
const PART = /^\.socklab-[0-9a-f-]{36}\.part$/;

/**
 * How fast a file's bytes must keep coming once the sender is told GO: at least
 * `minBytesPerSecond` over every `windowMs` (or the rest of the file, when less is left), the time
 * the receiver spends writing to its disk not counted. A body slower than that is cut, so that
 * senders trickling a byte now and then cannot hold the server's slots.
 */
export interface Pace {
  readonly windowMs: number;
  readonly minBytesPerSecond: number;
}

/** 10 KiB in every 10 s: 1 KiB/s, far less than any working network carries. */
export const MIN_PACE: Pace = { windowMs: 10_000, minBytesPerSecond: 1024 };

/**
 * What the transfers of one receiver share: the names being received right now, so that two
 * senders of the same name do not both send the whole file for one of them to be refused, and
 * the pace every body must keep.
 */
export class Receiver {
  readonly #names = new Set<string>();

  constructor(readonly pace: Pace = MIN_PACE) {}

  /**
   * Reserves `name` for one transfer; false when another transfer has it. Names that a file system
   * may take for one (differing in case, or in how an accent is encoded) are one name here.
   */
  reserve(name: string): boolean {
    const key = reservationKey(name);
    if (this.#names.has(key)) return false;
    this.#names.add(key);
    return true;
  }

  /** Gives a reserved name back. */
  release(name: string): void {
    this.#names.delete(reservationKey(name));
  }
}

function reservationKey(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

/**
 * Removes the files a receiver was writing when it was killed (kill -9, a power cut): they are
 * never finished. Resolves to how many there were.
 */
async function removeUnfinished(dir: string): Promise<number> {
  let removed = 0;
  for await (const entry of Deno.readDir(dir)) {
    if (!entry.isFile || !PART.test(entry.name)) continue;
    await Deno.remove(join(dir, entry.name)).then(() => removed++, () => {});
  }
  return removed;
}

/**
 * Makes sure `dir` is a folder to receive into, making it (and its parents) when missing;
 * resolves to whether it was made. A FileError when it cannot be.
 */
async function makeFolder(dir: string): Promise<boolean> {
  try {
    if ((await Deno.stat(dir)).isDirectory) return false;
    throw new FileError(dir, "not-a-directory");
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) {
      throw error instanceof FileError ? error : FileError.from(dir, error);
    }
  }
  await Deno.mkdir(dir, { recursive: true }).catch((error) => {
    throw FileError.from(dir, error);
  });
  return true;
}

async function exists(path: string): Promise<boolean> {
  return await Deno.lstat(path).then(() => true, () => false);
}

/**
 * Gives the finished temporary file its name; resolves to false, leaving it where it is, when
 * that name is taken and may not be replaced. Without `overwrite` the file is hard-linked to its
 * name, which fails if the name exists (on Linux, macOS and NTFS alike): checking first and
 * renaming after would let a file made in between be replaced.
 */
async function place(temporary: string, target: string, overwrite: boolean): Promise<boolean> {
  if (overwrite) {
    await Deno.rename(temporary, target);
    return true;
  }
  try {
    await Deno.link(temporary, target);
    return true;
  } catch (error) {
    if (error instanceof Deno.errors.AlreadyExists) return false;
    // A file system without hard links (FAT, some network shares): this receiver's own transfers
    // are kept apart by its reservations, so a check and a rename are left to race only others.
    if (await exists(target)) return false;
    await Deno.rename(temporary, target);
    return true;
  }
}

/** Where a file being received is written: a new file, opened for writing. */
export type OpenPart = (path: string) => Promise<WritableStream<Uint8Array>>;

const openNewFile: OpenPart = async (path) =>
  (await Deno.open(path, { write: true, createNew: true })).writable;

/**
 * How long, and how much, a refused sender's bytes are read and dropped after the refusal, so that
 * it reads why (a full disk) instead of finding the connection reset.
 */
const REFUSED_LINGER_MS = 5000;

/**
 * The file announced by `header` and the name it is kept under, or the refusal of it: no header,
 * a name with nothing usable left or named like socklab's temporary files, a size over `maxSize`.
 */
function accepted(
  header: FileHeader | undefined,
  maxSize: number,
  ctx: ModeContext,
): { header: FileHeader; name: string } {
  const { t } = ctx;
  if (!header) throw new Refusal("bad-header", t("file.errBadHeader"));
  const name = safeFileName(header.name);
  if (!name) {
    throw new Refusal("bad-name", t("file.errBadName", { name: printableText(header.name) }));
  }
  if (isPartName(name)) {
    throw new Refusal("bad-name", t("file.errPartName", { name }));
  }
  if (header.size > maxSize) {
    throw new Refusal(
      "too-large",
      t("file.errTooLarge", {
        size: formatBytes(header.size, ctx.lang),
        max: formatBytes(maxSize, ctx.lang),
      }),
    );
  }
  return { header, name };
}

/**
 * Receives one file on one connection, answering the sender at each step; `openPart` opens the
 * temporary file the bytes are written to, and `receiver` is what the transfers of one receiver
 * share (the names in flight, the pace).
 */
export async function receiveFile(
  stream: Stream,
  options: Pick<FileReceiveOptions, "dir" | "maxSize" | "overwrite" | "quiet">,
  ctx: ModeContext,
  io: Io,
  openPart: OpenPart = openNewFile,
  receiver: Receiver = new Receiver(),
): Promise<void> {
  const { t } = ctx;
  const reply = (line: string) => stream.write(encoder.encode(line + "\n"));
  try {
    // The header is due at once: its deadline (--request-timeout) runs from the connection.
    stream.beginRequest();
    const reader = new DelimitedReader(stream, NEWLINE, { maxMessage: MAX_HEADER, clock: stream });
    const line = await reader.next().catch((error) => {
      if (error instanceof MessageTooLong) return null;
      throw error;
    });
    const { header, name } = accepted(
      line?.complete ? parseHeader(new TextDecoder().decode(line.bytes)) : undefined,
      options.maxSize,
      ctx,
    );
    const target = join(options.dir, name);
    // Held until the file has its name: a second sender of it is refused before it sends a byte.
    if (!receiver.reserve(name)) throw new Refusal("exists", t("file.errInFlight", { name }));
    const temporary = join(options.dir, `.socklab-${crypto.randomUUID()}.part`);
    try {
      if (!options.overwrite && await exists(target)) {
        throw new Refusal("exists", t("file.errExists", { name }));
      }
      ctx.say(
        t("file.incoming", { peer: stream.peer, name, size: formatBytes(header.size, ctx.lang) }),
      );
      await reply(replyLine({ kind: "go" }));
      const part = await openPart(temporary).catch((error: Error) => {
        throw new Refusal(
          "disk",
          t("file.errDisk", { reason: describeFileProblem(fileProblemOf(error), t) }),
        );
      });
      const body = {
        stream,
        already: reader.takeBuffered(),
        size: header.size,
        part,
        pace: receiver.pace,
      };
      const digest = await receiveBody(body, options, ctx, io);
      if (digest !== header.sha256) throw new Refusal("corrupt", t("file.errCorrupt"));
      // Someone else may have made the file meanwhile: it is not replaced.
      if (!await place(temporary, target, options.overwrite)) {
        throw new Refusal("exists", t("file.errExists", { name }));
      }
    } finally {
      receiver.release(name);
      await Deno.remove(temporary).catch(() => {});
    }
    ctx.result(t("file.saved", { path: target, size: formatBytes(header.size, ctx.lang) }));
    await reply(replyLine({ kind: "ok", name }));
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    // A sender that went away was cut off, not refused: nothing of it was turned down.
    const verdict = error.code === "incomplete" ? "file.cutOff" : "file.refused";
    ctx.warn(t(verdict, { peer: stream.peer, reason: error.reason }));
    // The sender may be gone already (an incomplete transfer): the answer is a courtesy. One
    // still sending gets its bytes dropped for a while, so it reads the answer, not a reset.
    await reply(replyLine({ kind: "err", code: error.code, reason: error.reason })).catch(() => {});
    await stream.lingerAndClose(REFUSED_LINGER_MS, options.maxSize);
  }
}

/**
 * Keeps a file's body to its {@linkcode Pace}, window by window, and says how fast it arrived
 * lately: a full server frees the slot of the slowest body ({@linkcode Stream.upload}).
 */
class BodyPace {
  /** Bytes written so far. */
  received = 0;
  #windowStart = Date.now();
  #windowEnd: number;
  #atWindowStart = 0;
  /** The window before this one: its bytes and its length. */
  #previous = { bytes: 0, ms: 0 };

  constructor(readonly pace: Pace, readonly size: number) {
    this.#windowEnd = this.#windowStart + pace.windowMs;
  }

  /** Milliseconds until the current window closes. */
  get msLeft(): number {
    return Math.max(0, this.#windowEnd - Date.now());
  }

  /** Time that does not count against the sender: the receiver writing to its disk. */
  pause(ms: number): void {
    this.#windowStart += ms;
    this.#windowEnd += ms;
  }

  /**
   * Closes the window when its time is up and begins the next; false when it brought less than
   * the pace asks (and less than the rest of the file).
   */
  keptUp(): boolean {
    const now = Date.now();
    if (now < this.#windowEnd) return true;
    const brought = this.received - this.#atWindowStart;
    const asked = (this.pace.minBytesPerSecond * this.pace.windowMs) / 1000;
    if (brought < Math.min(asked, this.size - this.#atWindowStart)) return false;
    this.#previous = { bytes: brought, ms: now - this.#windowStart };
    this.#windowStart = now;
    this.#windowEnd = now + this.pace.windowMs;
    this.#atWindowStart = this.received;
    return true;
  }

  /** Bytes a second over this window and the one before; Infinity for a body's first second. */
  bytesPerSecond(): number {
    const ms = Date.now() - this.#windowStart + this.#previous.ms;
    if (ms < 1000) return Infinity;
    return ((this.received - this.#atWindowStart + this.#previous.bytes) * 1000) / ms;
  }
}

const TIME_UP = Symbol("time up");

/** A file's body to receive: from where, how much, into what, how fast at least. */
interface Body {
  readonly stream: Stream;
  /** What the header's reader had already read past the header. */
  readonly already: Uint8Array;
  readonly size: number;
  /** The temporary file's stream. */
  readonly part: WritableStream<Uint8Array>;
  readonly pace: Pace;
}

/**
 * Writes exactly `size` bytes from the connection into a new file, hashing them on the way, with
 * memory flat in the file's size; cut when they come slower than `pace`. Resolves to the SHA-256
 * in hex.
 */
async function receiveBody(
  { stream, already, size, part, pace }: Body,
  options: Pick<FileReceiveOptions, "quiet">,
  ctx: ModeContext,
  io: Io,
): Promise<string> {
  const { t } = ctx;
  const hash = createHash("sha256");
  // The file's own stream writes each chunk whole, and closing it closes the file.
  const writer = part.getWriter();
  const progress = options.quiet
    ? undefined
    : new Progress(size, io.stderr, { terminal: io.stderrIsTerminal ?? false, lang: ctx.lang });
  const kept = new BodyPace(pace, size);
  stream.upload = kept;
  const tooSlow = () =>
    new Refusal(
      "too-slow",
      t("file.errTooSlow", {
        rate: formatBytes(pace.minBytesPerSecond, ctx.lang),
        seconds: ctx.number(pace.windowMs / 1000),
      }),
    );
  /** One read, the window's clock running while it waits. */
  const read = async (buffer: Uint8Array): Promise<number | null> => {
    const reading = stream.read(buffer);
    for (;;) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeUp = new Promise<typeof TIME_UP>((resolve) => {
        timer = setTimeout(() => resolve(TIME_UP), kept.msLeft);
      });
      try {
        const n = await Promise.race([reading, timeUp]);
        if (n !== TIME_UP) return n;
      } finally {
        clearTimeout(timer);
      }
      if (!kept.keptUp()) {
        // Left pending: it ends when the connection closes, and nobody waits for it.
        reading.catch(() => {});
        throw tooSlow();
      }
    }
  };
  try {
    const keep = async (bytes: Uint8Array) => {
      const began = Date.now();
      hash.update(bytes);
      try {
        await writer.write(bytes);
      } catch (error) {
        throw new Refusal(
          "disk",
          t("file.errDisk", { reason: describeFileProblem(fileProblemOf(error), t) }),
        );
      }
      kept.received += bytes.length;
      kept.pause(Date.now() - began);
      progress?.add(bytes.length);
    };
    if (already.length > 0) await keep(already.subarray(0, size));
    const buffer = new Uint8Array(CHUNK);
    while (kept.received < size) {
      const n = await read(buffer.subarray(0, Math.min(CHUNK, size - kept.received)));
      if (n === null) {
        throw new Refusal(
          "incomplete",
          t("file.errIncomplete", {
            received: formatBytes(kept.received, ctx.lang),
            size: formatBytes(size, ctx.lang),
          }),
        );
      }
      // Awaited whole before the buffer is read into again.
      await keep(buffer.subarray(0, n));
      if (kept.received < size && !kept.keptUp()) throw tooSlow();
    }
    await writer.close();
    return hash.digest("hex");
  } catch (error) {
    // Closes the file, so that it can be removed (on Windows an open file cannot).
    await writer.abort(error).catch(() => {});
    throw error;
  } finally {
    stream.upload = undefined;
    await progress?.finish();
  }
}
