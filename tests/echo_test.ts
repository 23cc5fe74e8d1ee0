import { assert, assertEquals, assertMatch, assertRejects } from "@std/assert";
import { delay } from "@std/async/delay";
import { repeatableRandom } from "../lib/random.ts";
import { FakeTime } from "@std/testing/time";
import { echoBytes } from "../lib/course/echo/echo_bytes.ts";
import { NetError } from "../lib/errors.ts";
import { largestBacklog } from "../lib/run/stream_server.ts";
import { readFull } from "../lib/framing/chunks.ts";
import { echoClient } from "../lib/course/echo/echo-client.ts";
import { echoServer } from "../lib/course/echo/echo-server.ts";
import { tcpServer } from "../lib/course/tcp/tcp-server.ts";
import { withTimeout } from "../lib/transport/net_errors.ts";
import {
  bytes,
  connectTo,
  eventually,
  Keyboard,
  optionsFor,
  readAll,
  runMode,
  startServer,
  withServer,
  writeAll,
} from "./helpers.ts";

const decoder = new TextDecoder();

/** Reads exactly `length` bytes of echo and returns them as text. */
async function echoOf(conn: Deno.Conn, length: number): Promise<string> {
  const buffer = new Uint8Array(length);
  assert(await readFull(conn, buffer), "the echo was cut short");
  return decoder.decode(buffer);
}

Deno.test("--blocking stalls client 2 until client 1 sends again, in the course's exact order", async () => {
  await withServer(echoServer, optionsFor(echoServer, ["--blocking"]), async (server) => {
    using client1 = await connectTo(server.address);
    await client1.write(bytes("uno\r\n"));
    assertEquals(await echoOf(client1, 5), "uno\r\n");

    using client2 = await connectTo(server.address);
    await client2.write(bytes("dos\r\n"));
    const echo2 = echoOf(client2, 5);
    const silence = await withTimeout(echo2, 0.3, () => new Error("no echo")).catch(() => null);
    assertEquals(silence, null, "client 2 gets no echo while client 1 is silent");

    await client1.write(bytes("tres\r\n"));
    assertEquals(await echoOf(client1, 6), "tres\r\n");
    assertEquals(await echo2, "dos\r\n");
    const lines = server.io.stdoutLines().slice(1);
    const peers = lines.filter((line) => line.startsWith("Cliente conectándose desde"));
    assertEquals(peers.length, 2);
    assertEquals(lines, [
      "Eco bloqueante, el bucle del curso: se lee a cada cliente por turno hasta b'\\r\\n' antes de aceptar al siguiente",
      "Listo para recibir mensajes!",
      peers[0],
      "Data leida: b'un'",
      "Data leida: b'o\\r'",
      "Data leida: b'\\n'",
      "Toda la data leida: b'uno\\r\\n'",
      "Listo para recibir mensajes!",
      peers[1],
      // The loop reads client 1 again first: client 2's line waits meanwhile.
      "Data leida: b'tr'",
      "Data leida: b'es'",
      "Data leida: b'\\r\\n'",
      "Toda la data leida: b'tres\\r\\n'",
      "Data leida: b'do'",
      "Data leida: b's\\r'",
      "Data leida: b'\\n'",
      "Toda la data leida: b'dos\\r\\n'",
      "Listo para recibir mensajes!",
    ]);
  });
});

Deno.test("--blocking: after a round the loop waits in accept(), so client 2's next line is echoed only when a third client connects", async () => {
  await withServer(echoServer, optionsFor(echoServer, ["--blocking"]), async (server) => {
    const prompt = "Listo para recibir mensajes!";
    const prompts = () => server.io.stdoutLines().filter((line) => line === prompt).length;
    using client1 = await connectTo(server.address);
    await client1.write(bytes("uno\r\n"));
    assertEquals(await echoOf(client1, 5), "uno\r\n");
    using client2 = await connectTo(server.address);
    await client2.write(bytes("dos\r\n"));
    await client1.write(bytes("tres\r\n"));
    assertEquals(await echoOf(client1, 6), "tres\r\n");
    assertEquals(await echoOf(client2, 5), "dos\r\n");
    // Round 2 is over: the loop has printed its prompt a third time, just before accept().
    await eventually(() => prompts() === 3);

    // Both clients send again: the loop, in accept(), reads neither until client 3 connects.
    await client2.write(bytes("cuatro\r\n"));
    await client1.write(bytes("cinco\r\n"));
    using client3 = await connectTo(server.address);
    const { port } = client3.localAddr as Deno.NetAddr;
    assertEquals(await echoOf(client1, 7), "cinco\r\n");
    assertEquals(await echoOf(client2, 8), "cuatro\r\n");

    // The server's own account: after its third prompt it accepted client 3 before reading anyone,
    // then read client 1 and client 2, in the order they came.
    const lines = server.io.stdoutLines();
    let seen = 0;
    const round3 = lines.slice(lines.findIndex((line) => line === prompt && ++seen === 3) + 1);
    assertEquals(round3.filter((line) => !line.startsWith("Data leida")), [
      `Cliente conectándose desde 127.0.0.1:${port}`,
      "Toda la data leida: b'cinco\\r\\n'",
      "Toda la data leida: b'cuatro\\r\\n'",
    ]);
  });
});

