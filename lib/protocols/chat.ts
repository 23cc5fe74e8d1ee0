/**
 * The chat room: who is in it under which nickname, and what each says to the others. Members are
 * reached through their {@linkcode Outbox}, so a slow one never holds up the room. No sockets here.
 *
 * @module
 */
import type { Translate } from "../present/catalogue.ts";
import type { Outbox } from "./outbox.ts";

export const MAX_NICK_LENGTH = 32;

/** One person in the room. */
export interface Member {
  nick: string;
  readonly outbox: Outbox;
  /** Where they connect from, for the server's log. */
  readonly peer: string;
}

/** Why a nickname cannot be used, or undefined when it can. */
export function nickProblem(nick: string, t: Translate): string | undefined {
  const length = [...nick].length;
  if (length === 0 || length > MAX_NICK_LENGTH || /\s/.test(nick) || /^[/*[]/.test(nick)) {
    return t("chat.badNick", { max: MAX_NICK_LENGTH });
  }
  return undefined;
}

/**
 * Everyone in the chat, by nickname. Every notice and message is also told to `log`, so the
 * server's terminal shows all that happens.
 */
export class ChatRoom {
  readonly #members = new Map<string, Member>();

  constructor(private readonly t: Translate, private readonly log: (line: string) => void) {}

  /** The nicknames in the room, sorted. */
  get nicks(): string[] {
    return [...this.#members.keys()].sort();
  }

  has(nick: string): boolean {
    return this.#members.has(nick);
  }

  /** Adds a member under a free nickname and tells the others. */
  join(member: Member): void {
    this.#members.set(member.nick, member);
    this.notice(this.t("chat.joined", { nick: member.nick }), member);
  }

  /** Removes a member (once) and tells the others, with the reason when there is one. */
  leave(member: Member, reason?: string): void {
    if (this.#members.get(member.nick) !== member) return;
    this.#members.delete(member.nick);
    this.notice(
      reason
        ? this.t("chat.dropped", { nick: member.nick, reason })
        : this.t("chat.left", { nick: member.nick }),
    );
  }

  /** Changes a member's nickname; false when the new one is taken. */
  rename(member: Member, nick: string): boolean {
    if (this.#members.has(nick)) return false;
    const old = member.nick;
    this.#members.delete(old);
    member.nick = nick;
    this.#members.set(nick, member);
    this.notice(this.t("chat.renamed", { old, nick }));
    return true;
  }

  /** A member's message, to everyone else, as `[nick] text`. */
  say(from: Member, text: string): void {
    const line = `[${from.nick}] ${text}`;
    this.log(line);
    for (const member of this.#members.values()) if (member !== from) member.outbox.send(line);
  }

  /** A notice (`* …`) to everyone, or everyone but `except`. */
  notice(text: string, except?: Member): void {
    const line = `* ${text}`;
    this.log(line);
    for (const member of this.#members.values()) if (member !== except) member.outbox.send(line);
  }
}
