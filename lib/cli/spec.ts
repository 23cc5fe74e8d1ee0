import type { Io } from "../io.ts";
import type { PlainKey, Translate } from "../present/catalogue.ts";
import type { Lang } from "../present/lang.ts";
import type { AddressRange } from "../transport/access.ts";

interface OptionBase {
  /** What the option does, for `--help`. @default {`help.<mode>.<option>`, e.g. help.tcp-server.once} */
  readonly help?: PlainKey;
  /** What the value is called in help and error messages. @default {the kind's: N, PORT, TEXT…} */
  readonly placeholder?: string;
  /** The mode cannot run without it (a positional argument such as a file's path). */
  readonly required?: boolean;
  /** A one-letter form as well, such as `-o` for `--output`. */
  readonly short?: `-${string}`;
}

/** A switch: present or not. */
export interface FlagOption extends OptionBase {
  readonly kind: "flag";
}
/** Free text, taken as it is. */
export interface StringOption extends OptionBase {
  readonly kind: "string";
  readonly default?: string;
}
/** Text with backslash escapes (`\r\n`, `\x00`), decoded to the bytes it means. */
export interface BytesOption extends OptionBase {
  readonly kind: "bytes";
  readonly default?: string;
}
/** Like {@linkcode BytesOption}, but may be given several times: each is one value. */
export interface BytesListOption extends OptionBase {
  readonly kind: "bytes-list";
  /** The values when the option is not given at all. */
  readonly default?: readonly string[];
}
/** Paths (or any texts), as many as given: each time the option is given, or every positional. */
export interface PathListOption extends OptionBase {
  readonly kind: "path-list";
}
/** A whole number within bounds. */
export interface IntegerOption extends OptionBase {
  readonly kind: "integer";
  readonly default?: number;
  /** The smallest and the largest value accepted. */
  readonly range: readonly [min: number, max: number];
}
/** A decimal number within bounds (seconds, a probability). */
export interface NumberOption extends OptionBase {
  readonly kind: "number";
  readonly default?: number;
  /** The smallest and the largest value accepted. */
  readonly range: readonly [min: number, max: number];
}
/**
 * A rate in bytes per second: a number, with `k` or `M` for thousands or millions (`500`, `64k`,
 * `1.5M`), as network tools write it.
 */
export interface RateOption extends OptionBase {
  readonly kind: "rate";
  readonly default?: number;
  /** The smallest and the largest rate accepted, in bytes per second. */
  readonly range: readonly [min: number, max: number];
}
/** A TCP or UDP port, 1–65535. */
export interface PortOption extends OptionBase {
  readonly kind: "port";
  readonly default?: number;
  /** 0 is allowed, meaning any free port (a server's, which says the one it got). */
  readonly anyFree?: boolean;
}
/** Ports as a list: `8080`, `8000-8010`, `22,80,443`, or a mix; at most 1024 of them. */
export interface PortListOption extends OptionBase {
  readonly kind: "port-list";
}
/** Addresses and CIDR ranges, IPv4 and IPv6, comma-separated: `10.0.0.0/8,::1`. */
export interface AddressListOption extends OptionBase {
  readonly kind: "address-list";
}
/** One of a fixed list of words. */
export interface ChoiceOption<C extends string = string> extends OptionBase {
  readonly kind: "choice";
  readonly choices: readonly C[];
  readonly default?: C;
}

export type OptionSpec =
  | FlagOption
  | StringOption
  | BytesOption
  | BytesListOption
  | PathListOption
  | IntegerOption
  | NumberOption
  | RateOption
  | PortOption
  | PortListOption
  | AddressListOption
  | ChoiceOption;

/** A mode's options by their camelCase name; `maxMessage` is `--max-message` on the command line. */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** An option as a mode has it: its text named, its value's name chosen. */
export type ResolvedSpec = OptionSpec & { readonly help: PlainKey; readonly placeholder: string };

/** A mode's options, resolved. */
export type ResolvedSpecs = Readonly<Record<string, ResolvedSpec>>;

