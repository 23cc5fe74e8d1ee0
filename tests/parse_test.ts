import { assert, assertEquals, assertThrows } from "@std/assert";
import { type Command, parseCommandLine } from "../lib/cli/parse.ts";
import { UsageError } from "../lib/errors.ts";
import { kindOf } from "../lib/cli/kinds.ts";
import { MODES } from "../lib/course/modes.ts";
import { demo } from "../lib/course/demo.ts";
import { tcpClient } from "../lib/course/tcp/tcp-client.ts";
import { tcpServer } from "../lib/course/tcp/tcp-server.ts";
import { udpClient } from "../lib/course/udp/udp-client.ts";
import { udpServer } from "../lib/course/udp/udp-server.ts";
import type { Lang } from "../lib/present/lang.ts";
import { bytes } from "./helpers.ts";

function parse(argv: string[], envLang: Lang = "en"): Command {
  return parseCommandLine(argv, MODES, envLang);
}

/** The options a `run` command carries, as plain data to compare whole. */
function optionsOf(argv: string[], envLang: Lang = "en"): Record<string, unknown> {
  const command = parse(argv, envLang);
  if (command.kind !== "run") throw new Error(`expected a run command, got ${command.kind}`);
  return { ...command.options };
}

/** The one-line message of the usage error that parsing `argv` throws. */
function usageError(argv: string[], envLang: Lang = "en"): string {
  const { message } = assertThrows(() => parse(argv, envLang), UsageError);
  assert(!message.includes("\n"), "a usage error is one line");
  return message;
}

/** What every stream server has besides the common options. */
const STREAM_SERVER = {
  allow: undefined,
  deny: undefined,
  backlog: undefined,
  maxConnections: 1024,
  idleTimeout: undefined,
  stallTimeout: 60,
  requestTimeout: 30,
};

const COMMON = {
  host: "127.0.0.1",
  lang: "en",
  trace: false,
  traceFile: undefined,
  traceMax: 100,
  hex: false,
  timeout: undefined,
  quiet: false,
  debug: false,
};

Deno.test("tcp-server with no options takes the course's defaults", () => {
  assertEquals(optionsOf(["tcp-server"]), {
    ...COMMON,
    ...STREAM_SERVER,
    unix: undefined,
    port: 8080,
    backlog: 1,
    buffer: 1024,
    chunk: undefined,
    until: undefined,
    maxMessage: 1048576,
    reply: undefined,
    once: false,
  });
});

Deno.test("tcp-server reads every option, escapes decoded", () => {
  assertEquals(
    optionsOf([
      "tcp-server",
      "--host=0.0.0.0",
      "--port",
      "9000",
      "--lang",
      "es",
      "--trace",
      "--trace-file",
      "traza.jsonl",
      "--hex",
      "--timeout",
      "2.5",
      "--quiet",
      "--debug",
      "--backlog",
      "5",
      "--buffer",
      "64",
      "--chunk",
      "2",
      "--until",
      "\\r\\n",
      "--max-message",
      "4096",
      "--reply",
      "Gracias por su Mensaje\\n",
      "--once",
    ]),
    {
      host: "0.0.0.0",
      port: 9000,
      lang: "es",
      trace: true,
      traceFile: "traza.jsonl",
      traceMax: 100,
      hex: true,
      timeout: 2.5,
      quiet: true,
      debug: true,
      unix: undefined,
      ...STREAM_SERVER,
      backlog: 5,
      buffer: 64,
      chunk: 2,
      until: bytes("\r\n"),
      maxMessage: 4096,
      reply: bytes("Gracias por su Mensaje\n"),
      once: true,
    },
  );
});

Deno.test("--mode NAME anywhere is the same as the mode first", () => {
  const first = parse(["tcp-server", "--port", "9000"]);
  assertEquals(parse(["--mode", "tcp-server", "--port", "9000"]), first);
  assertEquals(parse(["--port", "9000", "--mode=tcp-server"]), first);
  assertEquals(parse(["tcp-server", "--mode", "tcp-server", "--port", "9000"]), first);
  assertEquals(first.kind === "run" && first.mode, tcpServer);
});

