/**
 * End-to-end: main.ts run as a student runs it, through `deno run` with exactly the permissions
 * of `deno task start`, checking stdout, stderr and the exit code.
 */
import { assert, assertEquals, assertMatch } from "@std/assert";
import { interruptHandler, main, stopSignals } from "../main.ts";
import { toText } from "@std/streams/to-text";
import { captureIo } from "../lib/capture.ts";
import { RUN_PERMISSIONS, UNSTABLE_FLAGS } from "../scripts/permissions.ts";
import {
  bytes,
  eventually,
  freePort,
  MAIN,
  optionsFor,
  readAll,
  ROOT,
  withServer,
} from "./helpers.ts";
import { join } from "@std/path";
import { MODES } from "../lib/course/modes.ts";
import { tcpServer } from "../lib/course/tcp/tcp-server.ts";
import { textServer } from "../lib/course/text/text-server.ts";

/** The language pinned: English, whatever the machine's (SOCKLAB_LANG would win over LANG). */
const ENV = { SOCKLAB_LANG: "", LANG: "en_US.UTF-8", LC_ALL: "", LC_MESSAGES: "", NO_COLOR: "1" };

function socklab(args: string[], permissions: readonly string[] = RUN_PERMISSIONS) {
  return new Deno.Command(Deno.execPath(), {
    args: ["run", "--no-prompt", ...UNSTABLE_FLAGS, ...permissions, MAIN, ...args],
    env: ENV,
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  });
}

/** Runs socklab to its end with `input` on standard input. */
async function run(args: string[], input = "", permissions?: readonly string[]) {
  const child = socklab(args, permissions).spawn();
  const writer = child.stdin.getWriter();
  await writer.write(bytes(input));
  await writer.close();
  const { code, stdout, stderr } = await child.output();
  const decode = (data: Uint8Array) => new TextDecoder().decode(data);
  return { code, stdout: decode(stdout), stderr: decode(stderr) };
}

Deno.test("socklab --help lists the modes and exits 0", async () => {
  const { code, stdout, stderr } = await run(["--help"]);
  assertEquals(code, 0);
  assertEquals(stderr, "");
  for (const mode of MODES) assert(stdout.includes(`  ${mode.name} `), mode.name);
});

Deno.test("a usage error is one line on stderr and exit 2, before any socket opens", async () => {
  const { code, stdout, stderr } = await run(["tcp-server", "--port", "70000"]);
  assertEquals(code, 2);
  assertEquals(stdout, "");
  assertEquals(
    stderr,
    "socklab: tcp-server: --port must be a port number from 1 to 65535 (or 0: any free port), not '70000' — e.g. --port 8080\n",
  );
});

Deno.test("Spanish comes from LANG, and the usage error is in Spanish", async () => {
  const child = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "--no-prompt",
      ...UNSTABLE_FLAGS,
      ...RUN_PERMISSIONS,
      MAIN,
      "tcp-client",
      "--hex",
    ],
    env: { ...ENV, LANG: "es_ES.UTF-8" },
    stdin: "null",
  });
  const { code, stderr } = await child.output();
  assertEquals(code, 2);
  assertEquals(
    new TextDecoder().decode(stderr),
    "socklab: tcp-client: --hex solo funciona junto con --trace; por ejemplo socklab tcp-client --trace --hex\n",
  );
});

Deno.test("SOCKLAB_LANG=es makes socklab speak Spanish on an English system", async () => {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "--no-prompt", ...UNSTABLE_FLAGS, ...RUN_PERMISSIONS, MAIN, "--mode"],
    env: { ...ENV, SOCKLAB_LANG: "es" },
    stdin: "null",
  });
  const { code, stderr } = await child.output();
  assertEquals(code, 2);
  assertMatch(
    new TextDecoder().decode(stderr),
    /^socklab: --mode necesita un valor: --mode \S+\n$/,
  );
});

Deno.test("--mode without a value is said once, with socklab's name once", async () => {
  const { code, stdout, stderr } = await run(["--mode"]);
  assertEquals([code, stdout, stderr], [2, "", "socklab: --mode needs a value: --mode MODE\n"]);
});

Deno.test("connection refused: exit 1 and one line with the hint on stderr", async () => {
  const port = freePort();
  const { code, stdout, stderr } = await run(["tcp-client", "--port", String(port)]);
  assertEquals(code, 1);
  assertEquals(stdout, "");
  assertEquals(
    stderr,
    `socklab: error: connection refused: no server is listening on 127.0.0.1:${port} — start the server first\n`,
  );
});

