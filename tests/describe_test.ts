import { assert, assertEquals } from "@std/assert";
import { NetError, type NetErrorKind } from "../lib/errors.ts";
import { translator } from "../lib/present/catalogue.ts";
import { describeError } from "../lib/present/describe.ts";
import { toNetError } from "../lib/transport/net_errors.ts";

const endpoint = { host: "127.0.0.1", port: 8080 };

function kindOf(error: unknown, operation: "listen" | "connect" | "read", port = 8080) {
  const translated = toNetError(error, { ...endpoint, port }, operation);
  return translated instanceof NetError ? translated.kind : undefined;
}

Deno.test("the runtime's socket errors become the failures socklab explains", () => {
  const e = Deno.errors;
  const cases: [unknown, NetErrorKind][] = [
    [new e.ConnectionRefused("Connection refused (os error 111)"), "refused"],
    [new e.ConnectionReset("reset"), "reset"],
    [new e.ConnectionAborted("aborted"), "reset"],
    [new e.BrokenPipe("Broken pipe (os error 32)"), "broken-pipe"],
    [new e.AddrInUse("Address already in use (os error 98)"), "addr-in-use"],
    [new e.AddrNotAvailable("Cannot assign requested address"), "addr-not-available"],
    [new e.NetworkUnreachable("unreachable"), "unreachable"],
    [
      new e.NotCapable('Requires net access to "x:1", run again with the --allow-net flag'),
      "missing-permission",
    ],
    [
      new Error("failed to lookup address information: Name or service not known"),
      "host-not-found",
    ],
    [new URIError("invalid host 'not a host': invalid char found in FQDN"), "invalid-host"],
  ];
  for (const [error, kind] of cases) assertEquals(kindOf(error, "connect"), kind);
});

Deno.test("permission denied on a port below 1024 is about privileged ports", () => {
  assertEquals(kindOf(new Deno.errors.PermissionDenied("denied"), "listen", 80), "privileged-port");
  assertEquals(
    kindOf(new Deno.errors.PermissionDenied("denied"), "listen", 8080),
    "permission-denied",
  );
  assertEquals(
    kindOf(new Deno.errors.PermissionDenied("denied"), "connect", 80),
    "permission-denied",
  );
});

Deno.test("an OS timeout is a connect timeout only while connecting", () => {
  assertEquals(kindOf(new Deno.errors.TimedOut("timed out"), "connect"), "connect-timeout");
  assertEquals(kindOf(new Deno.errors.TimedOut("timed out"), "read"), undefined);
});

Deno.test("errors socklab does not explain are left as they were", () => {
  const error = new TypeError("something else");
  assertEquals(toNetError(error, endpoint, "read"), error);
});

Deno.test("each failure is one translated line with a hint, in Spanish and English", () => {
  const refused = toNetError(new Deno.errors.ConnectionRefused("x"), endpoint, "connect");
  assertEquals(
    describeError(refused, translator("en")),
    "connection refused: no server is listening on 127.0.0.1:8080 — start the server first",
  );
  assertEquals(
    describeError(refused, translator("es")),
    "conexión rechazada: ningún servidor escucha en 127.0.0.1:8080; inicia primero el servidor",
  );
  const inUse = toNetError(new Deno.errors.AddrInUse("x"), endpoint, "listen", {
    suggestion: 8081,
  });
  assertEquals(
    describeError(inUse, translator("en")),
    "port 8080 on 127.0.0.1 is already in use by another program — stop it or choose another port, e.g. --port 8081",
  );
  const privileged = toNetError(new Deno.errors.PermissionDenied("x"), {
    host: "0.0.0.0",
    port: 80,
  }, "listen");
  assert(
    describeError(privileged, translator("en")).startsWith(
      "permission denied for port 80: ports below 1024",
    ),
  );
  const missing = toNetError(
    new Deno.errors.NotCapable(
      'Requires net access to "127.0.0.1:8080", run again with the --allow-net flag',
    ),
    endpoint,
    "listen",
  );
  assertEquals(
    describeError(missing, translator("en")),
    "Deno did not grant the --allow-net permission socklab needs — run it with deno task start, or add --allow-net to deno run",
  );
  const timeout = new NetError("read-timeout", {
    ...endpoint,
    address: "127.0.0.1:8080",
    seconds: 2,
  });
  assertEquals(
    describeError(timeout, translator("es")),
    "127.0.0.1:8080 no envió nada en 2 s (--timeout); se dejó de esperar",
  );
  const notFound = toNetError(new Error("failed to lookup address information"), {
    host: "nope.invalid",
    port: 1,
  }, "connect");
  assert(describeError(notFound, translator("en")).startsWith("host 'nope.invalid' not found"));
});

Deno.test("every kind of failure has its own message, never a raw exception", () => {
  const kinds: NetErrorKind[] = [
    "refused",
    "reset",
    "broken-pipe",
    "connect-timeout",
    "read-timeout",
    "datagram-timeout",
    "addr-in-use",
    "addr-not-available",
    "privileged-port",
    "permission-denied",
    "missing-permission",
    "host-not-found",
    "invalid-host",
    "unreachable",
  ];
  const lines = kinds.map((kind) =>
    describeError(new NetError(kind, { ...endpoint, address: "127.0.0.1:8080" }), translator("es"))
  );
  assertEquals(new Set(lines).size, kinds.length);
  for (const line of lines) assert(!line.includes("{") && !line.includes("\n"), line);
});

Deno.test("unexpected errors keep their message and point to --debug; --debug adds the stack", () => {
  const error = new Error("kaboom");
  assertEquals(
    describeError(error, translator("en")),
    "kaboom — run again with --debug for the details",
  );
  const debug = describeError(error, translator("en"), true).split("\n");
  assert(debug.length > 1 && debug[1].includes("kaboom"));
  const net = toNetError(new Deno.errors.ConnectionReset("os says reset"), endpoint, "read");
  assert(describeError(net, translator("en"), true).includes("os says reset"));
  assertEquals(describeError(net, translator("en")).includes("os says reset"), false);
});