Deno.test("tcp-client defaults to the course's message and reads its options", () => {
  assertEquals(optionsOf(["tcp-client"]), {
    ...COMMON,
    unix: undefined,
    port: 8080,
    message: bytes("Hola, servidor!"),
    stdin: false,
    crlf: false,
    buffer: 1024,
  });
  assertEquals(optionsOf(["tcp-client", "--stdin", "--buffer", "4096", "--timeout", "1"]), {
    ...COMMON,
    unix: undefined,
    timeout: 1,
    port: 8080,
    message: bytes("Hola, servidor!"),
    stdin: true,
    crlf: false,
    buffer: 4096,
  });
});

Deno.test("udp-server defaults to port 9999 and reads drop, seed and the rest", () => {
  assertEquals(optionsOf(["udp-server"]), {
    ...COMMON,
    allow: undefined,
    deny: undefined,
    port: 9999,
    buffer: 1024,
    echo: false,
    noAck: false,
    drop: 0,
    seed: undefined,
    once: false,
  });
  assertEquals(
    optionsOf([
      "udp-server",
      "--drop",
      "0.25",
      "--seed",
      "7",
      "--no-ack",
      "--once",
      "--buffer",
      "9",
    ]),
    {
      ...COMMON,
      allow: undefined,
      deny: undefined,
      port: 9999,
      buffer: 9,
      echo: false,
      noAck: true,
      drop: 0.25,
      seed: 7,
      once: true,
    },
  );
});

Deno.test("udp-client waits 2 s by default and reads its series options", () => {
  assertEquals(optionsOf(["udp-client"]), {
    ...COMMON,
    timeout: 2,
    port: 9999,
    message: bytes("Hola, soy un cliente UDP"),
    retries: 0,
    noWait: false,
    count: 1,
    interval: 1000,
  });
  assertEquals(optionsOf(["udp-client", "--count", "10", "--interval", "0", "--timeout", ".5"]), {
    ...COMMON,
    timeout: 0.5,
    port: 9999,
    message: bytes("Hola, soy un cliente UDP"),
    retries: 0,
    noWait: false,
    count: 10,
    interval: 0,
  });
});

Deno.test("demo uses ephemeral ports unless --port fixes one, and takes a lesson name", () => {
  assertEquals(optionsOf(["demo", "--lesson", "tcp-chunks"]), {
    ...COMMON,
    timeout: 10,
    port: 0,
    lesson: "tcp-chunks",
    diagrams: undefined,
  });
  assertEquals(optionsOf(["demo", "--port", "9000"]).port, 9000);
  assert(
    usageError(["demo", "--port", "0"]).includes("--port must be a port number from 1 to 65535"),
  );
});

Deno.test("the language comes from the environment unless --lang says otherwise", () => {
  assertEquals(optionsOf(["tcp-server"], "es").lang, "es");
  assertEquals(optionsOf(["tcp-server", "--lang", "en"], "es").lang, "en");
  assertEquals(optionsOf(["tcp-server", "--lang=ES"], "en").lang, "es");
});

Deno.test("no arguments, --help or -h show the general help; --version the version", () => {
  assertEquals(parse([]), { kind: "help", lang: "en" });
  assertEquals(parse(["--help"]), { kind: "help", lang: "en" });
  assertEquals(parse(["-h", "--lang", "es"]), { kind: "help", lang: "es" });
  assertEquals(parse(["--lang", "es"]), { kind: "help", lang: "es" });
  assertEquals(parse(["--version"]), { kind: "version", lang: "en" });
});

Deno.test("a mode with --help shows that mode's help, even beside other options", () => {
  assertEquals(parse(["udp-client", "--help"]), { kind: "mode-help", mode: udpClient, lang: "en" });
  assertEquals(parse(["--mode", "demo", "-h", "--port", "x"], "es"), {
    kind: "mode-help",
    mode: demo,
    lang: "es",
  });
});

Deno.test("an unknown mode is refused, suggesting the closest one", () => {
  assertEquals(
    usageError(["tcp-sever"]),
    "unknown mode 'tcp-sever'; did you mean tcp-server? — the modes are listed by: socklab --help",
  );
  assertEquals(
    usageError(["frobnicate"]),
    "unknown mode 'frobnicate' — the modes are listed by: socklab --help",
  );
});

Deno.test("options without a mode, or two different modes, are refused", () => {
  assert(usageError(["--port", "80"]).startsWith("no mode given"));
  assert(
    usageError(["tcp-server", "--mode", "udp-server"]).includes("'tcp-server' and 'udp-server'"),
  );
  assert(usageError(["--mode"]).includes("--mode needs a value"));
});

