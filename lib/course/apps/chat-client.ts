import { defineMode } from "../../cli/define.ts";
import { DelimitedReader } from "../../framing/delimited.ts";
import { inputLines } from "../../io.ts";
import { EXIT } from "../../exit_codes.ts";
import { printableText } from "../../present/printable.ts";
import { withoutEscapes } from "../../run/line_client.ts";
import { runStreamClient } from "../../run/stream_client.ts";
import { PORTS } from "../../run/ports.ts";
import { CHAT_COMMANDS } from "./chat_protocol.ts";

const NEWLINE = new Uint8Array([0x0a]);
const MiB = 1024 * 1024;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * A chat client: what is typed goes to the server while what others say is printed as it comes,
 * both at once, so incoming messages never block typing. Says clearly when the server goes away.
 */
export const chatClient = defineMode({
  name: "chat-client",
  port: PORTS.chat,
  role: "stream-client",
  examples: ["socklab chat-server", "socklab chat-client --nick ana"],
  options: {
    nick: { kind: "string", placeholder: "NAME" },
  },
  run(options, io): Promise<number> {
    return runStreamClient(options, io, async (stream, ctx) => {
      if (options.nick) await stream.write(encoder.encode(options.nick + "\n"));
      const typed = inputLines(io.stdin).getReader();
      /** Set once this side is done: it said the quit command, or its input ended. */
      let leaving = false;
      const sending = (async () => {
        let toldEscapes = false;
        for (let line = await typed.read(); !line.done; line = await typed.read()) {
          let text = line.value;
          if (io.interactive) {
            // As at a line client's prompt: an arrow key types an escape sequence, not an edit.
            // It is dropped, said once, and a line of nothing else is not sent.
            text = withoutEscapes(line.value);
            if (text !== line.value && !toldEscapes) {
              toldEscapes = true;
              ctx.warn(ctx.t("text.escapesDropped"));
            }
            if (text === "" && line.value !== "") continue;
          }
          await stream.write(encoder.encode(text + "\n"));
          if (text.trim() === CHAT_COMMANDS.quit) {
            leaving = true;
            return;
          }
        }
        leaving = true;
        // End of input: the server sees our side close, says goodbye to the room, and closes.
        await stream.closeWrite();
      })().catch(() => {
        // The server went away while we were sending: the receiving side says so.
      });
      const incoming = new DelimitedReader(stream, NEWLINE, { maxMessage: 16 * MiB });
      for (let line = await incoming.next(); line; line = await incoming.next()) {
        ctx.show(printableText(decoder.decode(line.bytes)));
      }
      // Decided before input is cancelled: cancelling ends the sending loop too.
      const byChoice = leaving;
      await typed.cancel();
      await sending;
      if (byChoice) return EXIT.ok;
      ctx.warn(ctx.t("chat.serverGone"));
      return EXIT.failure;
    });
  },
});