Deno.test("the README's stall recipe stalls: two echo-client --stdin, the second's echo waits for the first's next line", async () => {
  await withServer(echoServer, optionsFor(echoServer, ["--blocking"]), async (server) => {
    const keyboards = [new Keyboard(), new Keyboard()];
    const echoes: string[] = [];
    const clients = keyboards.map((keyboard, i) =>
      runMode(echoClient, optionsFor(echoClient, ["--stdin"], { port: server.port }), {
        stdin: keyboard.stream,
        onLine: (stream, line) => {
          const echo = line.match(/^Eco en [\d,]+ ms: (.*)$/);
          if (stream === "stdout" && echo) echoes.push(`${i + 1}: ${echo[1]}`);
        },
      })
    );
    keyboards[0].type("Hola Mundo");
    await eventually(() => echoes.length === 1);
    keyboards[1].type("Hola Mundo2");
    await eventually(() => server.io.stdoutLines().filter((l) => l.includes("desde")).length === 2);
    await delay(300);
    assertEquals(echoes, ["1: Hola Mundo"], "the second client waits");
    keyboards[0].type("otra");
    await eventually(() => echoes.length === 3);
    // Both echoes come at once now: which client prints first is up to the scheduler.
    assertEquals(echoes.toSorted(), ["1: Hola Mundo", "1: otra", "2: Hola Mundo2"]);
    for (const keyboard of keyboards) keyboard.end();
    assertEquals((await Promise.all(clients)).map(({ code }) => code), [0, 0]);
  });
});

Deno.test("--blocking lets a client that closed leave the list, and serves the rest", async () => {
  await withServer(
    echoServer,
    optionsFor(echoServer, ["--blocking", "--chunk", "64"], {}, "en"),
    async (server) => {
      {
        using first = await connectTo(server.address);
        await first.write(bytes("hola\r\n"));
        assertEquals(await echoOf(first, 6), "hola\r\n");
      }
      using second = await connectTo(server.address);
      await second.write(bytes("adios\r\n"));
      assertEquals(await echoOf(second, 7), "adios\r\n");
      assert(
        server.io.stdoutLines().some((line) =>
          line.endsWith("closed the connection and leaves the list")
        ),
      );
    },
  );
});

Deno.test("by default every client is served at once: 100 clients each get their own echo", async () => {
  await withServer(echoServer, optionsFor(echoServer, ["--quiet"]), async (server) => {
    const clients = await Promise.all(
      Array.from({ length: 100 }, () => connectTo(server.address)),
    );
    try {
      const echoes = await Promise.all(clients.map(async (conn, i) => {
        const message = `cliente ${i}\n`;
        await conn.write(bytes(message));
        return await echoOf(conn, message.length) === message;
      }));
      assertEquals(echoes, clients.map(() => true));
    } finally {
      for (const conn of clients) conn.close();
    }
    await eventually(() => server.io.stdoutText() === "");
  });
});

Deno.test("a university echo checker passes: 200 connections, random messages up to 60,000 bytes, one recv each", async () => {
  // CMU 15-441's checker: each client sends one random message in one write and does one
  // recv(64 KiB); the echo must be whole, as from a C, Node or Python echo server on loopback.
  const random = repeatableRandom(441);
  const sizes = [1, 127, 128, 129, 300, 4096, 60_000];
  while (sizes.length < 200) sizes.push(1 + Math.floor(random() * 60_000));
  await withServer(echoServer, optionsFor(echoServer, ["--quiet", "--trace"]), async (server) => {
    const checker = new Worker(new URL("./echo_checker_worker.ts", import.meta.url), {
      type: "module",
    });
    try {
      const { promise, resolve, reject } = Promise.withResolvers<string[]>();
      checker.onmessage = (event) => resolve(event.data);
      checker.onerror = (event) => reject(new Error(event.message));
      checker.postMessage({ port: server.port, sizes, state: 15441 });
      assertEquals(await withTimeout(promise, 20, () => new Error("the checker hung")), []);
    } finally {
      checker.terminate();
    }
    // What makes one recv enough: each message went back in exactly one write.
    const writes = server.io.stderrLines()
      .map((line) => line.match(/ write +\S+ +(\d+) bytes?/)?.[1])
      .filter((size) => size !== undefined)
      .map(Number);
    assertEquals(writes.toSorted((a, b) => a - b), sizes.toSorted((a, b) => a - b));
  });
});

