import { createHash } from "node:crypto";
import { deadline } from "@std/async/deadline";
import { basename } from "@std/path";
import { defineMode } from "../../cli/define.ts";
import { DelimitedReader } from "../../framing/delimited.ts";
import { EXIT } from "../../exit_codes.ts";
import { FileError } from "../../errors.ts";
import { printableText } from "../../present/printable.ts";
import { Progress } from "../../present/progress.ts";
import { formatBytes } from "../../present/units.ts";
import { headerLine, MAX_HEADER, parseReply } from "./file_protocol.ts";
import type { Stream } from "../../transport/stream.ts";
import { runStreamClient } from "../../run/stream_client.ts";
import { PORTS } from "../../run/ports.ts";

const NEWLINE = new Uint8Array([0x0a]);
/** How long a sender whose send failed waits for the receiver's reason. */
const REASON_WAIT_MS = 2000;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Sends a file to file-receive: its name, size and SHA-256 first, then its bytes; exits 0 only
 * when the receiver confirms it kept the file whole.
 */
export const fileSend = defineMode({
  name: "file-send",
  port: PORTS.files,
  role: "stream-client",
  examples: ["socklab file-receive --dir recibidos", "socklab file-send notas.pdf"],
  positionals: ["path"],
  options: {
    path: { kind: "string", required: true, placeholder: "PATH" },
  },
  async run(options, io): Promise<number> {
    // Checked before any socket opens: a wrong name is the user's to fix, not the network's.
    const info = await Deno.stat(options.path).catch((error) => {
      throw FileError.from(options.path, error);
    });
    if (!info.isFile) {
      throw new FileError(options.path, info.isDirectory ? "is-a-directory" : "not-a-file");
    }
    const size = info.size;
    const sha256 = await hashFile(options.path).catch((error) => {
      throw FileError.from(options.path, error);
    });
    const name = basename(options.path);
    return await runStreamClient(options, io, async (stream, ctx) => {
      const { t } = ctx;
      const replies = new DelimitedReader(stream, NEWLINE, { maxMessage: MAX_HEADER });
      const nextReply = async () => {
        const line = await replies.next();
        return line ? decoder.decode(line.bytes).replace(/\r?\n$/, "") : t("text.closed");
      };
      ctx.say(t("file.sending", { name, size: formatBytes(size, ctx.lang), sha256 }));
      await stream.write(encoder.encode(headerLine({ name, size, sha256 })));
      const go = await nextReply();
      if (parseReply(go)?.kind !== "go") {
        ctx.warn(t("file.rejected", { reply: printableText(go) }));
        return EXIT.failure;
      }
      const progress = ctx.quiet
        ? undefined
        : new Progress(size, io.stderr, { terminal: io.stderrIsTerminal ?? false, lang: ctx.lang });
      let sent: unknown;
      try {
        await sendBody(stream, options.path, size, progress);
        await stream.closeWrite();
      } catch (error) {
        sent = error;
      } finally {
        await progress?.finish();
      }
      // A receiver that gives up midway (a full disk) says why before it closes: that reason, not
      // a broken connection, is what the sender shows.
      const verdict = sent === undefined
        ? await nextReply()
        : await deadline(nextReply(), REASON_WAIT_MS).catch(() => undefined);
      if (verdict === undefined) throw sent;
      const kept = parseReply(verdict);
      if (kept?.kind !== "ok") {
        ctx.warn(t("file.rejected", { reply: printableText(verdict) }));
        return EXIT.failure;
      }
      ctx.result(t("file.accepted", { name: printableText(kept.name) }));
      return EXIT.ok;
    });
  },
});

/** The SHA-256 of a file, read as a stream (the file closes with it). */
async function hashFile(path: string): Promise<string> {
  const hash = createHash("sha256");
  const file = await Deno.open(path, { read: true });
  for await (const chunk of file.readable) hash.update(chunk);
  return hash.digest("hex");
}

/**
 * Sends the first `size` bytes of the file as announced. A file that shrank meanwhile sends less
 * (the receiver reports it incomplete); one that grew sends no more than announced.
 */
async function sendBody(stream: Stream, path: string, size: number, progress?: Progress) {
  const file = await Deno.open(path, { read: true });
  let sent = 0;
  // Leaving the loop early cancels the stream, which closes the file.
  for await (const chunk of file.readable) {
    const part = chunk.subarray(0, size - sent);
    await stream.write(part);
    sent += part.length;
    progress?.add(part.length);
    if (sent === size) break;
  }
}
