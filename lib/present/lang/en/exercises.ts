/**
 * The texts of check's built-in exercises (`lib/check/exercises/*.json` name them by key): each
 * exercise's title, and its stages' titles, hints and notes. `{rounds}` is filled in by check.
 */
export const exerciseTexts = {
  "exercise.hello.title": "the one-shot TCP exchange: connect, send, get a reply, close",
  "exercise.hello.stages.0.title": "accepts a connection",
  "exercise.hello.stages.1.title": "answers a message on that connection",
  "exercise.hello.stages.1.hint":
    "after recv, the server must send something back (sendall) before it closes",
  "exercise.hello.stages.2.title": "closes the connection when it is done",
  "exercise.hello.stages.2.hint":
    "close the client's socket after answering (conn.close()), or the client waits forever",

  "exercise.udp-ack.title": "UDP with an acknowledgement: every datagram gets a reply",
  "exercise.udp-ack.stages.0.title": "acknowledges a datagram",
  "exercise.udp-ack.stages.0.hint":
    "answer with sendto(reply, address), to the address recvfrom returned",
  "exercise.udp-ack.stages.1.title": "acknowledges each of 10 clients, to its own address",
  "exercise.udp-ack.stages.1.hint":
    "each reply goes to the address of its own datagram, not to the first client's",

  "exercise.udp-send.title": "UDP without an answer: a server that receives datagrams",
  "exercise.udp-send.stages.0.title": "a socket is bound to the port (on this machine)",
  "exercise.udp-send.stages.0.hint":
    "the server must bind((host, port)) before it waits in recvfrom; UDP senders never see a refusal",

  "exercise.until-crlf.title": "reading until \\r\\n: a request is whole however it arrives",
  "exercise.until-crlf.stages.0.title": "does not answer before the \\r\\n has come",
  "exercise.until-crlf.stages.0.hint":
    "the server answered half a request: keep reading until the data ends with \\r\\n",
  "exercise.until-crlf.stages.1.title": "reads on while the request arrives one byte at a time",
  "exercise.until-crlf.stages.1.hint":
    "a recv returns whatever has arrived, even one byte: loop on recv until everything read ends with \\r\\n",
  "exercise.until-crlf.stages.2.title": "answers once the \\r\\n has come, with a whole line",
  "exercise.until-crlf.stages.2.hint":
    "no answer after the \\r\\n, sent one byte at a time: compare the end of everything read (buffer[-2:]), not of the last recv",

  "exercise.echo.title": "the echo: every byte comes back, whole and unchanged",
  "exercise.echo.stages.0.title": "echoes a message unchanged",
  "exercise.echo.stages.0.hint":
    "send back exactly the bytes that arrived: nothing added (no \\n), nothing changed",
  "exercise.echo.stages.1.title":
    "messages of 1 to 4,096 bytes on one connection, each back unchanged",
  "exercise.echo.stages.1.hint":
    "an echo sends back whatever arrives, at once: a message of one byte and no \\r\\n is echoed too, and a long one in as many recv as it takes",
  "exercise.echo.stages.2.title": "64 KiB in one message come back whole",
  "exercise.echo.stages.2.hint":
    "a recv returns at most its buffer (recv(1024): 1,024 bytes): keep receiving and sending back until the client closes, and send with sendall",

  "exercise.upper.title": "the upper-case service, its minimal form: one request, its reply",
  "exercise.upper.stages.0.title": "answers hola ñandú in capitals on the same connection: HOLA …",
  "exercise.upper.stages.0.hint":
    "send back data.upper() of what recv returned, on the same connection",
  "exercise.upper.stages.1.title": "upper-cases accented letters too: ñandú → ÑANDÚ",
  "exercise.upper.stages.1.hint":
    "decode the bytes as UTF-8 before upper-casing (data.decode().upper()), and encode the reply back",

  "exercise.upper-many.title": "many requests on one connection, until the client leaves",
  "exercise.upper-many.stages.0.title": "answers three requests on one connection",
  "exercise.upper-many.stages.0.hint":
    "send back data.upper() of what recv returned, on the same connection",
  "exercise.upper-many.stages.0.steps.4.hint":
    "the server answered once and stopped: put recv and send in a loop, per connection",
  "exercise.upper-many.stages.1.title":
    "notices the client leaving (an empty recv) and closes its side",
  "exercise.upper-many.stages.1.hint":
    "recv returns b'' when the client has closed: leave the loop then, and close the connection",
  "exercise.upper-many.stages.1.steps.3.hint":
    "the server closed the connection after one reply, before the client left: keep it open, in a loop, until recv returns b''",
  "exercise.upper-many.stages.2.title": "serves the next client after one has left",
  "exercise.upper-many.stages.2.hint": "after a client leaves, go back to accept for the next one",

  "exercise.text-service.title":
    "the text service: upper case, lower case and reversing, a line per request",
  "exercise.text-service.stages.0.title":
    "MAYUS and MINUS, accents and ß included: OK and the text",
  "exercise.text-service.stages.0.hint":
    "one request per line (VERB text), one reply line each: OK and the result. Decode the bytes as UTF-8 and use the text's upper() and lower()",
  "exercise.text-service.stages.1.title": "INVERTIR reverses by characters: señor → roñes",
  "exercise.text-service.stages.1.hint":
    "reverse the decoded text (texto[::-1]), not its bytes: UTF-8 bytes reversed are not UTF-8",
  "exercise.text-service.stages.2.title": "ten requests on one connection, each answered in order",
  "exercise.text-service.stages.2.hint":
    "serve a client in a loop: read a request, answer it, read the next, until recv returns b''",
  "exercise.text-service.stages.3.title": "an unknown verb gets ERR, and the connection goes on",
  "exercise.text-service.stages.3.steps.2.hint":
    "answer a request you do not understand with a line starting ERR",
  "exercise.text-service.stages.3.steps.4.hint":
    "the ERR reply was right, then the connection ended: after any reply, an error too, go on reading the client's requests",
  "exercise.text-service.stages.4.title": "blank requests get a reply, and the connection goes on",
  "exercise.text-service.stages.4.steps.2.hint":
    "an empty line, or one of spaces, has no verb: texto.split()[0] raises IndexError and ends the thread. Check for it and answer ERR",
  "exercise.text-service.stages.4.steps.4.hint":
    "the blank request got its reply, then the connection ended: after any reply, go on reading the client's requests",
  "exercise.text-service.stages.4.steps.7.hint":
    "an empty line, or one of spaces, has no verb: texto.split()[0] raises IndexError and ends the thread. Check for it and answer ERR",
  "exercise.text-service.stages.4.steps.9.hint":
    "the blank request got its reply, then the connection ended: after any reply, go on reading the client's requests",
  "exercise.text-service.stages.5.title":
    "emoji with a skin tone reverse whole: 👍🏽 stays 👍🏽 (optional, no points)",
  "exercise.text-service.stages.5.hint":
    "👍🏽 is two code points, a thumb and a skin tone: reversed one code point at a time (as Python's texto[::-1] does), the tone comes first. Reversing what a reader sees as characters (grapheme clusters) keeps it whole",

  "exercise.concurrent.title": "serving clients at once: a silent client does not stop the others",
  "exercise.concurrent.stages.0.title": "serves a second client while the first says nothing",
  "exercise.concurrent.stages.0.hint":
    "it stalls: it serves one client at a time, and the second waited while the first was silent. Give each accepted client its own thread (or task), and go back to accept at once",
  "exercise.concurrent.stages.1.title": "50 clients connected at once, all served",
  "exercise.concurrent.stages.1.hint":
    "some clients got no answer while others stayed connected: one thread (or task) per client, and accept again at once",
  "exercise.concurrent.stages.1.note":
    "the 50 clients connected one after another, each answered once, then all sent at the same moment and every one was answered",

  "exercise.db.title": "the shared person database: add, look up, change, delete, and the errors",
  "exercise.db.stages.0.title": "adds a person and reads it back",
  "exercise.db.stages.0.hint":
    "one request per line, one reply line each: OK [result] or ERR code words",
  "exercise.db.stages.1.title": "changes a record",
  "exercise.db.stages.1.hint":
    "MODIFICA merges the fields given into the record and answers OK with the record",
  "exercise.db.stages.2.title": "refuses to add the same key twice",
  "exercise.db.stages.2.hint":
    "an ALTA of a key that exists must not overwrite it: answer ERR exists",
  "exercise.db.stages.3.title":
    "deleting what does not exist is an error, and the connection goes on",
  "exercise.db.stages.3.hint":
    "no answer to a BAJA of a missing key: did the thread serving this client stop with an exception (look at the server's terminal), or is it waiting for a lock nobody releases?",
  "exercise.db.stages.3.steps.2.hint":
    "a BAJA of a missing key must answer ERR not-found: check the key exists (or catch the KeyError) instead of letting it end the thread",
  "exercise.db.stages.3.steps.4.hint":
    "after an error reply, the same client must still be served: answer it and go on reading its requests",
  "exercise.db.stages.4.title": "deletes a record",
  "exercise.db.stages.4.hint":
    "no answer on a new connection: is a lock still held by a thread that stopped between acquire and release? Use `with lock:` so it is always released",

  "exercise.db-locking.title":
    "locking: updates of one record from many clients at once are never lost",
  "exercise.db-locking.stages.0.title": "adds the shared account",
  "exercise.db-locking.stages.1.title":
    "30 clients × 10 SUMA at once, round after round: no update is lost",
  "exercise.db-locking.stages.1.hint":
    "two clients read the same balance and both wrote it plus one: hold a lock (per record, or one for all) from the read to the write",
  "exercise.db-locking.stages.1.note":
    "{rounds} × 300 increments from 30 clients at once, none lost. A server without locks can still pass when nothing pauses between its read and its write",
  "exercise.db-locking.stages.2.title": "deletes the shared account",
} as const;
