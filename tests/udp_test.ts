import { assert, assertEquals, assertMatch, assertRejects } from "@std/assert";
import { NetError } from "../lib/errors.ts";
import { expectedDrops } from "../lib/course/udp/lessons.ts";
import { udpClient } from "../lib/course/udp/udp-client.ts";
import { udpServer } from "../lib/course/udp/udp-server.ts";
import { repeatableRandom } from "../lib/random.ts";
import { DatagramSocket, isDatagramTooLong } from "../lib/transport/udp.ts";
import { echoDatagrams, type EchoSocket } from "../lib/course/udp/echo_datagrams.ts";
import { Trace } from "../lib/present/trace.ts";
import { bytes, eventually, optionsFor, runMode, startServer, withServer } from "./helpers.ts";

/** A seed whose first draws are below `rate` exactly where `drops` says, for repeatable tests. */
function stateDropping(rate: number, drops: boolean[]): number {
  for (let state = 0;; state++) {
    const random = repeatableRandom(state);
    if (drops.every((drop) => (random() < rate) === drop)) return state;
  }
}

Deno.test("a datagram is printed with its sender and acknowledged, as in the course", async () => {
  await withServer(udpServer, optionsFor(udpServer, ["--once"]), async (server) => {
    const { port } = server;
    const client = await runMode(udpClient, optionsFor(udpClient, [], { port }));
    assertEquals(client.code, 0);
    assertEquals(client.io.stdoutLines(), [
      "Envío de mensaje al servidor: Hola, soy un cliente UDP",
      "Acuse de recibo recibido del servidor: Mensaje recibido Hola, soy un cliente UDP. Gracias.",
    ]);
    assertEquals(await server.finished, 0);
    const lines = server.io.stdoutLines();
    assertEquals(
      lines[0],
      `Socket enlazado a la dirección 127.0.0.1 y el número de puerto ${port}; me quedo a la espera`,
    );
    assertMatch(
      lines[1],
      /^Mensaje recibido del cliente 127\.0\.0\.1:\d+: Hola, soy un cliente UDP$/,
    );
    assertEquals(lines.slice(2), [
      "Envío acuse de recibo al cliente: Mensaje recibido Hola, soy un cliente UDP. Gracias.",
      "Servidor detenido. Datagramas recibidos: 1 (descartados a propósito: 0); acuses de recibo enviados: 1; bytes recibidos: 24; bytes enviados: 51",
    ]);
  });
});

Deno.test("with no acknowledgement the client says UDP does not guarantee delivery, and exits 1", async () => {
  await withServer(udpServer, optionsFor(udpServer, ["--no-ack"], {}, "en"), async (server) => {
    const { port } = server;
    const client = await runMode(
      udpClient,
      optionsFor(udpClient, ["--timeout", "0.2"], { port }, "en"),
    );
    assertEquals(client.code, 1);
    assertEquals(
      client.io.stderrText(),
      `No acknowledgement from 127.0.0.1:${port} (tries: 1, 0.2 s each) — UDP does not guarantee delivery: the datagram or its acknowledgement may have been lost, or no server is listening\n`,
    );
    await eventually(() => server.io.stdoutLines().length === 2);
    assertMatch(
      server.io.stdoutLines()[1],
      /^Message received from client .*: Hola, soy un cliente UDP$/,
    );
  });
});

Deno.test("--retries resends on silence and reports the try that was acknowledged", async () => {
  const state = stateDropping(0.5, [true, false]);
  const serverOptions = optionsFor(udpServer, ["--drop", "0.5", "--seed", String(state)]);
  await withServer(udpServer, serverOptions, async (server) => {
    const client = await runMode(
      udpClient,
      optionsFor(udpClient, ["--retries", "3", "--timeout", "0.2"], { port: server.port }),
    );
    assertEquals(client.code, 0);
    assertEquals(client.io.stdoutLines(), [
      "Envío de mensaje al servidor: Hola, soy un cliente UDP",
      "Sin acuse de recibo en 0,2 s; lo reenvío (intento 2 de 4)",
      "Acuse de recibo recibido del servidor: Mensaje recibido Hola, soy un cliente UDP. Gracias.",
      "Confirmado en el intento 2 de 4",
    ]);
    assert(
      server.io.stdoutLines().some((line) => line.includes("descartado a propósito (--drop)")),
    );
  });
});

