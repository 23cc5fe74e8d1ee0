import type { StreamName } from "../capture.ts";
import { parseModeOptions } from "../cli/parse.ts";
import type { CommonOptions, Mode } from "../cli/spec.ts";
import { runMode, startServer } from "./in_process.ts";
import { type PlainKey, type Translate, translator } from "../present/catalogue.ts";
import type { Lang } from "../present/lang.ts";
import { formatAddress } from "../transport/address.ts";
import { withTimeout } from "../transport/net_errors.ts";
import { Trace, traceProcessName } from "../present/trace.ts";
import { formatNumber } from "../present/units.ts";

/** Who printed a line of a lesson's transcript. */
export type Role = "server" | "proxy" | "client" | "client1" | "client2" | "client3";

/** What a lesson is run with, and where it shows what happens. */
export interface LessonContext {
  readonly host: string;
  /** The port of each lesson's server; 0 for a free one each time. */
  readonly port: number;
  readonly lang: Lang;
  readonly trace: boolean;
  readonly hex: boolean;
  /** Where every side appends its socket events (`demo --diagrams`). */
  readonly traceFile?: string;
  /** How long a lesson may take before it fails. */
  readonly timeoutSeconds: number;
  readonly signal: AbortSignal;
  /** Shows a command the lesson runs, as a student would type it. */
  command(line: string): void;
  /** Shows a line a server or client printed. */
  print(role: Role, stream: StreamName, line: string): void;
}

export interface LessonOutcome {
  readonly passed: boolean;
  /** Why it failed. */
  readonly reason?: string;
}

/** One lesson of the course, runnable in-process by the demo. */
export interface Lesson {
  /** The name `socklab demo --lesson` takes. */
  readonly id: string;
  /** What it teaches, as the demo's heading says it. */
  readonly title: PlainKey;
  run(context: LessonContext): Promise<LessonOutcome>;
}

/** One side of a lesson: a mode and its arguments, as typed on a command line. */
export interface Side {
  readonly mode: Mode<CommonOptions>;
  readonly args: readonly string[];
}

/** The stdout lines each side must print for the lesson to pass. */
export interface Expected {
  readonly server?: readonly string[];
  readonly client?: readonly string[];
}

