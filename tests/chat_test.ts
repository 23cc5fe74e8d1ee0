import { delay } from "@std/async/delay";
import { assert, assertEquals, assertMatch } from "@std/assert";
import { chatClient } from "../lib/course/apps/chat-client.ts";
import { chatServer } from "../lib/course/apps/chat-server.ts";
import { readFull } from "../lib/framing/chunks.ts";
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

type Server = Awaited<ReturnType<typeof startServer>>;

/** A chat-client run in-process with a keyboard the test types on. */
function joinAs(server: Server, nick: string, lang: "es" | "en" = "es") {
  const keyboard = new Keyboard();
  const run = runMode(
    chatClient,
    optionsFor(chatClient, ["--nick", nick, "--quiet"], { port: server.port }, lang),
    { stdin: keyboard.stream },
  );
  return { keyboard, run };
}

/** Whether the server's own terminal has shown this line. */
const serverShowed = (server: Server, line: string) => () => server.io.stdoutLines().includes(line);

Deno.test("three chat clients see each other's messages, in order, and the joins and leaves", async () => {
  await withServer(chatServer, optionsFor(chatServer), async (server) => {
    const ana = joinAs(server, "ana");
    await eventually(serverShowed(server, "* ana entró"));
    const bea = joinAs(server, "bea");
    await eventually(serverShowed(server, "* bea entró"));
    const luis = joinAs(server, "luis");
    await eventually(serverShowed(server, "* luis entró"));

    ana.keyboard.type("hola a todos");
    ana.keyboard.type("¿qué tal?");
    await eventually(serverShowed(server, "[ana] ¿qué tal?"));
    bea.keyboard.type("muy bien");
    await eventually(serverShowed(server, "[bea] muy bien"));
    for (const client of [ana, bea, luis]) client.keyboard.end();
    const [a, b, l] = await Promise.all([ana.run, bea.run, luis.run]);
    for (const { code } of [a, b, l]) assertEquals(code, 0);

    assertEquals(l.io.stdoutLines().slice(0, 5), [
      "* Bienvenido al chat de socklab. ¿Tu apodo?",
      "* ¡Hola, luis! Ahora hay aquí: ana, bea. /help muestra los comandos",
      "[ana] hola a todos",
      "[ana] ¿qué tal?",
      "[bea] muy bien",
    ]);
    const seenByAna = a.io.stdoutLines();
    assert(seenByAna.includes("* bea entró") && seenByAna.includes("* luis entró"));
    assert(seenByAna.includes("[bea] muy bien"));
    assertEquals(
      seenByAna.filter((line) => line.startsWith("[ana]")).length,
      0,
      "nobody hears an echo of themselves",
    );
    assert(
      b.io.stdoutLines().includes("* ana salió") || b.io.stdoutLines().includes("* luis salió"),
    );
  });
});

Deno.test("a nickname already taken is refused, and another is asked for", async () => {
  await withServer(chatServer, optionsFor(chatServer), async (server) => {
    const ana = joinAs(server, "ana");
    await eventually(serverShowed(server, "* ana entró"));
    const other = joinAs(server, "ana");
    await eventually(() => server.io.stdoutLines().length > 0);
    other.keyboard.type("ana2");
    await eventually(serverShowed(server, "* ana2 entró"));
    ana.keyboard.end();
    other.keyboard.end();
    const second = await other.run;
    await ana.run;
    assertEquals(second.io.stdoutLines().slice(0, 3), [
      "* Bienvenido al chat de socklab. ¿Tu apodo?",
      "* «ana» ya está en uso; elige otro:",
      "* ¡Hola, ana2! Ahora hay aquí: ana. /help muestra los comandos",
    ]);
  });
});

Deno.test("/who lists who is here, /nick renames for everyone, /help and unknown commands answer", async () => {
  await withServer(chatServer, optionsFor(chatServer, [], {}, "en"), async (server) => {
    const ana = joinAs(server, "ana", "en");
    const bea = joinAs(server, "bea", "en");
    await eventually(serverShowed(server, "* bea joined"));
    ana.keyboard.type("/who");
    ana.keyboard.type("/nick anita");
    ana.keyboard.type("/nick bea");
    ana.keyboard.type("/help");
    ana.keyboard.type("/dance");
    ana.keyboard.type("/quit");
    const a = await ana.run;
    assertEquals(a.code, 0);
    assertEquals(a.io.stdoutLines().slice(-6), [
      "* Here (2): ana, bea",
      "* ana is now anita",
      "* 'bea' is taken; you are still anita: to change it, use /nick OTHER",
      "* Commands: /who (who is here), /nick NEW (change nickname), /quit (leave), /help",
      "* unknown command /dance; /help lists them",
      "* Bye!",
    ]);
    await eventually(serverShowed(server, "* anita left"));
    bea.keyboard.end();
    const b = await bea.run;
    assert(b.io.stdoutLines().includes("* ana is now anita"));
    assert(b.io.stdoutLines().includes("* anita left"));
  });
});