Deno.test("options may come before the mode as well as after it", () => {
  const after = parse(["text-server", "--port", "23456", "--lang", "es"]);
  assertEquals(parse(["--port", "23456", "text-server", "--lang", "es"]), after);
  assertEquals(parse(["--lang", "es", "--port=23456", "text-server"]), after);
  assertEquals(parse(["--trace", "tcp-client"]), parse(["tcp-client", "--trace"]));
  assertEquals(parse(["--port", "8000", "echo-server", "--help"]).kind, "mode-help");
  assertEquals(
    usageError(["--lang", "en", "tcp-servr"]),
    "unknown mode 'tcp-servr'; did you mean tcp-server? — the modes are listed by: socklab --help",
  );
});

Deno.test("an unknown option before any mode is an unknown option, not a missing mode", () => {
  assertEquals(
    usageError(["-v"]),
    "unknown option -v; did you mean --version? — see: socklab --help",
  );
  assertEquals(
    usageError(["--verison"]),
    "unknown option --verison; did you mean --version? — see: socklab --help",
  );
  assertEquals(
    usageError(["--lang", "es", "-v"]),
    "opción desconocida -v; ¿quisiste decir --version?; consulta: socklab --help",
  );
});

Deno.test("a flag is a switch in every mode or takes a value in every mode, so it reads the same before the mode", () => {
  const takesValue = new Map<string, Set<boolean>>();
  for (const mode of MODES) {
    for (const [name, spec] of Object.entries(mode.specs)) {
      const forms = takesValue.get(name) ?? new Set();
      forms.add(kindOf(spec).takesValue);
      takesValue.set(name, forms);
    }
  }
  const ambiguous = [...takesValue].filter(([, forms]) => forms.size > 1).map(([name]) => name);
  assertEquals(ambiguous, []);
});

Deno.test("an unknown option is named, with the closest known one", () => {
  assertEquals(
    usageError(["tcp-server", "--prot", "80"]),
    "tcp-server: unknown option --prot; did you mean --port? — see: socklab tcp-server --help",
  );
  assertEquals(
    usageError(["tcp-client", "-x"]),
    "tcp-client: unknown option -x — see: socklab tcp-client --help",
  );
});

Deno.test("an option missing its value says the valid form", () => {
  assertEquals(
    usageError(["tcp-server", "--port"]),
    "tcp-server: --port needs a value: --port PORT",
  );
  assertEquals(
    usageError(["tcp-server", "--port", "--trace"]),
    "tcp-server: --port needs a value: --port PORT",
  );
  assertEquals(
    usageError(["tcp-client", "--message"]),
    "tcp-client: --message needs a value: --message TEXT",
  );
});

Deno.test("a port outside 1–65535 or not a number is refused with an example", () => {
  for (const port of ["0", "65536", "80a", "-1", "", "1e3", "99999999"]) {
    assertEquals(
      usageError(["tcp-client", "--port", port]),
      `tcp-client: --port must be a port number from 1 to 65535, not '${port}' — e.g. --port 8080`,
    );
  }
  assert(usageError(["udp-client", "--port=0"]).includes("not '0'"));
  assertEquals(
    usageError(["tcp-server", "--port", "65536"]),
    "tcp-server: --port must be a port number from 1 to 65535 (or 0: any free port), not '65536' — e.g. --port 8080",
  );
});

Deno.test("a server's --port 0 asks the system for any free port", () => {
  for (const server of ["tcp-server", "echo-server", "udp-server", "chat-server", "http-server"]) {
    assertEquals(optionsOf([server, "--port", "0"]).port, 0, server);
  }
});

Deno.test("malformed and out-of-range numbers are refused, naming the range", () => {
  assertEquals(
    usageError(["tcp-server", "--timeout", "abc"]),
    "tcp-server: --timeout must be a number from 0.001 to 86400, not 'abc' — --timeout SECONDS",
  );
  assertEquals(
    usageError(["udp-server", "--drop", "1.5"]),
    "udp-server: --drop must be a number from 0 to 1, not '1.5' — --drop P",
  );
  assertEquals(
    usageError(["tcp-server", "--chunk", "0"]),
    "tcp-server: --chunk must be a whole number from 1 to 16777216, not '0' — --chunk N",
  );
  assert(usageError(["tcp-server", "--buffer", "2.5"]).includes("whole number"));
  assert(usageError(["udp-client", "--count", "-3"]).includes("not '-3'"));
});

