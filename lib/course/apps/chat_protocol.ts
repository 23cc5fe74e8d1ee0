/**
 * The chat room: who is in it under which nickname, what each says to the others, and the
 * commands a member may type. Lines in, lines out: the server does the sockets, the queues and
 * the language.
 *
 * @module
 */
import type { Said } from "../../protocols/reply.ts";

export const MAX_NICK_LENGTH = 32;

/** The messages the room's notices name. */
export type ChatMessage =
  | "chat.welcome"
  | "chat.hello"
  | "chat.tooLong"
  | "chat.joined"
  | "chat.left"
  | "chat.dropped"
  | "chat.stopping"
  | "chat.renamed"
  | "chat.badNick"
  | "chat.nickTaken"
  | "chat.badNewNick"
  | "chat.newNickTaken"
  | "chat.sameNick"
  | "chat.who"
  | "chat.help"
  | "chat.bye"
  | "chat.unknownCommand";

/** What the room tells a member: a line someone said, or a notice for people (`* …`). */
export type ChatLine =
  | { readonly kind: "said"; readonly from: string; readonly text: string }
  | { readonly kind: "notice"; readonly said: Said<ChatMessage> };

/** One person in the room, and how they are told what happens in it. */
export interface Member {
  nick: string;
  /** Where they connect from, for the server's log. */
  readonly peer: string;
  tell(line: ChatLine): void;
  /** Resolves once what they were told has been sent. */
  flush?(): Promise<void>;
}

/** A notice line. */
export function notice(
  key: ChatMessage,
  values?: Readonly<Record<string, string | number>>,
): ChatLine {
  return { kind: "notice", said: values ? { key, values } : { key } };
}

/** A nickname as the room keeps it: in Unicode's compatibility form (NFKC), so `ｅｖｅ` is `eve`. */
export function normalNick(nick: string): string {
  return nick.normalize("NFKC");
}

/** What two nicknames are compared by: their normal form, case folded. `Eve` is `eve`. */
export function nickKey(nick: string): string {
  return normalNick(nick).toLowerCase();
}

/** Letters of the scripts a look-alike nickname mixes with Latin ("pаblo" with a Cyrillic а). */
const LATIN = /\p{Script=Latin}/u;
const LOOK_ALIKES = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

/**
 * Why a nickname cannot be used, as the notice that says so, or undefined when it can: 1 to 32
 * characters in its normal form, no spaces, no control or invisible (format) characters such as a
 * zero-width space, Latin not mixed with Cyrillic or Greek, and not starting with `/`, `*` or `[`
 * (commands and the server's own lines). An all-Cyrillic look-alike of a Latin name is not
 * caught: that needs a table of confusable characters.
 *
 * `current` is the nickname of a member asking to change it (`/nick`): their next line goes to
 * everyone, so the notice says they keep `current` and to try again with `/nick`. Without it (a
 * client joining), the next line is the next try, and the notice asks for it.
 */