Deno.test("when every try is lost the client explains after the last one", async () => {
  await withServer(udpServer, optionsFor(udpServer, ["--drop", "1"]), async (server) => {
    const client = await runMode(
      udpClient,
      optionsFor(udpClient, ["--retries", "2", "--timeout", "0.1"], { port: server.port }),
    );
    assertEquals(client.code, 1);
    assertEquals(client.io.stdoutLines().filter((line) => line.startsWith("Sin acuse")).length, 2);
    assertMatch(
      client.io.stderrText(),
      /\(intentos: 3, de 0,1 s cada uno\): UDP no garantiza la entrega/,
    );
    assertEquals(await server.stop(), 0);
    assert(server.io.stdoutText().includes("Datagramas recibidos: 3 (descartados a propósito: 3)"));
  });
});

Deno.test("--no-wait only sends, and the server still receives it", async () => {
  await withServer(udpServer, optionsFor(udpServer, ["--once"]), async (server) => {
    const client = await runMode(
      udpClient,
      optionsFor(udpClient, ["--no-wait", "--message", "sin esperar"], {
        port: server.port,
      }),
    );
    assertEquals(client.code, 0);
    assertEquals(
      client.io.stdoutLines().at(-1),
      "Enviado sin esperar acuse de recibo (--no-wait): UDP por sí mismo nunca confirma la entrega",
    );
    assertEquals(await server.finished, 0);
    assert(server.io.stdoutLines().some((line) => line.endsWith(": sin esperar")));
  });
});

Deno.test("--count sends numbered messages and counts which were acknowledged and lost", async () => {
  const serverOptions = optionsFor(udpServer, ["--drop", "0.3", "--seed", "7"], {}, "en");
  await withServer(udpServer, serverOptions, async (server) => {
    const client = await runMode(
      udpClient,
      optionsFor(
        udpClient,
        ["--count", "10", "--interval", "0", "--timeout", "0.5"],
        { port: server.port },
        "en",
      ),
    );
    assertEquals(client.code, 0);
    const lost = expectedDrops(7, 0.3, 10);
    const lines = client.io.stdoutLines();
    assertEquals(lines.filter((line) => line.startsWith("Sending message")).length, 10);
    assertEquals(
      lines.filter((line) => line.startsWith("Acknowledgement received")).length,
      10 - lost,
    );
    assert(
      lines.includes(`Sent: 10; acknowledged: ${10 - lost}; lost: ${lost} (${lost * 10}% loss)`),
    );
    const dropped = server.io.stdoutLines()
      .filter((line) => line.includes("dropped on purpose (--drop)"))
      .map((line) => "#" + line.split("#")[1]);
    assert(lines.includes(`Lost: ${dropped.join(", ")}`));
    assertMatch(lines.at(-1) ?? "", /^Round trip: min [\d.]+ ms, avg [\d.]+ ms, max [\d.]+ ms$/);
  });
});

Deno.test("a series with nothing acknowledged exits 1; one sent with --no-wait exits 0", async () => {
  await withServer(udpServer, optionsFor(udpServer, ["--no-ack"]), async (server) => {
    const { port } = server;
    const silent = await runMode(
      udpClient,
      optionsFor(udpClient, ["--count", "3", "--interval", "10", "--timeout", "0.1"], { port }),
    );
    assertEquals(silent.code, 1);
    assert(silent.io.stdoutLines().includes("Perdidos: #1, #2, #3"));
    const blind = await runMode(
      udpClient,
      optionsFor(udpClient, ["--count", "3", "--interval", "10", "--no-wait"], { port }),
    );
    assertEquals(blind.code, 0);
    await eventually(() =>
      server.io.stdoutLines().filter((line) => line.startsWith("Mensaje recibido")).length === 6
    );
  });
});

