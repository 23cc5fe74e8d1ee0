import { LANGS } from "../present/lang.ts";
import { decodeEscapes } from "./escapes.ts";
import type {
  CommonOptions,
  Mode,
  ModeDefinition,
  OptionSpec,
  OptionSpecs,
  OptionValues,
} from "./spec.ts";

/**
 * The options every mode has, given the mode's default port (none: no `--port`) and timeout, and
 * whether it is a stream mode (`--unix`).
 */
export function commonSpecs(
  { port, timeout, stream, local, server }: {
    port?: number;
    timeout?: number;
    stream?: boolean;
    local?: boolean;
    server?: "stream" | "datagram";
  },
): OptionSpecs {
  const specs: Record<string, OptionSpec> = {
    host: {
      kind: "string",
      default: "127.0.0.1",
      placeholder: "HOST",
      help: {
        en:
          "address to listen on or connect to; servers stay on loopback unless given 0.0.0.0 or ::",
        es:
          "dirección donde escuchar o a la que conectar; los servidores se quedan en loopback salvo con 0.0.0.0 o ::",
      },
    },
    ...(port === undefined ? {} : {
      port: {
        kind: "port",
        default: port,
        placeholder: "PORT",
        help: { en: "port number, 1–65535", es: "número de puerto, 1–65535" },
      } satisfies OptionSpec,
    }),
    ...(stream
      ? {
        unix: {
          kind: "string",
          placeholder: "PATH",
          help: {
            en: "listen or connect on this Unix domain socket file instead of TCP (not on Windows)",
            es:
              "escucha o se conecta en este archivo de socket de dominio Unix en lugar de TCP (no en Windows)",
          },
        } satisfies OptionSpec,
      }
      : {}),
    lang: {
      kind: "choice",
      choices: LANGS,
      placeholder: "es|en",
      help: {
        en: "language of the messages (default: from LC_ALL, LC_MESSAGES or LANG)",
        es: "idioma de los mensajes (por defecto: según LC_ALL, LC_MESSAGES o LANG)",
      },
    },
    trace: {
      kind: "flag",
      help: {
        en:
          "print every socket event on stderr: listen, accept, connect, each read and write with its bytes, half-close, close, timeout",
        es:
          "muestra en stderr cada evento del socket: listen, accept, connect, cada lectura y escritura con sus bytes, medio cierre, cierre, timeout",
      },
    },
    hex: {
      kind: "flag",
      help: {
        en: "with --trace, also a hex dump of every payload",
        es: "con --trace, también un volcado hexadecimal de cada carga",
      },
    },
    timeout: {
      kind: "number",
      min: 0.001,
      max: 86400,
      placeholder: "SECONDS",
      ...(timeout === undefined ? {} : { default: timeout }),
      help: {
        en:
          "give up on a connect or a read after this many seconds, like Python's settimeout (default: wait forever)",
        es:
          "abandona un connect o una lectura tras estos segundos, como settimeout de Python (por defecto: esperar siempre)",
      },
    },
    quiet: {
      kind: "flag",
      help: {
        en: "print only errors and the data itself",
        es: "muestra solo los errores y los datos en sí",
      },
    },
    debug: {
      kind: "flag",
      help: {
        en: "show the stack trace of unexpected errors",
        es: "muestra la traza de pila de los errores inesperados",
      },
    },
  };
  if (server) Object.assign(specs, accessSpecs);
  if (server === "stream") Object.assign(specs, streamServerSpecs);
  // A mode that opens no socket has nothing to reach, wait for or trace.
  if (local) {
    for (const name of ["host", "timeout", "trace", "hex"]) delete specs[name];
  }
  return specs;
}

/** Who may connect to a server: every server has these. */
const accessSpecs: OptionSpecs = {
  allow: {
    kind: "address-list",
    placeholder: "LIST",
    help: {
      en: "only these addresses or CIDR ranges may connect, e.g. 127.0.0.1,192.168.1.0/24,fd00::/8",
      es:
        "solo pueden conectarse estas direcciones o rangos CIDR, p. ej. 127.0.0.1,192.168.1.0/24,fd00::/8",
    },
  },
  deny: {
    kind: "address-list",
    placeholder: "LIST",
    help: {
      en: "these addresses or CIDR ranges may not connect (they are logged)",
      es: "estas direcciones o rangos CIDR no pueden conectarse (quedan registrados)",
    },
  },
};

/** The limits every stream server puts on its clients. */
const streamServerSpecs: OptionSpecs = {
  maxConnections: {
    kind: "integer",
    default: 1024,
    min: 1,
    max: 1_000_000,
    placeholder: "N",
    help: {
      en: "clients served at once; one more is told the server is full and closed",
      es:
        "clientes atendidos a la vez; a uno más se le dice que el servidor está lleno y se le cierra",
    },
  },
  idleTimeout: {
    kind: "number",
    min: 0.01,
    max: 86400,
    placeholder: "SECONDS",
    help: {
      en: "close a client silent for this long, telling it why (default: never)",
      es:
        "cierra al cliente que calle durante este tiempo, diciéndole por qué (por defecto: nunca)",
    },
  },
  stallTimeout: {
    kind: "number",
    default: 60,
    min: 0.01,
    max: 86400,
    placeholder: "SECONDS",
    help: {
      en:
        "close a client that leaves what it is sent unread for this long, instead of waiting on it",
      es:
        "cierra al cliente que deje sin leer lo que se le envía durante este tiempo, en lugar de esperarlo",
    },
  },
};

/** The value an option takes when it is not given. */
export function defaultValue(spec: OptionSpec): unknown {
  switch (spec.kind) {
    case "flag":
      return false;
    case "bytes":
      return spec.default === undefined ? undefined : decodeEscapes(spec.default);
    case "bytes-list":
      return (spec.default ?? []).map(decodeEscapes);
    case "port-list":
    case "address-list":
      return undefined;
    default:
      return spec.default;
  }
}

/** Makes a mode from its definition: its options gain the common ones. */
export function defineMode<const S extends OptionSpecs>(
  definition: ModeDefinition<S>,
): Mode<CommonOptions & OptionValues<S>> {
  const specs: OptionSpecs = {
    ...commonSpecs(definition),
    ...definition.options,
  };
  return {
    name: definition.name,
    group: definition.group,
    summary: definition.summary,
    watch: definition.watch,
    protocol: definition.protocol,
    examples: definition.examples,
    specs,
    ownOptions: Object.keys(definition.options),
    positionals: (definition.positionals ?? []) as readonly string[],
    validate: (options, check) => definition.validate?.(options, check),
    run: definition.run,
  };
}
