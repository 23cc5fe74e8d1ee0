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
import { MAX_HEADER, parseHeader, safeFileName } from "./file_protocol.ts";
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
  group: "apps",
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
    return await runStreamServer(options, ctx, io, {
      concurrency: "concurrent",
      once: options.once,
      intro: t("file.serving", {
        dir: options.dir,
        max: formatBytes(options.maxSize, ctx.lang),
        overwrite: options.overwrite ? t("file.overwriting") : "",
      }),
      handle: (stream) => receiveFile(stream, options, ctx, io),
    });
  },
});

type FileReceiveOptions = ModeOptions<typeof fileReceive>;

/** A file refused: the protocol's code and the reason, for the sender and the log. */
class Refusal {
  constructor(readonly code: string, readonly reason: string) {}
}

/** A file being received, named so that no sender can choose it. */
const PART = /^\.socklab-[0-9a-f-]{36}\.part$/;

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
 * Receives one file on one connection, answering the sender at each step; `openPart` opens the
 * temporary file the bytes are written to.
 */
export async function receiveFile(
  stream: Stream,
  options: Pick<FileReceiveOptions, "dir" | "maxSize" | "overwrite" | "quiet">,
  ctx: ModeContext,
  io: Io,
  openPart: OpenPart = openNewFile,
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
    const header = line?.complete ? parseHeader(new TextDecoder().decode(line.bytes)) : undefined;
    if (!header) throw new Refusal("bad-header", t("file.errBadHeader"));
    const name = safeFileName(header.name);
    if (!name) {
      throw new Refusal("bad-name", t("file.errBadName", { name: printableText(header.name) }));
    }
    if (header.size > options.maxSize) {
      throw new Refusal(
        "too-large",
        t("file.errTooLarge", {
          size: formatBytes(header.size, ctx.lang),
          max: formatBytes(options.maxSize, ctx.lang),
        }),
      );
    }
    const target = join(options.dir, name);
    if (!options.overwrite && await exists(target)) {
      throw new Refusal("exists", t("file.errExists", { name }));
    }
    ctx.say(
      t("file.incoming", { peer: stream.peer, name, size: formatBytes(header.size, ctx.lang) }),
    );
    await reply("GO");
    const temporary = join(options.dir, `.socklab-${crypto.randomUUID()}.part`);
    try {
      const digest = await receiveBody(
        stream,
        reader.takeBuffered(),
        header.size,
        await openPart(temporary).catch((error: Error) => {
          throw new Refusal(
            "disk",
            t("file.errDisk", { reason: describeFileProblem(fileProblemOf(error), t) }),
          );
        }),
        options,
        ctx,
        io,
      );
      if (digest !== header.sha256) throw new Refusal("corrupt", t("file.errCorrupt"));
      // Checked again: another transfer of the same name may have finished meanwhile.
      if (!options.overwrite && await exists(target)) {
        throw new Refusal("exists", t("file.errExists", { name }));
      }
      await Deno.rename(temporary, target);
    } finally {
      await Deno.remove(temporary).catch(() => {});
    }
    ctx.result(t("file.saved", { path: target, size: formatBytes(header.size, ctx.lang) }));
    await reply(`OK ${name}`);
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    // A sender that went away was cut off, not refused: nothing of it was turned down.
    const verdict = error.code === "incomplete" ? "file.cutOff" : "file.refused";
    ctx.warn(t(verdict, { peer: stream.peer, reason: error.reason }));
    // The sender may be gone already (an incomplete transfer): the answer is a courtesy. One
    // still sending gets its bytes dropped for a while, so it reads the answer, not a reset.
    await reply(`ERR ${error.code} ${error.reason}`).catch(() => {});
    await stream.lingerAndClose(REFUSED_LINGER_MS, options.maxSize);
  }
}

/**
 * Writes exactly `size` bytes from the connection into a new file, hashing them on the way, with
 * memory flat in the file's size. Resolves to the SHA-256 in hex.
 */
async function receiveBody(
  stream: Stream,
  already: Uint8Array,
  size: number,
  part: WritableStream<Uint8Array>,
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
  try {
    let received = 0;
    const keep = async (bytes: Uint8Array) => {
      hash.update(bytes);
      try {
        await writer.write(bytes);
      } catch (error) {
        throw new Refusal(
          "disk",
          t("file.errDisk", { reason: describeFileProblem(fileProblemOf(error), t) }),
        );
      }
      received += bytes.length;
      progress?.add(bytes.length);
    };
    if (already.length > 0) await keep(already.subarray(0, size));
    const buffer = new Uint8Array(CHUNK);
    while (received < size) {
      const n = await stream.read(buffer.subarray(0, Math.min(CHUNK, size - received)));
      if (n === null) {
        throw new Refusal(
          "incomplete",
          t("file.errIncomplete", {
            received: formatBytes(received, ctx.lang),
            size: formatBytes(size, ctx.lang),
          }),
        );
      }
      // Awaited whole before the buffer is read into again.
      await keep(buffer.subarray(0, n));
    }
    await writer.close();
    return hash.digest("hex");
  } catch (error) {
    // Closes the file, so that it can be removed (on Windows an open file cannot).
    await writer.abort(error).catch(() => {});
    throw error;
  } finally {
    await progress?.finish();
  }
}
