/**
 * The keys a person presses at an interactive client: Ctrl+C stops `echo-client --stdin` at once
 * (in-process: interactive_client_test.ts), * Ctrl+D at a line client's prompt leaves the shell's prompt on a line of its own, and an arrow
 * key typed at the prompt is never sent. Each in-process, and through a pseudo-terminal on the
 * real process (not on Windows, which has no `pty`).
 */
import { assert, assertEquals, assertStringIncludes } from "@std/assert";
import type { CommonOptions, Mode } from "../lib/cli/spec.ts";
import { chatServer } from "../lib/course/apps/chat-server.ts";
import { dbClient } from "../lib/course/db/db-client.ts";
import { dbServer } from "../lib/course/db/db-server.ts";
import { echoServer } from "../lib/course/echo/echo-server.ts";
import { textClient } from "../lib/course/text/text-client.ts";
import { textServer } from "../lib/course/text/text-server.ts";
import { EXIT } from "../lib/exit_codes.ts";
import { eventually, Keyboard, optionsFor, runMode, withServer } from "./helpers.ts";
import { KEY, NO_PTY, runInTerminal } from "./pty.ts";

const ARROWS_NOTE =
  "Las flechas no editan la línea ni recuperan peticiones anteriores: sus secuencias de escape se quitan y no se envían";

const linePairs: [Mode<CommonOptions>, Mode<CommonOptions>][] = [
  [textServer, textClient],
  [dbServer, dbClient],
];

for (const [server, client] of linePairs) {
  Deno.test(`Ctrl+D at ${client.name}'s prompt ends its output with a newline`, async () => {
    await withServer(server, optionsFor(server, ["--quiet"]), async (running) => {
      const keyboard = new Keyboard();
      let connected = false;
      const session = runMode(client, optionsFor(client, [], { port: running.port }), {
        stdin: keyboard.stream,
        interactive: true,
        onLine: (_, line) => connected ||= line.startsWith("Conectado"),
      });
      await eventually(() => connected);
      keyboard.end();
      const { code, io } = await session;
      assertEquals(code, EXIT.ok);
      assert(io.stdoutText().endsWith("> \n"), JSON.stringify(io.stdoutText()));
    });
  });
}

Deno.test("an arrow key typed at text-client's prompt is not sent, and the client says so once", async () => {
  await withServer(textServer, optionsFor(textServer, ["--quiet"]), async (running) => {
    const keyboard = new Keyboard();
    const session = runMode(textClient, optionsFor(textClient, [], { port: running.port }), {
      stdin: keyboard.stream,
      interactive: true,
    });
    keyboard.type(`${KEY.up}MAYUS hola${KEY.up}\x1b[D`);
    keyboard.type(`\x1bOBMAYUS adiós`);
    keyboard.type(KEY.up);
    keyboard.type("MINUS FIN");
    keyboard.end();
    const { code, io } = await session;
    assertEquals(code, EXIT.ok);
    const replies = io.stdoutText().split("> ").slice(1).map((reply) => reply.trim());
    // The line of nothing but an arrow is not sent: no reply, the prompt comes back.
    assertEquals(replies, ["OK HOLA", "OK ADIÓS", "", "OK fin", ""]);
    assertEquals(io.stderrLines(), [ARROWS_NOTE]);
  });
});

Deno.test({
  name: "at a terminal, one Ctrl+C ends echo-client --stdin at once with 130 (no pty on Windows)",
  ignore: NO_PTY,
  async fn() {
    await withServer(echoServer, optionsFor(echoServer, ["--quiet"]), async (running) => {
      const run = await runInTerminal(
        ["echo-client", "--stdin", "--port", String(running.port)],
        [{ after: "Conectado a", keys: KEY.ctrlC }],
      );
      assertEquals([run.code, run.stuck], [EXIT.interrupted, false], run.output);
    });
  },
});

Deno.test({
  name:
    "at a terminal, text-client sends no arrow key and Ctrl+D leaves the shell's prompt on a line of its own (no pty on Windows)",
  ignore: NO_PTY,
  async fn() {
    await withServer(textServer, optionsFor(textServer, ["--quiet"]), async (running) => {
      const run = await runInTerminal(
        ["text-client", "--port", String(running.port)],
        [
          { after: "> ", keys: `${KEY.up}MAYUS hola${KEY.enter}` },
          { after: "OK HOLA\r\n> ", keys: KEY.ctrlD },
        ],
      );
      assertEquals([run.code, run.stuck], [EXIT.ok, false], run.output);
      assertStringIncludes(run.output, ARROWS_NOTE);
      assert(run.output.endsWith("> \r\n"), JSON.stringify(run.output));
    });
  },
});

const ctrlDLines: [Mode<CommonOptions>, Mode<CommonOptions>, string, string][] = [
  [textServer, textClient, "MAYUS abc", "OK ABC"],
  [dbServer, dbClient, "CONS", "ERR unknown-verb verbo desconocido «CONS»"],
];

for (const [server, client, typed, reply] of ctrlDLines) {
  Deno.test({
    name:
      `at a terminal, a line ended by Ctrl+D at ${client.name}'s prompt gets its reply on a line of its own (no pty on Windows)`,
    ignore: NO_PTY,
    async fn() {
      await withServer(server, optionsFor(server, ["--quiet"]), async (running) => {
        // The first Ctrl+D hands over the line as typed, the second ends the input.
        const run = await runInTerminal(
          [client.name, "--port", String(running.port)],
          [
            { after: "> ", keys: `${typed}${KEY.ctrlD}` },
            { after: typed, keys: KEY.ctrlD },
          ],
        );
        assertEquals([run.code, run.stuck], [EXIT.ok, false], run.output);
        assertStringIncludes(run.output, `> ${typed}\r\n${reply}`);
        assert(run.output.endsWith("> \r\n"), JSON.stringify(run.output));
      });
    },
  });
}

Deno.test({
  name:
    "at a terminal, chat-client sends no arrow key, says so once, and sends no line of arrows only (no pty on Windows)",
  ignore: NO_PTY,
  async fn() {
    await withServer(chatServer, optionsFor(chatServer), async (running) => {
      const run = await runInTerminal(
        ["chat-client", "--nick", "ana", "--port", String(running.port)],
        [
          { after: "¡Hola, ana!", keys: `${KEY.up}${KEY.enter}` },
          { after: ARROWS_NOTE, keys: `${KEY.up}hola${KEY.enter}` },
          { after: "hola", keys: KEY.ctrlD },
        ],
      );
      assertEquals([run.code, run.stuck], [EXIT.ok, false], run.output);
      assertEquals(run.output.split(ARROWS_NOTE).length, 2, run.output);
      await eventually(() => running.io.stdoutLines().includes("* ana salió"));
      const said = running.io.stdoutLines().filter((line) => line.startsWith("[ana]"));
      assertEquals(said, ["[ana] hola"]);
    });
  },
});
