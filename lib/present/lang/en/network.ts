/** What every server says about where it can be reached. */
export const network = {
  "net.reachable": "Classmates on your network can connect to: {addresses}",
  "net.reachableNone":
    "This machine has no network address besides loopback: only programs on it can connect",
  "net.staleRemoved":
    "Removed the stale socket file {path}, left behind by a server that did not close",
  "net.reachableUnknown":
    "Could not list this machine's addresses ({reason}); find them with ip addr (ipconfig on Windows)",
} as const;
