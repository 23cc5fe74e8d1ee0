import { defineMode } from "../../cli/define.ts";
import { NetError } from "../../errors.ts";
import { EXIT } from "../../exit_codes.ts";
import { formatAddress } from "../../transport/address.ts";
import { connectStream } from "../../transport/endpoint.ts";
import { type ModeContext, modeContext } from "../../run/context.ts";

/** What one port answered. */
type Outcome =
  | { readonly state: "open" | "closed" | "silent"; readonly ms: number }
  | { readonly state: "error"; readonly error: unknown };

/**
 * Is anything listening? Tries a TCP connect to each port, a bounded number at a time, and says
 * which are open, which refuse, and which do not answer at all (a firewall, or no such host).
 */
export const probe = defineMode({
  name: "probe",
  timeout: 1,
  positionals: ["host", "ports"],
  examples: ["socklab tcp-server", "socklab probe 127.0.0.1 8000-8100"],
  options: {
    ports: { kind: "port-list", required: true },
    concurrency: { kind: "integer", default: 64, range: [1, 1024] },
  },
  async run(options, io): Promise<number> {
    const ctx = modeContext(options, io);
    const seconds = options.timeout ?? 1;
    const outcomes: (Outcome | undefined)[] = options.ports.map(() => undefined);
    let printed = 0;
    const lines = new ClosedRuns(
      (i) => describeOutcome(options.host, options.ports[i], outcomes[i]!, ctx),
      (first, last, count) =>
        ctx.t("probe.closedRange", {
          from: formatAddress(options.host, first),
          to: last,
          count,
          state: ctx.t("probe.closed"),
        }),
    );
    // Results are printed in the order the ports were given, each as soon as all before it are in.
    const printReady = () => {
      while (printed < outcomes.length && outcomes[printed]) {
        const closed = outcomes[printed]!.state === "closed";
        for (const line of lines.next(printed, options.ports[printed], closed)) ctx.show(line);
        printed++;
      }
      if (printed === outcomes.length) { for (const line of lines.end()) ctx.show(line); }
    };
    let next = 0;
    const worker = async () => {
      while (next < options.ports.length && !io.signal.aborted) {
        const index = next++;
        outcomes[index] = await tryPort(
          options.host,
          options.ports[index],
          seconds,
          ctx,
          io.signal,
        );
        printReady();
      }
    };
    await Promise.all(
      Array.from({ length: Math.min(options.concurrency, options.ports.length) }, worker),
    );
    if (io.signal.aborted) return EXIT.interrupted;
    const count = (state: Outcome["state"]) => outcomes.filter((o) => o?.state === state).length;
    ctx.say(ctx.t("probe.summary", {
      open: count("open"),
      closed: count("closed"),
      silent: count("silent"),
      seconds,
    }));
    return count("open") > 0 ? EXIT.ok : EXIT.failure;
  },
});

async function tryPort(
  host: string,
  port: number,
  seconds: number,
  ctx: ModeContext,
  signal: AbortSignal,
): Promise<Outcome> {
  const started = performance.now();
  const ms = () => performance.now() - started;
  try {
    // Every address a name stands for, as the clients connect: localhost is ::1 too.
    const stream = await connectStream({
      host,
      port,
      timeoutSeconds: seconds,
      signal,
      trace: ctx.trace,
    });
    stream.close();
    return { state: "open", ms: ms() };
  } catch (error) {
    if (error instanceof NetError && error.kind === "refused") return { state: "closed", ms: ms() };
    if (error instanceof NetError && error.kind === "connect-timeout") {
      return { state: "silent", ms: ms() };
    }
    return { state: "error", error };
  }
}

function describeOutcome(host: string, port: number, outcome: Outcome, ctx: ModeContext): string {
  const address = formatAddress(host, port);
  if (outcome.state === "error") {
    return ctx.t("probe.failed", { address, error: ctx.describe(outcome.error) });
  }
  const state = ctx.t(
    outcome.state === "open"
      ? "probe.open"
      : outcome.state === "closed"
      ? "probe.closed"
      : "probe.silent",
  );
  return ctx.t("probe.line", { address, state, ms: ctx.number(outcome.ms, 1) });
}

/**
 * The lines of a probe, in order: three or more closed ports in a row become one line (a range of
 * 100 is mostly closed; the open and silent ones are what the user looks for).
 */
export class ClosedRuns {
  #run: { index: number; port: number }[] = [];

  constructor(
    /** The line of the port probed at this index. */
    private readonly line: (index: number) => string,
    /** The line of closed ports from `first` to `last`. */
    private readonly range: (first: number, last: number, count: number) => string,
  ) {}

  /** The lines that can be printed once the port at `index` is known. */
  next(index: number, port: number, closed: boolean): string[] {
    const last = this.#run.at(-1);
    const follows = last === undefined || last.port + 1 === port;
    const lines = closed && follows ? [] : this.end();
    if (closed) this.#run.push({ index, port });
    else lines.push(this.line(index));
    return lines;
  }

  /** The lines still held back: the run of closed ports so far. */
  end(): string[] {
    const run = this.#run;
    this.#run = [];
    if (run.length >= 3) return [this.range(run[0].port, run.at(-1)!.port, run.length)];
    return run.map(({ index }) => this.line(index));
  }
}
