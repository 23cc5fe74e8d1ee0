import { delay } from "@std/async/delay";
import { assert, assertEquals, assertMatch, assertRejects, assertThrows } from "@std/assert";
import { NetError, UsageError } from "../lib/errors.ts";
import { tcpClient } from "../lib/course/tcp/tcp-client.ts";
import { tcpServer } from "../lib/course/tcp/tcp-server.ts";
import { translator } from "../lib/present/catalogue.ts";
import { describeError } from "../lib/present/describe.ts";
import {
  bytes,
  connectTo,
  eventually,
  fillBacklog,
  FIXED_CLOCK,
  freePort,
  Keyboard,
  optionsFor,
  readAll,
  runMode,
  silentPort,
  startServer,
  withServer,
} from "./helpers.ts";

const PORT = /\d+/.source;

Deno.test("a client's message reaches the server, which prints what the course's server prints", async () => {
  await withServer(tcpServer, optionsFor(tcpServer, ["--once"]), async (server) => {
    const { port } = server;
    const client = await runMode(tcpClient, optionsFor(tcpClient, [], { port }));
    assertEquals(client.code, 0);
    assertEquals(client.io.stdoutLines(), [
      `Conectado a 127.0.0.1:${port}`,
      "Mensaje enviado al servidor: Hola, servidor!",
      "El servidor cerró la conexión sin responder",
    ]);
    assertEquals(await server.finished, 0);
    const lines = server.io.stdoutLines();
    assertEquals(lines[0], `Servidor escuchando en 127.0.0.1:${port}`);
    assertMatch(lines[1], new RegExp(`^Conexión aceptada de 127\\.0\\.0\\.1:${PORT}$`));
    assertEquals(lines.slice(2), [
      "Mensaje recibido: Hola, servidor!",
      "Servidor detenido. Clientes atendidos: 1; bytes recibidos: 15; bytes enviados: 0",
    ]);
  });
});

Deno.test("--reply goes back after the message and the client prints it", async () => {
  const serverOptions = optionsFor(tcpServer, ["--reply", "Hola desde el servidor\\n", "--once"]);
  await withServer(tcpServer, serverOptions, async (server) => {
    const client = await runMode(
      tcpClient,
      optionsFor(tcpClient, ["--message", "Hola desde el cliente!"], { port: server.port }),
    );
    assertEquals(client.io.stdoutLines().at(-1), "Respuesta del servidor: Hola desde el servidor");
    await server.finished;
    assert(server.io.stdoutLines().includes("Mensaje recibido: Hola desde el cliente!"));
    assert(server.io.stdoutLines().includes("Respuesta enviada: Hola desde el servidor"));
  });
});

Deno.test("chunked reads print whatever each recv got, even a message split across writes", async () => {
  const options = optionsFor(tcpServer, [
    "--chunk",
    "2",
    "--until",
    "\\r\\n",
    "--reply",
    "Gracias por su Mensaje\\n",
    "--once",
  ]);
  await withServer(tcpServer, options, async (server) => {
    using conn = await connectTo(server.address);
    const printed = () => server.io.stdoutLines();
    // Each piece is sent only once the server has read the previous one: a real split.
    await conn.write(bytes("H"));
    await eventually(() => printed().includes("Data leida: b'H'"));
    await conn.write(bytes("ola Mundo\r"));
    await eventually(() => printed().includes("Data leida: b'o\\r'"));
    await conn.write(bytes("\n"));
    assertEquals(await readAll(conn), "Gracias por su Mensaje\n");
    await server.finished;
    assertEquals(printed().slice(2), [
      "Data leida: b'H'",
      "Data leida: b'ol'",
      "Data leida: b'a '",
      "Data leida: b'Mu'",
      "Data leida: b'nd'",
      "Data leida: b'o\\r'",
      "Data leida: b'\\n'",
      "Toda la data leida: b'Hola Mundo\\r\\n'",
      "Respuesta enviada: Gracias por su Mensaje",
      "Servidor detenido. Clientes atendidos: 1; bytes recibidos: 12; bytes enviados: 23",
    ]);
  });
});