Deno.test("a message that exactly fills the first read goes back after a short wait for more, and what comes later follows", async () => {
  using time = new FakeTime();
  const arrivals: ((chunk: Uint8Array | null) => void)[] = [];
  const written: string[] = [];
  const conn = {
    read(buffer: Uint8Array) {
      const { promise, resolve } = Promise.withResolvers<number | null>();
      arrivals.push((chunk) => {
        if (chunk) buffer.set(chunk);
        resolve(chunk?.length ?? null);
      });
      return promise;
    },
    write(bytes: Uint8Array) {
      written.push(decoder.decode(bytes));
      return Promise.resolve(bytes.length);
    },
  };
  const echoing = echoBytes(conn, { first: 4, restWaitMs: 10 });
  await time.tickAsync(0);
  arrivals.shift()!(bytes("hola"));
  await time.tickAsync(9);
  await time.runMicrotasks();
  assertEquals(written, [], "it waits a little for the rest");
  await time.tickAsync(1);
  await time.runMicrotasks();
  assertEquals(written, ["hola"], "nothing more came: what arrived goes back");
  arrivals.shift()!(bytes("mundo"));
  await time.runMicrotasks();
  assertEquals(written, ["hola", "mundo"]);
  arrivals.shift()!(null);
  await echoing;
});

Deno.test("a stream longer than one piece still comes back whole, in order", async () => {
  await withServer(echoServer, optionsFor(echoServer, ["--quiet"]), async (server) => {
    using conn = await connectTo(server.address);
    const sent = new Uint8Array(3 * 1024 * 1024).map((_, i) => i % 251);
    const [, echo] = await Promise.all([
      writeAll(conn, sent),
      (async () => {
        const echo = new Uint8Array(sent.length);
        assert(await readFull(conn, echo), "the echo was cut short");
        return echo;
      })(),
    ]);
    assert(echo.every((byte, i) => byte === sent[i]), "the echo differs from what was sent");
  });
});

Deno.test("a 1 MiB payload comes back byte-exact", async () => {
  await withServer(echoServer, optionsFor(echoServer, ["--quiet"]), async (server) => {
    const payload = new Uint8Array(1024 * 1024);
    for (let offset = 0; offset < payload.length; offset += 65536) {
      crypto.getRandomValues(payload.subarray(offset, offset + 65536));
    }
    using conn = await connectTo(server.address);
    const echo = new Uint8Array(payload.length);
    const reading = readFull(conn, echo);
    await writeAll(conn, payload);
    assert(await reading);
    assert(echo.every((byte, i) => byte === payload[i]), "the echo matches byte for byte");
  });
});

Deno.test("a client that resets mid-stream leaves the server serving the others", async () => {
  const server = await startServer(echoServer, optionsFor(echoServer, ["--quiet"], {}, "en"));
  try {
    {
      // Writes without reading, then closes with echoed bytes unread: the kernel sends a reset.
      using rude = await connectTo(server.address);
      await rude.write(new Uint8Array(256 * 1024));
    }
    await eventually(() => server.io.stderrText() !== "");
    assertMatch(
      server.io.stderrText(),
      /^client 127\.0\.0\.1:\d+: .*(was reset by the other side|had already closed)/,
    );
    using polite = await connectTo(server.address);
    await polite.write(bytes("¿sigues ahí?\n"));
    assertEquals(await echoOf(polite, bytes("¿sigues ahí?\n").length), "¿sigues ahí?\n");
  } finally {
    assertEquals(await server.stop(), 0);
  }
  assertEquals(server.io.stderrLines().length, 1, "only the rude client failed");
  assertEquals(server.io.stdoutText(), "");
});

