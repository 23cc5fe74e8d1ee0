/** The UDP lessons: udp-server and udp-client. */
export const udpTexts = {
  "help.group.udp": "UDP with acknowledgement, and what happens when datagrams are lost",
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
} as const;