Deno.test("a switch given a value, or any option given twice, is refused", () => {
  assertEquals(
    usageError(["tcp-server", "--trace=yes"]),
    "tcp-server: --trace is a switch and takes no value: write just --trace",
  );
  assertEquals(
    usageError(["tcp-server", "--port", "1", "--port", "2"]),
    "tcp-server: --port is given more than once — give it once: --port PORT",
  );
});

Deno.test("a stray argument is refused", () => {
  assertEquals(
    usageError(["tcp-client", "Hola"]),
    "tcp-client: unexpected argument 'Hola' — options start with --; see: socklab tcp-client --help",
  );
});

Deno.test("bad choices, empty texts and unknown escapes are refused", () => {
  assertEquals(
    usageError(["tcp-server", "--lang", "fr"]),
    "tcp-server: --lang must be one of es, en, not 'fr'",
  );
  assertEquals(
    usageError(["tcp-client", "--message", ""]),
    "tcp-client: --message cannot be empty — --message TEXT",
  );
  assertEquals(
    usageError(["tcp-server", "--until", "\\q"]),
    "tcp-server: --until has an unknown escape \\q; the escapes are \\n \\r \\t \\0 \\\\ \\' \\\" \\xHH",
  );
  assert(usageError(["demo", "--lesson", "nope"]).includes("--lesson must be one of tcp-message"));
});

Deno.test("--hex without --trace is a bad combination, with the right form", () => {
  assertEquals(
    usageError(["tcp-client", "--hex"]),
    "tcp-client: --hex only works together with --trace — e.g. socklab tcp-client --trace --hex",
  );
});

Deno.test("each mode rejects its own bad combinations before any socket opens", () => {
  assert(
    usageError(["tcp-client", "--stdin", "--message", "x"]).startsWith(
      "tcp-client: --stdin and --message cannot be used together",
    ),
  );
  assert(
    usageError(["tcp-server", "--max-message", "10"]).startsWith(
      "tcp-server: --max-message only works together with --until",
    ),
  );
  assert(
    usageError(["udp-server", "--seed", "7"]).startsWith(
      "udp-server: --seed only works together with --drop",
    ),
  );
  assert(
    usageError(["udp-client", "--retries", "2", "--no-wait"]).startsWith(
      "udp-client: --retries and --no-wait cannot be used together",
    ),
  );
  assert(
    usageError(["udp-client", "--retries", "2", "--count", "5"]).startsWith(
      "udp-client: --retries and --count cannot be used together",
    ),
  );
  assert(
    usageError(["udp-client", "--interval", "10"]).startsWith(
      "udp-client: --interval only works together with --count",
    ),
  );
});

Deno.test("usage errors speak the language asked for, even before the mode is known", () => {
  assertEquals(
    usageError(["tcp-client", "--port", "0", "--lang", "es"]),
    "tcp-client: --port debe ser un número de puerto de 1 a 65535, no «0»; por ejemplo --port 8080",
  );
  assert(usageError(["nada"], "es").startsWith("modo desconocido «nada»"));
});

Deno.test("combinations that make sense are accepted", () => {
  assertEquals(optionsOf(["tcp-server", "--chunk", "2", "--max-message", "10"]).port, 8080);
  assertEquals(optionsOf(["udp-client", "--no-wait", "--count", "3"]).port, 9999);
  assertEquals(optionsOf(["tcp-server", "--trace", "--hex"]).hex, true);
  assertEquals(parse(["udp-server", "--drop", "0.5", "--seed", "1"]).kind, "run");
  assertEquals(optionsOf(["tcp-client", "--host", "::1"]).host, "::1");
  assertEquals(optionsOf(["tcp-client", "--message", "-x"]).port, 8080);
  assert(MODES.includes(tcpClient) && MODES.includes(udpServer));
});

