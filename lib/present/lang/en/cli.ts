/** The command line: help screens, what option values are called, mistakes on the command line (exit 2), the options every mode has and those several share. */
export const cliTexts = {
  // Help screens and the command line itself.
  "cli.tagline": "the sockets course in one executable",
  "cli.usage": "Usage: socklab <mode> [options]   (or: socklab --mode <mode> [options])",
  "cli.firstTime": "First time? Run: socklab demo",
  "cli.moreHelp":
    "A mode's options: socklab <mode> --help   Language: --lang {langs}   Version: --version",
  "cli.modeUsage": "Usage: socklab {mode} [options]",
  "cli.optionsHeading": "Options:",
  "cli.commonHeading": "Options of every mode:",
  "cli.exampleHeadingAlone": "Try it:",
  "cli.exampleHeading": "Try it (server in one terminal, client in another):",
  "cli.watchHeading": "What to watch for:",
  "cli.protocolHeading": "Protocol:",
  "cli.default": "default: {value}",
  "cli.escapes": "escapes: {escapes}",
  "cli.repeatable": "may be given several times",
  "cli.oneOf": "one of: {choices}",
  // What option values are called in help and errors, where a language names them otherwise.
  "placeholder.key": "key",
  "placeholder.prefix": "prefix",
  "placeholder.field": "field",
  "placeholder.DIR": "DIR",
  "placeholder.EXERCISE": "EXERCISE",
  "placeholder.FILE": "FILE",
  "placeholder.KIND": "KIND",
  "placeholder.LINE": "LINE",
  "placeholder.LIST": "LIST",
  "placeholder.MODE": "MODE",
  "placeholder.NAME": "NAME",
  "placeholder.PATH": "PATH",
  "placeholder.PORT": "PORT",
  "placeholder.RATE": "RATE",
  "placeholder.HOST:PORT": "HOST:PORT",
  "placeholder.PORTS": "PORTS",
  "placeholder.SECONDS": "SECONDS",
  "placeholder.TEXT": "TEXT",
  "placeholder.WHICH": "WHICH",
  // Mistakes on the command line: each names the option and its valid form (exit 2).
  "usage.unknownMode":
    "unknown mode '{mode}'{suggestion} — the modes are listed by: socklab --help",
  "usage.didYouMean": "; did you mean {name}?",
  "usage.noMode":
    "no mode given — e.g. socklab tcp-server; the modes are listed by: socklab --help",
  "usage.modeTwice": "two different modes given, '{first}' and '{second}' — give one",
  "usage.unknownGlobalOption": "unknown option {option}{suggestion} — see: socklab --help",
  "usage.missingGlobalValue": "{option} needs a value: {form}",
  "usage.badGlobalChoice": "{option} must be one of {choices}, not '{value}'",
  "usage.unknownOption": "{mode}: unknown option {option}{suggestion} — see: socklab {mode} --help",
  "usage.missingValue": "{mode}: {option} needs a value: {form}",
  "usage.noValueExpected": "{mode}: {option} is a switch and takes no value: write just {option}",
  "usage.repeated": "{mode}: {option} is given more than once — give it once: {form}",
  "usage.unexpectedAfterDashes":
    "{mode}: unexpected argument '{argument}' — after --, every word is an argument, not an option; see: socklab {mode} --help",
  "usage.unexpectedArgument":
    "{mode}: unexpected argument '{argument}' — options start with --; see: socklab {mode} --help",
  "usage.badServerPort":
    "{mode}: {option} must be a port number from 1 to 65535 (or 0: any free port), not '{value}' — e.g. {option} 8080",
  "usage.badPort":
    "{mode}: {option} must be a port number from 1 to 65535, not '{value}' — e.g. {option} 8080",
  "usage.badInteger":
    "{mode}: {option} must be a whole number from {min} to {max}, not '{value}' — {form}",
  "usage.badRate":
    "{mode}: {option} must be bytes per second from {min} to {max}, with k or M for thousands or millions (64k, 1M), not '{value}' — {form}",
  "usage.badNumber":
    "{mode}: {option} must be a number from {min} to {max}, not '{value}' — {form}",
  "usage.badAddresses":
    "{mode}: {option} must be addresses or CIDR ranges like 192.168.1.0/24,10.0.0.5,fd00::/8, not '{value}'",
  "usage.badPorts":
    "{mode}: {option} must be ports like 8080, 8000-8010 or 22,80,443 (at most {max}), not '{value}'",
  "usage.badChoice": "{mode}: {option} must be one of {choices}, not '{value}'",
  "usage.badEscape": "{mode}: {option} has an unknown escape {sequence}; the escapes are {escapes}",
  "usage.empty": "{mode}: {option} cannot be empty — {form}",
  "usage.missingArgument": "{mode}: {what} is missing — {usage}",
  "usage.unixOnWindows":
    "{mode}: Unix sockets are not supported on Windows — use TCP: --host 127.0.0.1 --port PORT",
  "usage.requires": "{mode}: {option} only works together with {other} — e.g. {example}",
  "usage.conflicts": "{mode}: {option} and {other} cannot be used together — {why}",
  "why.unix.access": "a Unix socket's clients have no address to judge; use the file's permissions",
  "why.unix.place": "a Unix socket is a file, with no host or port",
  // The options every mode has, and those several modes share.
  "help.option.host":
    "address to listen on or connect to; servers stay on loopback unless given 0.0.0.0 or ::",
  "help.option.serverPort": "port number, 1–65535; 0: any free port, said when listening",
  "help.option.port": "port number, 1–65535",
  "help.option.unix":
    "listen or connect on this Unix domain socket file instead of TCP (not on Windows)",
  "help.option.lang": "language of the messages",
  "help.option.lang.unset":
    "the first set of SOCKLAB_LANG, LC_ALL, LC_MESSAGES, LANG; else the system's language",
  "help.option.trace":
    "print every socket event on stderr: listen, accept, connect, each read and write with its bytes, half-close, close, timeout",
  "help.option.traceFile":
    "also append every socket event to this file as JSON lines, for socklab diagram; a server and its clients may share one",
  "help.option.traceMax":
    "with --trace-file, stop writing to the file once it holds this many MiB (socklab goes on)",
  "help.option.hex": "with --trace, also a hex dump of every payload",
  "help.option.timeout":
    "give up on a connect or a read after this many seconds, like Python's settimeout",
  "help.option.timeout.unset": "wait forever",
  "help.option.quiet": "print only errors and the data itself",
  "help.option.debug": "show the stack trace of unexpected errors",
  "help.option.allow":
    "only these addresses or CIDR ranges may connect, e.g. 127.0.0.1,192.168.1.0/24,fd00::/8",
  "help.option.deny": "these addresses or CIDR ranges may not connect (they are logged)",
  "help.option.backlog":
    "listen(backlog): connections the OS queues until accept takes them; a burst of connects waits there",
  "help.option.backlog.unset": "the largest the OS allows (somaxconn on Linux)",
  "help.option.maxConnections":
    "clients served at once; one more is told the server is full and closed",
  "help.option.idleTimeout": "close a client silent for this long, telling it why",
  "help.option.idleTimeout.unset": "never",
  "help.option.stallTimeout":
    "close a client that leaves what it is sent unread for this long, instead of waiting on it",
  "help.option.requestTimeout":
    "close a client whose request (a line, an HTTP head, a file header) is not whole this long after its first byte",
  "help.option.maxLine":
    "the longest request line; a longer one gets ERR too-long and the connection is closed",
  "help.option.request": "send this request instead of reading them from standard input",
} as const;
