/** The chat: chat-server and chat-client (and the heading of the applications' group). */
export const chatTexts = {
  "help.group.apps": "Applications over sockets: chat, file transfer, a browser's request",
  // The chat.
  "chat.serving":
    "Chat: a client's first line is its nickname; every line after it goes to everyone else",
  "chat.welcome": "Welcome to the socklab chat. Your nickname?",
  "chat.badNick":
    "a nickname is 1 to {max} characters: no spaces or invisible characters, no Latin mixed with Cyrillic or Greek, not starting with /, * or [; try another:",
  "chat.nickTaken": "'{nick}' is taken; choose another:",
  "chat.badNewNick":
    "a nickname is 1 to {max} characters: no spaces or invisible characters, no Latin mixed with Cyrillic or Greek, not starting with /, * or [; you are still {nick}: to change it, use /nick OTHER",
  "chat.newNickTaken": "'{nick}' is taken; you are still {old}: to change it, use /nick OTHER",
  "chat.hello": "Hello, {nick}! Here now: {online}. /help lists the commands",
  "chat.nobody": "nobody else",
  "chat.joined": "{nick} joined",
  "chat.left": "{nick} left",
  "chat.stopping": "the server is stopping; goodbye",
  "chat.dropped": "{nick} was disconnected: too slow: {waiting} bytes waiting that it did not read",
  "chat.tooSlow": "too slow: {waiting} bytes waiting that it did not read",
  "chat.renamed": "{old} is now {nick}",
  "chat.sameNick": "you are already {nick}",
  "chat.who": "Here ({count}): {nicks}",
  "chat.help": "Commands: /who (who is here), /nick NEW (change nickname), /quit (leave), /help",
  "chat.unknownCommand": "unknown command {command}; /help lists them",
  "chat.bye": "Bye!",
  "chat.tooLong": "the line is longer than {limit} bytes (--message-limit); disconnecting",
  "chat.serverGone": "The server closed the connection: the chat is over",
  "help.chat-client.summary":
    "chat client: type lines for everyone, see theirs as they come; /who, /nick, /quit",
  "help.chat-client.watch":
    "Reading the keyboard and the socket at once is what a blocking program cannot do with one thread: here each is its own task.",
  "help.chat-client.nick": "send this nickname first (else the first line typed is the nickname)",
  "help.chat-server.summary":
    "chat server: nicknames, every line to everyone, /who /nick /quit; slow clients never stall it",
  "help.chat-server.protocol":
    "Lines of UTF-8 text. The server greets with a line starting with '* ' and asks for a nickname: the first line is it (another is asked for if it is taken). Then every line is sent to everyone else as [nick] text; lines starting with / are commands: /who, /nick NEW, /quit, /help. Notices from the server start with '* '. nc works as a client.",
  "help.chat-server.watch":
    "The server's terminal shows every message. A client that stops reading fills its queue (--queue-limit) and is disconnected with the reason, while everyone else goes on chatting.",
  "help.chat-server.messageLimit":
    "the longest line a client may send; a longer one disconnects it",
  "help.chat-server.queueLimit":
    "bytes that may wait for a client that does not read before it is disconnected",
} as const;