/** Quotes an argument for a POSIX shell when it needs it. */
export function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`;
}

/** The command line a student would type for one side. */
export function commandLine(side: Side): string {
  return ["socklab", side.mode.name, ...side.args].map(shellQuote).join(" ");
}

/** A side's options: its arguments as parsed from a command line, run the lesson's way. */
export function sideOptions<O extends CommonOptions>(
  context: LessonContext,
  side: { readonly mode: Mode<O>; readonly args: readonly string[] },
  port: number,
): O {
  return {
    ...parseModeOptions(side.mode, side.args, context.lang),
    host: context.host,
    port,
    trace: context.trace,
    hex: context.trace && context.hex,
    ...(context.traceFile === undefined ? {} : { traceFile: context.traceFile }),
  };
}

/**
 * The trace of a connection a lesson makes itself (not through a mode): into the lesson's trace
 * file, as `mode` would write it, when the demo draws diagrams; off otherwise.
 */
export function lessonTrace(context: LessonContext, mode: string): Trace {
  if (context.traceFile === undefined) return Trace.off;
  return new Trace(null, {
    file: { path: context.traceFile, mode, process: traceProcessName() },
  });
}

/** Capture options that show every line `role` prints in the lesson's transcript. */
export function captureFor(context: LessonContext, role: Role) {
  return {
    signal: context.signal,
    onLine: (stream: StreamName, line: string) => context.print(role, stream, line),
  };
}

/**
 * A lesson with one server and one client: the server starts on the context's port, the client
 * runs against it, then the server ends by itself (`--once`) or is stopped as Ctrl+C would. It
 * passes when both exit 0 and print the expected lines. With a `proxy` (`socklab proxy` and its
 * faults), the client talks to the server through it: the proxy listens on a free port and is
 * given `--to` the server.
 */
export function pairLesson(definition: {
  id: string;
  title: PlainKey;
  server: Side;
  /** A relay between the two, started after the server with `--to` it. */
  proxy?: Side;
  client: Side;
  /** Whether the server ends by itself once its client is done (`--once`). */
  serverEndsAlone: boolean;
  /** The client's exit code when all goes as the lesson means. @default {0} */
  clientExitCode?: number;
  expect: (t: Translate) => Expected;
}): Lesson {
  return lesson(definition, async (context, t) => {
    const { server: serverSide, client: clientSide } = definition;
    context.command(commandLine(serverSide));
    await using server = await startServer(
      serverSide.mode,
      sideOptions(context, serverSide, context.port),
      captureFor(context, "server"),
    );
    await using relay = definition.proxy
      ? await startProxy(context, definition.proxy, server.port)
      : undefined;
    const client = await runSide(context, clientSide, relay?.port ?? server.port);
    let serverCode: number;
    if (definition.serverEndsAlone) {
      const stuck = new Error(t("demo.serverStuck", {
        seconds: formatNumber(context.timeoutSeconds, context.lang),
      }));
      try {
        serverCode = await withTimeout(server.finished, context.timeoutSeconds, () => stuck);
      } catch (error) {
        if (error !== stuck) throw error;
        return { passed: false, reason: stuck.message };
      }
    } else {
      serverCode = await server.stop();
    }

    const expected = definition.expect(t);
    return checkSides(t, [
      { role: "server", code: serverCode, lines: server.io.stdoutLines(), expected: 0 },
      {
        role: "client",
        code: client.code,
        lines: client.io.stdoutLines(),
        expected: definition.clientExitCode ?? 0,
      },
    ], expected);
  });
}

/** Starts the proxy of a lesson on a free port, relaying to the server's `port`. */
async function startProxy(context: LessonContext, side: Side, port: number) {
  const proxied = { ...side, args: [...side.args, "--to", formatAddress(context.host, port)] };
  context.command(commandLine(proxied));
  return await startServer(
    side.mode,
    sideOptions(context, proxied, 0),
    captureFor(context, "proxy"),
  );
}

/** A lesson from its name, its title and how it runs (given the context's language). */
function lesson(
  definition: { id: string; title: PlainKey },
  run: (context: LessonContext, t: Translate) => Promise<LessonOutcome>,
): Lesson {
  return {
    id: definition.id,
    title: definition.title,
    run: (context) => run(context, translator(context.lang)),
  };
}

/** Runs one side that ends by itself (a client, a lesson runner), showing its command first. */
function runSide(context: LessonContext, side: Side, port: number) {
  context.command(commandLine(side));
  return runMode(side.mode, sideOptions(context, side, port), captureFor(context, "client"));
}

/** Checks each side's exit code and expected lines; the first mismatch fails the lesson. */
function checkSides(
  t: Translate,
  sides: readonly { role: "server" | "client"; code: number; lines: string[]; expected: number }[],
  expected: Expected,
): LessonOutcome {
  for (const { role, code, lines, expected: expectedCode } of sides) {
    const name = t(role === "server" ? "demo.server" : "demo.client");
    if (code !== expectedCode) {
      return {
        passed: false,
        reason: t("demo.exitCode", { role: name, code, expected: expectedCode }),
      };
    }
    const missing = (expected[role] ?? []).find((line) => !lines.includes(line));
    if (missing !== undefined) {
      return { passed: false, reason: t("demo.missingLine", { role: name, line: missing }) };
    }
  }
  return { passed: true };
}

/**
 * A lesson that is one mode run on its own (a lesson runner such as db-race): it passes when the
 * mode exits 0 and prints the expected lines.
 */
export function soloLesson(definition: {
  id: string;
  title: PlainKey;
  side: Side;
  expect: (t: Translate) => readonly string[];
}): Lesson {
  return lesson(definition, async (context, t) => {
    const { code, io } = await runSide(context, definition.side, 0);
    return checkSides(t, [{ role: "client", code, lines: io.stdoutLines(), expected: 0 }], {
      client: definition.expect(t),
    });
  });
}
