import { assert, assertEquals, assertMatch, assertRejects, assertThrows } from "@std/assert";
import { join } from "@std/path";
import { checkUnixSupported, parseCommandLine } from "../lib/cli/parse.ts";
import { NetError } from "../lib/errors.ts";
import { echoClient } from "../lib/course/echo/echo-client.ts";
import { echoServer } from "../lib/course/echo/echo-server.ts";
import { MODES } from "../lib/course/modes.ts";
import { tcpClient } from "../lib/course/tcp/tcp-client.ts";
import { tcpServer } from "../lib/course/tcp/tcp-server.ts";
import { translator } from "../lib/present/catalogue.ts";
import { describeError } from "../lib/present/describe.ts";
import { UsageError } from "../lib/errors.ts";
import { RUN_PERMISSIONS, UNSTABLE_FLAGS } from "../scripts/permissions.ts";
import { MAIN, optionsFor, runMode, startServer, withServer } from "./helpers.ts";

const WINDOWS = Deno.build.os === "windows";

/** Runs `body` with the path of a socket file in a fresh temporary directory, removed after. */
async function withSocketPath(body: (path: string) => Promise<void>): Promise<void> {
  const dir = await Deno.makeTempDir({ prefix: "socklab-" });
  try {
    await body(join(dir, "s.sock"));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

const exists = (path: string) => Deno.lstat(path).then(() => true, () => false);

Deno.test({
  name:
    "tcp-server and tcp-client talk over a Unix socket, and the server removes its file (not on Windows: no Unix sockets there)",
  ignore: WINDOWS,
  fn: () =>
    withSocketPath(async (path) => {
      const server = await startServer(
        tcpServer,
        optionsFor(tcpServer, ["--unix", path, "--once"]),
      );
      assertEquals(server.io.stdoutLines()[0], `Servidor escuchando en ${path}`);
      const client = await runMode(tcpClient, optionsFor(tcpClient, ["--unix", path]));
      assertEquals(client.code, 0);
      assertEquals(client.io.stdoutLines()[0], `Conectado a ${path}`);
      assertEquals(await server.finished, 0);
      assert(server.io.stdoutLines().includes(`Conexión aceptada de ${path}#1`));
      assert(server.io.stdoutLines().includes("Mensaje recibido: Hola, servidor!"));
      assertEquals(await exists(path), false);
    }),
});

Deno.test({
  name:
    "echo-server and echo-client work over a Unix socket too (not on Windows: no Unix sockets there)",
  ignore: WINDOWS,
  fn: () =>
    withSocketPath(async (path) => {
      await withServer(
        echoServer,
        optionsFor(echoServer, ["--unix", path, "--quiet"]),
        async () => {
          const client = await runMode(
            echoClient,
            optionsFor(echoClient, ["--unix", path, "--count", "3"]),
          );
          assertEquals(client.code, 0);
          assertEquals(
            client.io.stdoutLines().filter((line) => line.startsWith("Eco en")).length,
            3,
          );
        },
      );
    }),
});

Deno.test({
  name:
    "a stale socket file left by a crashed server is removed, and the new server starts (not on Windows: no Unix sockets there)",
  ignore: WINDOWS,
  fn: () =>
    withSocketPath(async (path) => {
      // A real crash: a socklab server killed with SIGKILL leaves its socket file behind.
      const crashed = new Deno.Command(Deno.execPath(), {
        args: ["run", ...UNSTABLE_FLAGS, ...RUN_PERMISSIONS, MAIN, "tcp-server", "--unix", path],
        stdout: "piped",
        stderr: "null",
        stdin: "null",
      }).spawn();
      const reader = crashed.stdout.pipeThrough(new TextDecoderStream()).getReader();
      let output = "";
      while (!output.includes(path)) output += (await reader.read()).value ?? "";
      crashed.kill("SIGKILL");
      await crashed.status;
      await reader.cancel();
      assert(await exists(path), "the crash left the socket file");

      const error = await assertRejects(
        () => runMode(tcpClient, optionsFor(tcpClient, ["--unix", path])),
        NetError,
      );
      assertEquals(error.kind, "refused");
      assertEquals(
        describeError(error, translator("es")),
        `conexión rechazada: ningún servidor escucha en ${path}; inicia primero el servidor`,
      );

      await withServer(tcpServer, optionsFor(tcpServer, ["--unix", path]), async (server) => {
        assertEquals(
          server.io.stdoutLines()[0],
          `Se borró el archivo de socket abandonado ${path}, que dejó un servidor que no cerró`,
        );
        const client = await runMode(tcpClient, optionsFor(tcpClient, ["--unix", path]));
        assertEquals(client.code, 0);
      });
    }),
});

Deno.test({
  name:
    "a socket a server answers on is never removed: a second server is refused (not on Windows: no Unix sockets there)",
  ignore: WINDOWS,
  fn: () =>
    withSocketPath(async (path) => {
      await withServer(tcpServer, optionsFor(tcpServer, ["--unix", path]), async () => {
        const error = await assertRejects(
          () => runMode(tcpServer, optionsFor(tcpServer, ["--unix", path])),
          NetError,
        );
        assertEquals(error.kind, "unix-in-use");
        assertEquals(
          describeError(error, translator("en")),
          `a server is already listening on ${path} — stop it or choose another path`,
        );
      });
    }),
});

Deno.test({
  name: "a file that is not a socket is left alone (not on Windows: no Unix sockets there)",
  ignore: WINDOWS,
  fn: () =>
    withSocketPath(async (path) => {
      await Deno.writeTextFile(path, "mis apuntes");
      const error = await assertRejects(
        () => runMode(tcpServer, optionsFor(tcpServer, ["--unix", path])),
        NetError,
      );
      assertEquals(error.kind, "not-a-socket");
      assertEquals(await Deno.readTextFile(path), "mis apuntes");
    }),
});

Deno.test({
  name:
    "a client given a path with no socket says to start the server there (not on Windows: no Unix sockets there)",
  ignore: WINDOWS,
  fn: () =>
    withSocketPath(async (path) => {
      const error = await assertRejects(
        () => runMode(tcpClient, optionsFor(tcpClient, ["--unix", path])),
        NetError,
      );
      assertEquals(error.kind, "no-socket");
      assertEquals(
        describeError(error, translator("es")),
        `no hay ningún socket en ${path}: inicia primero el servidor, con --unix ${path}`,
      );
    }),
});

Deno.test("--unix is for stream modes, and replaces --host and --port (on Windows: refused, saying why)", () => {
  const usage = (argv: string[]) => {
    return assertThrows(() => parseCommandLine(argv, MODES, "en"), UsageError).message;
  };
  const unixOnWindows = (mode: string) =>
    `${mode}: Unix sockets are not supported on Windows — use TCP: --host 127.0.0.1 --port PORT`;
  for (const mode of ["tcp-server", "tcp-client", "echo-server", "echo-client"]) {
    if (WINDOWS) {
      assertEquals(usage([mode, "--unix", "x.sock"]), unixOnWindows(mode));
    } else {
      const command = parseCommandLine([mode, "--unix", "/tmp/x.sock"], MODES, "en");
      assertEquals(command.kind === "run" && command.options.unix, "/tmp/x.sock");
    }
  }
  assertMatch(usage(["udp-server", "--unix", "/tmp/x.sock"]), /unknown option --unix/);
  // Where there are no Unix sockets, that is said first: it is what the user must change.
  assertEquals(
    usage(["tcp-client", "--unix", "/tmp/x.sock", "--port", "80"]),
    WINDOWS
      ? unixOnWindows("tcp-client")
      : "tcp-client: --unix and --port cannot be used together — a Unix socket is a file, with no host or port",
  );
  assertMatch(
    usage(["echo-server", "--host", "::1", "--unix", "/tmp/x.sock"]),
    WINDOWS ? /not supported on Windows/ : /--unix and --host/,
  );
});

Deno.test("on Windows, --unix is a usage error that says why", () => {
  assertEquals(
    assertThrows(() => checkUnixSupported("windows", "tcp-server", translator("es")), UsageError)
      .message,
    "tcp-server: los sockets Unix no están disponibles en Windows; usa TCP: --host 127.0.0.1 --port PUERTO",
  );
  checkUnixSupported("linux", "tcp-server", translator("es"));
  checkUnixSupported("darwin", "tcp-server", translator("es"));
});
