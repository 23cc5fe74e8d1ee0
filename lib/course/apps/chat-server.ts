import { defineMode } from "../../cli/define.ts";
import { DelimitedReader, MessageTooLong } from "../../framing/delimited.ts";
import { printableText, safeText } from "../../present/printable.ts";
import type { Translate } from "../../present/catalogue.ts";
import {
  type ChatCommand,
  type ChatLine,
  ChatRoom,
  type Member,
  nickProblem,
  nickTaken,
  notice,
  readTyped,
} from "./chat_protocol.ts";
import { saidText } from "../../transport/line_server.ts";
import { Outbox } from "../../transport/outbox.ts";
import { sleep } from "../../transport/abort.ts";
import type { Stream } from "../../transport/stream.ts";
import { type ModeContext, modeContext } from "../../run/context.ts";
import { runStreamServer } from "../../run/stream_server.ts";
import { PORTS } from "../../run/ports.ts";

const NEWLINE = new Uint8Array([0x0a]);
/** How long a leaving client's last lines (its goodbye) may take to go out. */
const FAREWELL_MS = 1000;

/**
 * A chat server: a client's first line is its nickname, every later line goes to all the others
 * as `[nick] text`, with join and leave notices and a few commands. Each client has a bounded
 * outgoing queue, so a stuck one is dropped instead of slowing everyone.
 */
export const chatServer = defineMode({
  name: "chat-server",
  port: PORTS.chat,
  role: "stream-server",
  examples: ["socklab chat-server", "socklab chat-client --nick ana", "nc 127.0.0.1 5555"],
  options: {
    messageLimit: {
      kind: "integer",
      default: 4096,
      range: [16, 1024 * 1024],
      placeholder: "BYTES",
    },
    queueLimit: {
      kind: "integer",
      default: 256 * 1024,
      range: [1024, 64 * 1024 * 1024],
      placeholder: "BYTES",
    },
  },
  async run(options, io): Promise<number> {
    const ctx = modeContext(options, io);
    const { t } = ctx;
    // The server's terminal shows everything said: it is the data this mode exists for.
    const room = new ChatRoom((line) => ctx.say(printableText(chatText(line, t))));
    return await runStreamServer(options, ctx, io, {
      concurrency: "concurrent",
      intro: t("chat.serving"),
      handle: (stream) => chatSession(stream, room, options, ctx),
      // Everyone hears the server is stopping; one that does not read is not waited on long.
      stopping: async () => {
        const told = new AbortController();
        await Promise.race([room.closing(), sleep(FAREWELL_MS, told.signal)]);
        told.abort();
      },
    });
  },
});

/** A room's line as it is written: `[nick] text`, or `* notice` in the server's language. */
function chatText(line: ChatLine, t: Translate): string {
  if (line.kind === "said") return `[${line.from}] ${line.text}`;
  return `* ${saidText(line.said, t)}`;
}

/** What one member's session does for each command. */
interface Commands {
  readonly room: ChatRoom;
  readonly member: Member;
  readonly argument: string;
  tell(line: ChatLine): void;
}

/** Each command's handler; true when the member leaves. */
const COMMAND_HANDLERS = {
  who: ({ room, tell }) => {
    tell(notice("chat.who", { count: room.nicks.length, nicks: room.nicks.join(", ") }));
    return false;
  },
  nick: ({ room, member, argument, tell }) => {
    // Refused, the member keeps their nickname: the notice says so, and that only another /nick
    // changes it (their next line goes to everyone).
    const problem = nickProblem(argument, member.nick);
    if (problem) tell(problem);
    else {
      const renamed = room.rename(member, argument);
      if (renamed === "taken") tell(nickTaken(argument, member.nick));
      // No change, nothing for the others: only the member hears it is already theirs.
      else if (renamed === "same") tell(notice("chat.sameNick", { nick: member.nick }));
    }
    return false;
  },
  quit: ({ tell }) => {
    tell(notice("chat.bye"));
    return true;
  },
  help: ({ tell }) => {
    tell(notice("chat.help"));
    return false;
  },
} as const satisfies Record<ChatCommand, (session: Commands) => boolean>;

/** One client's time in the chat: choosing a nickname, then talking until it leaves. */
async function chatSession(
  stream: Stream,
  room: ChatRoom,
  options: { messageLimit: number; queueLimit: number },
  ctx: ModeContext,
): Promise<void> {
  const { t } = ctx;
  let member: Member | undefined;
  const outbox = new Outbox(stream, options.queueLimit, (waiting) => {
    if (member) room.leave(member, { waiting });
    else {
      ctx.warn(
        t("stream.clientFailed", { peer: stream.peer, error: t("chat.tooSlow", { waiting }) }),
      );
    }
    stream.close();
  }, () => stream.close());
  const tell = (line: ChatLine) => outbox.send(chatText(line, t));
  const reader = new DelimitedReader(stream, NEWLINE, {
    maxMessage: options.messageLimit,
    clock: stream,
  });
  const decoder = new TextDecoder();
  /** The next line as it came, without its line ending: checked or made safe where it is used. */
  const nextLine = async () => {
    const message = await reader.next();
    return message ? decoder.decode(message.bytes).replace(/\r?\n$/, "") : null;
  };
  try {
    tell(notice("chat.welcome"));
    while (!member) {
      const line = await nextLine();
      if (line === null) return;
      const nick = line.trim();
      const problem = nickProblem(nick);
      if (problem) tell(problem);
      else if (room.has(nick)) tell(nickTaken(nick));
      else member = { nick, peer: stream.peer, tell, flush: () => outbox.flush() };
    }
    const others = room.nicks;
    tell(notice("chat.hello", {
      nick: member.nick,
      online: others.length > 0 ? others.join(", ") : t("chat.nobody"),
    }));
    room.join(member);
    for (let line = await nextLine(); line !== null; line = await nextLine()) {
      const typed = readTyped(line);
      if (typed.kind === "say") {
        // Escaped before anyone sees it: a CR could forge a notice, an ESC drive a terminal.
        if (typed.text.trim() !== "") room.say(member, safeText(typed.text));
      } else if (typed.kind === "unknown") {
        tell(notice("chat.unknownCommand", { command: safeText(typed.word) }));
      } else if (
        COMMAND_HANDLERS[typed.command]({ room, member, argument: typed.argument, tell })
      ) {
        return;
      }
    }
  } catch (error) {
    if (!(error instanceof MessageTooLong)) throw error;
    tell(notice("chat.tooLong", { limit: options.messageLimit }));
  } finally {
    if (member) room.leave(member);
    // Let a goodbye reach the client, but never wait long on one that does not read.
    const flushed = new AbortController();
    await Promise.race([outbox.flush(), sleep(FAREWELL_MS, flushed.signal)]);
    flushed.abort();
  }
}
