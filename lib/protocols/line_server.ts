import { DelimitedReader, MessageTooLong } from "../framing/delimited.ts";
import type { Translate } from "../present/catalogue.ts";
import type { Stream } from "../transport/stream.ts";

/** The answer to one request line. */
export interface LineReply {
  /** The reply line, without its line ending. */
  readonly reply: string;
  /** Close the connection after this reply (QUIT). */
  readonly close?: boolean;
}

export interface LineProtocolOptions {
  /** The longest request line, in bytes without its line ending. */
  readonly maxLine: number;
  readonly t: Translate;
  /** Sees each request and its reply, for the server's log. */
  readonly onRequest?: (request: LineRequest, reply: LineReply) => void;
}

/** A request line as it arrived. */
export type LineRequest =
  | { readonly ok: true; readonly line: string }
  | { readonly ok: false; readonly bytes: Uint8Array };

const NEWLINE = new Uint8Array([0x0a]);
const CR = 0x0d;
const encoder = new TextEncoder();

/**
 * Serves a line protocol on one connection: one request per line (`\n` or `\r\n`), one reply line
 * each, in order, whether requests arrive split across reads or several in one (replies to
 * requests that arrived together go back in one write). A request that is not UTF-8 gets
 * `ERR bad-utf8` and the connection stays usable; a line over `maxLine` gets `ERR too-long` and
 * the connection is closed. Ends when the client closes or a reply says so.
 */
export async function serveLineProtocol(
  stream: Stream,
  answer: (line: string) => LineReply | Promise<LineReply>,
  options: LineProtocolOptions,
): Promise<void> {
  const { t } = options;
  // One byte more than the limit: room for the CR of a CR LF ending.
  const reader = new DelimitedReader(stream, NEWLINE, { maxMessage: options.maxLine + 1 });
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let pending = "";
  const flush = async () => {
    if (pending === "") return;
    const out = pending;
    pending = "";
    await stream.write(encoder.encode(out));
  };
  const tooLong: LineReply = {
    reply: `ERR too-long ${t("line.errTooLong", { limit: options.maxLine })}`,
    close: true,
  };
  for (;;) {
    let message;
    try {
      message = await reader.next();
    } catch (error) {
      if (!(error instanceof MessageTooLong)) throw error;
      pending += tooLong.reply + "\n";
      break;
    }
    if (!message) break;
    let bytes = message.bytes;
    if (message.complete) bytes = bytes.subarray(0, bytes.length - 1);
    if (bytes.at(-1) === CR) bytes = bytes.subarray(0, bytes.length - 1);
    const line = bytes.length > options.maxLine ? undefined : decodeOrUndefined(decoder, bytes);
    let request: LineRequest;
    let reply: LineReply;
    if (line !== undefined) {
      request = { ok: true, line };
      reply = await answer(line);
    } else {
      request = { ok: false, bytes: bytes.slice() };
      reply = bytes.length > options.maxLine
        ? tooLong
        : { reply: `ERR bad-utf8 ${t("line.errBadUtf8")}` };
    }
    options.onRequest?.(request, reply);
    pending += reply.reply + "\n";
    if (reply.close) break;
    if (!reader.hasMessage()) await flush();
  }
  await flush();
}

/** The text of UTF-8 bytes, or undefined when they are not valid UTF-8. */
function decodeOrUndefined(decoder: TextDecoder, bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}