Deno.test("--until echoes whole messages, whether split across writes or several in one", async () => {
  await withServer(echoServer, optionsFor(echoServer, ["--until", "\\n"]), async (server) => {
    using conn = await connectTo(server.address);
    await conn.write(bytes("Ho"));
    await conn.write(bytes("la\nuno\ndos\n"));
    assertEquals(await echoOf(conn, 13), "Hola\nuno\ndos\n");
    await conn.write(bytes("sin final"));
    await conn.closeWrite();
    assertEquals(await readAll(conn), "sin final");
    const echoed = server.io.stdoutLines().filter((line) => line.startsWith("Eco a"));
    assertEquals(echoed.map((line) => line.split(": ")[1]), [
      "b'Hola\\n'",
      "b'uno\\n'",
      "b'dos\\n'",
      "b'sin final'",
    ]);
  });
});

Deno.test("--until closes a client whose message grows past --max-message", async () => {
  const options = optionsFor(echoServer, ["--until", "\\n", "--max-message", "16"]);
  await withServer(echoServer, options, async (server) => {
    using conn = await connectTo(server.address);
    await conn.write(bytes("corto\n" + "x".repeat(40)));
    assertEquals(await readAll(conn), "corto\n");
    assertMatch(
      server.io.stderrText(),
      /^127\.0\.0\.1:\d+ envió 16 bytes sin b'\\n' \(--max-message\)/,
    );
  });
});

Deno.test("the concurrent server says who connects and leaves, and sums up when stopped", async () => {
  const server = await startServer(echoServer, optionsFor(echoServer, [], {}, "en"));
  const client = await runMode(echoClient, optionsFor(echoClient, [], { port: server.port }, "en"));
  assertEquals(client.code, 0);
  await eventually(() => server.io.stdoutText().includes("Client gone"));
  assertEquals(await server.stop(), 0);
  const lines = server.io.stdoutLines();
  assertEquals(
    lines[1],
    "Concurrent echo: every client is served at once, one task per connection",
  );
  assertMatch(lines[2], /^Client connected: 127\.0\.0\.1:\d+ \(active clients: 1\)$/);
  assertMatch(lines[3], /^Echo to 127\.0\.0\.1:\d+: b'Hola Mundo\\r\\n'$/);
  assertMatch(lines[4], /^Client gone: 127\.0\.0\.1:\d+ \(active clients: 0\)$/);
  assertEquals(lines[5], "Server stopped. Clients served: 1; bytes received: 12; bytes sent: 12");
});

Deno.test("echo-client prints each echo with its round-trip time", async () => {
  await withServer(echoServer, optionsFor(echoServer, ["--quiet"]), async (server) => {
    const { port } = server;
    const client = await runMode(
      echoClient,
      optionsFor(echoClient, ["--message", "uno\\n", "--message", "dos\\n"], { port }),
    );
    assertEquals(client.code, 0);
    const lines = client.io.stdoutLines();
    assertEquals(lines[0], `Conectado a 127.0.0.1:${port}`);
    assertMatch(lines[1], /^Eco en \d+,\d\d ms: uno$/);
    assertMatch(lines[2], /^Eco en \d+,\d\d ms: dos$/);
    assertMatch(
      lines[3],
      /^Ida y vuelta en 2 mensajes: mín [\d,]+ ms, mediana [\d,]+ ms, máx [\d,]+ ms$/,
    );
  });
});

Deno.test("echo-client --count repeats and sums up min, median and max; --quiet keeps only the sum", async () => {
  await withServer(echoServer, optionsFor(echoServer, ["--quiet"]), async (server) => {
    const loud = await runMode(
      echoClient,
      optionsFor(echoClient, ["--count", "20"], { port: server.port }),
    );
    assertEquals(loud.code, 0);
    const lines = loud.io.stdoutLines();
    assertEquals(lines.filter((line) => line.startsWith("Eco en ")).length, 20);
    const summary =
      /^Ida y vuelta en 20 mensajes: mín [\d,]+ ms, mediana [\d,]+ ms, máx [\d,]+ ms$/;
    assertMatch(lines.at(-1)!, summary);
    const quiet = await runMode(
      echoClient,
      optionsFor(echoClient, ["--count", "20", "--quiet"], { port: server.port }),
    );
    assertEquals(quiet.code, 0);
    assertEquals(quiet.io.stdoutLines().length, 1);
    assertMatch(quiet.io.stdoutLines()[0], summary);
  });
});