Deno.test("the course's nc test: 'Hola Mundo\\r\\n\\n' read two bytes at a time stops at \\r\\n", async () => {
  const options = optionsFor(tcpServer, ["--chunk", "2", "--until", "\\r\\n", "--once"]);
  await withServer(tcpServer, options, async (server) => {
    await runMode(
      tcpClient,
      optionsFor(tcpClient, ["--message", "Hola Mundo\\r\\n\\n"], { port: server.port }),
    );
    await server.finished;
    const lines = server.io.stdoutLines();
    assertEquals(lines.filter((line) => line.startsWith("Data leida")), [
      "Data leida: b'Ho'",
      "Data leida: b'la'",
      "Data leida: b' M'",
      "Data leida: b'un'",
      "Data leida: b'do'",
      "Data leida: b'\\r\\n'",
    ]);
    assert(lines.includes("Toda la data leida: b'Hola Mundo\\r\\n'"));
  });
});

Deno.test("--until without --chunk reads --buffer at a time until the delimiter", async () => {
  const options = optionsFor(tcpServer, ["--until", "FIN", "--buffer", "4", "--once"], {}, "en");
  await withServer(tcpServer, options, async (server) => {
    using conn = await connectTo(server.address);
    await conn.write(bytes("abcdef"));
    await eventually(() => server.io.stdoutLines().includes("Data read: b'ef'"));
    await conn.write(bytes("FIN"));
    await server.finished;
    assertEquals(server.io.stdoutLines().slice(2, 6), [
      "Data read: b'abcd'",
      "Data read: b'ef'",
      "Data read: b'FIN'",
      "All data read: b'abcdefFIN'",
    ]);
  });
});

Deno.test("--chunk alone reads until the client half-closes", async () => {
  await withServer(tcpServer, optionsFor(tcpServer, ["--chunk", "4", "--once"]), async (server) => {
    await runMode(
      tcpClient,
      optionsFor(tcpClient, ["--message", "uno dos"], { port: server.port }),
    );
    await server.finished;
    assert(server.io.stdoutLines().includes("Toda la data leida: b'uno dos'"));
    assertEquals(server.io.stdoutLines().filter((line) => line.startsWith("Data leida")).length, 2);
  });
});

Deno.test("a client that closes before the delimiter is reported, with what it sent", async () => {
  const options = optionsFor(tcpServer, ["--chunk", "2", "--until", "\\r\\n", "--once"]);
  await withServer(tcpServer, options, async (server) => {
    await runMode(
      tcpClient,
      optionsFor(tcpClient, ["--message", "abc"], { port: server.port }),
    );
    await server.finished;
    const lines = server.io.stdoutLines();
    assert(
      lines.some((line) => /^127\.0\.0\.1:\d+ cerró su lado antes de enviar b'\\r\\n'$/.test(line)),
    );
    assert(lines.includes("Toda la data leida: b'abc'"));
  });
});

Deno.test("--max-message closes a client that never ends its message", async () => {
  const options = optionsFor(
    tcpServer,
    ["--until", "\\n", "--max-message", "10", "--once"],
    {},
    "en",
  );
  await withServer(tcpServer, options, async (server) => {
    using conn = await connectTo(server.address);
    await conn.write(bytes("x".repeat(64)));
    assertEquals(await readAll(conn), "");
    await server.finished;
    assertMatch(
      server.io.stderrText(),
      /^127\.0\.0\.1:\d+ sent \d+ bytes without b'\\n' \(--max-message\); closing/,
    );
    assert(!server.io.stdoutText().includes("All data read"));
  });
});

Deno.test("a client that sends nothing is reported, and a reply still goes to it", async () => {
  await withServer(
    tcpServer,
    optionsFor(tcpServer, ["--reply", "hola", "--once"]),
    async (server) => {
      using conn = await connectTo(server.address);
      await conn.closeWrite();
      assertEquals(await readAll(conn), "hola");
      await server.finished;
      assert(
        server.io.stdoutLines().some((line) => line.endsWith("cerró la conexión sin enviar nada")),
      );
    },
  );
});

