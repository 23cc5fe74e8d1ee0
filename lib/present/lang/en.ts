/**
 * English: every text socklab shows, by key, grouped by topic. It is the reference: every other
 * language must have each of its keys, with the same placeholders.
 */
export const en = {
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

  // The lessons `socklab --help` groups the modes under, in course order.
  "help.group.tcp": "Blocking TCP: one message, a reply, reading in chunks",
  "help.group.echo": "Echo servers: the loop that stalls, and one task per client",
  "help.group.text": "Text services: many requests per connection, many clients at once",
  "help.group.db": "A shared person database: add, change, delete, errors, locking",
  "help.group.udp": "UDP with acknowledgement, and what happens when datagrams are lost",
  "help.group.apps": "Applications over sockets: chat, file transfer, a browser's request",
  "help.group.tools": "Network tools: is anything listening? which address do classmates use?",
  "help.group.perf": "Measuring servers: requests per second, latency, throughput",
  "help.group.tour": "Every lesson at once",

  // Runtime failures (exit 1): what happened, then a hint on what to do about it.
  "error.prefix": "error",
  "error.refused":
    "connection refused: no server is listening on {address} — start the server first",
  "error.refusedTried":
    "connection refused: no server is listening on {address} (tried {tried}) — start the server first",
  "error.unixInUse": "a server is already listening on {address} — stop it or choose another path",
  "error.notASocket":
    "{address} exists and is not a socket — socklab will not delete it; choose another path",
  "error.noSocket": "no socket at {address} — start the server first, with --unix {address}",
  "error.addrInUse":
    "port {port} on {host} is already in use by another program — stop it or choose another port, e.g. --port {suggestion}",
  "error.privilegedPort":
    "permission denied for port {port}: ports below 1024 are reserved for the administrator — use one from 1024 to 65535, e.g. --port 8080",
  "error.permissionDenied":
    "the operating system denied access to {address} — check its permissions, the firewall and the address",
  "error.addrNotAvailable":
    "{host} is not an address of this machine — listen on every network with --host 0.0.0.0, or list your addresses with ip addr (ipconfig on Windows)",
  "error.invalidHost": "'{host}' is not a valid host name or IP address — e.g. --host 127.0.0.1",
  "error.hostNotFound":
    "host '{host}' not found — check the name, or use an IP address such as 127.0.0.1",
  "error.connectTimeout":
    "no answer from {address} within {seconds} s (--timeout) — the server may be overloaded, behind a firewall, or the address wrong",
  "error.readTimeout": "{address} sent nothing for {seconds} s (--timeout) — gave up waiting",
  "error.datagramTimeout":
    "no datagram arrived at {address} within {seconds} s (--timeout) — gave up waiting",
  "error.reset":
    "the connection with {address} was reset by the other side — it closed abruptly, often with data still unread",
  "error.brokenPipe":
    "{address} had already closed the connection — it stopped reading before everything was sent",
  "error.unreachable":
    "network unreachable for {address} — check the address and that this machine is connected",
  "error.missingPermission":
    "Deno did not grant the {flag} permission socklab needs — run it with deno task start, or add {flag} to deno run",
  "error.bundleNeedsFlags":
    "Deno did not grant socklab what it needs ({flags}) — run it with them, like this:",
  "error.badStore":
    "cannot use {path} as the store: {reason} — give --store a new file, or a SQLite file socklab made",
  "error.foreignStore":
    "{path} is another program's SQLite database ({what}); socklab leaves it untouched — give --store a new file, or one socklab made",
  "error.file": "{path}: {problem}",
  "file.problem.not-found": "it does not exist",
  "file.problem.permission-denied": "permission denied",
  "file.problem.already-exists": "it already exists",
  "file.problem.is-a-directory": "it is a folder, not a file",
  "file.problem.not-a-directory": "it exists and is not a folder",
  "file.problem.not-a-file": "it is not a regular file (a device or a socket?)",
  "file.problem.disk-full": "the disk is full",
  "file.problem.other": "the operating system refused it",
  "file.hint.not-found": "check the name, and that you are in the folder that holds it",
  "file.hint.permission-denied": "check who may read and write it",
  "file.hint.other": "run again with --debug for the details",
  "error.fileWithHint": "{path}: {problem} — {hint}",
  "store.problem.no-folder": "its folder does not exist",
  "store.problem.not-a-database": "it is not a SQLite database",
  "store.problem.locked": "another program is using it",
  "store.problem.foreign": "it is another program's database",
  "error.unexpected": "{message} — run again with --debug for the details",

  // What every server says about where it can be reached.
  "net.reachable": "Classmates on your network can connect to: {addresses}",
  "net.reachableNone":
    "This machine has no network address besides loopback: only programs on it can connect",
  "net.staleRemoved":
    "Removed the stale socket file {path}, left behind by a server that did not close",
  "net.reachableUnknown":
    "Could not list this machine's addresses ({reason}); find them with ip addr (ipconfig on Windows)",

  // What servers do about clients they should not, or no longer, serve.
  "guard.full": "The server is full ({max} {max|client|clients} at once); try again later",
  "guard.idle": "Closed: nothing sent or received for {seconds} s (--idle-timeout)",
  "guard.slow": "Closed: a request not finished {seconds} s after it began (--request-timeout)",
  "guard.evicted":
    "Closed: the server is full, and this connection had been silent longest, or was sending slowest",
  "guard.deniedLog": "Refused {peer}: not allowed by --allow / --deny",
  "guard.fullLog": "Turned {peer} away: {max} {max|client|clients} already (--max-connections)",
  "guard.idleLog": "Closed {peer}: silent for {seconds} s (--idle-timeout)",
  "guard.slowLog":
    "Closed {peer}: a request not finished {seconds} s after it began (--request-timeout)",
  "guard.evictedLog":
    "Closed {peer}, silent longest or sending slowest, to make room for a new client (--max-connections)",
  "guard.stalledLog":
    "Closed {peer}: it left what it was sent unread for {seconds} s (--stall-timeout)",
  "guard.outOfDescriptors":
    "Out of file descriptors on {address}: new clients wait (those connected are still served); raise the limit with ulimit -n",
  "guard.descriptorsBack": "{address} accepts clients again: file descriptors were freed",
  "guard.descriptorLimit":
    "At most {max} {max|client|clients} at once, not {asked} (--max-connections): this process may open only {free} more files (ulimit -n), and keeps {reserve} for itself",
  "guard.more": "… and {count} more like it in the last second",
  "guard.datagramDenied": "Dropped a datagram from {peer}: not allowed by --allow / --deny",
  "guard.receiveError": "The socket reported an error ({error}) and goes on receiving",

  // What every stream server and client says: listening, connecting, reading in chunks, failing, stopping.
  "stream.listening": "Server listening on {address}",
  "stream.clientFailed": "client {peer}: {error}",
  "stream.summary":
    "Server stopped. Clients served: {clients}; bytes received: {bytesIn}; bytes sent: {bytesOut}",
  "stream.connected": "Connected to {address}",
  "stream.chunk": "Data read: {bytes}",
  "stream.allData": "All data read: {bytes}",
  "stream.tooLong":
    "{peer} sent {limit} without {delimiter} (--max-message); closing the connection",

  // The TCP lessons. The Spanish texts are the course's own.
  "tcp.accepted": "Connection accepted from {peer}",
  "tcp.received": "Message received: {text}",
  "tcp.receivedNothing": "{peer} closed the connection without sending anything",
  "tcp.endedBeforeDelimiter": "{peer} closed its side before sending {delimiter}",
  "tcp.replySent": "Reply sent: {text}",
  "tcp.sent": "Message sent to the server: {text}",
  "tcp.sentInput": "Sent {bytes} of standard input to the server",
  "tcp.answer": "Server reply: {text}",
  "tcp.noAnswer": "The server closed the connection without replying",
  "lesson.tcp-message": "Blocking TCP: a client sends one message",
  "lesson.tcp-reply": "TCP: the server answers",
  "lesson.tcp-chunks": "Reading in 2-byte chunks until \\r\\n, then replying",
  "help.tcp-client.summary":
    "TCP client: connects, sends a message or standard input, prints the server's answer",
  "help.tcp-client.watch":
    "Started before the server, it fails with 'connection refused', as the course shows. After sending it half-closes (shutdown SHUT_WR): the server reads the end of the stream and can still answer. --trace shows each step.",
  "help.tcp-client.message": "what to send",
  "help.tcp-client.stdin":
    "send standard input instead, as it arrives (like nc); the answer goes to stdout untouched",
  "help.tcp-client.crlf":
    "with --stdin, end each line with CR LF (\\r\\n) as nc -C does: Enter then ends a message for tcp-server --until '\\r\\n'",
  "help.tcp-client.buffer": "recv(BYTES) for the answer",
  "why.tcp-client.stdin-message": "the client sends either a message or its standard input",
  "help.tcp-server.summary":
    "blocking TCP server: accepts one client at a time, prints what it sends, can reply",
  "help.tcp-server.watch":
    "Without --chunk a single recv(--buffer) gets whatever has arrived, so a long message can be cut. With --chunk 2 --until '\\r\\n' each 2-byte read is printed as Data read: b'Ho' until the message ends in CR LF, as in the course. Clients are served strictly one after another: while one is served, the next waits in the listen backlog. Ctrl+C prints a summary.",
  "help.tcp-server.backlog":
    "listen(backlog): connections the OS queues while a client is being served (it may round up: Linux keeps one more); small on purpose, as in the course: a second client waits there. When the queue is full, Linux refuses no one: it ignores further connects, which try again and wait (some even complete at the client before the server has room for them); Windows refuses them (connection refused); macOS, depending on its version, ignores them as Linux does or refuses them",
  "help.tcp-server.buffer": "recv(BYTES): the most one read returns",
  "help.tcp-server.chunk":
    "read in N-byte reads, printing each as Data read: b'…', until the client closes or --until",
  "help.tcp-server.until":
    "keep reading until the data ends with DELIM (e.g. '\\r\\n'), then print all of it",
  "help.tcp-server.maxMessage":
    "with --chunk or --until, close a client that sends this much without ending its message",
  "help.tcp-server.reply": "send TEXT back after the whole message",
  "help.tcp-server.once": "stop after the first client, as the course's programs do",

  // The UDP lessons. The Spanish texts are the course's own.
  "udp.listening": "Socket bound to address {host} and port number {port}; waiting for datagrams",
  "udp.dropInfo":
    "Dropping {percent}% of datagrams on purpose (--drop {drop} --seed {seed} repeats this run)",
  "udp.received": "Message received from client {peer}: {text}",
  "udp.mayBeTruncated":
    "The datagram filled the {buffer}-byte buffer and may have been cut short: raise --buffer",
  "udp.tooLongDropped":
    "A datagram longer than the {buffer}-byte buffer was dropped by the system, sender unknown: raise --buffer",
  "udp.tooLongSummary": "Datagrams longer than the {buffer}-byte buffer, dropped: {count}",
  "udp.tooLongReply": "A reply longer than {buffer} bytes was dropped by the system; still waiting",
  "udp.dropped": "Datagram from {peer} dropped on purpose (--drop): {text}",
  "udp.ackText": "Message received {text}. Thanks.",
  "udp.ackSent": "Acknowledgement sent to the client: {text}",
  "udp.summary":
    "Server stopped. Datagrams received: {datagrams} (dropped on purpose: {dropped}); acknowledgements sent: {acks}; bytes received: {bytesIn}; bytes sent: {bytesOut}",
  "udp.sending": "Sending message to the server: {text}",
  "udp.ackReceived": "Acknowledgement received from the server: {text}",
  "udp.noAck":
    "No acknowledgement from {address} (tries: {tries}, {seconds} s each) — UDP does not guarantee delivery: the datagram or its acknowledgement may have been lost, or no server is listening",
  "udp.retrying": "No acknowledgement within {seconds} s; sending again (try {attempt} of {total})",
  "udp.ackOnTry": "Acknowledged on try {attempt} of {total}",
  "udp.sentNoWait":
    "Sent without waiting for an acknowledgement (--no-wait): UDP itself never confirms delivery",
  "udp.seriesSummary": "Sent: {sent}; acknowledged: {acked}; lost: {lost} ({percent}% loss)",
  "udp.lostList": "Lost: {list}",
  "udp.roundTrip": "Round trip: min {min} ms, avg {avg} ms, max {max} ms",
  "udp.foreign": "Ignored a datagram from {peer}, which is not the server",
  "lesson.udp-ack": "UDP: a datagram and its acknowledgement",
  "lesson.udp-loss": "UDP does not guarantee delivery: the server drops 30% on purpose",
  "help.udp-client.summary":
    "UDP client: sends a datagram, waits for the acknowledgement; retries, or a series that counts losses",
  "help.udp-client.watch":
    "Sending always 'works', even with no server: UDP has no connection to refuse. Only the missing acknowledgement tells, after --timeout. With --count the numbered messages show exactly which ones were lost. Exit code: 1 when no acknowledgement came at all (one message, after its retries, or a whole series); a series with some losses exits 0, as losing datagrams is what UDP does.",
  "help.udp-client.message": "what to send",
  "help.udp-client.retries": "resend up to N times when no acknowledgement comes within --timeout",
  "help.udp-client.noWait": "only send; do not wait for an acknowledgement",
  "help.udp-client.count":
    "send N numbered messages (TEXT #1, TEXT #2…) and report how many were acknowledged and lost",
  "help.udp-client.interval": "with --count, milliseconds between messages",
  "why.udp-client.retries-noWait": "without waiting there is no silence to retry on",
  "why.udp-client.retries-count":
    "--retries resends one message; a series counts its losses instead",
  "help.udp-server.summary":
    "UDP server: prints each datagram and its sender, acknowledges it; can drop some on purpose",
  "help.udp-server.watch":
    "There is no connection and no accept: datagrams from any client arrive at one socket, each with its sender's address. With --drop 0.3 about a third are lost on purpose: the client only notices because no acknowledgement comes back.",
  "help.udp-server.buffer": "recvfrom(BYTES): a longer datagram is cut to this size",
  "help.udp-server.echo":
    "send each datagram back unchanged instead of an acknowledgement (what bench --protocol udp expects)",
  "help.udp-server.noAck": "do not acknowledge datagrams",
  "help.udp-server.drop":
    "drop this share of datagrams on purpose (0 to 1), to show that UDP can lose messages",
  "help.udp-server.seed":
    "where --drop's random choices start: the same --seed drops the same datagrams",
  "help.udp-server.once": "stop after the first datagram that is not dropped",
  "why.udp-server.echo-noAck": "an echo is a reply",

  // The echo lessons. The course's own lines are kept.
  "echo.concurrent": "Concurrent echo: every client is served at once, one task per connection",
  "echo.blocking":
    "Blocking echo, the course's loop: each client in turn is read until {delimiter} before the next is accepted",
  "echo.ready": "Ready to receive messages!",
  "echo.connecting": "Client connecting from {peer}",
  "echo.connected": "Client connected: {peer} (active clients: {active})",
  "echo.disconnected": "Client gone: {peer} (active clients: {active})",
  "echo.echoed": "Echo to {peer}: {bytes}",
  "echo.leftLoop": "{peer} closed the connection and leaves the list",
  "echo.reply": "Echo in {ms} ms: {text}",
  "echo.mismatch": "The echo differs from what was sent: sent {sent}, received {received}",
  "echo.closedEarly": "The server closed the connection before echoing everything it was sent",
  "echo.noEcho":
    "No echo after {seconds} s. echo-server --blocking echoes a message only once its end, \\r\\n, arrives, and this one has none: try --message {message}",
  "echo.noEchoUntil":
    "No echo after {seconds} s. echo-server --blocking echoes a message only once its end, \\r\\n, arrives, and --until {until} ends lines with another: without --until, each line ends in \\r\\n",
  "echo.roundTrips":
    "Round trip over {count} {count|message|messages}: min {min} ms, median {median} ms, max {max} ms",
  "echo.stalled": "No echo after {ms} ms: the server is busy with another client",
  "echo.stallExpected":
    "the blocking server should have kept client 2 waiting, and then answered it",
  "echo.noStallExpected": "the concurrent server should have answered client 2 at once",
  "help.echo-client.summary":
    "echo client: sends messages or lines, prints each echo with its round-trip time",
  "help.echo-client.watch":
    "Against echo-server --blocking, a second client waits for its echo while the first is connected and silent; --timeout turns that wait into an error you can see.",
  "help.echo-client.message": "a message to send",
  "help.echo-client.stdin":
    "send each line of standard input instead, ended with --until (default '\\r\\n', as in the course)",
  "help.echo-client.count":
    "send the messages N times, then print min, median and max round-trip times",
  "help.echo-client.until":
    "an echo is complete when it ends in DELIM (as echo-server --until frames it); without it, when as many bytes as were sent are back",
  "why.echo-client.stdin-message":
    "the client sends either its messages or the lines of its standard input",
  "why.echo-client.count-stdin": "standard input can be read only once",
  "help.echo-server.summary":
    "echo server: concurrent (one task per client), or --blocking, the course's loop that stalls",
  "help.echo-server.watch":
    "With --blocking, open two more terminals and run socklab echo-client --stdin in each. Each turn of the loop waits in accept() for one new client, then reads every client so far in turn, one line each. Type a line in the first: it gets its echo. Type one in the second: it waits, because the loop is reading the first client again; when the first types another line (or leaves: Ctrl+D or Ctrl+C), the first's line and then the second's come back. Then the loop is back in accept(): the next line from either client is echoed only when a third client connects. With nc instead, start the server with --until '\\n' and run nc 127.0.0.1 8000 without piping into it (a pipe ends the input, and nc's half-close lets the loop move on). Without --blocking every line is answered at once.",
  "help.echo-server.blocking":
    "the course's loop: accept one client, then read every client so far until \\r\\n in turn, echoing each, before accepting the next",
  "help.echo-server.chunk": "with --blocking, the size of each recv",
  "help.echo-server.chunk.unset": "2, as in the course",
  "help.echo-server.until":
    "echo whole messages ending in DELIM instead of bytes as they arrive (with --blocking: default '\\r\\n')",
  "help.echo-server.maxMessage": "close a client that sends this much without ending its message",
  "lesson.echo-stall":
    "The echo that stalls and the one that does not: the course's loop vs one task per client",

  // The text service and line protocols in general.
  "line.errTooLong": "the line is longer than {limit}; closing the connection",
  "line.errBadUtf8": "the line is not valid UTF-8",
  "text.errEmpty": "nothing to transform: write VERB text, e.g. UPPER hola",
  "text.errUnknownVerb": "unknown verb '{verb}'; the verbs are {verbs}",
  "text.help": "one request per line, VERB text; the verbs are {verbs}",
  "text.bye": "bye",
  "text.verb.upper": "the text in upper case, by Unicode's rules (ß becomes SS)",
  "text.verb.lower": "the text in lower case",
  "text.verb.reverse": "the text reversed by characters as a reader sees them (👍🏽 stays whole)",
  "text.verb.help": "the verbs",
  "text.verb.quit": "the server says goodbye and closes the connection",
  "text.protocol":
    "Text service: one request per line, VERB text; replies OK result or ERR code message",
  "text.raw":
    "Raw {operation} service, as in the course's first text service: every chunk received is sent back transformed",
  "text.request": "{peer} {verb} → {reply}",
  "text.badRequest": "{peer} {bytes} → {reply}",
  "text.rawChunk": "{peer} {operation} '{request}' → '{reply}'",
  "text.rawOtherOperation":
    "that is not what --raw {operation} makes, but what --raw {other} does: the server runs text-server --raw {other}; ask with --raw {other}, or start it with --raw {operation}",
  "text.rawUnexpected":
    "that is not what --raw {operation} makes: is the server a text-server --raw {operation}?",
  "text.rawAnswer.upper": "According to the server, '{request}' in upper case is '{reply}'.",
  "text.rawAnswer.lower": "According to the server, '{request}' in lower case is '{reply}'.",
  "text.rawAnswer.reverse": "According to the server, '{request}' reversed is '{reply}'.",
  "text.closed": "The server closed the connection",
  "text.escapesDropped":
    "Arrow keys neither edit the line nor recall earlier requests: their escape sequences are removed, not sent",
  "lesson.text-raw": "A server that upper-cases what it receives",
  "lesson.text-service": "Several requests on one connection, three services",
  "help.text-client.summary":
    "text service client: type requests (MAYUS hola…) and see the answers, or --raw: one message, one answer",
  "help.text-client.watch":
    "Many requests travel over one connection; the server answers each in turn. End the session with QUIT or Ctrl+D.",
  "help.text-client.raw":
    "talk to text-server --raw OP: send --message once, read the answer once, as the course's client does",
  "help.text-client.message": "with --raw, what to send",
  "why.text-client.raw-request": "the raw service takes one message, not requests",
  "help.text-server.summary":
    "text service: UPPER, LOWER, REVERSE, many requests per connection, every client at once",
  "help.text-server.protocol":
    "One request per line (\\n or \\r\\n), in UTF-8: VERB text. One reply line per request, in order: OK result, or ERR code words. The verbs, in any case:",
  "help.text-server.errors":
    "Error codes: unknown-verb, empty, too-long (a line over --max-line; the connection is closed) and bad-utf8 (the connection stays usable). Several requests in one packet, or one request split over several, are both fine.",
  "help.text-server.watch":
    "Each client has its own task: several text-clients can type at once and each gets its own answers. With --raw there are no lines: whatever one recv gets is transformed and sent back, which is all the course's one-shot Python client needs.",
  "help.text-server.raw": "no lines: transform every chunk received and send it back",
  "why.text-server.maxLine-raw": "the raw service has no lines",

  // The shared person database and its race lesson.
  "db.errUnknownVerb": "unknown verb '{verb}'; the verbs are {verbs}",
  "db.errNoVerb": "the line has no verb; the verbs are {verbs}",
  "db.help": "one request per line; keys have no spaces, values are JSON objects; {verbs}",
  "db.verb.add": "adds a person under a new key (ERR exists if it is taken)",
  "db.verb.get": "the person stored under the key",
  "db.verb.update": "merges the fields given into the person, and returns it",
  "db.verb.del": "deletes the person",
  "db.verb.list":
    "the keys, sorted, as a JSON array; only those starting with the prefix if one is given",
  "db.verb.incr":
    "adds n to a numeric field (a missing one counts as 0), and returns the new value",
  "db.verb.help": "the verbs",
  "db.verb.quit": "the server says goodbye and closes the connection",
  "db.errExists": "there is already a record with key '{key}'; change it with UPDATE",
  "db.errNotFound": "there is no record with key '{key}'",
  "db.errBadRequest": "the form is: {usage}",
  "db.errBadKey": "a key is 1 to {max} characters with no spaces",
  "db.errBadJson": 'the value is not valid JSON, e.g. {"name": "Ana", "age": 30}',
  "db.errNotAnObject": 'the value must be a JSON object, between braces: {"age": 30}',
  "db.errNumberChanged":
    "{number} in '{field}' would be stored as {stored}: a number here is a 64-bit double (integers exact up to 2^53); to keep it as written, send it as text, in quotes",
  "db.errLoneSurrogate":
    "'{field}' has {unit}, half of a UTF-16 surrogate pair without its other half: that is not Unicode text and cannot be stored",
  "db.errNotANumber": "the field '{field}' does not hold a number (or the sum is out of range)",
  "db.errTooLarge":
    "the record would be longer than {max} bytes, what one request can carry; it is left as it was",
  "db.errListTooLarge":
    "the list would be longer than {max} bytes; ask for fewer keys with a prefix: LIST prefix",
  "db.serving":
    "Person database, {locking} locking, {latency} ms of storage latency, records {where}",
  "db.inMemory": "in memory",
  "db.inFile": "in {path}",
  "db.request": "{peer} {request} → {outcome}",
  "db.race.plan":
    "{clients} {clients|client|clients} × {ops} INCR on {keys}: {expected} {expected|increment|increments} expected per run",
  "db.race.sharedKey": "one shared record",
  "db.race.distinctKeys": "one record per client",
  "db.race.columns": "locking|expected|actual|lost|time",
  "db.race.lost":
    "{locking}: updates were lost: without locks, two clients read the same value and both write it back plus one",
  "db.race.noneLucky":
    "{locking}: no update was lost this time; raise --latency to widen the gap between read and write",
  "db.race.noneDistinct": "{locking}: nothing lost, since no two clients touch the same record",
  "db.race.exact": "{locking}: no update lost",
  "db.race.broken":
    "{locking}: {lost} {lost|update|updates} lost even with locks — the server's locking is broken",
  "db.race.unknownLocking": "unknown",
  "db.race.externalLost":
    "{lost} of {expected} {expected|update|updates} {lost|was|were} lost: this server does not lock between reading a balance and writing it back",
  "db.race.externalExact":
    "no update lost: the server locks, or its clients never overlapped (a storage latency, --latency on the server, widens the gap)",
  "db.race.failed": "the race could not run: {reply}",
  "help.db-client.summary":
    "person database client: type ALTA, CONSULTA, MODIFICA, BAJA… and see each reply, JSON pretty-printed",
  "help.db-client.watch":
    "Deleting a record that does not exist is an error the server answers (ERR not-found), not a crash. Run two clients and change the same record from both.",
  "help.db-race.summary":
    "the locking lesson: many clients INCR at once; expected vs actual total and time, per locking",
  "help.db-race.watch":
    "Without --port (or --unix) it starts its own db-server for each locking in turn, with --latency between each read and write. With none, two clients read the same balance and both write it plus one: updates are lost. global and record lose nothing; with --keys distinct, record runs the clients in parallel while global still queues them.",
  "help.db-race.port": "race against the db-server on this port",
  "help.db-race.port.unset": "start one in-process per locking",
  "help.db-race.clients": "connections at once",
  "help.db-race.ops": "INCRs each client sends",
  "help.db-race.keys": "shared: every client on one record; distinct: one record per client",
  "help.db-race.locking": "only this locking for the in-process server",
  "help.db-race.locking.unset": "none, global and record in turn",
  "help.db-race.latency": "the in-process server's storage latency between each read and write",
  "why.db-race.running": "a server that is already running has its own locking and latency",
  "help.db-server.summary":
    "shared person database: add, look up, change, delete; locking none, global or per record",
  "help.db-server.protocol":
    'One request per line, one reply line each: OK [result] or ERR code words. Keys: 1 to 128 characters, no spaces. Values: JSON objects, e.g. {"name": "Ana", "age": 30, "saldo": 100}. The verbs, in any case:',
  "help.db-server.watch":
    "Every operation reads, waits --latency ms as a slow disk would, then writes. With --locking none, two clients that INCR the same record at once both read the old value, and one update is lost (socklab db-race shows how many). global makes everyone wait their turn; record makes only those on the same record wait, as a bank does.",
  "help.db-server.locking":
    "none: read, wait, write with no lock (updates get lost); global: one operation at a time; record: one lock per key",
  "help.db-server.latency":
    "simulated storage latency of each operation, between its read and its write",
  "help.db-server.store":
    "keep the records in this SQLite file (made if missing): every write acknowledged is on disk",
  "help.db-server.store.unset": "in memory, as in the course",
  "lesson.db-crud": "A shared person database: add, look up, change, delete, and an error handled",
  "lesson.db-race": "Ten clients add to one balance at once: what locking is for",
  "help.db-server.errors":
    "Error codes: exists, not-found, bad-request, bad-key, bad-json, not-an-object, bad-value, not-a-number, unknown-verb, too-long, bad-utf8; after any of them the connection stays usable (but too-long, which closes it).",

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

  // File transfer: what each side says, and the reasons a file is refused.
  "file.serving": "Receiving files into {dir} (at most {max} each{overwrite})",
  "file.overwriting": ", overwriting",
  "file.madeDir": "Made the folder {dir} to receive into",
  "file.removedParts":
    "Removed {count} unfinished {count|file|files} left in {dir} by a receiver that did not end (.socklab-*.part)",
  "file.incoming": "{peer} sends {name} ({size})",
  "file.saved": "Saved {path} ({size}): size and SHA-256 match",
  "file.cutOff": "A file from {peer} was cut off: {reason}",
  "file.refused": "Refused a file from {peer}: {reason}",
  "file.errBadHeader": 'the header is not {"name", "size", "sha256"} JSON',
  "file.errBadName": "'{name}' leaves no usable file name",
  "file.errTooLarge": "{size} is more than the {max} allowed (--max-size)",
  "file.errExists": "{name} already exists; the receiver needs --overwrite to replace it",
  "file.errIncomplete": "the connection ended after {received} of {size}; nothing was kept",
  "file.errCorrupt": "the SHA-256 of what arrived does not match the sender's; nothing was kept",
  "file.errDisk": "could not write the file: {reason}",
  "file.errInFlight": "{name} is being received from another sender right now",
  "file.errPartName":
    "'{name}' is how socklab names the files it is still receiving; send it under another name",
  "file.errTooSlow":
    "the file came slower than {rate}/s for {seconds} s, and was cut; nothing was kept",
  "file.sending": "Sending {name} ({size}, SHA-256 {sha256})",
  "file.accepted": "The receiver saved {name}: size and SHA-256 match",
  "file.rejected": "The receiver did not keep the file: {reply}",
  "help.file-receive.summary":
    "receives files: size and SHA-256 checked before a file takes its name; safe names only",
  "help.file-receive.protocol":
    'The sender sends one JSON line, {"name": …, "size": …, "sha256": …}; the receiver answers GO, or ERR code message (too-large, exists, bad-name, bad-header). Then come exactly size bytes; the receiver answers OK name once size and SHA-256 match, or ERR incomplete / corrupt / disk.',
  "help.file-receive.watch":
    "The bytes go to a hidden temporary file; only when all have arrived and their SHA-256 matches is it renamed to its name. Cut the connection halfway: no file appears. Send ../../etc/passwd: it is stored as passwd, inside --dir.",
  "help.file-receive.dir": "where received files go",
  "help.file-receive.overwrite": "replace a file that already exists (else it is refused)",
  "help.file-receive.maxSize": "refuse larger files, before any byte is written",
  "help.file-receive.once": "stop after the first file",
  "help.file-send.summary":
    "sends a file to file-receive with its size and SHA-256; exits 1 unless it was kept whole",
  "help.file-send.watch":
    "TCP delivers the bytes reliably and in order; the SHA-256 proves it end to end. The file is read twice (to hash it, then to send it), never whole into memory.",
  "help.file-send.path": "the file to send",

  // The HTTP mirror: HTTP is text over a TCP connection.
  "http.serving":
    "HTTP mirror: every request is answered with exactly what arrived over its connection (no files are served)",
  "http.request": "{peer} {method} {target} → {status} ({type}, {bytes})",
  "http.refused": "{peer} → {status}: {reason}",
  "http.title": "What arrived over the socket",
  "http.from":
    "A TCP connection from {peer} to {local} carried these {bytes}. HTTP is just this text: a request line, headers, a blank line. Each line ends in \\r\\n.",
  "http.bodyNotShown": "(and a body of {bytes}, too long to show)",
  "http.tooLong": "the request head is longer than {limit} bytes",
  "http.notHttp": "this is not an HTTP request: the first line must look like GET / HTTP/1.1",
  "help.http-server.summary":
    "HTTP mirror: a browser or curl gets back exactly the bytes its request sent (serves no files)",
  "help.http-server.watch":
    "Open http://127.0.0.1:8000/hola in a browser, then run curl http://127.0.0.1:8000/hola: the browser sends many more headers. A browser gets an HTML page, curl plain text, by the Accept header.",
  "help.http-server.maxHead":
    "the largest request head accepted; a larger one gets 431 and the connection is closed",

  // The network tools: probe and interfaces.
  "probe.open": "open",
  "probe.closed": "closed",
  "probe.silent": "no answer",
  "probe.closedRange": "{from}–{to}  {state} ({count} {count|port|ports})",
  "probe.line": "{address}  {state}  {ms} ms",
  "probe.failed": "{address}  {error}",
  "probe.summary":
    "open: {open}, closed: {closed}, without answer: {silent} (waited up to {seconds} s each)",
  "interfaces.heading": "This machine's network interfaces:",
  "interfaces.loopback": "loopback: only this machine",
  "interfaces.linkLocal": "link-local: only the same cable or wifi, with a zone",
  "interfaces.use": "A classmate on your network would connect to: {address} ({name})",
  "interfaces.none":
    "No address besides loopback: this machine is not on a network other machines can reach",
  "interfaces.firewall":
    "Remember: the server must listen on 0.0.0.0 (--host 0.0.0.0), not 127.0.0.1, and this machine's firewall must let port {port} in (Windows: Windows Defender Firewall › Allow an app; macOS: System Settings › Network › Firewall; Linux: sudo ufw allow {port}/tcp).",
  "help.interfaces.summary":
    "this machine's addresses, which one a classmate would use, and the firewall reminder",
  "help.interfaces.watch":
    "127.0.0.1 only reaches this machine; classmates need the address of your wifi or cable interface, a server listening on 0.0.0.0, and the port open in your firewall.",
  "help.probe.summary":
    "is anything listening? TCP connect to each port: open, closed or no answer, with times",
  "help.probe.watch":
    "Closed means the machine answered 'nobody here' at once (connection refused); no answer usually means a firewall dropped the attempt, or the host is not there. Compare with netstat -at on the server.",
  "help.probe.ports": "the ports to try: 8080, 8000-8010, 22,80,443 (at most 1024)",
  "help.probe.concurrency": "connects in flight at once",

  // `socklab bench`: load a server and measure it.
  "bench.plan":
    "bench {protocol} → {target}: {connections} {connections|connection|connections} × {size} B requests, pipeline {pipeline}, {length}",
  "bench.forSeconds": "{seconds} s",
  "bench.forRequests": "{requests} {requests|request|requests}",
  "bench.warmup": " after {seconds} s of warm-up",
  "bench.totals":
    "requests: {requests} in {seconds} s = {rate} requests/s; errors: {errors}; {bytes} in and out",
  "bench.latency":
    "latency (ms): p50 {p50}  p90 {p90}  p99 {p99}  p99.9 {p999}  max {max}  mean {mean}",
  "bench.progress": "{seconds} s  {requests} {requests|request|requests}  {rate}/s",
  "bench.throughputPlan": "bench throughput → {target}: one connection, 64 KiB writes, {seconds} s",
  "bench.throughput": "echoed {bytes} in {seconds} s = {rate}",
  "bench.nothing": "no request was answered: is a {protocol} server listening on {target}?",
  "bench.setupFailed": "could not prepare the record to GET: {reply}",
  "bench.partial": "partial results: the run was interrupted before the end",
  "help.bench.summary":
    "loads a running server: requests/s, errors, latency percentiles and histogram; or bulk MB/s",
  "help.bench.watch":
    "Compare echo-server with and without --blocking, or db-server with each --locking, under the same load. --pipeline sends several requests before waiting: watch requests/s rise while each one's latency grows.",
  "help.bench.protocol":
    "what each connection repeats: raw bytes (echo), UPPER … (text), GET key (db), a datagram (udp-server --echo)",
  "help.bench.port": "the server's port",
  "help.bench.port.unset": "the port of that protocol's socklab server",
  "help.bench.connections": "connections (or UDP sockets) at once",
  "help.bench.duration": "how long to measure",
  "help.bench.requests": "measure this many requests instead of a duration",
  "help.bench.size": "bytes in each request",
  "help.bench.pipeline": "requests in flight per connection",
  "help.bench.warmup": "load without measuring first, for this long",
  "help.bench.throughput":
    "stream bulk data through an echo server on one connection and report MB/s",
  "help.bench.json": "print one JSON object with the results instead",
  "why.bench.requests-duration": "a run is measured either by time or by count",
  "why.bench.unix-protocol": "UDP has no Unix stream socket",

  // The demo: every lesson run side by side in one process.
  "demo.title": "socklab demo: every lesson, server and client side by side on {host}",
  "demo.lesson": "Lesson {number}: {title}",
  "demo.server": "server",
  "demo.client": "client",
  "demo.client1": "client 1",
  "demo.client2": "client 2",
  "demo.client3": "client 3",
  "demo.httpFetch": "here socklab makes this request itself (fetch), as curl would",
  "demo.unexpected": "{role} did not see what it should: {what}",
  "demo.pass": "PASS {title}",
  "demo.fail": "FAIL {title}: {reason}",
  "demo.interrupted": "Interrupted (Ctrl+C) during '{title}': the lessons after it did not run",
  "demo.interruptedLast": "Interrupted (Ctrl+C) during '{title}'",
  "why.demo.traceFile-diagrams": "--diagrams keeps each lesson's trace file beside its drawing",
  "demo.summary": "{passed} of {total} {total|lesson|lessons} passed",
  "demo.noSuchLesson": "demo: no lesson named '{name}' — the lessons are: {names}",
  "demo.missingLine": "{role} never printed: {line}",
  "demo.exitCode": "the {role} ended with exit code {code} instead of {expected}",
  "demo.serverStuck": "the server did not finish within {seconds} s",
  "lesson.chat": "Three people chat",
  "lesson.file": "Sending a file, checked end to end with SHA-256",
  "lesson.http": "A web request is text over a socket",
  "help.demo.summary":
    "runs every lesson, server and client side by side, with PASS/FAIL per lesson — start here",
  "help.demo.watch":
    "Each line says who printed it. The commands above each lesson are what you would type in two terminals to do the same by hand.",
  "help.demo.port":
    "run every lesson's server on this port, to watch the traffic in Wireshark (filter tcp.port == PORT or udp.port == PORT)",
  "help.demo.port.unset": "a free port for each lesson",
  "help.demo.timeout": "how long one lesson may take before it fails",
  "help.demo.diagrams":
    "also write each lesson's socket events (.jsonl) and its sequence diagram (.svg) into this folder",
  "help.demo.lesson": "run only this lesson",

  // socklab check: a student's server, graded stage by stage.
  "check.heading": "socklab check {exercise} → {target}: {title}",
  "check.summary.stages": "{passed} of {stages} {stages|stage|stages} passed",
  "check.summary.skipped": "{count} skipped",
  "check.summary.optional": "optional ones not passed: {count}",
  "check.summary.points": "{points} of {total} {total|point|points}",
  "check.optional":
    "optional: this stage is worth no points, and its failure does not fail the check",
  "check.skipped": "skipped",
  "check.note": "note: {note}",
  "check.note.backlog":
    "{waited} of {of} {of|connection|connections} waited a second or more to be accepted, or {waited|was|were} refused: the listen backlog was full. listen(1) keeps one client waiting; a larger backlog, e.g. listen(64), lets a crowd wait until accept takes them",
  "check.note.line":
    "your server reads lines: a request got no reply until it ended in \\n, so from then on requests were sent with \\n",
  "check.note.stranger":
    "{count} {count|datagram|datagrams} from {from}, not the server's address, {count|was|were} ignored: only the server may acknowledge",
  "check.note.port":
    "the reply came from {from}, not from port {port} the request went to: a client that reads with recvfrom (as the course's does) takes it, but one that connect()s its socket to the server never sees it; reply with sendto from the socket the request came in on",
  "run.interrupted": "Interrupted (Ctrl+C)",
  "check.interrupted": "Stopped (Ctrl+C): the stages after this one did not run",
  "check.hint": "hint: {hint}",
  "check.conversation": "the conversation so far (> sent, < received):",
  "check.linesLeftOut": "… {count} {count|line|lines} left out …",
  "check.nothing": "nothing",
  "check.event.connect": "connects",
  "check.event.end": "the server closed the connection",
  "check.event.shutdown": "half-closes (sends no more, still reads)",
  "check.event.close": "closes",
  "check.event.quiet": "{ms} ms of quiet: the reply is taken as whole",
  "check.event.retry":
    "no reply within 1 s: the request is ended with the \\n a server reading lines waits for",
  "check.expect.prefix": "a reply starting with {value}",
  "check.expect.regex": "a reply matching {value}",
  "check.expect.number": "the number {value}",
  "check.expect.any": "a reply",
  "check.expect.echo": "an unchanged echo of the {count} {count|byte|bytes} it sent",
  "check.expect.until": "{what} ending in {until}",
  "check.problem.mismatch": "expected {expected}, got {got}",
  "check.problem.echo":
    "expected {expected}; got {length} bytes, different from byte {at} on: {got}",
  "check.problem.partial": "expected {expected}, got only {got} before the stage's time ran out",
  "check.problem.ended": "expected {expected}, but the server closed the connection after {got}",
  "check.problem.endedSilent":
    "expected {expected}, but the server closed the connection without a word",
  "check.problem.nothing": "expected {expected}, and nothing came before the stage's time ran out",
  "check.problem.spoke": "the server answered before the request was whole: {got}",
  "check.problem.number":
    "the reply says {got}, not {expected}: {lost} {lost|update was|updates were} lost",
  "check.problem.no-connection":
    "the connection was not accepted in time: the server is busy with another client, or its backlog is full",
  "check.problem.not-ended":
    "the server kept the connection open after the client had stopped sending",
  "check.problem.unbound": "no socket is bound to that UDP port on this machine",
  "check.problem.stopped":
    "the server stopped accepting connections after an earlier one of this check worked: connecting is refused now",
  "check.problem.closedEarly": "the server closed the connection before the client had finished",
  "check.problem.timedOut": "the connection timed out: the other side stopped answering",
  "check.problem.unexplained": "the connection failed in a way socklab does not explain ({name})",
  "check.problem.flood":
    "the server sent more than {size} that no step took: it must send only what is asked for",
  "check.problem.timeUp.send":
    "the stage's time ran out while sending: the server did not read what it was sent",
  "check.problem.timeUp.match":
    "the stage's time ran out while the reply was matched against the script's regex (it is long)",
  "check.problem.timeUp.steps": "the stage's time ran out before its steps were done",
  "check.hint.stopped": "it exited or crashed: look at its terminal for an error",
  "check.hint.error":
    "the server closed the connection with data still unread (a reset): does it read only once, or close before the client has finished?",
  "check.hint.refused":
    "the later stages were skipped: run check again once your server listens on this host and port",
  "check.hint.partial":
    "part of the reply came and never the rest: does the reply end with the delimiter the client waits for (\\n)?",
  "check.hint.ended":
    "the server closed before answering: does it close after one request, or read only once (no loop around recv)?",
  "check.hint.nothing":
    "no answer: is the server waiting for a delimiter the request never sends, or serving another client?",
  "check.list":
    "The exercises, the port each checks unless --port P says another, and what each grades (--show NAME prints its script):",
  "check.unknownExercise":
    "unknown exercise '{name}'{suggestion} — socklab check --list shows them",
  "check.noExercise":
    "which exercise? e.g. socklab check upper --port 54321; socklab check --list shows them",
  "check.badScript": "{path}: {place}: expected {expected}",
  "check.expected.object": "an object",
  "check.expected.string": "a string",
  "check.expected.text": 'a string, or {"en": "…", "es": "…"}',
  "check.expected.list": "a list with at least one item",
  "check.expected.regex": "a valid regular expression",
  "check.expected.true": "true",
  "check.expected.boolean": "true or false",
  "check.expected.together": "a together step only among a parallel's own steps, at most once",
  "check.expected.first": "false: the first stage has no stage before it to continue",
  "check.expected.optional": "true only on a stage worth 0 points",
  "check.expected.runs":
    "steps that run at most {max} times in all, a repeat's rounds and a parallel's clients multiplying them",
  "check.expected.clients": "at most {max} parallel clients at once (nested parallels multiply)",
  "check.expected.hex": "bytes in hexadecimal, two digits each",
  "check.expected.number": "a number from {min} to {max}",
  "check.expected.choice": "one of: {choices}",
  "check.expected.one-of": "exactly one of: {choices}",
  "check.expected.list-of": "a list of: {choices}",
  "check.expected.unsupported.backreference":
    "a regular expression without backreferences ({part} in {regex}): socklab matches in time proportional to the reply, which a backreference does not allow",
  "check.expected.unsupported.lookaround":
    "a regular expression without lookarounds ({part} in {regex}): socklab matches in time proportional to the reply, which a lookaround does not allow",
  "check.expected.unsupported.modifiers":
    "a regular expression without modifiers ({part} in {regex})",
  "check.expected.unsupported.size":
    "a regular expression of at most {max} parts once its repetitions are written out ({regex} has more)",
  "check.notJson": "{path} is not valid JSON",
  "check.notJsonAt": "{path} is not valid JSON: line {line}, column {column}",
  "check.scriptTooLarge": "{path} is larger than {size}, the most a script may be",
  "why.check.one": "check takes one exercise, script, --list or --show at a time",
  "help.check.timeout": "every stage's time limit in seconds, instead of the script's own",
  "help.check.timeout.unset": "each stage's own, 5 s unless the script says",
  "check.junitWritten": "JUnit report written to {path}",
  "help.check.summary":
    "grade a server of your own, exercise by exercise: numbered stages, points, the conversation of a failure",
  "help.check.watch":
    "The server must already be running. Each stage has its own time limit; a failed stage shows what was sent (>) and received (<) and a hint when the evidence points to a mistake, and the next stage still runs (when nothing listens at all, the others are skipped). The exercises of servers that serve one client and exit grade the whole exchange on one connection. Exit code 0 when every stage passed, 1 when one failed.",
  "help.check.exercise": "the exercise to check; --list shows them",
  "help.check.exercise.unset": "none: give one, or --script",
  "help.check.script":
    "run this conversation script (JSON, see docs/check.md) instead of a built-in exercise",
  "help.check.list": "list the built-in exercises, one line each",
  "help.check.show": "print a built-in exercise's script, to copy and adapt",
  "help.check.json": "print the report as one JSON object",
  "help.check.junit": "also write the report as JUnit XML to this file, for CI and graders",
  "help.check.port": "the port the server to check listens on",
  "help.check.port.unset": "the exercise's own port, as check --list shows it",

  // --trace: what is not a socket call's own name.
  "trace.halfClose": "half-close",
  "trace.tooLong": "too-long",
  "trace.drop": "drop",
  "trace.on": "on {address}",
  "trace.from": "from {address}",
  "trace.eof": "EOF",
  "trace.notAFile":
    "--trace-file {file}: not a regular file (a FIFO, a device, a folder?); name a file, or a new one",
  "trace.fileFailed":
    "--trace-file: {reason}; no more events are written to it, and socklab goes on",
  "trace.fileFull":
    "--trace-file {file} reached --trace-max ({max}); no more events are written to it, and socklab goes on",

  // socklab diagram: the sequence diagram of a trace.
  "diagram.server": "server",
  "diagram.serverN": "server {n}",
  "diagram.client": "client {n}",
  "diagram.untraced": "not traced",
  "diagram.connect": "connect → accept",
  "diagram.accept": "accept",
  "diagram.listen": "listen",
  "diagram.bind": "bind",
  "diagram.close": "close",
  "diagram.halfClose": "shutdown(SHUT_WR): the end",
  "diagram.timeout": "timeout",
  "diagram.tooLong": "datagram too long: dropped by the OS",
  "diagram.reads": "(in {count} recv)",
  "diagram.backlogWait": "waits in the listen backlog: {seconds} s",
  "diagram.gap": "⋮ {seconds} s later",
  "diagram.lost": "never arrived",
  "diagram.dropped": "dropped on purpose (--drop)",
  "diagram.title": "Socket events of {files}",
  "diagram.legend": "How to read it",
  "diagram.legend.lifelines":
    "Each column is one socket, headed by the process it belongs to; time runs down the page, not to scale.",
  "diagram.legend.data": "A solid arrow: a write, ending at the recv that got its last byte.",
  "diagram.legend.end":
    "A dashed arrow: the end of a stream (close or shutdown), ending at the recv that returned b''.",
  "diagram.legend.lost":
    "An arrow ending in a cross: a datagram that never arrived, or was dropped on purpose.",
  "diagram.legend.wait":
    "A shaded bar: a client whose connect waited in the listen backlog until the server's accept.",
  "diagram.legend.gap": "⋮: a pause, shortened, with how long it was.",
  "diagram.events": "The events",
  "diagram.columns": "time|process|mode|event|local|remote|bytes|data",
  "diagram.noEvents": "{files}: no socket events to draw",
  "diagram.badLine": "{file}, line {line}: not a socklab trace record (made with --trace-file)",
  "diagram.missingField": '{file}, line {line}: the record has no "{field}" field',
  "diagram.textField": '{file}, line {line}: "{field}" must be text (a JSON string)',
  "diagram.badEvent": '{file}, line {line}: "event" must be one of {events}',
  "diagram.badTime":
    '{file}, line {line}: "time" must be a time as socklab writes it (2026-11-30T10:20:30.040123Z)',
  "diagram.badBytes": '{file}, line {line}: "bytes" must be a whole number, 0 or more',
  "diagram.longLine":
    "{file}, line {line}: longer than {size}, which no socklab trace record is; nothing was drawn",
  "diagram.tooManyEvents":
    "{file}, line {line}: more than {max} events, too many for one diagram; nothing was drawn. Draw a part of the trace: head -n {lines} FILE > part.jsonl",
  "diagram.tooLarge":
    "{file}, line {line}: the traces pass {size}, too much for one diagram; nothing was drawn. Draw a part of them: head -n 10000 FILE > part.jsonl",
  "diagram.written": "Diagram written to {path}",
  "diagram.badFormat": "the diagram's file must end in .svg, .html or .md, not '{path}'",
  "help.diagram.summary":
    "draw the sequence diagram of --trace-file traces: SVG, an HTML page, or Mermaid for Markdown",
  "help.diagram.watch":
    "Run a server and its clients with --trace-file (one file for all, or one each), then draw: every socket is a column, each write an arrow to the recv that got it. The stalling echo server shows its second client waiting for its echo until the first sends again; a datagram that never arrived ends in a cross.",
  "help.diagram.files": "the trace files, merged by time",
  "help.diagram.output":
    "write the diagram to this file: .svg, .html (with a legend and the events) or .md (Mermaid)",
  "help.diagram.output.unset": "Mermaid on standard output",
} as const;
