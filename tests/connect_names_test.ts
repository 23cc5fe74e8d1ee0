/**
 * A client given a name connects to whichever of its addresses a server listens on: `localhost`
 * is `::1` as well as `127.0.0.1` on many systems, and a server may listen on only one of them.
 */
import { assertEquals, assertRejects } from "@std/assert";
import { NetError } from "../lib/errors.ts";
import { translator } from "../lib/present/catalogue.ts";
import { describeError } from "../lib/present/describe.ts";
import { connectStream, type Resolve, systemResolve } from "../lib/transport/endpoint.ts";
import { freePort, hasIpv6Loopback } from "./helpers.ts";

const NO_IPV6 = !hasIpv6Loopback();

/** `localhost` as systems that list IPv4 first resolve it, whatever this machine's hosts file says. */
const bothFamilies: Resolve = () => Promise.resolve(["127.0.0.1", "::1"]);

/** The peer a client given `localhost` reaches, with `resolve`, when a server listens on ::1 only. */
async function peerOfLocalhost(resolve: Resolve): Promise<{ peer: string; expected: string }> {
  using listener = Deno.listen({ hostname: "::1", port: 0 });
  const accepted = listener.accept();
  const stream = await connectStream({ host: "localhost", port: listener.addr.port, resolve });
  using _ = await accepted;
  stream.close();
  return { peer: stream.peer, expected: `[::1]:${listener.addr.port}` };
}

Deno.test({
  name: "a client given localhost reaches a server listening only on ::1, trying 127.0.0.1 first",
  ignore: NO_IPV6,
  async fn() {
    const { peer, expected } = await peerOfLocalhost(bothFamilies);
    assertEquals(peer, expected);
  },
});

Deno.test({
  name: "localhost reaches a server on ::1 even when the hosts file names only 127.0.0.1",
  ignore: NO_IPV6,
  async fn() {
    const { peer, expected } = await peerOfLocalhost(() => Promise.resolve(["127.0.0.1"]));
    assertEquals(peer, expected);
  },
});

Deno.test({
  name: "a client tries a name's addresses in the resolver's order until one answers",
  async fn() {
    using listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
    const accepted = listener.accept();
    const stream = await connectStream({
      // A reserved name (RFC 2606) the system cannot resolve: only the resolver given knows it.
      host: "server.socklab.test",
      port: listener.addr.port,
      resolve: () => Promise.resolve(["::1", "127.0.0.1"]),
    });
    using _ = await accepted;
    stream.close();
    assertEquals(stream.peer, `127.0.0.1:${listener.addr.port}`);
  },
});

Deno.test("when no address of a name answers, the refusal names the name and every address tried", async () => {
  const port = freePort();
  const error = await assertRejects(
    () => connectStream({ host: "localhost", port, resolve: bothFamilies }),
    NetError,
  );
  assertEquals([error.kind, error.info.address, error.info.tried], [
    "refused",
    `localhost:${port}`,
    ["127.0.0.1", "::1"],
  ]);
  assertEquals(
    describeError(error, translator("es")),
    `conexión rechazada: ningún servidor escucha en localhost:${port} (se probó 127.0.0.1, ::1); inicia primero el servidor`,
  );
});

Deno.test("the system resolver knows localhost offline, from the hosts file", async () => {
  const addresses = await systemResolve("localhost");
  assertEquals(
    addresses?.every((address) => address === "::1" || address.startsWith("127.")),
    true,
    `localhost resolved to ${addresses}`,
  );
  assertEquals(addresses!.length > 0, true);
});
