import { asClause } from "../../present/catalogue.ts";
import { defineMode } from "../../cli/define.ts";
import type { CommonOptions, ModeOptions } from "../../cli/spec.ts";
import { EXIT } from "../../exit_codes.ts";
import { STREAM_SERVER_DEFAULTS } from "../../cli/define.ts";
import { startServer } from "../../run/in_process.ts";
import { type Locking, LOCKINGS } from "./protocol.ts";
import { connectStream, type StreamEndpoint } from "../../transport/endpoint.ts";
import type { Stream } from "../../transport/stream.ts";
import { type ModeContext, modeContext } from "../../run/context.ts";
import { dbServer } from "./db-server.ts";
import { LineChannel } from "../../run/line_client.ts";
import { DEFAULT_MAX_LINE } from "../../run/shared_options.ts";
import { padColumns, textWidth } from "../../present/columns.ts";

/**
 * The course's locking lesson: many clients at once INCR a shared balance, then the
 * expected total is compared with the real one — the lost updates of `none`, the cost of
 * `global`, the speed of `record` when clients work on different records.
 */
export const dbRace = defineMode({
  name: "db-race",
  role: "stream-client",
  examples: [
    "socklab db-race",
    "socklab db-race --keys distinct --clients 20 --ops 10",
    "socklab db-server --locking none --latency 2",
    "socklab db-race --port 5050",
  ],
  options: {
    port: { kind: "port" },
    clients: { kind: "integer", default: 50, range: [1, 1000] },
    ops: { kind: "integer", default: 20, range: [1, 100000], placeholder: "M" },
    keys: {
      kind: "choice",
      choices: ["shared", "distinct"],
      default: "shared",
      placeholder: "WHICH",
    },
    locking: { kind: "choice", choices: LOCKINGS, placeholder: "KIND" },
    latency: { kind: "integer", default: 1, range: [0, 60000], placeholder: "MS" },
  },
  validate(options, check) {
    const external = options.port !== 0 || options.unix !== undefined;
    for (const name of ["locking", "latency"] as const) {
      if (external && check.given(name)) {
        check.conflicts(name, options.unix === undefined ? "port" : "unix", "why.db-race.running");
      }
    }
    if (check.given("host") && options.port === 0) {
      check.requires("host", "port", "socklab db-race --host 192.168.1.20 --port 5050");
    }
  },
  async run(options, io): Promise<number> {
    const ctx = modeContext(options, io);
    const { t } = ctx;
    const expected = options.clients * options.ops;
    ctx.say(t("db.race.plan", {
      clients: options.clients,
      ops: options.ops,
      keys: t(options.keys === "shared" ? "db.race.sharedKey" : "db.race.distinctKeys"),
      expected,
    }));
    /** Ctrl+C: said as such, not blamed on a server that was only told to stop. */
    const interrupted = () => {
      ctx.warn(t("run.interrupted"));
      return EXIT.interrupted;
    };
    if (options.port !== 0 || options.unix !== undefined) {
      const result = await race(options, options, ctx, io.signal);
      if (io.signal.aborted) return interrupted();
      if (!result) return EXIT.failure;
      // A client cannot know how a running server locks: what it loses is the finding.
      printTable([{ label: t("db.race.unknownLocking"), result }], expected, ctx);
      const lost = expected - result.total;
      ctx.say(
        lost > 0 ? t("db.race.externalLost", { lost, expected }) : t("db.race.externalExact"),
      );
      return EXIT.ok;
    }
    const runs: { label: string; locking: Locking; result: RaceResult }[] = [];
    for (const locking of options.locking ? [options.locking] : LOCKINGS) {
      if (io.signal.aborted) return interrupted();
      await using server = await startServer(dbServer, {
        ...options,
        ...STREAM_SERVER_DEFAULTS,
        port: 0,
        unix: undefined,
        trace: false,
        hex: false,
        quiet: true,
        locking,
        latency: options.latency,
        store: undefined,
        maxLine: DEFAULT_MAX_LINE,
      }, { signal: io.signal });
      const result = await race({ host: options.host, port: server.port }, options, ctx, io.signal)
        .catch((error: unknown) => {
          if (io.signal.aborted) return null;
          throw error;
        });
      if (io.signal.aborted) return interrupted();
      if (!result) return EXIT.failure;
      runs.push({ label: locking, locking, result });
    }
    printTable(runs, expected, ctx);
    let broken = false;
    for (const { label, locking, result } of runs) {
      const lost = expected - result.total;
      if (locking === "none") {
        const verdict = lost > 0
          ? "db.race.lost"
          : options.keys === "distinct"
          ? "db.race.noneDistinct"
          : "db.race.noneLucky";
        ctx.say(t(verdict, { locking: label }));
      } else if (lost === 0) {
        ctx.say(t("db.race.exact", { locking: label }));
      } else {
        broken = true;
        ctx.warn(t("db.race.broken", { locking: label, lost }));
      }
    }
    return broken ? EXIT.failure : EXIT.ok;
  },
});

