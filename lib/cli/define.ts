import { isPlainKey } from "../present/catalogue.ts";
import { LANGS } from "../present/lang.ts";
import type {
  CommonOptions,
  Mode,
  ModeDefinition,
  ModeRole,
  OptionSpec,
  OptionSpecs,
  OptionValues,
} from "./spec.ts";

/**
 * The options every mode has, given the mode's default port (none: no `--port`) and timeout, and
 * its role: stream modes take `--unix`, servers `--allow` and `--deny`, stream servers the limits
 * on their clients; a local mode no host, timeout or trace.
 */
export function commonSpecs(
  { port, timeout, role }: { port?: number; timeout?: number; role?: ModeRole },
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
          placeholder: "PORT",
          help: "help.option.serverPort",
        } satisfies OptionSpec
        : {
          kind: "port",
          default: port,
          placeholder: "PORT",
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
    for (const name of ["host", "timeout", "trace", "hex"]) delete specs[name];
  }
  return specs;
}

/** Who may connect to a server: every server has these. */
const accessSpecs: OptionSpecs = {
  allow: { kind: "address-list", placeholder: "LIST", help: "help.option.allow" },
  deny: { kind: "address-list", placeholder: "LIST", help: "help.option.deny" },
};

/** The limits every stream server puts on its clients. */
const streamServerSpecs: OptionSpecs = {
  maxConnections: {
    kind: "integer",
    default: 1024,
    range: [1, 1_000_000],
    placeholder: "N",
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
    default: 60,
    range: [0.01, 86400],
    placeholder: "SECONDS",
    help: "help.option.stallTimeout",
  },
  requestTimeout: {
    kind: "number",
    default: 30,
    range: [0.01, 86400],
    placeholder: "SECONDS",
    help: "help.option.requestTimeout",
  },
};

/** Makes a mode from its definition: its options gain the common ones. */
export function defineMode<const S extends OptionSpecs>(
  definition: ModeDefinition<S>,
): Mode<CommonOptions & OptionValues<S>> {
  const specs: OptionSpecs = {
    ...commonSpecs(definition),
    ...definition.options,
  };
  const { name } = definition;
  const text = (part: string) => {
    const key = `help.${name}.${part}`;
    return isPlainKey(key) ? key : undefined;
  };
  return {
    name,
    group: definition.group,
    summary: `help.${name}.summary`,
    watch: text("watch"),
    protocol: definition.protocol ?? text("protocol"),
    examples: definition.examples,
    specs,
    ownOptions: Object.keys(definition.options),
    positionals: (definition.positionals ?? []) as readonly string[],
    validate: (options, check) => definition.validate?.(options, check),
    run: definition.run,
  };
}