Deno.test("without --allow-net, socklab says which permission is missing", async () => {
  const { code, stderr } = await run(["tcp-client", "--port", "8080"], "", []);
  assertEquals(code, 1);
  assertEquals(
    stderr,
    "socklab: error: Deno did not grant the --allow-net permission socklab needs — run it with deno task start, or add --allow-net to deno run\n",
  );
});

Deno.test("--version prints the version", async () => {
  const { code, stdout } = await run(["--version"]);
  assertEquals(code, 0);
  assertMatch(stdout, /^socklab \d+\.\d+\.\d+ \(deno \d+\.\d+\.\d+, [\w-]+\)\n$/);
});

Deno.test("tcp-client --stdin works in a pipe like nc: stdin in, the answer alone on stdout", async () => {
  const options = optionsFor(tcpServer, ["--chunk", "64", "--reply", "Gracias\\n", "--once"]);
  await withServer(tcpServer, options, async (server) => {
    const port = String(server.port);
    const { code, stdout, stderr } = await run(
      ["tcp-client", "--stdin", "--port", port],
      "Hola\r\n",
    );
    assertEquals(code, 0);
    assertEquals(stdout, "Gracias\n");
    assert(stderr.includes("Sent 6 bytes of standard input to the server"));
    await server.finished;
    assert(server.io.stdoutLines().includes("Toda la data leida: b'Hola\\r\\n'"));
  });
});

Deno.test({
  name:
    "a server stopped by SIGINT closes cleanly, prints its summary and exits 0 (not on Windows: Deno cannot send a child SIGINT there)",
  ignore: Deno.build.os === "windows",
  fn: stoppedBySigint,
});

async function stoppedBySigint() {
  const port = freePort();
  const child = socklab(["tcp-server", "--port", String(port)]).spawn();
  await child.stdin.close();
  const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let stdout = "";
  const waitFor = async (text: string) => {
    while (!stdout.includes(text)) {
      const { value, done } = await reader.read();
      if (done) throw new Error(`socklab ended before printing ${text}: ${stdout}`);
      stdout += value;
    }
  };
  await waitFor(`Server listening on 127.0.0.1:${port}`);
  {
    using conn = await Deno.connect({ hostname: "127.0.0.1", port });
    await conn.write(bytes("hi"));
    await conn.closeWrite();
    assertEquals(await readAll(conn), "");
  }
  await waitFor("Message received: hi");
  child.kill("SIGINT");
  for (let next = await reader.read(); !next.done; next = await reader.read()) stdout += next.value;
  const { code } = await child.status;
  const stderr = await toText(child.stderr);
  assertEquals(code, 0);
  assertEquals(stderr, "");
  assertEquals(
    stdout.trimEnd().split("\n").at(-1),
    "Server stopped. Clients served: 1; bytes received: 2; bytes sent: 0",
  );
}

Deno.test("the first Ctrl+C stops a server cleanly with its summary and exit 0; a second exits at once with 130", async () => {
  // The path a signal takes, in-process, so that it runs on Windows too.
  const exits: number[] = [];
  const interrupts = interruptHandler((code) => exits.push(code));
  const { promise: listening, resolve } = Promise.withResolvers<Deno.Addr>();
  const io = captureIo({ signal: interrupts.signal, listening: resolve });
  const port = freePort();
  const running = main(["tcp-server", "--port", String(port)], io, "en");
  await listening;
  {
    using conn = await Deno.connect({ hostname: "127.0.0.1", port });
    await conn.write(bytes("hi"));
    await conn.closeWrite();
    assertEquals(await readAll(conn), "");
  }
  await eventually(() => io.stdoutLines().includes("Message received: hi"));
  interrupts.interrupt();
  assertEquals(await running, 0);
  assertEquals(io.stderrText(), "");
  assertEquals(
    io.stdoutLines().at(-1),
    "Server stopped. Clients served: 1; bytes received: 2; bytes sent: 0",
  );
  assertEquals(exits, []);
  interrupts.interrupt();
  assertEquals(exits, [130]);
});

