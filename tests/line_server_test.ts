/**
 * The serving loop of the line protocols, with a protocol of its own that says which way each
 * request was answered: from its bytes (the hot path) or as text.
 */
import { assertEquals } from "@std/assert";
import { translator } from "../lib/present/catalogue.ts";
import type { LineBuffer } from "../lib/framing/utf8.ts";
import {
  type LineExchange,
  type LineProtocol,
  serveLineProtocol,
} from "../lib/transport/line_server.ts";
import { type LineReply, refuse } from "../lib/protocols/reply.ts";
import { bytes, pair, readAll, writeAll } from "./helpers.ts";

type Reply = LineReply<"text.errEmpty">;

const EMPTY = translator("en")("text.errEmpty");

/** Answers `fast …` from the bytes when asked to, and everything as text otherwise. */
function twoWays(): LineProtocol<Reply> {
  return {
    answer: (line) =>
      line.startsWith("err")
        ? refuse("nope", "text.errEmpty")
        : { ok: true, result: `text ${line}` },
    answerAscii(line: Uint8Array, replies: LineBuffer) {
      if (line[0] !== 0x66) return false; // "f"
      const at = replies.claimLine(line.length + 5);
      replies.bytes.set(bytes("OK b "), at);
      replies.bytes.set(line, at + 5);
      return true;
    },
  };
}

/** What the server answered to `requests`, and what its log saw. */
async function serve(requests: string, log: boolean) {
  using conns = await pair();
  const seen: LineExchange<Reply>[] = [];
  const serving = serveLineProtocol(conns.server, twoWays(), {
    maxLine: 100,
    t: translator("en"),
    onRequest: log ? (exchange) => seen.push(exchange) : undefined,
  });
  const answers = readAll(conns.client);
  await writeAll(conns.client, bytes(requests));
  await conns.client.closeWrite();
  await serving;
  conns.server.close();
  return { answers: await answers, seen };
}

Deno.test("unlogged, ASCII requests the protocol takes are answered from their bytes, the rest as text", async () => {
  const { answers } = await serve("fast uno\nslow dos\nfast señor\nerr\nfast tres\r\n", false);
  assertEquals(
    answers,
    `OK b fast uno\nOK text slow dos\nOK text fast señor\nERR nope ${EMPTY}\nOK b fast tres\n`,
  );
});

Deno.test("logged, every request is answered as text, so the log sees each one", async () => {
  const { answers, seen } = await serve("fast uno\nslow dos\nerr\n", true);
  assertEquals(answers, `OK text fast uno\nOK text slow dos\nERR nope ${EMPTY}\n`);
  assertEquals(seen.map((exchange) => exchange.wire), [
    "OK text fast uno",
    "OK text slow dos",
    `ERR nope ${EMPTY}`,
  ]);
});