Deno.test("without --once clients are served one after another until the server is stopped", async () => {
  const server = await startServer(tcpServer, optionsFor(tcpServer, ["--reply", "ok"]));
  try {
    for (const message of ["uno", "dos", "tres"]) {
      const client = await runMode(
        tcpClient,
        optionsFor(tcpClient, ["--message", message], { port: server.port }),
      );
      assertEquals(client.io.stdoutLines().at(-1), "Respuesta del servidor: ok");
    }
  } finally {
    assertEquals(await server.stop(), 0);
  }
  const lines = server.io.stdoutLines();
  assertEquals(lines.filter((line) => line.startsWith("Mensaje recibido")), [
    "Mensaje recibido: uno",
    "Mensaje recibido: dos",
    "Mensaje recibido: tres",
  ]);
  assertEquals(
    lines.at(-1),
    "Servidor detenido. Clientes atendidos: 3; bytes recibidos: 10; bytes enviados: 6",
  );
});

Deno.test("while one client is served the next waits: the server is sequential, as in the course", async () => {
  await withServer(tcpServer, optionsFor(tcpServer, ["--reply", "ok"]), async (server) => {
    using first = await connectTo(server.address);
    await eventually(() => server.io.stdoutLines().some((line) => line.startsWith("Conexión")));
    using second = await connectTo(server.address);
    await second.write(bytes("segundo"));
    await second.closeWrite();
    await delay(100);
    // The second client is connected (queued in the backlog) but not yet served.
    assertEquals(server.io.stdoutLines().filter((line) => line.startsWith("Conexión")).length, 1);
    await first.write(bytes("primero"));
    assertEquals(await readAll(first), "ok");
    assertEquals(await readAll(second), "ok");
    assertEquals(server.io.stdoutLines().filter((line) => line.startsWith("Mensaje recibido")), [
      "Mensaje recibido: primero",
      "Mensaje recibido: segundo",
    ]);
  });
});

Deno.test("--timeout drops a silent client with a clear line and serves the next", async () => {
  await withServer(tcpServer, optionsFor(tcpServer, ["--timeout", "0.2"]), async (server) => {
    using silent = await connectTo(server.address);
    assertEquals(await readAll(silent), "");
    assertMatch(
      server.io.stderrText(),
      /^cliente 127\.0\.0\.1:\d+: 127\.0\.0\.1:\d+ no envió nada en 0,2 s \(--timeout\); se dejó de esperar\n$/,
    );
    const client = await runMode(
      tcpClient,
      optionsFor(tcpClient, [], { port: server.port }),
    );
    assertEquals(client.code, 0);
    assert(server.io.stdoutLines().includes("Mensaje recibido: Hola, servidor!"));
  });
});

Deno.test("stopping the server (Ctrl+C) closes the client being served and prints the summary", async () => {
  const server = await startServer(tcpServer, optionsFor(tcpServer, [], {}, "en"));
  using conn = await connectTo(server.address);
  await eventually(() => server.io.stdoutLines().some((line) => line.startsWith("Connection")));
  assertEquals(await server.stop(), 0);
  assertEquals(await readAll(conn), "");
  assertEquals(
    server.io.stdoutLines().at(-1),
    "Server stopped. Clients served: 1; bytes received: 0; bytes sent: 0",
  );
  assertEquals(server.io.stderrText(), "");
});

Deno.test("received text cannot drive the terminal: control characters are shown escaped", async () => {
  await withServer(tcpServer, optionsFor(tcpServer, ["--once"]), async (server) => {
    using conn = await connectTo(server.address);
    await conn.write(bytes("\x1b[31mrojo\x07\n"));
    await conn.closeWrite();
    await server.finished;
    assert(server.io.stdoutLines().includes("Mensaje recibido: \\x1b[31mrojo\\x07"));
  });
});