Deno.test("without --once the server answers everyone until stopped, then sums up", async () => {
  const server = await startServer(udpServer, optionsFor(udpServer, [], {}, "en"));
  for (const message of ["uno", "dos"]) {
    const client = await runMode(
      udpClient,
      optionsFor(udpClient, ["--message", message], { port: server.port }, "en"),
    );
    assertEquals(
      client.io.stdoutLines().at(-1),
      `Acknowledgement received from the server: Message received ${message}. Thanks.`,
    );
  }
  assertEquals(await server.stop(), 0);
  assertEquals(
    server.io.stdoutLines().at(-1),
    "Server stopped. Datagrams received: 2 (dropped on purpose: 0); acknowledgements sent: 2; bytes received: 6; bytes sent: 58",
  );
});

Deno.test("the client ignores datagrams that do not come from the server", async () => {
  // A "server" that answers from another socket, as a stranger on the network would.
  const server = DatagramSocket.bind({ host: "127.0.0.1", port: 0 });
  const stranger = DatagramSocket.bind({ host: "127.0.0.1", port: 0 });
  try {
    const client = runMode(
      udpClient,
      optionsFor(udpClient, ["--timeout", "0.3"], { port: server.addr.port }, "en"),
    );
    const request = await server.receive(2);
    await stranger.send(bytes("not the server"), {
      host: request.from.hostname,
      port: request.from.port,
    });
    const { code, io } = await client;
    assertEquals(code, 1);
    assert(io.stderrLines()[0].startsWith("Ignored a datagram from 127.0.0.1:"));
    assert(io.stderrLines()[1].startsWith("No acknowledgement from"));
  } finally {
    server.close();
    stranger.close();
  }
});

Deno.test(
  "a datagram longer than --buffer is cut and flagged (Linux, macOS) or dropped and counted (Windows); the server goes on",
  async () => {
    await withServer(
      udpServer,
      optionsFor(udpServer, ["--buffer", "4", "--once"]),
      async (server) => {
        const send = (message: string) =>
          runMode(
            udpClient,
            optionsFor(udpClient, ["--message", message, "--no-wait"], { port: server.port }),
          );
        await send("demasiado largo");
        if (Deno.build.os === "windows") {
          // Windows drops it whole and gives no sender; the server warns and keeps receiving.
          await eventually(() => server.io.stderrText() !== "");
          assertEquals(
            server.io.stderrText(),
            "El sistema descartó un datagrama más largo que el búfer de 4 bytes, sin decir de quién era: aumenta --buffer\n",
          );
          await send("ok");
          assertEquals(await server.finished, 0);
          assert(server.io.stdoutLines().some((line) => line.endsWith(": ok")));
          assertEquals(
            server.io.stdoutLines().at(-1),
            "Datagramas más largos que el búfer de 4 bytes, descartados: 1",
          );
        } else {
          assertEquals(await server.finished, 0);
          assert(server.io.stdoutLines().some((line) => line.endsWith(": dema")));
          assertEquals(
            server.io.stderrText(),
            "El datagrama llenó el búfer de 4 bytes y puede haberse cortado: aumenta --buffer\n",
          );
        }
      },
    );
  },
);

Deno.test("Windows' error for a datagram longer than the buffer is told from every other receive error", () => {
  const windows = Object.assign(new Error("OS Error 10040 (os error 10040)"), { code: "EMSGSIZE" });
  assertEquals(isDatagramTooLong(windows), true);
  assertEquals(
    isDatagramTooLong(new Error("A message sent on a datagram socket (os error 10040)")),
    true,
  );
  assertEquals(isDatagramTooLong(new Deno.errors.ConnectionReset("reset")), false);
  assertEquals(isDatagramTooLong(new Error("os error 100400")), false);
  assertEquals(isDatagramTooLong("EMSGSIZE"), false);
});

