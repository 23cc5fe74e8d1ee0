import { DelimitedReader, MessageTooLong } from "../framing/delimited.ts";
import { decodeUtf8, LineBuffer } from "../framing/utf8.ts";
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
  const { t, onRequest } = options;
  // One byte more than the limit: room for the CR of a CR LF ending.
  const reader = new DelimitedReader(stream, NEWLINE, { maxMessage: options.maxLine + 1 });
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const replies = new LineBuffer();
  const tooLong: LineReply = {
    reply: `ERR too-long ${t("line.errTooLong", { limit: options.maxLine })}`,
    close: true,
  };
  for (;;) {
    let message;
    try {
      // A request already buffered is taken without a promise: the busy connection's fast path.
      message = reader.take() ?? await reader.next();
    } catch (error) {
      if (!(error instanceof MessageTooLong)) throw error;
      replies.addLine(tooLong.reply);
      break;
    }
    if (!message) break;
    let bytes = message.bytes;
    if (message.complete) bytes = bytes.subarray(0, bytes.length - 1);
    if (bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, bytes.length - 1);
    const line = bytes.length > options.maxLine ? undefined : decodeUtf8(bytes, decoder);
    let reply: LineReply;
    if (line !== undefined) {
      const answered = answer(line);
      reply = answered instanceof Promise ? await answered : answered;
      onRequest?.({ ok: true, line }, reply);
    } else {
      reply = bytes.length > options.maxLine
        ? tooLong
        : { reply: `ERR bad-utf8 ${t("line.errBadUtf8")}` };
      onRequest?.({ ok: false, bytes: bytes.slice() }, reply);
    }
    replies.addLine(reply.reply);
    if (reply.close) break;
    if (!reader.hasMessage()) await stream.write(replies.take());
  }
  if (replies.length > 0) await stream.write(replies.take());
}
