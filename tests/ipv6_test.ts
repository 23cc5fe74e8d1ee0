import { assert, assertEquals, assertRejects } from "@std/assert";
import { NetError } from "../lib/errors.ts";
import { echoClient } from "../lib/course/echo/echo-client.ts";
import { echoServer } from "../lib/course/echo/echo-server.ts";
import { tcpClient } from "../lib/course/tcp/tcp-client.ts";
import { tcpServer } from "../lib/course/tcp/tcp-server.ts";
import { udpClient } from "../lib/course/udp/udp-client.ts";
import { udpServer } from "../lib/course/udp/udp-server.ts";
import { translator } from "../lib/present/catalogue.ts";
import { describeError } from "../lib/present/describe.ts";
import { freePort, hasIpv6Loopback, optionsFor, runMode, withServer } from "./helpers.ts";

const NO_IPV6 = !hasIpv6Loopback();

Deno.test({
  name: "a TCP pair works over IPv6 loopback, addresses in brackets",
  ignore: NO_IPV6,
  async fn() {
    const serverOptions = optionsFor(tcpServer, ["--host", "::1", "--reply", "ok", "--once"]);
    await withServer(tcpServer, serverOptions, async (server) => {
      const { port } = server;
      assertEquals(server.io.stdoutLines()[0], `Servidor escuchando en [::1]:${port}`);
      const client = await runMode(tcpClient, optionsFor(tcpClient, ["--host", "::1"], { port }));
      assertEquals(client.code, 0);
      assertEquals(client.io.stdoutLines()[0], `Conectado a [::1]:${port}`);
      assertEquals(client.io.stdoutLines().at(-1), "Respuesta del servidor: ok");
      await server.finished;
    });
  },
});

Deno.test({
  name: "an echo pair works over IPv6 loopback, the host given in brackets too",
  ignore: NO_IPV6,
  async fn() {
    await withServer(
      echoServer,
      optionsFor(echoServer, ["--host", "[::1]", "--quiet"]),
      async (server) => {
        const client = await runMode(
          echoClient,
          optionsFor(echoClient, ["--host", "::1"], { port: server.port }),
        );
        assertEquals(client.code, 0);
      },
    );
  },
});

Deno.test({
  name: "a UDP pair works over IPv6 loopback",
  ignore: NO_IPV6,
  async fn() {
    await withServer(
      udpServer,
      optionsFor(udpServer, ["--host", "::1", "--once"]),
      async (server) => {
        const client = await runMode(
          udpClient,
          optionsFor(udpClient, ["--host", "::1"], { port: server.port }),
        );
        assertEquals(client.code, 0);
        assertEquals(
          client.io.stdoutLines().at(-1),
          "Acuse de recibo recibido del servidor: Mensaje recibido Hola, soy un cliente UDP. Gracias.",
        );
        await server.finished;
        assert(
          server.io.stdoutLines().some((line) =>
            line.startsWith("Mensaje recibido del cliente [::1]:")
          ),
        );
      },
    );
  },
});

Deno.test("a name that is refused lists the addresses it stands for, all tried", async () => {
  const port = freePort();
  const error = await assertRejects(
    () => runMode(tcpClient, optionsFor(tcpClient, ["--host", "localhost"], { port })),
    NetError,
  );
  assertEquals(error.kind, "refused");
  assert(error.info.tried?.includes("127.0.0.1"), `tried ${error.info.tried}`);
  assertEquals(
    describeError(error, translator("en")),
    `connection refused: no server is listening on localhost:${port} (tried ${
      error.info.tried?.join(", ")
    }) — start the server first`,
  );
});

Deno.test("an address that is refused needs no list: it was the only one tried", async () => {
  const port = freePort();
  const error = await assertRejects(
    () => runMode(tcpClient, optionsFor(tcpClient, [], { port })),
    NetError,
  );
  assertEquals(error.kind, "refused");
  assertEquals(error.info.tried, undefined);
});
