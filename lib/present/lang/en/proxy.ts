/** The fault proxy: proxy. */
export const proxyTexts = {
  "help.group.proxy": "Faults on demand: a proxy between any client and server",
  "lesson.proxy-slices": "recv returns whatever has arrived: a proxy slices the message",
  "help.proxy.summary":
    "relays each connection to --to, with the network's bad days on demand: slices, delays, cuts",
  "help.proxy.watch":
    "With --slice 1 --slice-delay 50 in front of a server that reads in chunks, every recv gets one byte: recv returns whatever has arrived. With --close-after, see what the client prints when its peer goes away mid-conversation.",
  "help.proxy.to": "the server every connection is relayed to",
  "help.proxy.slice": "forward at most this many bytes per write",
  "help.proxy.slice.unset": "what was read, whole",
  "help.proxy.sliceDelay": "pause between two pieces of one read (with --slice)",
  "help.proxy.delay": "hold each piece this long before it is forwarded",
  "help.proxy.jitter":
    "up to this much more delay per piece, at random (TCP still keeps the order)",
  "help.proxy.seed":
    "where the random choices start: the same seed gives each connection and direction the same choices",
  "help.proxy.seed.unset": "a new one, printed at start",
  "proxy.introSeed": "Relaying every connection to {to} (--seed {seed})",
  "help.proxy.bandwidth": "bytes per second at most, each direction (k: thousands, M: millions)",
  "help.proxy.bandwidth.unset": "as fast as it comes",
  "help.proxy.closeAfter":
    "close both ends cleanly after this many bytes, both directions together",
  "help.proxy.closeAfter.unset": "never",
  "help.proxy.holdAfter":
    "forward nothing more after this many bytes, both directions together: the connection goes silent",
  "help.proxy.holdAfter.unset": "never",
  "help.proxy.up": "the faults only from client to server",
  "help.proxy.down": "the faults only from server to client",
  "proxy.openRelay":
    "Careful: listening on {host} and relaying to {to}, anyone who reaches this machine can reach {to} through it (an open relay)",
  "proxy.intro": "Relaying every connection to {to}",
  "proxy.relaying": "{peer} relayed to {to}",
  "proxy.closed": "{peer} done: {up} bytes forwarded to the server, {down} to the client",
  "proxy.upstreamFailed": "{peer} not relayed: {to} could not be reached: {error}",
  "usage.proxyTo": "--to needs HOST:PORT (127.0.0.1:8080, or [::1]:8080), not {to}",
  "why.proxy.up-down":
    "--up and --down each keep the faults to one direction; without either both get them",
} as const;
