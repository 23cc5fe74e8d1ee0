/**
 * A mistake on the command line. Its message is already translated and names the option and its
 * valid form; main.ts prints it as one line and exits 2, before any socket opens.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** The network failures socklab explains, each with its own message and hint. */
export type NetErrorKind =
  | "refused"
  | "reset"
  | "broken-pipe"
  | "connect-timeout"
  | "read-timeout"
  | "datagram-timeout"
  | "addr-in-use"
  | "addr-not-available"
  | "privileged-port"
  | "permission-denied"
  | "missing-permission"
  | "host-not-found"
  | "invalid-host"
  | "unreachable"
  | "unix-in-use"
  | "not-a-socket"
  | "no-socket";

/** Where a network failure happened and what helps explain it. */
export interface NetErrorInfo {
  /** The host as the user gave it. */
  readonly host: string;
  readonly port: number;
  /** `host:port`, with IPv6 hosts in brackets. */
  readonly address: string;
  /** For timeouts: how long socklab waited. */
  readonly seconds?: number;
  /** For a port in use: a port that was free a moment ago. */
  readonly suggestion?: number;
  /** For a missing Deno permission: the flag that grants it, e.g. `--allow-net`. */
  readonly flag?: string;
  /** For a refused name: the addresses it resolved to, all of which were tried. */
  readonly tried?: readonly string[];
}

/**
 * A network failure translated from the runtime's error into one of the kinds socklab explains.
 * The original error stays as `cause`, for `--debug`.
 */
export class NetError extends Error {
  constructor(readonly kind: NetErrorKind, readonly info: NetErrorInfo, options?: ErrorOptions) {
    super(`${kind}: ${info.address}`, options);
    this.name = "NetError";
  }
}

/** Why a `--store` file cannot be used: a problem with the file itself, or with what is in it. */
export type StoreProblem = FileProblem | "no-folder" | "not-a-database" | "locked" | "foreign";

/** A `--store` file that could not be opened or read as a database, and why. */
export class StoreError extends Error {
  constructor(
    readonly path: string,
    readonly problem: StoreProblem,
    options?: ErrorOptions & {
      /** The file is a database socklab did not make: what is in it (its tables, or its id). */
      readonly foreign?: string;
    },
  ) {
    super(`${path}: ${problem}`, options);
    this.name = "StoreError";
    this.foreign = options?.foreign;
  }

  /** Set when the file is another program's database, left untouched: what it holds. */
  readonly foreign?: string;
}

/** What went wrong with a file or folder, in the terms socklab explains. */
export type FileProblem =
  | "not-found"
  | "permission-denied"
  | "already-exists"
  | "is-a-directory"
  | "not-a-directory"
  | "not-a-file"
  | "disk-full"
  | "other";

/**
 * The problem behind an error from a file system call, the same on every OS (Deno's error classes;
 * the OS's code where Deno has no class: ENOSPC is 28 on Linux and macOS, 112 on Windows).
 */
export function fileProblemOf(error: unknown): FileProblem {
  if (error instanceof FileError) return error.problem;
  if (error instanceof Deno.errors.NotFound) return "not-found";
  if (error instanceof Deno.errors.PermissionDenied) return "permission-denied";
  if (error instanceof Deno.errors.AlreadyExists) return "already-exists";
  if (error instanceof Deno.errors.IsADirectory) return "is-a-directory";
  if (error instanceof Deno.errors.NotADirectory) return "not-a-directory";
  const message = error instanceof Error ? error.message : "";
  if (/\(os error (28|112)\)/.test(message)) return "disk-full";
  return "other";
}

/**
 * A file or folder the user named that socklab cannot use: the path as given, and the problem.
 * main.ts prints it as one translated line and exits 1.
 */
export class FileError extends Error {
  constructor(readonly path: string, readonly problem: FileProblem, options?: ErrorOptions) {
    super(`${path}: ${problem}`, options);
    this.name = "FileError";
  }

  /** The runtime's `error` about `path`, explained; the original stays as `cause`. */
  static from(path: string, error: unknown): FileError {
    return new FileError(path, fileProblemOf(error), { cause: error });
  }
}
