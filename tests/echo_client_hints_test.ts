/**
 * echo-client against a server that waits for the course's `\r\n` (echo-server --blocking): when
 * the message lacks it, the client says once, after 2 s without an echo, what would make it
 * arrive, and keeps waiting.
 */
import { assertEquals } from "@std/assert";
import { FakeTime } from "@std/testing/time";
import { echoClient, NO_ECHO_HINT_MS } from "../lib/course/echo/echo-client.ts";
import { echoServer } from "../lib/course/echo/echo-server.ts";
import { EXIT } from "../lib/exit_codes.ts";
import { Keyboard, optionsFor, runMode, withServer } from "./helpers.ts";

/**
 * Runs echo-client with `args` against echo-server --blocking, lets `NO_ECHO_HINT_MS` pass on a
 * fake clock once the server has read the message, and stops the client with Ctrl+C: what the
 * client said on stderr just before the 2 s, at them, and how it ended.
 */
async function silentEcho(args: string[], stdin?: ReadableStream<Uint8Array>) {
  using time = new FakeTime();
  const { promise: read, resolve: serverRead } = Promise.withResolvers<void>();
  return await withServer(
    echoServer,
    optionsFor(echoServer, ["--blocking", "--chunk", "64"]),
    async (server) => {
      const ctrlC = new AbortController();
      const said: string[] = [];
      const client = runMode(echoClient, optionsFor(echoClient, args, { port: server.port }), {
        signal: ctrlC.signal,
        stdin,
        interactive: stdin !== undefined,
        onLine: (stream, line) => stream === "stderr" && said.push(line),
      });
      await read;
      await time.tickAsync(NO_ECHO_HINT_MS - 1);
      const before = [...said];
      await time.tickAsync(1);
      const at = [...said];
      await time.tickAsync(10 * NO_ECHO_HINT_MS);
      const waiting = [...said];
      ctrlC.abort();
      const { code } = await client;
      return { before, at, waiting, code };
    },
    { onLine: (_, line) => line.startsWith("Data leida: b'hola") && serverRead() },
  );
}

Deno.test("echo-client --message without \\r\\n says once after 2 s without an echo to end it so, and keeps waiting", async () => {
  const { before, at, waiting, code } = await silentEcho(["--message", "hola"]);
  const hint =
    "Sin eco tras 2 s. echo-server --blocking solo devuelve un mensaje cuando llega su final, \\r\\n, y este no lo lleva: prueba --message 'hola\\r\\n'";
  assertEquals({ before, at, waiting }, { before: [], at: [hint], waiting: [hint] });
  assertEquals(code, EXIT.interrupted);
});

Deno.test("echo-client --stdin --until other than \\r\\n says after 2 s without an echo that lines end in \\r\\n without --until", async () => {
  const keyboard = new Keyboard();
  keyboard.type("hola");
  const { at, code } = await silentEcho(["--stdin", "--until", "\\n"], keyboard.stream);
  assertEquals(at, [
    "Sin eco tras 2 s. echo-server --blocking solo devuelve un mensaje cuando llega su final, \\r\\n, y --until '\\n' termina las líneas con otro: sin --until, cada línea termina en \\r\\n",
  ]);
  assertEquals(code, EXIT.interrupted);
  keyboard.end();
});
