/** The text service and line protocols in general: text-server and text-client. */
export const textTexts = {
  "help.group.text": "Text services: many requests per connection, many clients at once",
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
} as const;
