/** `socklab check`: a student's server, graded stage by stage. */
export const checkTexts = {
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
  "check.problem.regexTooLarge":
    "the script's regular expression, with this round's words filled in, has more than {max} parts: {regex}",
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
  "check.expected.text":
    'a string, or one per language with English among them: {"en": "…", "es": "…"}',
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
} as const;