Deno.test("a client that stops reading is dropped with the reason, and the others never wait", async () => {
  const options = optionsFor(chatServer, [], {}, "en");
  await withServer(chatServer, options, async (server) => {
    using stuck = await connectTo(server.address);
    await stuck.write(bytes("stuck\n"));
    await eventually(serverShowed(server, "* stuck joined"));
    const listener = joinAs(server, "listener", "en");
    await eventually(serverShowed(server, "* listener joined"));
    using talker = await connectTo(server.address);
    await talker.write(bytes("talker\n"));
    await eventually(serverShowed(server, "* talker joined"));

    // Far more than the stuck client's socket buffers and queue can hold, at a pace a reading
    // client keeps up with.
    const line = "x".repeat(3000);
    const lines = 4000;
    for (let i = 0; i < lines; i++) {
      await writeAll(talker, bytes(`${i} ${line}\n`));
      if (i % 20 === 0) await delay(1);
    }
    await eventually(
      () =>
        server.io.stdoutLines().some((l) =>
          /^\* stuck was disconnected: too slow: \d+ bytes waiting/.test(l)
        ),
      10000,
    );
    await talker.write(bytes("/quit\n"));
    await readAll(talker);
    listener.keyboard.end();
    const heard = (await listener.run).io.stdoutLines().filter((l) => l.startsWith("[talker]"));
    assertEquals(heard.length, lines, "the listener got every line");
    assertMatch(heard.at(-1) ?? "", new RegExp(`^\\[talker\\] ${lines - 1} x+$`));
  });
});

Deno.test("a line over --message-limit disconnects its sender, saying why", async () => {
  await withServer(
    chatServer,
    optionsFor(chatServer, ["--message-limit", "16"], {}, "en"),
    async (server) => {
      using conn = await connectTo(server.address);
      await conn.write(bytes("ana\n" + "x".repeat(40) + "\n"));
      const text = await readAll(conn);
      assert(
        text.endsWith("* the line is longer than 16 bytes (--message-limit); disconnecting\n"),
        text,
      );
      await eventually(serverShowed(server, "* ana left"));
    },
  );
});

Deno.test("chat-client says clearly when the server goes away, and exits 1", async () => {
  const server = await startServer(chatServer, optionsFor(chatServer));
  const ana = joinAs(server, "ana");
  await eventually(() => server.io.stdoutLines().includes("* ana entró"));
  await server.stop();
  const { code, io } = await ana.run;
  assertEquals(code, 1);
  // Told first, by the server itself; then the client notices the connection is gone.
  assertEquals(io.stdoutLines().at(-1), "* el servidor se detiene; adiós");
  assertEquals(io.stderrText(), "El servidor cerró la conexión: se acabó el chat\n");
});

Deno.test("a stopping chat server says so to a raw client too, and does not hang on one that never reads", async () => {
  const server = await startServer(chatServer, optionsFor(chatServer, [], {}, "en"));
  using conn = await connectTo(server.address);
  await writeAll(conn, bytes("muda\n"));
  await eventually(() => server.io.stdoutLines().includes("* muda joined"));
  // Its socket never read: the stop must not hang on it.
  const started = performance.now();
  await server.stop();
  assert(performance.now() - started < 3000, "the server waited too long on a silent client");
  assert((await readAll(conn)).endsWith("* the server is stopping; goodbye\n"));
});

Deno.test("the first line typed is the nickname when --nick is not given", async () => {
  await withServer(chatServer, optionsFor(chatServer), async (server) => {
    const keyboard = new Keyboard();
    const run = runMode(chatClient, optionsFor(chatClient, ["--quiet"], { port: server.port }), {
      stdin: keyboard.stream,
    });
    keyboard.type("pepe");
    await eventually(serverShowed(server, "* pepe entró"));
    keyboard.type("/quit");
    assertEquals((await run).code, 0);
  });
});

Deno.test("the chat server speaks plain lines: nc or any socket can take part", async () => {
  await withServer(chatServer, optionsFor(chatServer, [], {}, "en"), async (server) => {
    using conn = await connectTo(server.address);
    const greeting = new Uint8Array(bytes("* Welcome to the socklab chat. Your nickname?").length);
    assert(await readFull(conn, greeting));
    assertEquals(
      new TextDecoder().decode(greeting),
      "* Welcome to the socklab chat. Your nickname?",
    );
  });
});

