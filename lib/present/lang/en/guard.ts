/** What servers do about clients they should not, or no longer, serve. */
export const guard = {
  "guard.full": "The server is full ({max} clients at once); try again later",
  "guard.idle": "Closed: nothing sent or received for {seconds} s (--idle-timeout)",
  "guard.deniedLog": "Refused {peer}: not allowed by --allow / --deny",
  "guard.fullLog": "Turned {peer} away: {max} clients already (--max-connections)",
  "guard.idleLog": "Closed {peer}: silent for {seconds} s (--idle-timeout)",
  "guard.stalledLog":
    "Closed {peer}: it left what it was sent unread for {seconds} s (--stall-timeout)",
  "guard.outOfDescriptors":
    "Out of file descriptors on {address}: new clients wait (those connected are still served); raise the limit with ulimit -n",
  "guard.datagramDenied": "Dropped a datagram from {peer}: not allowed by --allow / --deny",
  "guard.receiveError": "The socket reported an error ({error}) and goes on receiving",
} as const;