/**
 * A mode's own options, each with its text: named by `help`, or else `help.<mode>.<option>` must
 * be in the catalogue (a missing one is a type error here, not a blank line in `--help`).
 */
export type WithTexts<Name extends string, S> = {
  readonly [K in keyof S]:
    & S[K]
    & (`help.${Name}.${K & string}` extends PlainKey ? unknown : { readonly help: PlainKey });
};

type ValueOf<O> = O extends FlagOption ? boolean
  : O extends ChoiceOption<infer C> ? C
  : O extends BytesOption ? Uint8Array
  : O extends BytesListOption ? Uint8Array[]
  : O extends PathListOption ? string[]
  : O extends PortListOption ? number[]
  : O extends AddressListOption ? AddressRange[]
  : O extends StringOption ? string
  : number;

type Defaulted<O> = O extends FlagOption | BytesListOption | PathListOption ? true
  : O extends { readonly default: unknown } ? true
  : O extends { readonly required: true } ? true
  : false;

/** The parsed values of some options: an option without a default may be undefined. */
export type OptionValues<S extends OptionSpecs> = {
  -readonly [K in keyof S]: Defaulted<S[K]> extends true ? ValueOf<S[K]>
    : ValueOf<S[K]> | undefined;
};

/** The options every mode has, whatever its role. */
export interface BaseOptions {
  /** Where a server listens or a client connects. @default {"127.0.0.1"} */
  host: string;
  /** The mode's port (the course's for its lesson); 0 means any free port (tests, demo). */
  port: number;
  lang: Lang;
  /** Print every socket event on stderr. @default {false} */
  trace: boolean;
  /** With trace: a hex dump of every payload. @default {false} */
  hex: boolean;
  /** Append every socket event to this file as JSON lines (absent where a mode has no trace). */
  traceFile?: string;
  /** The trace file stops growing at this many MiB (absent where a mode has no trace file). */
  traceMax?: number;
  /** Seconds before a connect or a read gives up. @default {undefined: wait forever, as blocking sockets do} */
  timeout: number | undefined;
  /** Print only errors and the data the mode exists to deliver. @default {false} */
  quiet: boolean;
  /** Show stack traces of unexpected errors. @default {false} */
  debug: boolean;
}

/** What a stream mode (a TCP server or client) adds: a Unix domain socket instead. */
export interface StreamOptions {
  /** A Unix domain socket's path, used instead of host and port. */
  unix?: string;
}

/** What a server adds: who may connect or send. */
export interface AccessOptions {
  /** Only these peers may connect. */
  allow?: AddressRange[];
  /** These peers may not connect. */
  deny?: AddressRange[];
}

/** The limits a stream server puts on its clients, each with its one default (define.ts). */
export interface StreamServerLimits {
  /** Clients served at once; more are told the server is full. */
  maxConnections: number;
  /** Seconds a client may stay silent before it is told so and closed. */
  idleTimeout?: number;
  /** Seconds a client may leave what it is sent unread before it is closed. */
  stallTimeout: number;
  /** Seconds a request may take from its first byte. */
  requestTimeout: number;
}

/** A stream server's options. */
export type StreamServerOptions = BaseOptions & StreamOptions & AccessOptions & StreamServerLimits;
/** A stream client's options. */
export type StreamClientOptions = BaseOptions & StreamOptions;
/** A datagram server's options. */
export type DatagramServerOptions = BaseOptions & AccessOptions;

/** The options a mode of `role` has: its role's, on top of every mode's. */
export type RoleOptions<Role extends ModeRole | undefined> = Role extends "stream-server"
  ? StreamServerOptions
  : Role extends "stream-client" ? StreamClientOptions
  : Role extends "datagram-server" ? DatagramServerOptions
  : BaseOptions;

/**
 * Any mode's options, whatever its role: what the command line and the registry handle. A mode's
 * own code sees only its role's ({@linkcode RoleOptions}).
 */
export type CommonOptions =
  & BaseOptions
  & StreamOptions
  & AccessOptions
  & Partial<StreamServerLimits>;

