/** Runtime failures (exit 1): what happened, then a hint on what to do about it. */
export const errorTexts = {
  // Runtime failures (exit 1): what happened, then a hint on what to do about it.
  "error.prefix": "error",
  "error.refused":
    "connection refused: no server is listening on {address} — start the server first",
  "error.refusedTried":
    "connection refused: no server is listening on {address} (tried {tried}) — start the server first",
  "error.unixInUse": "a server is already listening on {address} — stop it or choose another path",
  "error.notASocket":
    "{address} exists and is not a socket — socklab will not delete it; choose another path",
  "error.noSocket": "no socket at {address} — start the server first, with --unix {address}",
  "error.addrInUse":
    "port {port} on {host} is already in use by another program — stop it or choose another port, e.g. --port {suggestion}",
  "error.privilegedPort":
    "permission denied for port {port}: ports below 1024 are reserved for the administrator — use one from 1024 to 65535, e.g. --port 8080",
  "error.permissionDenied":
    "the operating system denied access to {address} — check its permissions, the firewall and the address",
  "error.addrNotAvailable":
    "{host} is not an address of this machine — listen on every network with --host 0.0.0.0, or list your addresses with ip addr (ipconfig on Windows)",
  "error.invalidHost": "'{host}' is not a valid host name or IP address — e.g. --host 127.0.0.1",
  "error.hostNotFound":
    "host '{host}' not found — check the name, or use an IP address such as 127.0.0.1",
  "error.connectTimeout":
    "no answer from {address} within {seconds} s (--timeout) — the server may be overloaded, behind a firewall, or the address wrong",
  "error.readTimeout": "{address} sent nothing for {seconds} s (--timeout) — gave up waiting",
  "error.datagramTimeout":
    "no datagram arrived at {address} within {seconds} s (--timeout) — gave up waiting",
  "error.reset":
    "the connection with {address} was reset by the other side — it closed abruptly, often with data still unread",
  "error.brokenPipe":
    "{address} had already closed the connection — it stopped reading before everything was sent",
  "error.unreachable":
    "network unreachable for {address} — check the address and that this machine is connected",
  "error.missingPermission":
    "Deno did not grant the {flag} permission socklab needs — run it with deno task start, or add {flag} to deno run",
  "error.bundleNeedsFlags":
    "Deno did not grant socklab what it needs ({flags}) — run it with them, like this:",
  "error.badStore":
    "cannot use {path} as the store: {reason} — give --store a new file, or a SQLite file socklab made",
  "error.foreignStore":
    "{path} is another program's SQLite database ({what}); socklab leaves it untouched — give --store a new file, or one socklab made",
  "error.file": "{path}: {problem}",
  "file.problem.not-found": "it does not exist",
  "file.problem.permission-denied": "permission denied",
  "file.problem.already-exists": "it already exists",
  "file.problem.is-a-directory": "it is a folder, not a file",
  "file.problem.not-a-directory": "it exists and is not a folder",
  "file.problem.not-a-file": "it is not a regular file (a device or a socket?)",
  "file.problem.disk-full": "the disk is full",
  "file.problem.other": "the operating system refused it",
  "file.hint.not-found": "check the name, and that you are in the folder that holds it",
  "file.hint.permission-denied": "check who may read and write it",
  "file.hint.other": "run again with --debug for the details",
  "error.fileWithHint": "{path}: {problem} — {hint}",
  "store.problem.no-folder": "its folder does not exist",
  "store.problem.not-a-database": "it is not a SQLite database",
  "store.problem.locked": "another program is using it",
  "store.problem.foreign": "it is another program's database",
  "error.unexpected": "{message} — run again with --debug for the details",
} as const;