Deno.test("a refused /nick says the nickname is kept and to use /nick again: the next line goes to everyone", async () => {
  await withServer(chatServer, optionsFor(chatServer), async (server) => {
    const ana = joinAs(server, "ana");
    await eventually(serverShowed(server, "* ana entró"));
    const bea = joinAs(server, "bea");
    await eventually(serverShowed(server, "* bea entró"));
    ana.keyboard.type("/nick *estrella");
    ana.keyboard.type("pepa");
    await eventually(serverShowed(server, "[ana] pepa"));
    ana.keyboard.type("/nick bea");
    ana.keyboard.type("hola");
    await eventually(serverShowed(server, "[ana] hola"));
    ana.keyboard.type("/nick pepa");
    await eventually(serverShowed(server, "* ana ahora es pepa"));
    ana.keyboard.end();
    await eventually(serverShowed(server, "* pepa salió"));
    bea.keyboard.end();
    const [a, b] = await Promise.all([ana.run, bea.run]);
    assertEquals(a.io.stdoutLines().slice(2), [
      "* bea entró",
      "* un apodo tiene de 1 a 32 caracteres: sin espacios ni caracteres invisibles, sin mezclar el alfabeto latino con el cirílico o el griego, y no empieza por /, * ni [; sigues siendo ana: para cambiarlo, usa /nick OTRO",
      "* «bea» ya está en uso; sigues siendo ana: para cambiarlo, usa /nick OTRO",
      "* ana ahora es pepa",
    ]);
    // What the notices said is what happened: the bare lines went to everyone, as ana's.
    assertEquals(b.io.stdoutLines().slice(2, 5), [
      "[ana] pepa",
      "[ana] hola",
      "* ana ahora es pepa",
    ]);
  });
});

Deno.test("/nick with the nickname one already has tells the others nothing, and only the one who asked hears it", async () => {
  await withServer(chatServer, optionsFor(chatServer), async (server) => {
    const ana = joinAs(server, "ana");
    await eventually(serverShowed(server, "* ana entró"));
    const bea = joinAs(server, "bea");
    await eventually(serverShowed(server, "* bea entró"));
    ana.keyboard.type("/nick ana");
    ana.keyboard.type("hola");
    await eventually(serverShowed(server, "[ana] hola"));
    ana.keyboard.end();
    await eventually(serverShowed(server, "* ana salió"));
    bea.keyboard.end();
    const [a, b] = await Promise.all([ana.run, bea.run]);
    assertEquals(a.io.stdoutLines().slice(2), ["* bea entró", "* ya te llamas ana"]);
    assertEquals(b.io.stdoutLines().slice(2), ["[ana] hola", "* ana salió"]);
  });
});

Deno.test("/nick with a space in the new nickname is refused, and the nickname is kept", async () => {
  await withServer(chatServer, optionsFor(chatServer), async (server) => {
    const ana = joinAs(server, "ana");
    await eventually(serverShowed(server, "* ana entró"));
    ana.keyboard.type("/nick a b");
    ana.keyboard.type("/who");
    ana.keyboard.type("/quit");
    const a = await ana.run;
    assertEquals(a.io.stdoutLines().slice(2), [
      "* un apodo tiene de 1 a 32 caracteres: sin espacios ni caracteres invisibles, sin mezclar el alfabeto latino con el cirílico o el griego, y no empieza por /, * ni [; sigues siendo ana: para cambiarlo, usa /nick OTRO",
      "* Aquí (1): ana",
      "* ¡Adiós!",
    ]);
    assert(!server.io.stdoutLines().some((line) => line.includes("ahora es")));
  });
});

Deno.test("an arrow key typed at chat-client in a terminal is not sent, and the client says so once", async () => {
  await withServer(chatServer, optionsFor(chatServer), async (server) => {
    const keyboard = new Keyboard();
    const run = runMode(
      chatClient,
      optionsFor(chatClient, ["--nick", "ana", "--quiet"], { port: server.port }),
      { stdin: keyboard.stream, interactive: true },
    );
    await eventually(serverShowed(server, "* ana entró"));
    keyboard.type("\x1b[A");
    keyboard.type("\x1b[Ahola\x1b[D");
    keyboard.type("\x1bOBadiós");
    await eventually(serverShowed(server, "[ana] adiós"));
    keyboard.end();
    const { code, io } = await run;
    assertEquals(code, 0);
    const said = server.io.stdoutLines().filter((line) => line.startsWith("[ana]"));
    assertEquals(said, ["[ana] hola", "[ana] adiós"]);
    assertEquals(io.stderrLines(), [
      "Las flechas no editan la línea ni recuperan peticiones anteriores: sus secuencias de escape se quitan y no se envían",
    ]);
  });
});
