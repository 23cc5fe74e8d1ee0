/** The lessons `socklab --help` groups the modes under, in course order. */
export const groups = {
  "help.group.tcp": "Blocking TCP: one message, a reply, reading in chunks",
  "help.group.echo": "Echo servers: the loop that stalls, and one task per client",
  "help.group.text": "Text services: many requests per connection, many clients at once",
  "help.group.db": "A shared person database: add, change, delete, errors, locking",
  "help.group.udp": "UDP with acknowledgement, and what happens when datagrams are lost",
  "help.group.apps": "Applications over sockets: chat, file transfer, a browser's request",
  "help.group.tools": "Network tools: is anything listening? which address do classmates use?",
  "help.group.perf": "Measuring servers: requests per second, latency, throughput",
  "help.group.tour": "Every lesson at once",
} as const;
