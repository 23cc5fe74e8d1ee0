import { readFull } from "../../framing/chunks.ts";
import { echoServer } from "./echo-server.ts";
import { translator } from "../../present/catalogue.ts";
import { printable } from "../../present/printable.ts";
import { formatNumber } from "../../present/units.ts";
import { connectStream } from "../../transport/endpoint.ts";
import { withTimeout } from "../../transport/net_errors.ts";
import type { Stream } from "../../transport/stream.ts";
import { startServer } from "../../run/in_process.ts";
import {
  captureFor,
  commandLine,
  type Lesson,
  type LessonContext,
  lessonTrace,
  type Side,
  sideOptions,
} from "../../run/lesson.ts";

/** How long client 2 waits before the lesson calls it stalled, as the tests do. */
const STALL_MS = 300;

const encoder = new TextEncoder();

/** What happened to client 2 against one echo server. */
interface StallResult {
  /** No echo came within STALL_MS. */
  readonly stalled: boolean;
}

/**
 * The sequence the course describes, against one server: client 1 sends a line and gets its echo;
 * client 2 connects and sends a line; client 1 sends again. Client 2's echo arrives at once from
 * a concurrent server, but only after client 1's second line from the blocking loop.
 */
async function playStall(context: LessonContext, side: Side): Promise<StallResult> {
  const t = translator(context.lang);
  context.command(commandLine(side));
  await using server = await startServer(
    side.mode,
    sideOptions(context, side, context.port),
    captureFor(context, "server"),
  );
  const connect = () =>
    connectStream({
      host: context.host,
      port: server.port,
      timeoutSeconds: context.timeoutSeconds,
      trace: lessonTrace(context, "echo-client"),
    });
  const open: Stream[] = [];
  try {
    const say = (who: "client1" | "client2", started: number, echo: Uint8Array) =>
      context.print(
        who,
        "stdout",
        t("echo.reply", {
          ms: formatNumber(performance.now() - started, context.lang, 2),
          text: printable(echo),
        }),
      );
    const exchange = async (stream: Stream, who: "client1" | "client2", text: string) => {
      const message = encoder.encode(text + "\r\n");
      const started = performance.now();
      await stream.write(message);
      const echo = new Uint8Array(message.length);
      return readFull(stream, echo).then((complete) => {
        if (complete) say(who, started, echo);
        return complete;
      });
    };
    const client1 = await connect();
    open.push(client1);
    await exchange(client1, "client1", "uno");
    const client2 = await connect();
    open.push(client2);
    const echo2 = exchange(client2, "client2", "dos");
    const waiting = Symbol("waiting");
    const early = await withTimeout(echo2, STALL_MS / 1000, () => new Error()).catch(() => waiting);
    if (early === waiting) context.print("client2", "stdout", t("echo.stalled", { ms: STALL_MS }));
    await exchange(client1, "client1", "tres");
    await echo2;
    return { stalled: early === waiting };
  } finally {
    for (const stream of open) stream.close();
  }
}

/** The echo lessons: the loop that stalls, then one task per client. */
export const echoLessons: readonly Lesson[] = [{
  id: "echo-stall",
  title: "lesson.echo-stall",
  async run(context) {
    const t = translator(context.lang);
    const blocking = await playStall(context, { mode: echoServer, args: ["--blocking"] });
    if (!blocking.stalled) return { passed: false, reason: t("echo.stallExpected") };
    const concurrent = await playStall(context, { mode: echoServer, args: [] });
    if (concurrent.stalled) return { passed: false, reason: t("echo.noStallExpected") };
    return { passed: true };
  },
}];
