/**
 * A person at a client waiting for the keyboard: one Ctrl+C stops it (echo-client --stdin too), and a server that hangs up is noticed
 * while the client waits for the keyboard, without a keystroke.
 */
import { assertEquals } from "@std/assert";
import type { CommonOptions, Mode } from "../lib/cli/spec.ts";
import { dbClient } from "../lib/course/db/db-client.ts";
import { dbServer } from "../lib/course/db/db-server.ts";
import { echoClient } from "../lib/course/echo/echo-client.ts";
import { echoServer } from "../lib/course/echo/echo-server.ts";
import { textClient } from "../lib/course/text/text-client.ts";
import { textServer } from "../lib/course/text/text-server.ts";
import { EXIT } from "../lib/exit_codes.ts";
import { withTimeout } from "../lib/transport/net_errors.ts";
import { eventually, Keyboard, optionsFor, runMode, startServer, withServer } from "./helpers.ts";

const pairs: [Mode<CommonOptions>, Mode<CommonOptions>][] = [
  [textServer, textClient],
  [dbServer, dbClient],
];

/** Clients that wait for the keyboard, and how each is told to: echo-client reads lines too. */
const waiting: [Mode<CommonOptions>, Mode<CommonOptions>, string[]][] = [
  ...pairs.map(([server, client]): [Mode<CommonOptions>, Mode<CommonOptions>, string[]] => [
    server,
    client,
    [],
  ]),
  [echoServer, echoClient, ["--stdin"]],
];

for (const [server, client, args] of waiting) {
  Deno.test(`one Ctrl+C stops ${[client.name, ...args].join(" ")} while it waits for a line`, async () => {
    await withServer(server, optionsFor(server, ["--quiet"]), async (running) => {
      const keyboard = new Keyboard();
      const ctrlC = new AbortController();
      let prompted = false;
      const session = runMode(client, optionsFor(client, args, { port: running.port }), {
        stdin: keyboard.stream,
        interactive: true,
        signal: ctrlC.signal,
        onLine: (_, line) => prompted ||= line.startsWith("Conectado"),
      });
      await eventually(() => prompted);
      ctrlC.abort();
      const { code } = await withTimeout(session, 2, () => new Error("Ctrl+C was not heard"));
      assertEquals(code, EXIT.interrupted);
      keyboard.end();
    });
  });
}

for (const [server, client] of pairs) {
  Deno.test(`an idle ${client.name} at the prompt notices the server has gone, without a keystroke`, async () => {
    const running = await startServer(server, optionsFor(server, ["--quiet"]));
    const keyboard = new Keyboard();
    let connected = false;
    const session = runMode(client, optionsFor(client, [], { port: running.port }), {
      stdin: keyboard.stream,
      interactive: true,
      onLine: (_, line) => connected ||= line.startsWith("Conectado"),
    });
    await eventually(() => connected);
    await running.stop();
    const { code, io } = await withTimeout(session, 2, () => new Error("the hang-up went unseen"));
    assertEquals(code, EXIT.failure);
    assertEquals(io.stderrLines().at(-1), "El servidor cerró la conexión");
    keyboard.end();
  });
}
