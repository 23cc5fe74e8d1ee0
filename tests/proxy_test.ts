/**
 * `socklab proxy` between a client and a server, on loopback: a transparent relay that half-closes
 * as its peers do; `--slice` makes every recv get what has arrived, a byte at a time; a clean
 * close after `--close-after` bytes; silence after `--hold-after`; an upstream that refuses never
 * stops the proxy; a bad `--to` is a usage error before any socket opens.
 */
import { assert, assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import { UsageError } from "../lib/errors.ts";
import { hostAndPort, isOpenRelay, proxy } from "../lib/course/proxy/proxy.ts";
import { translator } from "../lib/present/catalogue.ts";
import { repeatableRandom, streamSeed } from "../lib/random.ts";
import { echoServer } from "../lib/course/echo/echo-server.ts";
import { tcpClient } from "../lib/course/tcp/tcp-client.ts";
import { tcpServer } from "../lib/course/tcp/tcp-server.ts";
import type { RunningServer } from "../lib/run/in_process.ts";
import { captureIo, main } from "../main.ts";
import {
  bytes,
  connectTo,
  freePort,
  optionsFor,
  readAll,
  runMode,
  withServer,
  writeAll,
} from "./helpers.ts";

/** Runs `body` with a proxy in front of `upstream`, with `args` for the proxy. */
function throughProxy<T>(
  upstream: RunningServer,
  args: readonly string[],
  body: (relay: RunningServer) => Promise<T>,
): Promise<T> {
  const to = `127.0.0.1:${upstream.port}`;
  return withServer(proxy, optionsFor(proxy, ["--to", to, ...args], {}, "en"), body);
}

Deno.test("--to reads HOST:PORT and [IPv6]:PORT, and nothing else", () => {
  assertEquals(hostAndPort("127.0.0.1:8080"), { host: "127.0.0.1", port: 8080 });
  assertEquals(hostAndPort("[::1]:9"), { host: "::1", port: 9 });
  assertEquals(hostAndPort("localhost:54321"), { host: "localhost", port: 54321 });
  for (const bad of ["nope", "127.0.0.1", ":80", "h:0", "h:65536", "::1:80", "h: 80"]) {
    assertEquals(hostAndPort(bad), undefined, bad);
  }
});

Deno.test("a bad --to is a usage error, in the user's language, before any socket opens", async () => {
  const io = captureIo();
  assertEquals(await main(["proxy", "--to", "nope", "--port", "0", "--lang", "es"], io, "en"), 2);
  assertEquals(
    io.stderrText(),
    "socklab: --to necesita HOST:PUERTO (127.0.0.1:8080, o [::1]:8080), no nope\n",
  );
  assertEquals(io.stdoutText(), "");
});

Deno.test("without faults the proxy is transparent: an echo comes back whole, and a half-close reaches the server", async () => {
  await withServer(echoServer, optionsFor(echoServer, ["--quiet"]), async (echo) => {
    await throughProxy(echo, ["--quiet"], async (relay) => {
      using conn = await connectTo(relay.address);
      const message = bytes("Hola, proxy! ñandú\n".repeat(2000));
      const writing = writeAll(conn, message).then(() => conn.closeWrite());
      const echoed = await readAll(conn);
      await writing;
      assertEquals(echoed, "Hola, proxy! ñandú\n".repeat(2000));
    });
  });
  // The course's client half-closes after sending and still reads the answer.
  await withServer(
    tcpServer,
    optionsFor(tcpServer, ["--reply", "Hola, cliente"]),
    async (server) => {
      await throughProxy(server, [], async (relay) => {
        const { code, io } = await runMode(
          tcpClient,
          optionsFor(tcpClient, ["--message", "Hola, servidor"], { port: relay.port }),
        );
        assertEquals(code, 0);
        assertStringIncludes(io.stdoutText(), "Respuesta del servidor: Hola, cliente");
      });
    },
  );
});

Deno.test("--slice 1 makes every recv of a server reading in chunks get one byte: recv returns what has arrived", async () => {
  await withServer(
    tcpServer,
    optionsFor(tcpServer, ["--chunk", "1024", "--until", "\\r\\n", "--reply", "ok"]),
    async (server) => {
      await throughProxy(server, ["--slice", "1", "--slice-delay", "20", "--up"], async (relay) => {
        const { code } = await runMode(
          tcpClient,
          optionsFor(tcpClient, ["--message", "Hola\\r\\n"], { port: relay.port }),
        );
        assertEquals(code, 0);
        const chunks = server.io.stdoutLines().filter((line) => line.startsWith("Data leida"));
        assertEquals(chunks, [
          "Data leida: b'H'",
          "Data leida: b'o'",
          "Data leida: b'l'",
          "Data leida: b'a'",
          "Data leida: b'\\r'",
          "Data leida: b'\\n'",
        ]);
      });
    },
  );
});

Deno.test("--close-after closes both ends cleanly once that many bytes went, both directions together", async () => {
  await withServer(echoServer, optionsFor(echoServer, ["--quiet"]), async (echo) => {
    await throughProxy(echo, ["--close-after", "6", "--quiet"], async (relay) => {
      using conn = await connectTo(relay.address);
      await writeAll(conn, bytes("abcd"));
      // 4 bytes up and their echo: 8 > 6, so only "ab" of the echo comes back, then the end.
      assertEquals(await readAll(conn), "ab");
    });
  });
});

Deno.test("--hold-after forwards nothing more: the client hears silence, not a close", async () => {
  await withServer(echoServer, optionsFor(echoServer, ["--quiet"]), async (echo) => {
    await throughProxy(echo, ["--hold-after", "2", "--quiet"], async (relay) => {
      using conn = await connectTo(relay.address);
      await writeAll(conn, bytes("abcd"));
      const buffer = new Uint8Array(16);
      const read = conn.read(buffer);
      const silent = await Promise.race([
        read.then(() => false),
        new Promise<true>((resolve) => setTimeout(() => resolve(true), 300)),
      ]);
      assert(silent, "nothing came back past the first 2 bytes up");
      conn.close();
      await read.catch(() => {});
    });
  });
});

Deno.test("an upstream that refuses is said per connection, and the proxy serves the next", async () => {
  // A port that was free a moment ago: nothing listens there, so connecting is refused.
  const closed = { port: freePort() } as RunningServer;
  await throughProxy(closed, ["--lang", "en"], async (relay) => {
    for (let i = 0; i < 2; i++) {
      using conn = await connectTo(relay.address);
      assertEquals(await readAll(conn), "");
    }
    const warned = relay.io.stderrLines().filter((line) => line.includes("not relayed"));
    assertEquals(warned.length, 2);
    assertStringIncludes(warned[0], `127.0.0.1:${closed.port} could not be reached`);
  });
});

Deno.test("a proxy both reachable from the network and relaying beyond this machine is said to be an open relay", () => {
  assertEquals(isOpenRelay("0.0.0.0", "192.168.1.20"), true);
  assertEquals(isOpenRelay("::", "example.org"), true);
  assertEquals(isOpenRelay("127.0.0.1", "192.168.1.20"), false);
  assertEquals(isOpenRelay("0.0.0.0", "127.0.0.1"), false);
  assertEquals(isOpenRelay("0.0.0.0", "localhost"), false);
  assertEquals(isOpenRelay("::1", "::1"), false);
  assertStringIncludes(
    translator("es")("proxy.openRelay", { host: "0.0.0.0", to: "192.168.1.20:80" }),
    "llega a 192.168.1.20:80 a través de ella (un reenviador abierto)",
  );
});

Deno.test("--jitter with --seed delays pieces at random, keeps their order, and says the seed at start", async () => {
  await withServer(echoServer, optionsFor(echoServer, ["--quiet"]), async (echo) => {
    await throughProxy(
      echo,
      ["--slice", "3", "--jitter", "15", "--seed", "7", "--lang", "en"],
      async (relay) => {
        using conn = await connectTo(relay.address);
        const message = "0123456789abcdefghij";
        await writeAll(conn, bytes(message));
        await conn.closeWrite();
        assertEquals(await readAll(conn), message, "TCP keeps the order, whatever the delays");
        assertStringIncludes(relay.io.stdoutText(), "(--seed 7)");
      },
    );
  });
  // The same seed, connection and direction draw the same choices; another direction others.
  const draw = (...parts: number[]) => {
    const random = repeatableRandom(streamSeed(7, ...parts));
    return [random(), random(), random()];
  };
  assertEquals(draw(1, 0), draw(1, 0));
  assert(draw(1, 0)[0] !== draw(1, 1)[0] && draw(1, 0)[0] !== draw(2, 0)[0]);
});

Deno.test("--bandwidth holds a fast sender back: its bytes take at least the time the rate allows", async () => {
  await withServer(echoServer, optionsFor(echoServer, ["--quiet"]), async (echo) => {
    await throughProxy(echo, ["--bandwidth", "50k", "--up", "--quiet"], async (relay) => {
      using conn = await connectTo(relay.address);
      const started = performance.now();
      await writeAll(conn, new Uint8Array(20_000));
      await conn.closeWrite();
      // Sent at once, it comes back only as fast as 50,000 bytes a second let it through.
      assertEquals((await readAll(conn)).length, 20_000);
      const seconds = (performance.now() - started) / 1000;
      // A piece (a twentieth of a second's bytes) may go at once: 17,500 bytes at the rate.
      assert(seconds >= 17_500 / 50_000, `${seconds} s`);
    });
  });
});

Deno.test("a rate is read as network tools write it: k and M for thousands and millions", () => {
  const read = (value: string) => optionsFor(proxy, ["--to", "127.0.0.1:1", "--bandwidth", value]);
  assertEquals(read("500").bandwidth, 500);
  assertEquals(read("64k").bandwidth, 64_000);
  assertEquals(read("1,5M").bandwidth, 1_500_000);
  assertThrows(() => read("12q"), UsageError, "--bandwidth");
  assertThrows(() => read("0"), UsageError);
});
