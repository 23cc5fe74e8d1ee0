/** What every server says about where it can be reached, what servers do about clients they should not (or no longer) serve, and what every stream server and client says. */
export const serverTexts = {
  // What every server says about where it can be reached.
  "net.reachable": "Classmates on your network can connect to: {addresses}",
  "net.reachableNone":
    "This machine has no network address besides loopback: only programs on it can connect",
  "net.staleRemoved":
    "Removed the stale socket file {path}, left behind by a server that did not close",
  "net.reachableUnknown":
    "Could not list this machine's addresses ({reason}); find them with ip addr (ipconfig on Windows)",
  // What servers do about clients they should not, or no longer, serve.
  "guard.full": "The server is full ({max} {max|client|clients} at once); try again later",
  "guard.idle": "Closed: nothing sent or received for {seconds} s (--idle-timeout)",
  "guard.slow": "Closed: a request not finished {seconds} s after it began (--request-timeout)",
  "guard.evicted":
    "Closed: the server is full, and this connection had been silent longest, or was sending slowest",
  "guard.deniedLog": "Refused {peer}: not allowed by --allow / --deny",
  "guard.fullLog": "Turned {peer} away: {max} {max|client|clients} already (--max-connections)",
  "guard.idleLog": "Closed {peer}: silent for {seconds} s (--idle-timeout)",
  "guard.slowLog":
    "Closed {peer}: a request not finished {seconds} s after it began (--request-timeout)",
  "guard.evictedLog":
    "Closed {peer}, silent longest or sending slowest, to make room for a new client (--max-connections)",
  "guard.stalledLog":
    "Closed {peer}: it left what it was sent unread for {seconds} s (--stall-timeout)",
  "guard.outOfDescriptors":
    "Out of file descriptors on {address}: new clients wait (those connected are still served); raise the limit with ulimit -n",
  "guard.descriptorsBack": "{address} accepts clients again: file descriptors were freed",
  "guard.descriptorLimit":
    "At most {max} {max|client|clients} at once, not {asked} (--max-connections): this process may open only {free} more files (ulimit -n), and keeps {reserve} for itself",
  "guard.more": "… and {count} more like it in the last second",
  "guard.datagramDenied": "Dropped a datagram from {peer}: not allowed by --allow / --deny",
  "guard.receiveError": "The socket reported an error ({error}) and goes on receiving",
  // What every stream server and client says: listening, connecting, reading in chunks, failing, stopping.
  "stream.listening": "Server listening on {address}",
  "stream.clientFailed": "client {peer}: {error}",
  "stream.summary":
    "Server stopped. Clients served: {clients}; bytes received: {bytesIn}; bytes sent: {bytesOut}",
  "stream.connected": "Connected to {address}",
  "stream.chunk": "Data read: {bytes}",
  "stream.allData": "All data read: {bytes}",
  "stream.tooLong":
    "{peer} sent {limit} without {delimiter} (--max-message); closing the connection",
} as const;