Deno.test("udp-server --timeout gives up when no datagram arrives", async () => {
  const error = await assertRejects(
    () => runMode(udpServer, optionsFor(udpServer, ["--timeout", "0.1"])),
    NetError,
  );
  assertEquals(error.kind, "datagram-timeout");
});

Deno.test("binding a UDP port already in use fails clearly, suggesting a free one", async () => {
  await withServer(udpServer, optionsFor(udpServer), async (server) => {
    const { port } = server;
    const error = await assertRejects(
      () => runMode(udpServer, optionsFor(udpServer, [], { port })),
      NetError,
    );
    assertEquals(error.kind, "addr-in-use");
    assert(error.info.suggestion !== port);
  });
});

Deno.test("--trace on UDP shows bind, each datagram read and written, and close", async () => {
  await withServer(udpServer, optionsFor(udpServer, ["--once"]), async (server) => {
    const client = await runMode(
      udpClient,
      optionsFor(udpClient, ["--trace"], { port: server.port }),
    );
    const events = client.io.stderrLines().map((line) => line.split(/\s+/)[1]);
    assertEquals(events, ["bind", "write", "read", "close"]);
    assert(client.io.stderrLines()[1].includes("24 bytes  b'Hola, soy un cliente UDP'"));
  });
});

Deno.test("a UDP client stopped by Ctrl+C while waiting ends with code 130", async () => {
  await withServer(udpServer, optionsFor(udpServer, ["--no-ack"]), async (server) => {
    const stop = new AbortController();
    const running = runMode(
      udpClient,
      optionsFor(udpClient, ["--timeout", "30"], { port: server.port }),
      { signal: stop.signal },
    );
    await eventually(() => server.io.stdoutLines().length === 2);
    stop.abort();
    assertEquals((await running).code, 130);
  });
});

Deno.test("Ctrl+C during a --count series sums up what was sent so far, says it was interrupted, and ends with 130", async () => {
  await withServer(udpServer, optionsFor(udpServer, ["--quiet"]), async (server) => {
    const ctrlC = new AbortController();
    const { code, io } = await runMode(
      udpClient,
      optionsFor(udpClient, ["--count", "100", "--interval", "60000"], { port: server.port }, "en"),
      {
        signal: ctrlC.signal,
        // Pressed once the first acknowledgement is in, while the series waits to send #2.
        onLine: (_, line) => {
          if (line.startsWith("Acknowledgement received")) ctrlC.abort();
        },
      },
    );
    assertEquals(code, 130);
    const lines = io.stdoutLines();
    assertEquals(lines.filter((line) => line.startsWith("Sending message")).length, 1);
    assert(lines.includes("Sent: 1; acknowledged: 1; lost: 0 (0% loss)"), lines.join("\n"));
    assertEquals(io.stderrLines(), ["Interrupted (Ctrl+C)"]);
  });
});

Deno.test("Ctrl+C during a --count --no-wait series stops sending and ends with 130", async () => {
  await withServer(udpServer, optionsFor(udpServer, ["--quiet"]), async (server) => {
    const ctrlC = new AbortController();
    const { code, io } = await runMode(
      udpClient,
      optionsFor(udpClient, ["--count", "100", "--interval", "60000", "--no-wait"], {
        port: server.port,
      }, "en"),
      {
        signal: ctrlC.signal,
        onLine: (_, line) => {
          if (line.startsWith("Sending message")) ctrlC.abort();
        },
      },
    );
    assertEquals(code, 130);
    assertEquals(io.stdoutLines().filter((line) => line.startsWith("Sending message")).length, 1);
    assertEquals(io.stderrLines(), ["Interrupted (Ctrl+C)"]);
  });
});

