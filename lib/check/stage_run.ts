/**
 * One stage of a check being run: its steps in order against the server, bounded by the stage's
 * deadline, with the connections it opened (or was handed by the stage before), what it heard and
 * what it noticed.
 *
 * @module
 */
import { delay } from "@std/async/delay";
import { concat } from "@std/bytes";
import { decodeHex } from "@std/encoding/hex";
import { NetError } from "../errors.ts";
import type { Trace } from "../present/trace.ts";
import {
  Connection,
  ConnectTimeout,
  ENTRY_BYTES,
  Flooded,
  isCut,
  type Target,
  TimeUp,
  type TranscriptEntry,
} from "./connections.ts";
import { expectedOf, fill, judge, type Words } from "./judge.ts";
import type { Failure, Note } from "./outcome.ts";
import { payload } from "./payload.ts";
import { UnsupportedRegex } from "./regex_program.ts";
import { type Localized, QUIET_MS, type Stage, type Step } from "./script.ts";

/** A step that did not go as expected, with the hint of the innermost step it was for. */
export class StepFailure extends Error {
  constructor(readonly failure: Failure, public hint?: Localized) {
    super(failure.problem);
  }
}

/** What the stages of one check share: where, the run's words, what was learned of the server. */
export interface RunState {
  readonly target: Target;
  readonly words: Words;
  readonly trace?: Trace;
  /** Ctrl+C: no step begins after it. */
  readonly signal?: AbortSignal;
  /** The script lets requests be tried again ending in `\n` (`retryAsLine`). */
  readonly retryAsLine: boolean;
  /** A connection of this check has reached the server. */
  connectedOnce: boolean;
  /** Requests are sent ending in `\n`: the server answered only that way. */
  lineMode: boolean;
  /** A request was answered without a line end: no retry is tried any more. */
  answeredUnframed: boolean;
}

const encoder = new TextEncoder();
const NEWLINE = encoder.encode("\n");

/** How often a stage's loops (repeat, parallel) let timers and Ctrl+C run, at the least. */
const YIELD_EVERY_MS = 20;
/** A moment between the pieces of a request sent slowly: long enough to arrive apart. */
const PIECE_GAP_MS = 15;
/** How long a request without a line end waits for its reply before it is tried ending in `\n`. */
const RETRY_AFTER_MS = 1000;
/**
 * A connect that took this long waited in the kernel for room in the listen backlog (Linux sends
 * the SYN again after 1 s); a connect on loopback otherwise takes well under a millisecond.
 */
const SLOW_CONNECT_MS = 700;
/** How long a connect that asks whether the server still listens may take. */
const PROBE_MS = 1000;
/** How long a burst of connects is watched: past the first SYN retry, short of the second (3 s). */
const BURST_MS = 2500;

/** Whether `host` is this machine, where a UDP port's socket can be looked for by binding it. */
function isThisMachine(host: string): boolean {
  if (host === "localhost" || host === "::1" || host.startsWith("127.")) return true;
  try {
    return Deno.networkInterfaces().some((info) => info.address === host);
  } catch {
    return false;
  }
}

/** `entry` (bytes received) with `size` more bytes received, of which `bytes` are the first. */
function joined(entry: TranscriptEntry, bytes: Uint8Array, size: number): TranscriptEntry {
  const had = entry.bytes ?? new Uint8Array();
  const total = (entry.size ?? had.length) + size;
  const kept = had.length >= ENTRY_BYTES ? had : concat([had, bytes]).subarray(0, ENTRY_BYTES);
  return { ...entry, bytes: kept, ...(total > kept.length ? { size: total } : {}) };
}

/** `parallel`'s steps split at its `together`: those run in turn, and those run at once. */
function splitAtTogether(steps: readonly Step[]): [readonly Step[], readonly Step[]] {
  const at = steps.findIndex((step) => step.do === "together");
  return at < 0 ? [[], steps] : [steps.slice(0, at), steps.slice(at + 1)];
}

type Rename = (name: string) => string;

/** Fails the step under way with `failure` (its expectation filled in). */
type Fail = (failure: Omit<Failure, "expected">) => never;

/** A reply taken whole, not yet taken from its connection. */
interface Reply {
  readonly reply: Uint8Array;
  /** The stage's time ran out while it was still coming. */
  readonly cut: boolean;
}