Deno.test("--quiet leaves only the data: the message on the server, the answer on the client", async () => {
  await withServer(
    tcpServer,
    optionsFor(tcpServer, ["--quiet", "--reply", "ok", "--once"]),
    async (server) => {
      const client = await runMode(
        tcpClient,
        optionsFor(tcpClient, ["--quiet"], { port: server.port }),
      );
      assertEquals(client.io.stdoutText(), "ok\n");
      await server.finished;
      assertEquals(server.io.stdoutText(), "Mensaje recibido: Hola, servidor!\n");
    },
  );
});

Deno.test("--stdin pipes standard input to the server and its answer, untouched, to stdout", async () => {
  const options = optionsFor(tcpServer, ["--chunk", "1024", "--reply", "ok\\r\\n", "--once"]);
  await withServer(tcpServer, options, async (server) => {
    const { port } = server;
    const client = await runMode(tcpClient, optionsFor(tcpClient, ["--stdin"], { port }), {
      stdin: "linea 1\nlinea 2\n",
    });
    assertEquals(client.code, 0);
    assertEquals(client.io.stdoutText(), "ok\r\n");
    assertEquals(client.io.stderrLines(), [
      `Conectado a 127.0.0.1:${port}`,
      "Enviados 16 bytes de la entrada estándar al servidor",
    ]);
    await server.finished;
    assert(server.io.stdoutLines().includes("Toda la data leida: b'linea 1\\nlinea 2\\n'"));
  });
});

Deno.test("--stdin --crlf: Enter at the keyboard sends \\r\\n, so the chunk lesson's message ends without Ctrl+D", async () => {
  await withServer(
    tcpServer,
    optionsFor(tcpServer, ["--chunk", "2", "--until", "\\r\\n", "--reply", "Gracias\\n"]),
    async (server) => {
      const keyboard = new Keyboard();
      const client = runMode(
        tcpClient,
        optionsFor(tcpClient, ["--stdin", "--crlf"], { port: server.port }),
        { stdin: keyboard.stream },
      );
      keyboard.type("Hola Mundo");
      // The message ends while the keyboard is still open: no Ctrl+D needed.
      await eventually(() =>
        server.io.stdoutLines().includes("Toda la data leida: b'Hola Mundo\\r\\n'")
      );
      keyboard.end();
      const { code, io } = await client;
      assertEquals(code, 0);
      assertEquals(io.stdoutText(), "Gracias\n");
    },
  );
});

Deno.test("--crlf is only for what is typed or piped: without --stdin it is a usage error", () => {
  assertThrows(() => optionsFor(tcpClient, ["--crlf"]), UsageError, "--stdin");
});

Deno.test("--stdin stops sending when the server closes first", async () => {
  await withServer(
    tcpServer,
    optionsFor(tcpServer, ["--reply", "adios", "--once"]),
    async (server) => {
      // Standard input that never ends, like a terminal nobody types in.
      const stdin = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes("hola\n"));
        },
      });
      const client = await runMode(
        tcpClient,
        optionsFor(tcpClient, ["--stdin"], { port: server.port }),
        { stdin },
      );
      assertEquals(client.code, 0);
      assertEquals(client.io.stdoutText(), "adios");
      await server.finished;
    },
  );
});

Deno.test("--trace shows every socket event of the client with its bytes", async () => {
  await withServer(
    tcpServer,
    optionsFor(tcpServer, ["--reply", "ok", "--once"]),
    async (server) => {
      const { port } = server;
      const options = optionsFor(tcpClient, ["--trace", "--lang", "en"], { port });
      const client = await runMode(tcpClient, options, {
        now: FIXED_CLOCK,
      });
      const peer = `127.0.0.1:${port}`;
      const lines = client.io.stderrLines();
      assertMatch(
        lines[0],
        new RegExp(`^10:20:30\\.040 connect    ${peer}  from 127\\.0\\.0\\.1:${PORT}$`),
      );
      assertEquals(lines.slice(1), [
        `10:20:30.040 write      ${peer}  15 bytes  b'Hola, servidor!'`,
        `10:20:30.040 half-close ${peer}  shutdown(SHUT_WR)`,
        `10:20:30.040 read       ${peer}  2 bytes  b'ok'`,
        `10:20:30.040 read       ${peer}  0 bytes  EOF`,
        `10:20:30.040 close      ${peer}`,
      ]);
      await server.finished;
    },
  );
});