/** Lets a mode reject a bad combination of options with a message naming them. */
export interface Combinations<O> {
  /** Whether the user gave this option (rather than it taking its default). */
  given(name: keyof O & string): boolean;
  /** Rejects `option` given without `other`. */
  requires(option: keyof O & string, other: keyof O & string, example: string): never;
  /** Rejects `option` and `other` given together, saying why. */
  conflicts(option: keyof O & string, other: keyof O & string, why: PlainKey): never;
}

/** A help text: a message, or one made from several (a protocol's verbs from its table). */
export type HelpText = PlainKey | ((t: Translate) => string);

/**
 * A mode's name: one that has its `help.<name>.summary` text. A mode's texts are named after it:
 * `help.<name>.summary`, and where they exist `help.<name>.watch` and `help.<name>.protocol`.
 */
export type ModeName = {
  [K in PlainKey]: K extends `help.${infer Name}.summary` ? Name : never;
}[PlainKey];

/**
 * What a mode is to the network: a stream server or client can use a Unix domain socket
 * (`--unix PATH`) instead of TCP; a server gains --allow and --deny, and a stream server the
 * limits on its clients; a local mode opens no socket (no --host, --timeout, --trace or --hex).
 * Without a role a mode has only the common options.
 */
export type ModeRole = "stream-server" | "stream-client" | "datagram-server" | "local";

/** What every mode says about itself, for help. */
interface ModeFace {
  readonly name: ModeName;
  /** Paste-ready commands that try the mode: the server first, then its client. */
  readonly examples: readonly string[];
}

/** What a mode file declares about itself. */
export interface ModeDefinition<
  S extends OptionSpecs,
  Name extends ModeName = ModeName,
  Role extends ModeRole | undefined = ModeRole | undefined,
> extends ModeFace {
  readonly name: Name;
  /** The mode's wire protocol when it is made from several texts; else `help.<name>.protocol`. */
  readonly protocol?: HelpText;
  /** The mode's default port (the course's for its lesson). A mode without one has no `--port`. */
  readonly port?: number;
  /** The mode's default `--timeout` in seconds. @default {undefined: none} */
  readonly timeout?: number;
  /** What the mode is to the network, which decides the common options it takes. */
  readonly role?: Role;
  /** False for a mode whose traffic is not worth a trace file (bench: it would measure it). */
  readonly traceFile?: false;
  readonly options: S & WithTexts<Name, S>;
  /** Options that may also be given by position, in this order: `probe HOST PORTS`. */
  readonly positionals?: readonly (keyof S | "host")[];
  /** Rejects bad combinations of this mode's options, before any socket opens. */
  readonly validate?: (
    options: RoleOptions<Role> & OptionValues<S>,
    check: Combinations<RoleOptions<Role> & OptionValues<S>>,
  ) => void;
  /** Runs the mode. Resolves to the exit code; network failures are thrown. */
  readonly run: (options: RoleOptions<Role> & OptionValues<S>, io: Io) => Promise<number>;
}

/** A mode as the command line and the registry see it. */
export interface Mode<O = unknown> extends ModeFace {
  /** One line for `socklab --help`. */
  readonly summary: PlainKey;
  /** What a student should watch for, shown by `socklab <mode> --help`. */
  readonly watch?: PlainKey;
  /** The mode's wire protocol, for `socklab <mode> --help`. */
  readonly protocol?: HelpText;
  /** Every option: the common ones first, then the mode's own. */
  readonly specs: ResolvedSpecs;
  /** The names of the mode's own options, for help. */
  readonly ownOptions: readonly string[];
  /** Options that may also be given by position, in order. */
  readonly positionals: readonly string[];
  validate(options: O, check: Combinations<O>): void;
  run(options: O, io: Io): Promise<number>;
}

/** The options a mode runs with. */
export type ModeOptions<M> = M extends Mode<infer O> ? O : never;

/** `maxMessage` → `--max-message`. */
export function flagName(name: string): string {
  return "--" + name.replace(/[A-Z]/g, (letter) => "-" + letter.toLowerCase());
}
