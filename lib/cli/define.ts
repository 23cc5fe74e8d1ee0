import { isPlainKey } from "../present/catalogue.ts";
import { LANGS } from "../present/lang.ts";
import { closeTraceFiles, TRACE_MAX_MIB } from "../present/trace.ts";
import { kindOf } from "./kinds.ts";
import type {
  Mode,
  ModeDefinition,
  ModeName,
  ModeRole,
  OptionSpec,
  OptionSpecs,
  OptionValues,
  ResolvedSpec,
  ResolvedSpecs,
  RoleOptions,
  StreamServerLimits,
} from "./spec.ts";

/**
 * The options every mode has, given the mode's default port (none: no `--port`) and timeout, and
 * its role: stream modes take `--unix`, servers `--allow` and `--deny`, stream servers the limits
 * on their clients; a local mode no host, timeout or trace.
 */
export function commonSpecs(
  { port, timeout, role, traceFile }: {
    port?: number;
    timeout?: number;
    role?: ModeRole;
    traceFile?: false;
  },
): OptionSpecs {
  const stream = role === "stream-server" || role === "stream-client";
  const server = role === "stream-server" || role === "datagram-server";
  const specs: Record<string, OptionSpec> = {
    host: { kind: "string", default: "127.0.0.1", placeholder: "HOST", help: "help.option.host" },
    ...(port === undefined ? {} : {
      port: server
        ? {
          kind: "port",
          default: port,
          anyFree: true,
          help: "help.option.serverPort",
        } satisfies OptionSpec
        : {
          kind: "port",
          default: port,
          help: "help.option.port",
        } satisfies OptionSpec,
    }),
    ...(stream
      ? {
        unix: {
          kind: "string",
          placeholder: "PATH",
          help: "help.option.unix",
        } satisfies OptionSpec,
      }
      : {}),
    lang: {
      kind: "choice",
      choices: LANGS,
      placeholder: LANGS.join("|"),
      help: "help.option.lang",
    },
    trace: { kind: "flag", help: "help.option.trace" },
    ...(traceFile === false ? {} : {
      traceFile: {
        kind: "string",
        placeholder: "FILE",
        help: "help.option.traceFile",
      } satisfies OptionSpec,
      traceMax: {
        kind: "integer",
        default: TRACE_MAX_MIB,
        range: [1, 1024 * 1024],
        placeholder: "MIB",
        help: "help.option.traceMax",
      } satisfies OptionSpec,
    }),
    hex: { kind: "flag", help: "help.option.hex" },
    timeout: {
      kind: "number",
      range: [0.001, 86400],
      placeholder: "SECONDS",
      ...(timeout === undefined ? {} : { default: timeout }),
      help: "help.option.timeout",
    },
    quiet: { kind: "flag", help: "help.option.quiet" },
    debug: { kind: "flag", help: "help.option.debug" },
  };
  if (role === "stream-server" || role === "datagram-server") Object.assign(specs, accessSpecs);
  if (role === "stream-server") Object.assign(specs, streamServerSpecs);
  // A mode that opens no socket has nothing to reach, wait for or trace.
  if (role === "local") {
    for (const name of ["host", "timeout", "trace", "hex", "traceFile", "traceMax"]) {
      delete specs[name];
    }
  }
  return specs;
}

/** Who may connect to a server: every server has these. */
const accessSpecs: OptionSpecs = {
  allow: { kind: "address-list", help: "help.option.allow" },
  deny: { kind: "address-list", help: "help.option.deny" },
};

/**
 * A stream server's limits when not told otherwise: the defaults of --max-connections,
 * --stall-timeout and --request-timeout, for the command line and for servers started from code.
 */
export const STREAM_SERVER_DEFAULTS = {
  maxConnections: 1024,
  stallTimeout: 60,
  requestTimeout: 30,
} as const satisfies StreamServerLimits;

/** The limits every stream server puts on its clients. */
const streamServerSpecs: OptionSpecs = {
  backlog: { kind: "integer", range: [1, 65535], help: "help.option.backlog" },
  maxConnections: {
    kind: "integer",
    default: STREAM_SERVER_DEFAULTS.maxConnections,
    range: [1, 1_000_000],
    help: "help.option.maxConnections",
  },
  idleTimeout: {
    kind: "number",
    range: [0.01, 86400],
    placeholder: "SECONDS",
    help: "help.option.idleTimeout",
  },
  stallTimeout: {
    kind: "number",
    default: STREAM_SERVER_DEFAULTS.stallTimeout,
    range: [0.01, 86400],
    placeholder: "SECONDS",
    help: "help.option.stallTimeout",
  },
  requestTimeout: {
    kind: "number",
    default: STREAM_SERVER_DEFAULTS.requestTimeout,
    range: [0.01, 86400],
    placeholder: "SECONDS",
    help: "help.option.requestTimeout",
  },
};

/**
 * An option as a mode has it: its text `help.<mode>.<option>` unless it names one, and its value
 * called as its kind calls it unless it says (`N`, `PORT`, `TEXT`, a choice's `a|b|c`).
 */
function resolved(mode: string, name: string, spec: OptionSpec): ResolvedSpec {
  const help = spec.help ?? `help.${mode}.${name}`;
  if (!isPlainKey(help)) throw new Error(`${mode} --${name}: no text ${help}`);
  return { ...spec, help, placeholder: spec.placeholder ?? kindOf(spec).placeholder(spec) };
}

/** Makes a mode from its definition: its options gain the common ones. */
export function defineMode<
  const S extends OptionSpecs,
  const Name extends ModeName,
  const Role extends ModeRole | undefined = undefined,
>(
  definition: ModeDefinition<S, Name, Role>,
): Mode<RoleOptions<Role> & OptionValues<S>> {
  const { name } = definition;
  const specs: ResolvedSpecs = Object.fromEntries(
    Object.entries({ ...commonSpecs(definition), ...definition.options as OptionSpecs })
      .map(([option, spec]) => [option, resolved(name, option, spec)]),
  );
  const text = (part: string) => {
    const key = `help.${name}.${part}`;
    return isPlainKey(key) ? key : undefined;
  };
  return {
    name,
    summary: `help.${name}.summary`,
    watch: text("watch"),
    protocol: definition.protocol ?? text("protocol"),
    examples: definition.examples,
    specs,
    ownOptions: Object.keys(definition.options),
    positionals: (definition.positionals ?? []) as readonly string[],
    validate: (options, check) => definition.validate?.(options, check),
    // The mode names itself to what it prints about itself (the trace file's records); the trace
    // files its run opened are closed when it ends.
    run: async (options, io) => {
      const run = { ...io, mode: name };
      try {
        return await definition.run(options, run);
      } finally {
        closeTraceFiles(run);
      }
    },
  };
}
