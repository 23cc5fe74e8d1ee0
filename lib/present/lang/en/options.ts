/** The options every mode has, and those several modes share. */
export const options = {
  "help.option.host":
    "address to listen on or connect to; servers stay on loopback unless given 0.0.0.0 or ::",
  "help.option.port": "port number, 1–65535",
  "help.option.unix":
    "listen or connect on this Unix domain socket file instead of TCP (not on Windows)",
  "help.option.lang": "language of the messages (default: from LC_ALL, LC_MESSAGES or LANG)",
  "help.option.trace":
    "print every socket event on stderr: listen, accept, connect, each read and write with its bytes, half-close, close, timeout",
  "help.option.hex": "with --trace, also a hex dump of every payload",
  "help.option.timeout":
    "give up on a connect or a read after this many seconds, like Python's settimeout (default: wait forever)",
  "help.option.quiet": "print only errors and the data itself",
  "help.option.debug": "show the stack trace of unexpected errors",
  "help.option.allow":
    "only these addresses or CIDR ranges may connect, e.g. 127.0.0.1,192.168.1.0/24,fd00::/8",
  "help.option.deny": "these addresses or CIDR ranges may not connect (they are logged)",
  "help.option.maxConnections":
    "clients served at once; one more is told the server is full and closed",
  "help.option.idleTimeout": "close a client silent for this long, telling it why (default: never)",
  "help.option.stallTimeout":
    "close a client that leaves what it is sent unread for this long, instead of waiting on it",
  "help.option.maxLine":
    "the longest request line; a longer one gets ERR too-long and the connection is closed",
  "help.option.request": "send this request instead of reading them from standard input",
} as const;
