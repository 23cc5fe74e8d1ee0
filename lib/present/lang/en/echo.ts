/** The echo lessons: echo-server and echo-client. */
export const echoTexts = {
  "help.group.echo": "Echo servers: the loop that stalls, and one task per client",
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
} as const;