type DbRaceOptions = ModeOptions<typeof dbRace>;

interface RaceResult {
  /** The balances' final sum. */
  readonly total: number;
  readonly seconds: number;
}

function printTable(
  runs: readonly { label: string; result: RaceResult }[],
  expected: number,
  ctx: ModeContext,
): void {
  const columns = ctx.t("db.race.columns").split("|");
  const width = Math.max(
    10,
    ...[...columns, ...runs.map((run) => run.label)].map((cell) => textWidth(cell) + 2),
  );
  const row = (cells: (string | number)[]) =>
    cells.map((cell) => padColumns(String(cell), width)).join("").trimEnd();
  ctx.say(row(columns));
  for (const { label, result } of runs) {
    ctx.show(
      row([
        label,
        expected,
        result.total,
        expected - result.total,
        `${ctx.number(result.seconds, 2)} s`,
      ]),
    );
  }
}

/**
 * One race: records made with a zero balance, every client INCRs its record `ops` times at once,
 * then the balances are read back and the records deleted. Null (after saying why) when the
 * server refuses a request; null, saying nothing, when `signal` stops the race (its connections
 * are closed at once, so no client waits for a reply).
 */
async function race(
  endpoint: StreamEndpoint,
  options: DbRaceOptions & CommonOptions,
  ctx: ModeContext,
  signal: AbortSignal,
): Promise<RaceResult | null> {
  const run = crypto.randomUUID().slice(0, 8);
  const keyOf = (client: number) =>
    options.keys === "shared" ? `carrera-${run}` : `carrera-${run}-${client}`;
  const keys = [...new Set(Array.from({ length: options.clients }, (_, i) => keyOf(i)))];
  const connect = () =>
    connectStream({ ...endpoint, timeoutSeconds: options.timeout, trace: ctx.trace });
  const open: Stream[] = [];
  const refused = (reply: string | null) => {
    if (!signal.aborted) {
      ctx.warn(ctx.t("db.race.failed", { reply: reply ?? asClause(ctx.t("text.closed")) }));
    }
    return null;
  };
  const stop = () => open.forEach((stream) => stream.close());
  signal.addEventListener("abort", stop, { once: true });
  try {
    const adminStream = await connect();
    open.push(adminStream);
    const admin = new LineChannel(adminStream);
    for (const key of keys) {
      const reply = await admin.ask(`ADD ${key} {"saldo": 0}`);
      if (reply !== "OK") return refused(reply);
    }
    const channels = await Promise.all(Array.from({ length: options.clients }, async () => {
      const stream = await connect();
      open.push(stream);
      return new LineChannel(stream);
    }));
    let failure: string | null | undefined;
    const started = performance.now();
    await Promise.all(channels.map(async (channel, client) => {
      for (let op = 0; op < options.ops && failure === undefined; op++) {
        const reply = await channel.ask(`INCR ${keyOf(client)} saldo 1`);
        if (!reply?.startsWith("OK ")) failure = reply;
      }
    }));
    const seconds = (performance.now() - started) / 1000;
    if (failure !== undefined) return refused(failure);
    let total = 0;
    for (const key of keys) {
      const reply = await admin.ask(`GET ${key}`);
      if (!reply?.startsWith("OK ")) return refused(reply);
      total += Number(JSON.parse(reply.slice(3)).saldo);
      await admin.ask(`DEL ${key}`);
    }
    return { total, seconds };
  } catch (error) {
    if (signal.aborted) return null;
    throw error;
  } finally {
    signal.removeEventListener("abort", stop);
    stop();
  }
}