export function nickProblem(nick: string, current?: string): ChatLine | undefined {
  const normal = normalNick(nick);
  const length = [...normal].length;
  const invisible = /[\s\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(normal);
  const mixed = LATIN.test(normal) && LOOK_ALIKES.test(normal);
  if (length === 0 || length > MAX_NICK_LENGTH || invisible || mixed || /^[/*[]/.test(normal)) {
    return current === undefined
      ? notice("chat.badNick", { max: MAX_NICK_LENGTH })
      : notice("chat.badNewNick", { max: MAX_NICK_LENGTH, nick: current });
  }
  return undefined;
}

/**
 * The notice that `nick` is taken: as {@linkcode nickProblem}'s, for a client joining, or for a
 * member (`current`) asking to change.
 */
export function nickTaken(nick: string, current?: string): ChatLine {
  return current === undefined
    ? notice("chat.nickTaken", { nick })
    : notice("chat.newNickTaken", { nick, old: current });
}

/** The commands a member may type, each a line starting with `/`. */
export type ChatCommand = "who" | "nick" | "quit" | "help";

/** The commands, as typed: the one table the server and `/help` read. */
export const CHAT_COMMANDS = {
  who: "/who",
  nick: "/nick",
  quit: "/quit",
  help: "/help",
} as const satisfies Record<ChatCommand, string>;

const COMMAND_BY_WORD: ReadonlyMap<string, ChatCommand> = new Map(
  Object.entries(CHAT_COMMANDS).map(([command, word]) => [word, command as ChatCommand]),
);

/** A line a member typed: something to say, a command, or a command the room does not know. */
export type Typed =
  | { readonly kind: "say"; readonly text: string }
  | { readonly kind: "command"; readonly command: ChatCommand; readonly argument: string }
  | { readonly kind: "unknown"; readonly word: string };

/** Reads a line a member typed. */
export function readTyped(line: string): Typed {
  if (!line.startsWith("/")) return { kind: "say", text: line };
  // The argument is all that follows the command, so `/nick a b` asks for `a b`, refused for its
  // space, not for `a` with the rest dropped.
  const [, word, argument = ""] = /^(\S+)(?:\s+([\s\S]*))?$/.exec(line.trim())!;
  const command = COMMAND_BY_WORD.get(word);
  return command ? { kind: "command", command, argument } : { kind: "unknown", word };
}

/**
 * Everyone in the chat, by nickname. Every line is also given to `log`, so the server's terminal
 * shows all that happens.
 */
export class ChatRoom {
  readonly #members = new Map<string, Member>();

  constructor(private readonly log: (line: ChatLine) => void) {}

  /** The nicknames in the room, sorted. */
  get nicks(): string[] {
    return [...this.#members.values()].map((member) => member.nick).sort();
  }

  /** Whether a nickname is taken, by any spelling that compares equal ({@linkcode nickKey}). */
  has(nick: string): boolean {
    return this.#members.has(nickKey(nick));
  }

  /** Adds a member under a free nickname and tells the others. */
  join(member: Member): void {
    member.nick = normalNick(member.nick);
    this.#members.set(nickKey(member.nick), member);
    this.#tell(notice("chat.joined", { nick: member.nick }), member);
  }

  /**
   * Removes a member (once) and tells the others; `dropped` says it was disconnected for not
   * reading, with the bytes left waiting.
   */
  leave(member: Member, dropped?: { waiting: number }): void {
    if (this.#members.get(nickKey(member.nick)) !== member) return;
    this.#members.delete(nickKey(member.nick));
    this.#tell(
      dropped
        ? notice("chat.dropped", { nick: member.nick, waiting: dropped.waiting })
        : notice("chat.left", { nick: member.nick }),
    );
  }

  /**
   * Changes a member's nickname and tells everyone: "taken" when another has it, "same" (and
   * nobody told) when it is the one they have.
   */
  rename(member: Member, nick: string): "renamed" | "taken" | "same" {
    const taken = this.#members.get(nickKey(nick));
    if (taken && taken !== member) return "taken";
    if (normalNick(nick) === member.nick) return "same";
    const old = member.nick;
    this.#members.delete(nickKey(old));
    member.nick = normalNick(nick);
    this.#members.set(nickKey(nick), member);
    this.#tell(notice("chat.renamed", { old, nick }));
    return "renamed";
  }

  /** A member's message, to everyone else, as `[nick] text`. */
  say(from: Member, text: string): void {
    this.#tell({ kind: "said", from: from.nick, text }, from);
  }

  /** Tells everyone the room is closing; resolves once each has been sent it. */
  async closing(): Promise<void> {
    this.#tell(notice("chat.stopping"));
    await Promise.all([...this.#members.values()].map((member) => member.flush?.()));
  }

  /** Tells everyone (but `except`), and the log. */
  #tell(line: ChatLine, except?: Member): void {
    this.log(line);
    for (const member of this.#members.values()) if (member !== except) member.tell(line);
  }
}