Deno.test("words are read as written: values that look like numbers or options stay text, and -- ends the options", () => {
  const text = (value: unknown) => new TextDecoder().decode(value as Uint8Array);
  assertEquals(text(optionsOf(["tcp-client", "--message", "-x"]).message), "-x");
  assertEquals(text(optionsOf(["tcp-client", "--message", "1e3"]).message), "1e3");
  assertEquals(text(optionsOf(["tcp-client", "--message=a=b"]).message), "a=b");
  assertEquals(text(optionsOf(["tcp-client", "--message", "0x10"]).message), "0x10");
  // A switch never takes the next word, even "true", as its value.
  assertEquals(
    usageError(["tcp-client", "--trace", "true"]),
    "tcp-client: unexpected argument 'true' — options start with --; see: socklab tcp-client --help",
  );
  assertEquals(optionsOf(["probe", "--", "-x", "080"]).host, "-x");
  assertEquals(optionsOf(["probe", "h", "080"]).ports, [80]);
  assertEquals(usageError(["tcp-server", "--port", "1e3"]).includes("not '1e3'"), true);
  assertEquals(
    usageError(["tcp-server", "--buffer"]),
    "tcp-server: --buffer needs a value: --buffer BYTES",
  );
});

Deno.test("echo-server defaults to port 8000, concurrent, and reads the blocking loop's options", () => {
  assertEquals(optionsOf(["echo-server"]), {
    ...COMMON,
    ...STREAM_SERVER,
    unix: undefined,
    port: 8000,
    blocking: false,
    chunk: undefined,
    until: undefined,
    maxMessage: 1048576,
  });
  assertEquals(optionsOf(["echo-server", "--blocking", "--chunk", "4", "--until", "\\n"]), {
    ...COMMON,
    ...STREAM_SERVER,
    unix: undefined,
    port: 8000,
    blocking: true,
    chunk: 4,
    until: bytes("\n"),
    maxMessage: 1048576,
  });
  assertEquals(
    usageError(["echo-server", "--chunk", "2"]),
    "echo-server: --chunk only works together with --blocking — e.g. socklab echo-server --blocking --chunk 2",
  );
});

Deno.test("echo-client takes --message several times, in order", () => {
  assertEquals(optionsOf(["echo-client"]), {
    ...COMMON,
    unix: undefined,
    port: 8000,
    message: [bytes("Hola Mundo\r\n")],
    stdin: false,
    count: 1,
    until: undefined,
  });
  assertEquals(optionsOf(["echo-client", "--message", "uno", "--message=dos\\n"]), {
    ...COMMON,
    unix: undefined,
    port: 8000,
    message: [bytes("uno"), bytes("dos\n")],
    stdin: false,
    count: 1,
    until: undefined,
  });
  assert(
    usageError(["echo-client", "--stdin", "--message", "x"]).includes("--stdin and --message"),
  );
  assert(usageError(["echo-client", "--stdin", "--count", "2"]).includes("--count and --stdin"));
});

Deno.test("text-server serves lines on port 54321, or raw with --raw", () => {
  assertEquals(optionsOf(["text-server"]), {
    ...COMMON,
    ...STREAM_SERVER,
    unix: undefined,
    port: 54321,
    raw: undefined,
    maxLine: 65536,
  });
  assertEquals(optionsOf(["text-server", "--raw", "REVERSE"]).port, 54321);
  assert(
    usageError(["text-server", "--raw", "sideways"]).includes(
      "must be one of upper, lower, reverse",
    ),
  );
  assert(
    usageError(["text-server", "--raw", "upper", "--max-line", "9"]).includes(
      "--max-line and --raw",
    ),
  );
});

Deno.test("text-client takes requests, or --raw with a message", () => {
  assertEquals(optionsOf(["text-client", "--request", "MAYUS a", "--request", "SALIR"]), {
    ...COMMON,
    unix: undefined,
    port: 54321,
    request: [bytes("MAYUS a"), bytes("SALIR")],
    raw: undefined,
    message: bytes("Hola"),
  });
  assert(
    usageError(["text-client", "--message", "x"]).includes(
      "--message only works together with --raw",
    ),
  );
  assert(
    usageError(["text-client", "--raw", "upper", "--request", "x"]).includes("--raw and --request"),
  );
});