Deno.test("echo-client sends each line of standard input, ended as the course ends them", async () => {
  await withServer(echoServer, optionsFor(echoServer, ["--until", "\\r\\n"]), async (server) => {
    const client = await runMode(
      echoClient,
      optionsFor(echoClient, ["--stdin"], { port: server.port }),
      { stdin: "Hola Mundo\nsegunda línea\r\n" },
    );
    assertEquals(client.code, 0);
    assertEquals(
      client.io.stdoutLines().slice(1, 3).map((line) => line.replace(/ \d+,\d\d ms/, "")),
      ["Eco en: Hola Mundo", "Eco en: segunda línea"],
    );
    assert(
      server.io.stdoutLines().some((line) => line.endsWith(": b'segunda l\\xc3\\xadnea\\r\\n'")),
    );
  });
});

Deno.test("echo-client --until waits for echoes framed by the server's --until", async () => {
  await withServer(
    echoServer,
    optionsFor(echoServer, ["--until", ";", "--quiet"]),
    async (server) => {
      const client = await runMode(
        echoClient,
        optionsFor(echoClient, ["--until", ";", "--message", "a;", "--message", "bc;"], {
          port: server.port,
        }),
      );
      assertEquals(client.code, 0);
      assertEquals(client.io.stdoutLines().filter((line) => line.startsWith("Eco en")).length, 2);
    },
  );
});

Deno.test("echo-client exits 1 when the echo differs from what was sent", async () => {
  const options = optionsFor(tcpServer, ["--reply", "HOLA MUNDO\\r\\n", "--once", "--quiet"]);
  await withServer(tcpServer, options, async (server) => {
    const client = await runMode(echoClient, optionsFor(echoClient, [], { port: server.port }));
    assertEquals(client.code, 1);
    assertEquals(
      client.io.stderrText(),
      "El eco no coincide con lo enviado: se envió b'Hola Mundo\\r\\n', llegó b'HOLA MUNDO\\r\\n'\n",
    );
  });
});

Deno.test("echo-client exits 1 when the server closes before echoing everything", async () => {
  await withServer(
    tcpServer,
    optionsFor(tcpServer, ["--reply", "no", "--once"]),
    async (server) => {
      const client = await runMode(echoClient, optionsFor(echoClient, [], { port: server.port }));
      assertEquals(client.code, 1);
      assertEquals(
        client.io.stderrText(),
        "El servidor cerró la conexión antes de devolver todo lo que se le envió\n",
      );
    },
  );
});

Deno.test("against the stalled loop, echo-client --timeout turns the wait into an error", async () => {
  await withServer(
    echoServer,
    optionsFor(echoServer, ["--blocking", "--quiet"]),
    async (server) => {
      using silent = await connectTo(server.address);
      await eventually(() => server.io.stdoutText() === "");
      const options = optionsFor(echoClient, ["--timeout", "0.3"], { port: server.port });
      const error = await assertRejects(() => runMode(echoClient, options), NetError);
      assertEquals(error.kind, "read-timeout");
      await silent.write(bytes("\r\n"));
    },
  );
});

Deno.test("a concurrent server listens with the largest backlog the OS allows, so a burst of connects waits instead of losing SYNs", async () => {
  await withServer(
    echoServer,
    optionsFor(echoServer, ["--quiet", "--trace"], {}, "en"),
    (server) => {
      const listen = server.io.stderrLines().find((line) => line.includes(" listen "));
      assertMatch(listen ?? "", new RegExp(`backlog ${largestBacklog()}$`));
      return Promise.resolve();
    },
  );
  assertEquals(largestBacklog(() => "4096\n"), 4096);
  assertEquals(largestBacklog(() => "nonsense"), 4096);
  assertEquals(
    largestBacklog(() => {
      throw new Deno.errors.NotFound();
    }),
    4096,
    "where /proc has no somaxconn",
  );
  assertEquals(largestBacklog(() => "65535"), 65535);
});

Deno.test("the course's blocking tcp-server keeps its backlog of 1 on purpose; --backlog sets any server's", async () => {
  await withServer(tcpServer, optionsFor(tcpServer, ["--quiet", "--trace"], {}, "en"), (server) => {
    assertMatch(server.io.stderrLines()[0], /listen .* backlog 1$/);
    return Promise.resolve();
  });
  await withServer(
    echoServer,
    optionsFor(echoServer, ["--quiet", "--trace", "--backlog", "64"], {}, "en"),
    (server) => {
      assertMatch(server.io.stderrLines()[0], /listen .* backlog 64$/);
      return Promise.resolve();
    },
  );
});