Deno.test("--trace on the server shows listen, accept, reads, writes and close", async () => {
  const options = optionsFor(tcpServer, ["--trace", "--hex", "--reply", "ok", "--once"], {}, "en");
  const server = await startServer(tcpServer, options, { now: FIXED_CLOCK });
  await runMode(
    tcpClient,
    optionsFor(tcpClient, ["--message", "Hi"], { port: server.port }),
  );
  await server.finished;
  const events = server.io.stderrLines().map((line) => line.split(/\s+/)[1]);
  assertEquals(events, ["listen", "accept", "read", "00000000", "write", "00000000", "close"]);
  assert(server.io.stderrText().includes("backlog 1"));
});

Deno.test("no server listening: the client fails with 'connection refused' and the hint", async () => {
  const port = freePort();
  const error = await assertRejects(
    () => runMode(tcpClient, optionsFor(tcpClient, [], { port })),
    NetError,
  );
  assertEquals(error.kind, "refused");
  assertEquals(
    describeError(error, translator("es")),
    `conexión rechazada: ningún servidor escucha en 127.0.0.1:${port}; inicia primero el servidor`,
  );
});

Deno.test("--timeout gives up on a connect that gets no answer", async () => {
  using silent = await silentPort();
  {
    const options = optionsFor(tcpClient, ["--timeout", "0.3"], { port: silent.port });
    const error = await assertRejects(() => runMode(tcpClient, options), NetError);
    assertEquals(error.kind, "connect-timeout");
    assertEquals(error.info.seconds, 0.3);
  }
});

Deno.test("--timeout gives up waiting for an answer that never comes", async () => {
  using listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const accepting = listener.accept();
  const options = optionsFor(tcpClient, ["--timeout", "0.2"], { port: listener.addr.port });
  const error = await assertRejects(() => runMode(tcpClient, options), NetError);
  assertEquals(error.kind, "read-timeout");
  (await accepting).close();
});

Deno.test("a client stopped by Ctrl+C while waiting ends with code 130", async () => {
  using listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const accepting = listener.accept();
  const stop = new AbortController();
  const running = runMode(tcpClient, optionsFor(tcpClient, [], { port: listener.addr.port }), {
    signal: stop.signal,
  });
  using conn = await accepting;
  await conn.read(new Uint8Array(64));
  stop.abort();
  assertEquals((await running).code, 130);
});

Deno.test("a port already in use fails clearly, suggesting a free one", async () => {
  await withServer(tcpServer, optionsFor(tcpServer), async (server) => {
    const { port } = server;
    const error = await assertRejects(
      () => runMode(tcpServer, optionsFor(tcpServer, [], { port })),
      NetError,
    );
    assertEquals(error.kind, "addr-in-use");
    assert(error.info.suggestion !== undefined && error.info.suggestion !== port);
    assertMatch(
      describeError(error, translator("es")),
      new RegExp(
        `^el puerto ${port} de 127\\.0\\.0\\.1 ya lo usa otro programa: .* --port \\d+$`,
      ),
    );
  });
});

Deno.test("--backlog bounds the clients the OS queues while one is served", async () => {
  await withServer(tcpServer, optionsFor(tcpServer, ["--backlog", "1"]), async (server) => {
    using _served = await connectTo(server.address);
    await eventually(() => server.io.stdoutLines().some((line) => line.startsWith("Conexión")));
    const { queued, full } = await fillBacklog(server.port, 10);
    for (const conn of queued) conn.close();
    // Linux queues backlog + 1; past that a connect gets no answer at all.
    assert(full && queued.length >= 1 && queued.length <= 2, `${queued.length} queued`);
  });
});