Deno.test("db-server keeps records in memory with record locking unless told otherwise", () => {
  assertEquals(optionsOf(["db-server"]), {
    ...COMMON,
    ...STREAM_SERVER,
    unix: undefined,
    port: 5050,
    locking: "record",
    latency: 0,
    store: undefined,
    maxLine: 65536,
  });
  assertEquals(optionsOf(["db-server", "--locking", "none", "--latency", "5", "--store", "p.db"]), {
    ...COMMON,
    ...STREAM_SERVER,
    unix: undefined,
    port: 5050,
    locking: "none",
    latency: 5,
    store: "p.db",
    maxLine: 65536,
  });
  assert(
    usageError(["db-server", "--locking", "row"]).includes("must be one of none, global, record"),
  );
});

Deno.test("db-race runs its own servers unless given one to race against", () => {
  assertEquals(optionsOf(["db-race"]), {
    ...COMMON,
    unix: undefined,
    port: 0,
    clients: 50,
    ops: 20,
    keys: "shared",
    locking: undefined,
    latency: 1,
  });
  assertEquals(optionsOf(["db-race", "--port", "5050", "--clients", "3"]).port, 5050);
  assertEquals(
    usageError(["db-race", "--port", "5050", "--locking", "none"]),
    "db-race: --locking and --port cannot be used together — a server that is already running has its own locking and latency",
  );
  assert(
    usageError(["db-race", "--host", "10.0.0.2"]).includes(
      "--host only works together with --port",
    ),
  );
});

Deno.test("probe takes HOST and PORTS by position, with a one-second timeout", () => {
  assertEquals(optionsOf(["probe", "localhost", "22,80,8000-8002"]), {
    ...COMMON,
    host: "localhost",
    timeout: 1,
    port: 0,
    ports: [22, 80, 8000, 8001, 8002],
    concurrency: 64,
  });
  assertEquals(
    usageError(["probe", "localhost"]),
    "probe: PORTS is missing — socklab probe HOST PORTS",
  );
  assertEquals(
    usageError(["probe", "h", "1-99999"]),
    "probe: PORTS must be ports like 8080, 8000-8010 or 22,80,443 (at most 1024), not '1-99999'",
  );
  assert(usageError(["probe", "h", "80", "extra"]).includes("unexpected argument 'extra'"));
  // A place given by name is skipped: the words left fill the places after it.
  assertEquals(optionsOf(["probe", "--host", "127.0.0.1", "80"]).ports, [80]);
  assertEquals(optionsOf(["probe", "80", "--host", "127.0.0.1"]).host, "127.0.0.1");
  assert(usageError(["probe", "h", "80", "--host", "x"]).includes("unexpected argument '80'"));
});

Deno.test("file-send takes the file's path by position; file-receive a directory", () => {
  assertEquals(
    usageError(["file-send"]),
    "file-send: PATH is missing — socklab file-send PATH",
  );
  const send = parse(["file-send", "notas.pdf", "--port", "6001"]);
  assertEquals(
    send.kind === "run" && (send.options as unknown as { path: string }).path,
    "notas.pdf",
  );
  assertEquals(optionsOf(["file-receive", "--dir", "in", "--overwrite"]), {
    ...COMMON,
    ...STREAM_SERVER,
    unix: undefined,
    port: 6000,
    dir: "in",
    overwrite: true,
    maxSize: 1073741824,
    once: false,
  });
});

Deno.test("interfaces opens no socket: no --host, --timeout, --trace or --hex", () => {
  assertEquals(optionsOf(["interfaces"]), { lang: "en", quiet: false, debug: false, port: 5555 });
  for (const option of ["--host", "--timeout", "--trace", "--hex"]) {
    assert(usageError(["interfaces", option, "1"]).includes(`unknown option ${option}`), option);
  }
});

