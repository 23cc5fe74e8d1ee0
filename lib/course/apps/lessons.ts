import { delay } from "@std/async/delay";
import { join } from "@std/path";
import { startServer } from "../../run/in_process.ts";
import { runMode } from "../../run/in_process.ts";
import { chatClient } from "./chat-client.ts";
import { chatServer } from "./chat-server.ts";
import { fileReceive } from "./file-receive.ts";
import { fileSend } from "./file-send.ts";
import { httpServer } from "./http-server.ts";
import { translator } from "../../present/catalogue.ts";
import {
  captureFor,
  type Lesson,
  type LessonContext,
  type Role,
  sideOptions,
} from "../../run/lesson.ts";

const encoder = new TextEncoder();
/** Waits until `done` holds (checked every few ms), or `seconds` pass. */
async function until(done: () => boolean, seconds: number): Promise<boolean> {
  const deadline = performance.now() + seconds * 1000;
  while (!done()) {
    if (performance.now() > deadline) return false;
    await delay(5);
  }
  return true;
}

/** Three people chat: each sees the others' lines, in order, and the server sees everything. */
const chatLesson: Lesson = {
  id: "chat",
  title: "lesson.chat",
  async run(context) {
    const t = translator(context.lang);
    const side = { mode: chatServer, args: [] };
    context.command("socklab chat-server");
    await using server = await startServer(
      chatServer,
      sideOptions(context, side, context.port),
      captureFor(context, "server"),
    );
    const people: { role: Role; nick: string; says: string[] }[] = [
      { role: "client1", nick: "ana", says: ["hola a todos"] },
      { role: "client2", nick: "bea", says: ["¡hola, ana!"] },
      { role: "client3", nick: "luis", says: ["/who"] },
    ];
    const clients = [];
    for (const person of people) {
      context.command(`socklab chat-client --nick ${person.nick}`);
      const keyboard = new TransformStream<Uint8Array, Uint8Array>();
      const run = runMode(
        chatClient,
        {
          ...sideOptions(
            context,
            { mode: chatClient, args: ["--nick", person.nick, "--quiet"] },
            server.port,
          ),
        },
        { ...captureFor(context, person.role), stdin: keyboard.readable },
      );
      const joined = t("chat.joined", { nick: person.nick });
      await until(() => server.io.stdoutLines().includes(`* ${joined}`), context.timeoutSeconds);
      clients.push({ person, keyboard: keyboard.writable.getWriter(), run });
    }
    // One at a time, so the order everyone sees is the order they spoke in.
    for (const { person, keyboard } of clients) {
      for (const line of person.says) {
        const before = server.io.stdoutLines().length;
        await keyboard.write(encoder.encode(line + "\n"));
        await until(
          () => server.io.stdoutLines().length > before || line.startsWith("/"),
          context.timeoutSeconds,
        );
      }
    }
    await delay(50);
    for (const { keyboard } of clients) await keyboard.close();
    const results = await Promise.all(clients.map((client) => client.run));
    const luis = results[2].io.stdoutLines();
    const expected = [
      "[ana] hola a todos",
      "[bea] ¡hola, ana!",
      `* ${t("chat.who", { count: 3, nicks: "ana, bea, luis" })}`,
    ];
    const missing = expected.find((line) => !luis.includes(line));
    if (missing) {
      return {
        passed: false,
        reason: t("demo.unexpected", { role: t("demo.client3"), what: missing }),
      };
    }
    if (results.some((result) => result.code !== 0)) {
      return {
        passed: false,
        reason: t("demo.exitCode", { role: t("demo.client"), code: 1, expected: 0 }),
      };
    }
    return { passed: true };
  },
};

/** A file crosses the connection and arrives whole, its SHA-256 checked. */
const fileLesson: Lesson = {
  id: "file",
  title: "lesson.file",
  async run(context) {
    const t = translator(context.lang);
    const root = await Deno.makeTempDir({ prefix: "socklab-demo-" });
    try {
      const into = join(root, "recibidos");
      const notes = join(root, "apuntes.txt");
      await Deno.mkdir(into);
      const content =
        "Sockets orientados a conexiones: TCP garantiza una comunicación fiable y ordenada.\n"
          .repeat(200);
      await Deno.writeTextFile(notes, content);
      context.command("socklab file-receive --dir recibidos --once");
      await using server = await startServer(
        fileReceive,
        sideOptions(
          context,
          { mode: fileReceive, args: ["--dir", into, "--once", "--quiet"] },
          context.port,
        ),
        captureFor(context, "server"),
      );
      context.command("socklab file-send apuntes.txt");
      const sender = await runMode(
        fileSend,
        sideOptions(
          context,
          { mode: fileSend, args: [notes, "--quiet"] },
          server.port,
        ),
        captureFor(context, "client"),
      );
      await server.finished;
      const received = await Deno.readTextFile(join(into, "apuntes.txt")).catch(() => "");
      if (sender.code !== 0 || received !== content) {
        return {
          passed: false,
          reason: t("demo.unexpected", { role: t("demo.server"), what: "recibidos/apuntes.txt" }),
        };
      }
      return { passed: true };
    } finally {
      await Deno.remove(root, { recursive: true });
    }
  },
};

/** What a browser's request looks like: text over a TCP connection. */
const httpLesson: Lesson = {
  id: "http",
  title: "lesson.http",
  async run(context: LessonContext) {
    const t = translator(context.lang);
    context.command("socklab http-server");
    await using server = await startServer(
      httpServer,
      sideOptions(context, { mode: httpServer, args: [] }, context.port),
      captureFor(context, "server"),
    );
    const host = context.host.includes(":") ? `[${context.host}]` : context.host;
    const url = `http://${host}:${server.port}/hola`;
    // What a student would type; the demo makes the same request itself, and says so.
    context.command(`curl ${url}   # ${t("demo.httpFetch")}`);
    const response = await fetch(url, { headers: { accept: "*/*", "user-agent": "socklab-demo" } });
    const body = await response.text();
    for (const line of body.trimEnd().split("\n")) context.print("client", "stdout", line);
    const requestLine = "GET /hola HTTP/1.1\\r\\n";
    if (response.status !== 200 || !body.includes(requestLine)) {
      return {
        passed: false,
        reason: t("demo.unexpected", { role: t("demo.client"), what: requestLine }),
      };
    }
    return { passed: true };
  },
};

/** The application lessons: chat, a file, the web. */
export const appLessons: readonly Lesson[] = [chatLesson, fileLesson, httpLesson];
