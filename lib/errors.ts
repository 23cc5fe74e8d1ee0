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

/** A `--store` file that could not be opened or read as a database, with the reason. */
export class StoreError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
    options?: ErrorOptions & {
      /** The file is a database socklab did not make: what is in it (its tables, or its id). */
      readonly foreign?: string;
    },
  ) {
    super(`${path}: ${reason}`, options);
    this.name = "StoreError";
    this.foreign = options?.foreign;
  }

  /** Set when the file is another program's database, left untouched: what it holds. */
  readonly foreign?: string;
}