Deno.test("Ctrl+C and the OS's own stop signal are listened for: SIGTERM on Unix, Ctrl+Break on Windows", () => {
  assertEquals(stopSignals("linux"), ["SIGINT", "SIGTERM"]);
  assertEquals(stopSignals("darwin"), ["SIGINT", "SIGTERM"]);
  assertEquals(stopSignals("windows"), ["SIGINT", "SIGBREAK"]);
  // This OS accepts a listener for each of its own.
  const listener = () => {};
  for (const signal of stopSignals(Deno.build.os)) {
    Deno.addSignalListener(signal, listener);
    Deno.removeSignalListener(signal, listener);
  }
});

Deno.test("text-client takes piped requests, prints each reply, and exits 1 after an ERR", async () => {
  await withServer(textServer, optionsFor(textServer, ["--quiet"]), async (server) => {
    const port = String(server.port);
    const good = await run(
      ["text-client", "--port", port, "--quiet"],
      "MAYUS hola\nINVERTIR abc\n",
    );
    assertEquals(good.code, 0);
    assertEquals(good.stdout, "OK HOLA\nOK cba\n");
    const bad = await run(["text-client", "--port", port, "--quiet"], "NADA\nQUIT\nMAYUS x\n");
    assertEquals(bad.code, 1);
    assertEquals(
      bad.stdout,
      "ERR unknown-verb verbo desconocido «NADA»; los verbos son UPPER|MAYUS, LOWER|MINUS, REVERSE|INVERTIR, HELP|AYUDA, QUIT|SALIR\nOK adiós\n",
    );
  });
});

Deno.test("deno task start finds a file where the user stands, not in the checkout", async () => {
  const here = await Deno.makeTempDir({ prefix: "socklab-start-" });
  try {
    await Deno.writeTextFile(join(here, "apuntes.txt"), "hola");
    const { code, stderr } = await new Deno.Command(Deno.execPath(), {
      args: ["task", "--quiet", "--config", join(ROOT, "deno.json"), "start", "file-send"]
        .concat(["apuntes.txt", "--port", String(freePort())]),
      cwd: here,
      // deno task sets INIT_CWD only when it is not set already: the one of the `deno task test`
      // running this test must not reach the inner `deno task start`.
      clearEnv: true,
      env: { ...withoutInitCwd(Deno.env.toObject()), ...ENV },
      stdin: "null",
      stdout: "null",
    }).output();
    assertEquals(code, 1);
    // The file was found: what fails is the connection, as nobody listens on that port.
    assertMatch(new TextDecoder().decode(stderr), /^socklab: error: connection refused/m);
  } finally {
    await Deno.remove(here, { recursive: true });
  }
});

function withoutInitCwd(env: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter(([name]) => name !== "INIT_CWD"));
}

Deno.test("every client, bench included, says 'connection refused' in the same translated line with its hint", async () => {
  const port = String(freePort());
  const here = await Deno.makeTempDir({ prefix: "socklab-refused-" });
  try {
    const file = join(here, "apuntes.txt");
    await Deno.writeTextFile(file, "hola");
    const clients = [
      ["tcp-client"],
      ["echo-client"],
      ["text-client", "--request", "MAYUS hola"],
      ["db-client", "--request", "LISTA"],
      ["chat-client", "--nick", "ana"],
      ["file-send", file],
      ["bench", "--requests", "1"],
      ["bench", "--throughput", "--duration", "0.1"],
      ["db-race", "--clients", "1", "--ops", "1"],
    ];
    for (const args of clients) {
      const io = captureIo();
      assertEquals(await main([...args, "--port", port], io, "es"), 1, args[0]);
      assertEquals(
        io.stderrText(),
        `socklab: error: conexión rechazada: ningún servidor escucha en 127.0.0.1:${port}; inicia primero el servidor\n`,
        args.join(" "),
      );
    }
  } finally {
    await Deno.remove(here, { recursive: true });
  }
});

Deno.test("a usage error on a narrow terminal wraps between words; in a pipe it stays one line", async () => {
  const argv = ["tcp-server", "--port", "70000"];
  const pipe = captureIo({ columns: 40 });
  assertEquals(await main(argv, pipe, "en"), 2);
  assertEquals(pipe.stderrLines().length, 1);
  const terminal = captureIo({ columns: 40, stderrIsTerminal: true });
  assertEquals(await main(argv, terminal, "en"), 2);
  const lines = terminal.stderrLines();
  assert(lines.length > 1 && lines.every((line) => line.length <= 40), lines.join("\n"));
  // Joined back, the wrapped lines say the very same words.
  assertEquals(lines.map((line) => line.trim()).join(" "), pipe.stderrLines()[0]);
});
