/** The shared person database and its race lesson: db-server, db-client, db-race. */
export const dbTexts = {
  "help.group.db": "A shared person database: add, change, delete, errors, locking",
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
} as const;