Deno.test("servers take --allow and --deny lists; stream servers also the client limits", () => {
  const options = optionsOf([
    "echo-server",
    "--allow",
    "192.168.1.0/24,::1",
    "--deny",
    "192.168.1.66",
    "--max-connections",
    "10",
    "--idle-timeout",
    "30",
    "--stall-timeout",
    "5",
  ]);
  assertEquals(
    {
      allow: options.allow,
      deny: options.deny,
      maxConnections: options.maxConnections,
      idleTimeout: options.idleTimeout,
      stallTimeout: options.stallTimeout,
    },
    {
      allow: [
        { family: 4, address: 0xc0a80100n, prefix: 24 },
        { family: 6, address: 1n, prefix: 128 },
      ],
      deny: [{ family: 4, address: 0xc0a80142n, prefix: 32 }],
      maxConnections: 10,
      idleTimeout: 30,
      stallTimeout: 5,
    },
  );
  assertEquals(
    usageError(["text-server", "--allow", "192.168.1.0/40"]),
    "text-server: --allow must be addresses or CIDR ranges like 192.168.1.0/24,10.0.0.5,fd00::/8, not '192.168.1.0/40'",
  );
  // Windows has no Unix sockets, which is said before any flag combination.
  assert(
    usageError(["echo-server", "--unix", "/tmp/s.sock", "--allow", "::1"]).includes(
      Deno.build.os === "windows" ? "not supported on Windows" : "--allow and --unix",
    ),
  );
  assertEquals(optionsOf(["udp-server", "--deny", "10.0.0.0/8"]).deny, [
    { family: 4, address: 0x0a000000n, prefix: 8 },
  ]);
  assert(
    usageError(["udp-server", "--max-connections", "5"]).includes(
      "unknown option --max-connections",
    ),
  );
  assert(usageError(["tcp-client", "--allow", "::1"]).includes("unknown option --allow"));
});

Deno.test("the command line is read once: a value is a value, even one that looks like -V or -h", () => {
  const text = (value: unknown) => new TextDecoder().decode(value as Uint8Array);
  assertEquals(text(optionsOf(["tcp-client", "--message", "-V"]).message), "-V");
  assertEquals(text(optionsOf(["tcp-client", "--message", "-h"]).message), "-h");
  assertEquals(optionsOf(["probe", "--", "--lang", "80"]).host, "--lang");
  // A word that is an option of socklab is not swallowed as a value: it is a value missing.
  assertEquals(
    usageError(["tcp-client", "--message", "--lang=es"]),
    "tcp-client: --message necesita un valor: --message TEXTO",
  );
});

Deno.test("--lang and --debug come out of the same reading as every other option", () => {
  assertEquals(optionsOf(["tcp-client", "--debug", "--lang", "ES"]).debug, true);
  assertEquals(optionsOf(["tcp-client", "--message=--debug"]).debug, false);
  assertEquals(
    usageError(["tcp-client", "--lang", "es", "--lang", "en"]).split(":")[0],
    "tcp-client",
  );
});

Deno.test("socklab --lang with no value or one socklab does not speak is a usage error", () => {
  assertEquals(usageError(["--lang", "fr"]), "--lang must be one of es, en, not 'fr'");
  assertEquals(usageError(["--lang"], "es"), "--lang necesita un valor: --lang es|en");
  assertEquals(
    usageError(["tcp-server", "--lang", "fr"], "es"),
    "tcp-server: --lang debe ser uno de es, en, no «fr»",
  );
});

Deno.test("--mode without a value says so once, in the language asked for", () => {
  assertEquals(usageError(["--mode"]), "--mode needs a value: --mode MODE");
  assertEquals(usageError(["--mode", "--lang", "es"]).startsWith("--mode necesita un valor"), true);
  assertEquals(usageError(["--port", "80", "--mode"]), "--mode needs a value: --mode MODE");
});

Deno.test("a value given by position is named as typed, not by an option the user did not type", () => {
  assertEquals(
    usageError(["probe", "127.0.0.1", "1-5000"]),
    "probe: PORTS must be ports like 8080, 8000-8010 or 22,80,443 (at most 1024), not '1-5000'",
  );
  assertEquals(
    usageError(["probe", "127.0.0.1", "--ports", "1-5000"]),
    "probe: --ports must be ports like 8080, 8000-8010 or 22,80,443 (at most 1024), not '1-5000'",
  );
});

Deno.test("a decimal comma reads as the point: --timeout 0,5 is half a second", () => {
  assertEquals(optionsOf(["tcp-client", "--timeout", "0,5"]).timeout, 0.5);
  assertEquals(optionsOf(["udp-server", "--drop", ",25"]).drop, 0.25);
  assert(usageError(["tcp-client", "--timeout", "1,000,5"]).includes("'1,000,5'"));
});

Deno.test("a word after -- that looks like an option is named as an argument, saying why", () => {
  assertEquals(
    usageError(["tcp-client", "--", "--message", "x"]),
    "tcp-client: unexpected argument '--message' — after --, every word is an argument, not an option; see: socklab tcp-client --help",
  );
});
