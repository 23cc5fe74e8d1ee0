/** The blocking TCP lessons: tcp-server and tcp-client. */
export const tcpTexts = {
  "help.group.tcp": "Blocking TCP: one message, a reply, reading in chunks",
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
} as const;