/** One stage being run: its clients, its deadline, what it heard and noticed. */
export class StageRun {
  /** The conversation: the stage before's too when this one continues its connections. */
  readonly transcript: TranscriptEntry[];
  readonly notes: Note[] = [];
  readonly deadline: number;
  /** How many rounds the stage's last `repeat` ran. */
  rounds = 0;
  /** Connections that had to wait for room in the backlog, and connections made. */
  #waited = 0;
  #connects = 0;
  /** When the stage's loops last let other work (timers, Ctrl+C) run. */
  #yielded = performance.now();

  constructor(
    readonly state: RunState,
    stage: Stage,
    /** The stage's connections by name: new, or the stage before's when it continues them. */
    readonly clients: Map<string, Connection>,
    /** What was said on them before (the stage before's conversation, when it continues it). */
    before: readonly TranscriptEntry[] = [],
  ) {
    this.transcript = [...before];
    this.deadline = performance.now() + stage.timeout * 1000;
    for (const client of clients.values()) client.record = this.#record;
  }

  /** Where each client's last entry is in the transcript, when it is bytes received. */
  readonly #lastReceived = new Map<string, number>();

  /**
   * Records `entry`; bytes received right after others on the same client (nothing sent, nothing
   * happened between) join that entry, so a flood of small reads is one entry, its count growing.
   */
  readonly #record = (entry: TranscriptEntry) => {
    const at = this.#lastReceived.get(entry.client);
    if (at !== undefined && entry.direction === "<" && entry.bytes) {
      const last = this.transcript[at];
      this.transcript[at] = joined(last, entry.bytes, entry.size ?? entry.bytes.length);
      return;
    }
    this.transcript.push(entry);
    if (entry.direction === "<" && entry.bytes) {
      this.#lastReceived.set(entry.client, this.transcript.length - 1);
    } else {
      this.#lastReceived.delete(entry.client);
    }
  };

  /** Runs the stage's steps; a {@linkcode StepFailure} says which failed and why. */
  async run(steps: readonly Step[]): Promise<void> {
    try {
      await this.#steps(steps, (name) => name, this.state.words);
    } finally {
      if (this.#waited > 0) {
        this.notes.push({ kind: "backlog", waited: this.#waited, of: this.#connects });
      }
      const otherPort = [...this.clients.values()].find((client) => client.otherPort)?.otherPort;
      if (otherPort !== undefined) {
        this.notes.push({ kind: "port", from: otherPort, port: this.state.target.port });
      }
      const stranger = [...this.clients.values()].find((client) => client.stranger)?.stranger;
      if (stranger !== undefined) this.notes.push({ kind: "stranger", ...stranger });
      for (const client of this.clients.values()) client.otherPort = client.stranger = undefined;
    }
  }

  async #client(name: string): Promise<Connection> {
    const known = this.clients.get(name);
    if (known) return known;
    const started = performance.now();
    try {
      const opened = await Connection.open(
        name,
        this.state.target,
        this.#record,
        this.deadline,
        this.state.trace,
      );
      this.#connects++;
      if (performance.now() - started >= SLOW_CONNECT_MS) this.#waited++;
      if (this.state.target.transport === "tcp") this.state.connectedOnce = true;
      this.clients.set(name, opened);
      return opened;
    } catch (error) {
      if (error instanceof ConnectTimeout) {
        throw new StepFailure({ client: name, problem: "no-connection" });
      }
      if (error instanceof NetError && error.kind === "refused") {
        // Refused after an earlier connection worked: the server stopped, unless it still
        // listens (Windows refuses a connection its full backlog has no room for).
        const problem = !this.state.connectedOnce
          ? "refused"
          : await this.#listening()
          ? "no-connection"
          : "stopped";
        throw new StepFailure({ client: name, problem, cause: error });
      }
      throw new StepFailure({ client: name, problem: "error", cause: error });
    }
  }

  async #steps(steps: readonly Step[], rename: Rename, words: Words): Promise<void> {
    for (const step of steps) {
      if (this.state.signal?.aborted) {
        throw new StepFailure({ client: "", problem: "error", cause: this.state.signal.reason });
      }
      try {
        await this.#step(step, rename, words);
      } catch (error) {
        // The innermost step whose hint is for this problem gives it.
        if (
          error instanceof StepFailure && error.hint === undefined && step.hint?.when.includes(
            error.failure.problem,
          )
        ) {
          error.hint = step.hint.text;
        }
        throw error;
      }
    }
  }

  async #step(step: Step, rename: Rename, words: Words): Promise<void> {
    const name = "client" in step ? rename(step.client) : "";
    switch (step.do) {
      case "connect":
        await this.#client(name);
        return;
      case "send":
        return await this.#send(name, step, words);
      case "expect":
        return await this.#expect(name, step, words);
      case "closed":
        return await this.#closed(name);
      case "silent":
        return await this.#silent(name, step.ms);
      case "shutdown": {
        const client = await this.#client(name);
        await this.#network(name, () => client.shutdown());
        return;
      }
      case "close":
        this.clients.get(name)?.closeNow();
        this.clients.delete(name);
        return;
      case "pause":
        await this.#wait(step.ms);
        return;
      case "bound":
        return this.#bound();
      case "burst":
        return await this.#burst(step.clients);
      case "together":
        // Parsing allows it only in a parallel, which splits its steps there.
        return;
      case "parallel":
        return await this.#parallel(step.clients, step.steps, rename, words);
      case "repeat":
        return await this.#repeat(step, rename, words);
    }
  }

  /**
   * A repeat's rounds. With `seconds`, no round begins once they have passed, nor when the stage
   * has less time left than two of its longest rounds so far: a round cut by the stage's limit
   * would fail a server that was only slow.
   */
  async #repeat(step: Extract<Step, { do: "repeat" }>, rename: Rename, words: Words) {
    const started = performance.now();
    const stopAt = step.seconds === undefined ? Infinity : started + step.seconds * 1000;
    let longest = 0;
    const roomFor = () =>
      step.seconds === undefined ||
      performance.now() < stopAt && this.deadline - performance.now() > 2 * longest;
    for (let round = 1; round <= step.times && (round === 1 || roomFor()); round++) {
      if (round > 1) await this.#onTime();
      const began = performance.now();
      await this.#steps(step.steps, rename, { ...words, round: String(round) });
      longest = Math.max(longest, performance.now() - began);
      this.rounds = round;
    }
  }

  async #send(name: string, step: Extract<Step, { do: "send" }>, words: Words): Promise<void> {
    const client = await this.#client(name);
    let bytes = step.hex !== undefined
      ? decodeHex(step.hex)
      : step.size !== undefined
      ? payload(step.size)
      : encoder.encode(fill(step.text ?? "", words));
    if (this.state.lineMode && step.text !== undefined && bytes.at(-1) !== NEWLINE[0]) {
      bytes = concat([bytes, NEWLINE]);
    }
    const size = step.pieces ?? bytes.length;
    for (let at = 0; at < bytes.length; at += size) {
      if (at > 0) {
        await this.#wait(PIECE_GAP_MS);
        await this.#onTime("send", name);
      }
      const piece = bytes.subarray(at, at + size);
      await this.#network(name, () => client.send(piece, this.deadline));
    }
  }

  /** Waits `ms`, or less: until the stage's time is up, or Ctrl+C. */
  async #wait(ms: number): Promise<void> {
    const signal = this.state.signal;
    try {
      await delay(
        Math.min(ms, Math.max(0, this.deadline - performance.now())),
        signal ? { signal } : {},
      );
    } catch (error) {
      if (!signal?.aborted) throw error;
      throw new StepFailure({ client: "", problem: "error", cause: signal.reason });
    }
  }

  /**
   * Between the rounds of a loop: fails the stage once its time is up or Ctrl+C was pressed, and
   * now and then lets timers and signals run (a loop of steps that never wait would starve them).
   */
  async #onTime(during: TimeUp["during"] = "steps", client = ""): Promise<void> {
    if (performance.now() - this.#yielded >= YIELD_EVERY_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      this.#yielded = performance.now();
    }
    if (this.state.signal?.aborted) {
      throw new StepFailure({ client, problem: "error", cause: this.state.signal.reason });
    }
    if (performance.now() >= this.deadline) {
      throw new StepFailure({ client, problem: "error", cause: new TimeUp(during) });
    }
  }

  /** Waits for a reply and judges it; a reply without `until` is what came until a quiet moment. */
  async #expect(name: string, step: Extract<Step, { do: "expect" }>, words: Words): Promise<void> {
    const client = await this.#client(name);
    const expected = expectedOf(step.reply, words, step.until, client.sent);
    const fail = (failure: Omit<Failure, "expected">): never => {
      throw new StepFailure({ expected, ...failure });
    };
    const { reply, cut } = step.until === undefined
      ? await this.#quietReply(client, step.quiet ?? QUIET_MS, fail)
      : await this.#delimitedReply(client, encoder.encode(step.until), fail);
    const verdict = await this.#judged(
      client.name,
      () => judge(reply, step.reply, words, client.sent, this.#limits),
    );
    if (verdict.pass) {
      if (!step.keep) client.take(reply.length);
      return;
    }
    if (verdict.number !== undefined) {
      const number = { got: verdict.number, expected: Number(expected.value) };
      fail({ client: client.name, problem: "number", got: reply, number });
    }
    fail({
      client: client.name,
      problem: cut ? "partial" : "mismatch",
      got: reply,
      ...(verdict.differsAt === undefined ? {} : { differsAt: verdict.differsAt }),
    });
  }

  /** The stage's deadline and Ctrl+C, for a judgement. */
  get #limits() {
    const { signal } = this.state;
    return { deadline: this.deadline, ...(signal ? { signal } : {}) };
  }

  /** A judgement, failing the stage when its time ran out during it or on Ctrl+C. */
  async #judged<T>(client: string, judging: () => Promise<T>): Promise<T> {
    try {
      return await judging();
    } catch (error) {
      // A regex whose words, filled in for this client or round, make it too large to run.
      if (error instanceof TimeUp || error instanceof UnsupportedRegex) {
        throw new StepFailure({ client, problem: "error", cause: error });
      }
      if (this.state.signal?.aborted) {
        throw new StepFailure({ client: "", problem: "error", cause: this.state.signal.reason });
      }
      throw error;
    }
  }

  /** What arrives up to `until` (a line's `\n`); none of it taken yet. */
  async #delimitedReply(client: Connection, until: Uint8Array, fail: Fail): Promise<Reply> {
    let end: number;
    while ((end = client.endOf(until)) < 0) {
      if (client.ended || !await this.#network(client.name, () => client.more(this.deadline))) {
        const got = client.received.slice();
        const problem = client.ended ? "ended" : got.length > 0 ? "partial" : "nothing";
        fail({ client: client.name, problem, got });
      }
    }
    return { reply: client.received.slice(0, end), cut: false };
  }

  /**
   * What arrives until `quiet` ms pass with nothing more: the reply, none of it taken yet (`cut`
   * when the stage's time ran out while it still came). A request with no line end that gets no
   * answer within a second may be ended as a line.
   */
  async #quietReply(client: Connection, quiet: number, fail: Fail): Promise<Reply> {
    const retry = this.#mayRetry(client);
    const firstUntil = retry
      ? Math.min(this.deadline, performance.now() + RETRY_AFTER_MS)
      : this.deadline;
    await this.#firstBytes(client, firstUntil);
    const timeLeft = performance.now() < this.deadline;
    if (retry && timeLeft && client.received.length === 0 && !client.ended) {
      await this.#retryAsLine(client);
      await this.#firstBytes(client, this.deadline);
      if (client.received.length > 0) {
        this.state.lineMode = true;
        this.notes.push({ kind: "line" });
      }
    }
    if (client.received.length === 0) {
      fail({ client: client.name, problem: client.ended ? "ended" : "nothing" });
    }
    const cut = await this.#untilQuiet(client, quiet);
    if (!this.state.lineMode) this.state.answeredUnframed = true;
    return { reply: client.received.slice(), cut };
  }

  /** Whether a request of `client` left unanswered may be tried again ending in `\n`. */
  #mayRetry(client: Connection): boolean {
    const { state } = this;
    const request = client.sent;
    return state.retryAsLine && !state.lineMode && !state.answeredUnframed &&
      state.target.transport === "tcp" && request.length > 0 && request.at(-1) !== NEWLINE[0];
  }

  /**
   * Ends `client`'s unanswered request with the `\n` a server that reads lines waits for, on the
   * same connection (a server that serves one client and exits has no other to give).
   */
  async #retryAsLine(client: Connection): Promise<void> {
    client.record({ client: client.name, direction: "*", event: "retry" });
    await this.#network(client.name, () => client.send(NEWLINE));
  }

  /** Waits until `client` has received something, ended, or `until` has passed. */
  async #firstBytes(client: Connection, until: number): Promise<void> {
    while (client.received.length === 0 && !client.ended) {
      if (!await this.#network(client.name, () => client.more(until))) return;
    }
  }

  /**
   * Waits until nothing has come for `quiet` ms (the reply is whole), the server closes, or the
   * stage's time is up: true in that last case, when the reply may have been cut.
   */
  async #untilQuiet(client: Connection, quiet: number): Promise<boolean> {
    for (;;) {
      if (client.ended) return false;
      const quietAt = client.lastArrival + quiet;
      if (performance.now() >= quietAt) {
        client.record({ client: client.name, direction: "*", event: "quiet", ms: quiet });
        return false;
      }
      const until = Math.min(quietAt, this.deadline);
      const more = await this.#network(client.name, () => client.more(until));
      if (!more && until === this.deadline && performance.now() < quietAt) return true;
    }
  }

  async #closed(name: string): Promise<void> {
    const client = await this.#client(name);
    while (!client.ended) {
      if (!await this.#network(name, () => client.more(this.deadline))) {
        throw new StepFailure({ client: name, problem: "not-ended" });
      }
    }
    client.take(client.received.length);
  }

  async #silent(name: string, ms: number): Promise<void> {
    const client = await this.#client(name);
    const quietUntil = Math.min(this.deadline, performance.now() + ms);
    while (client.received.length === 0 && !client.ended) {
      if (!await this.#network(name, () => client.more(quietUntil))) return;
    }
    // What came early is taken: a stage that goes on with this connection must not take it for
    // the answer it waits for.
    const got = client.take(client.received.length);
    throw new StepFailure({ client: name, problem: got.length > 0 ? "spoke" : "ended", got });
  }

  async #parallel(clients: number, steps: readonly Step[], rename: Rename, words: Words) {
    const [inTurn, atOnce] = splitAtTogether(steps);
    const numbers = Array.from({ length: clients }, (_, i) => String(i + 1));
    const as = (number: string): [Rename, Words] => [
      (client) => `${rename(client)}#${number}`,
      { ...words, i: number },
    ];
    for (const number of numbers) {
      if (number !== "1") await this.#onTime();
      await this.#steps(inTurn, ...as(number));
    }
    // Every client runs to its end; the first failure is the stage's.
    const outcomes = await Promise.allSettled(
      numbers.map((number) => this.#steps(atOnce, ...as(number))),
    );
    const failed = outcomes.find((outcome) => outcome.status === "rejected");
    if (failed) throw (failed as PromiseRejectedResult).reason;
  }

  /**
   * Connects `count` clients at the same moment and closes them: those that waited a second or
   * more, were refused or did not get in are noted (a small listen backlog). Never fails.
   */
  async #burst(count: number): Promise<void> {
    const until = Math.min(this.deadline, performance.now() + BURST_MS);
    const ignore = () => {};
    const connecting = Array.from({ length: count }, async () => {
      const started = performance.now();
      const client = await Connection.open("burst", this.state.target, ignore, until);
      client.close();
      return performance.now() - started;
    });
    const waited =
      (await Promise.allSettled(connecting)).filter((outcome) =>
        outcome.status === "rejected" || outcome.value >= SLOW_CONNECT_MS
      ).length;
    if (waited > 0) this.notes.push({ kind: "backlog", waited, of: count });
  }

  /** A UDP server that never answers can still be seen on this machine: its port is taken. */
  #bound(): void {
    const { host, port } = this.state.target;
    if (!isThisMachine(host)) return;
    try {
      Deno.listenDatagram({ transport: "udp", hostname: host, port }).close();
    } catch (error) {
      if (error instanceof Deno.errors.AddrInUse) return;
      throw new StepFailure({ client: "", problem: "error", cause: error });
    }
    throw new StepFailure({ client: "", problem: "unbound" });
  }

  /** A network step; a reset or a broken pipe fails the stage as the server's doing. */
  async #network<T>(client: string, step: () => Promise<T>): Promise<T> {
    try {
      return await step();
    } catch (error) {
      if (error instanceof StepFailure) throw error;
      if (error instanceof Flooded) throw new StepFailure({ client, problem: "flood" });
      if (error instanceof TimeUp) {
        throw new StepFailure({ client, problem: "error", cause: error });
      }
      const problem = await this.#stoppedOrError(client, error);
      throw new StepFailure({ client, problem, cause: error });
    }
  }

  /**
   * A connection reset before the server said a word, after an earlier connection worked: the
   * server may have closed its listener with this connection still in the backlog (it served
   * one client and exited). A connect that is refused now tells it stopped.
   */
  async #stoppedOrError(name: string, error: unknown): Promise<"stopped" | "error"> {
    const client = this.clients.get(name);
    if (!isCut(error) || !client || client.heard || !this.state.connectedOnce) return "error";
    return await this.#listening() ? "error" : "stopped";
  }

  /** Whether the server still accepts connections: false only when one is refused now. */
  async #listening(): Promise<boolean> {
    try {
      const until = Math.min(this.deadline, performance.now() + PROBE_MS);
      (await Connection.open("probe", this.state.target, () => {}, until)).close();
      return true;
    } catch (refused) {
      return !(refused instanceof NetError && refused.kind === "refused");
    }
  }
}