Deno.test("udp-server --echo --quiet sends each datagram back as it came, and prints nothing", async () => {
  const server = await startServer(
    udpServer,
    optionsFor(udpServer, ["--echo", "--quiet"], {}, "en"),
  );
  const client = DatagramSocket.bind({ host: "127.0.0.1", port: 0 });
  try {
    for (const message of ["uno", "dos", "tres"]) {
      await client.send(bytes(message), { host: "127.0.0.1", port: server.port });
      assertEquals(new TextDecoder().decode((await client.receive(2)).data), message);
    }
  } finally {
    client.close();
  }
  assertEquals(await server.stop(), 0);
  assertEquals(server.io.stdoutText() + server.io.stderrText(), "");
});

Deno.test("the echo goes on past a reset about one client, a datagram too long and a failed send", async () => {
  const from: Deno.NetAddr = { transport: "udp", hostname: "127.0.0.1", port: 9 };
  const tooLong = Object.assign(new Error("os error 10040"), { code: "EMSGSIZE" });
  // What the socket does on each receive: fail, or bring a datagram; then the server stops.
  const receives: (Error | string)[] = [
    new Deno.errors.ConnectionReset("reset"),
    tooLong,
    "uno",
    "falla",
    "dos",
  ];
  const controller = new AbortController();
  const sent: string[] = [];
  const counted = { in: 0, out: 0, tooLong: 0 };
  const socket: EchoSocket = {
    direct: {
      buffer: new Uint8Array(16),
      conn: {
        receive(buffer: Uint8Array) {
          const next = receives.shift();
          if (next === undefined) {
            controller.abort();
            return Promise.reject(new Deno.errors.BadResource("closed"));
          }
          if (next instanceof Error) return Promise.reject(next);
          const n = new TextEncoder().encodeInto(next, buffer).written;
          return Promise.resolve([buffer.subarray(0, n), from]);
        },
        send(data: Uint8Array) {
          const text = new TextDecoder().decode(data);
          if (text === "falla") return Promise.reject(new Deno.errors.ConnectionRefused("no"));
          sent.push(text);
          return Promise.resolve(data.length);
        },
      } as unknown as Deno.DatagramConn,
    },
    countIn: (n) => void (counted.in += n),
    countOut: (n) => void (counted.out += n),
    droppedTooLong: (error) => error === tooLong && ++counted.tooLong > 0,
    sendFailure: (error) => error,
  };
  const receiveErrors: unknown[] = [];
  const sendErrors: unknown[] = [];
  const counts = { datagrams: 0, acks: 0 };
  const echoed = await echoDatagrams(socket, counts, {
    signal: controller.signal,
    once: false,
    onReceiveError: (error) => receiveErrors.push(error),
    onSendError: (error) => sendErrors.push(error),
  });
  assertEquals(echoed, true);
  assertEquals(sent, ["uno", "dos"]);
  assertEquals(counts, { datagrams: 3, acks: 2 });
  assertEquals(counted, { in: 11, out: 6, tooLong: 1 });
  assertEquals(receiveErrors.map((error) => (error as Error).name), ["ConnectionReset"]);
  assertEquals(sendErrors.map((error) => (error as Error).name), ["ConnectionRefused"]);
});

Deno.test("a traced socket is not echoed directly: the server's own loop traces each datagram", async () => {
  const socket = DatagramSocket.bind({
    host: "127.0.0.1",
    port: 0,
    trace: new Trace({ write() {} }),
  });
  try {
    const counts = { datagrams: 0, acks: 0 };
    const echoed = await echoDatagrams(socket, counts, {
      signal: AbortSignal.abort(),
      once: true,
      onReceiveError: () => {},
      onSendError: () => {},
    });
    assertEquals(echoed, false);
  } finally {
    socket.close();
  }
});
