/**
 * Runs a conversation script against a server that is already running: each stage in order,
 * bounded by its time limit, a failure ending its stage (not the run). What was said and heard is
 * kept, stage by stage, to be shown when a stage fails.
 *
 * @module
 */
import { decodeHex } from "@std/encoding/hex";
import { NetError } from "../errors.ts";
import type { Trace } from "../present/trace.ts";
import { Connection, type Connection as Client, ConnectTimeout } from "./connections.ts";
import type { Target, TranscriptEntry } from "./connections.ts";
import { localized, type Match, type Script, type Stage, type Step } from "./script.ts";

export type { Target, TranscriptEntry } from "./connections.ts";

/** Why a stage failed, in the terms its hints are written for. */
export type Problem =
  /** Nobody listens there (connection refused). */
  | "refused"
  /** The connection was not accepted in time (a full backlog: the server serves one at a time). */
  | "no-connection"
  /** Nothing came back in time. */
  | "nothing"
  /** Part of a reply came, never the rest (no delimiter, a cut reply). */
  | "partial"
  /** A reply came, and it is not the one expected. */
  | "mismatch"
  /** The server closed the connection before the reply. */
  | "ended"
  /** The server kept the connection open when the client had left. */
  | "not-ended"
  /** The server answered before the request was whole. */
  | "spoke"
  /** The number in the reply is not the one expected (updates were lost). */
  | "number"
  /** No socket is bound to that UDP port. */
  | "unbound"
  /** Another network failure, explained in `detail`. */
  | "error";

/** What a step waited for, its texts filled in (`{run}`, `{i}`): for a failure's message. */
export interface Expected {
  /** How the reply was to be judged. */
  readonly kind: "exact" | "prefix" | "regex" | "any" | "number";
  /** The text, the regex's source, or the number. */
  readonly value?: string;
  /** The delimiter the reply was to end with. */
  readonly until?: string;
}

/** A failed stage: which client, at which step, what went wrong. */
export interface Failure {
  /** The client (connection) the step was on. */
  readonly client: string;
  /** What went wrong. */
  readonly problem: Problem;
  /** What the step wanted. */
  readonly expected?: Expected;
  /** What came instead (bytes), when something did. */
  readonly got?: Uint8Array;
  /** The network failure behind `error`, `refused` or `no-connection`. */
  readonly cause?: unknown;
  /** For `number`: the number the reply carried, and the one expected. */
  readonly number?: { readonly got: number; readonly expected: number };
}

/** One stage's outcome. */
export interface StageReport {
  /** From 1. */
  readonly number: number;
  /** The stage's title, in the report's language. */
  readonly title: string;
  /** The points the stage is worth. */
  readonly points: number;
  /** Whether every step of the stage went as expected. */
  readonly passed: boolean;
  /** How long the stage took, in milliseconds. */
  readonly ms: number;
  /** Why it failed, when it did. */
  readonly failure?: Failure;
  /** The stage's own hint, for when it fails. */
  readonly hint?: string;
  /** What was sent and received in this stage, in order. */
  /** What was sent and received in this stage, in order. */
  readonly transcript: readonly TranscriptEntry[];
}

/** A whole check. */
export interface CheckReport {
  /** The exercise's name. */
  readonly exercise: string;
  /** What the exercise checks, in the report's language. */
  readonly title: string;
  /** `host:port` or the Unix socket's path. */
  readonly target: string;
  /** Each stage that ran, in order. */
  readonly stages: readonly StageReport[];
  /** Stages that passed. */
  readonly passed: number;
  /** Stages that failed. */
  readonly failed: number;
  /** Points of the stages that passed. */
  readonly points: number;
  /** Points of every stage. */
  readonly total: number;
  /** How long the whole check took, in milliseconds. */
  readonly ms: number;
  /** Stopped by Ctrl+C (the stages after it did not run). */
  readonly interrupted: boolean;
}

/** How a script is run. */
export interface RunScriptOptions {
  /** The language of the titles and hints. @default {"en"} */
  readonly lang?: string;
  /** Aborting it stops the check at once, every connection closed. */
  readonly signal?: AbortSignal;
  /** Every socket event of the checker's clients (`--trace`). */
  readonly trace?: Trace;
}

class StepFailure extends Error {
  constructor(readonly failure: Failure) {
    super(failure.problem);
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A moment between the pieces of a request sent slowly: long enough to arrive apart. */
const PIECE_GAP_MS = 15;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The words a script's texts may hold: `{run}` is this run's token, `{i}` a parallel client's number. */
type Words = Readonly<Record<string, string>>;

function fill(text: string, words: Words): string {
  return text.replace(/\{(run|i)\}/g, (whole, name) => words[name] ?? whole);
}

/** What an expectation is, its texts filled in. */
function expectedOf(match: Match, words: Words, until?: Uint8Array): Expected {
  const ending = until === undefined ? {} : { until: decoder.decode(until) };
  if ("exact" in match) return { kind: "exact", value: fill(match.exact, words), ...ending };
  if ("prefix" in match) return { kind: "prefix", value: fill(match.prefix, words), ...ending };
  if ("regex" in match) return { kind: "regex", value: fill(match.regex, words), ...ending };
  if ("number" in match) return { kind: "number", value: String(match.number.equals), ...ending };
  return { kind: "any", ...ending };
}

type Verdict = { readonly pass: true } | { readonly pass: false; readonly got: Uint8Array } | null;

function startsAlike(a: Uint8Array, b: Uint8Array): boolean {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Judges what has arrived against `match`: a verdict, or null while it cannot tell yet. */
function judge(client: Client, match: Match, words: Words, until?: Uint8Array): Verdict {
  const matches = (reply: Uint8Array): boolean => {
    const text = decoder.decode(reply);
    if ("exact" in match) return text === fill(match.exact, words);
    if ("prefix" in match) return text.startsWith(fill(match.prefix, words));
    if ("regex" in match) return new RegExp(fill(match.regex, words)).test(text);
    if ("number" in match) {
      return Number(new RegExp(match.number.regex).exec(text)?.[1]) === match.number.equals;
    }
    return reply.length > 0;
  };
  const verdict = (reply: Uint8Array): Verdict =>
    matches(reply) ? { pass: true } : { pass: false, got: reply };
  if (until) {
    const end = client.endOf(until);
    return end < 0 ? null : verdict(client.take(end));
  }
  const received = client.received;
  if ("exact" in match || "prefix" in match) {
    const wanted = encoder.encode(fill("exact" in match ? match.exact : match.prefix, words));
    if (!startsAlike(received, wanted)) return verdict(client.take(received.length));
    if (received.length < wanted.length) return null;
    return verdict(client.take("exact" in match ? wanted.length : received.length));
  }
  if (received.length === 0) return null;
  // A regex, or the number a reply carries, may need more than the first piece: wait for it.
  const text = decoder.decode(received);
  if ("regex" in match && !matches(received)) return null;
  if ("number" in match && !new RegExp(match.number.regex).test(text)) return null;
  return verdict(client.take(received.length));
}

/** Whether `host` is this machine, where a UDP port's socket can be looked for by binding it. */
function isThisMachine(host: string): boolean {
  if (host === "localhost" || host === "::1" || host.startsWith("127.")) return true;
  try {
    return Deno.networkInterfaces().some((info) => info.address === host);
  } catch {
    return false;
  }
}

/** One stage being run: its clients, its deadline, what it heard. */
class StageRun {
  readonly clients = new Map<string, Client>();
  readonly transcript: TranscriptEntry[] = [];
  readonly deadline: number;

  constructor(
    readonly target: Target,
    stage: Stage,
    readonly words: Words,
    readonly trace?: Trace,
  ) {
    this.deadline = performance.now() + stage.timeout * 1000;
  }

  readonly #record = (entry: TranscriptEntry) => this.transcript.push(entry);

  async client(name: string): Promise<Client> {
    const known = this.clients.get(name);
    if (known) return known;
    try {
      const opened = await Connection.open(
        name,
        this.target,
        this.#record,
        this.deadline,
        this.trace,
      );
      this.clients.set(name, opened);
      return opened;
    } catch (error) {
      if (error instanceof ConnectTimeout) {
        throw new StepFailure({ client: name, problem: "no-connection" });
      }
      const refused = error instanceof NetError && error.kind === "refused";
      throw new StepFailure({ client: name, problem: refused ? "refused" : "error", cause: error });
    }
  }

  closeAll(): void {
    for (const client of this.clients.values()) client.close();
  }

  async steps(steps: readonly Step[], rename: (name: string) => string, words: Words) {
    for (const step of steps) await this.step(step, rename, words);
  }

  async step(step: Step, rename: (name: string) => string, words: Words): Promise<void> {
    const name = "client" in step ? rename(step.client) : "";
    switch (step.do) {
      case "connect":
        await this.client(name);
        return;
      case "send": {
        const client = await this.client(name);
        const bytes = step.hex === undefined
          ? encoder.encode(fill(step.text ?? "", words))
          : decodeHex(step.hex);
        const size = step.pieces ?? bytes.length;
        for (let at = 0; at < bytes.length; at += size) {
          if (at > 0) await sleep(PIECE_GAP_MS);
          await this.#network(name, () => client.send(bytes.subarray(at, at + size)));
        }
        return;
      }
      case "expect":
        return await this.#expect(
          await this.client(name),
          step.reply,
          words,
          step.until === undefined ? undefined : encoder.encode(step.until),
        );
      case "closed": {
        const client = await this.client(name);
        while (!client.ended) {
          if (!await this.#network(name, () => client.more(this.deadline))) {
            throw new StepFailure({ client: name, problem: "not-ended" });
          }
          client.take(client.received.length);
        }
        return;
      }
      case "silent": {
        const client = await this.client(name);
        const quietUntil = Math.min(this.deadline, performance.now() + step.ms);
        while (client.received.length === 0 && !client.ended) {
          if (!await this.#network(name, () => client.more(quietUntil))) return;
        }
        throw new StepFailure({ client: name, problem: "spoke", got: client.received });
      }
      case "shutdown": {
        const client = await this.client(name);
        await this.#network(name, () => client.shutdown());
        return;
      }
      case "close":
        this.clients.get(name)?.closeNow();
        this.clients.delete(name);
        return;
      case "pause":
        await sleep(Math.min(step.ms, Math.max(0, this.deadline - performance.now())));
        return;
      case "bound":
        return this.#bound();
      case "parallel": {
        const runs = Array.from({ length: step.clients }, (_, i) => {
          const number = String(i + 1);
          return this.steps(step.steps, (client) => `${rename(client)}#${number}`, {
            ...words,
            i: number,
          });
        });
        // Every client runs to its end; the first failure is the stage's.
        const outcomes = await Promise.allSettled(runs);
        const failed = outcomes.find((outcome) => outcome.status === "rejected");
        if (failed) throw (failed as PromiseRejectedResult).reason;
        return;
      }
      case "repeat":
        for (let time = 0; time < step.times; time++) await this.steps(step.steps, rename, words);
        return;
    }
  }

  async #expect(client: Client, match: Match, words: Words, until?: Uint8Array): Promise<void> {
    const expected = expectedOf(match, words, until);
    for (;;) {
      const verdict = judge(client, match, words, until);
      if (verdict?.pass) return;
      if (verdict && "number" in match) {
        const text = decoder.decode(verdict.got);
        const got = Number(new RegExp(match.number.regex).exec(text)?.[1]);
        throw new StepFailure({
          client: client.name,
          problem: Number.isNaN(got) ? "mismatch" : "number",
          expected,
          got: verdict.got,
          ...(Number.isNaN(got) ? {} : { number: { got, expected: match.number.equals } }),
        });
      }
      if (verdict) {
        throw new StepFailure({
          client: client.name,
          problem: "mismatch",
          expected,
          got: verdict.got,
        });
      }
      if (client.ended || !await this.#network(client.name, () => client.more(this.deadline))) {
        const got = client.received;
        const problem = client.ended ? "ended" : got.length > 0 ? "partial" : "nothing";
        throw new StepFailure({ client: client.name, problem, expected, got });
      }
    }
  }

  /** A UDP server that never answers can still be seen on this machine: its port is taken. */
  #bound(): void {
    const { host, port } = this.target;
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
      throw new StepFailure({ client, problem: "error", cause: error });
    }
  }
}

/** `host:port`, or the Unix socket's path. */
function targetName(target: Target): string {
  if (target.unix !== undefined) return target.unix;
  return target.host.includes(":")
    ? `[${target.host}]:${target.port}`
    : `${target.host}:${target.port}`;
}

/**
 * Runs `script` against the server at `target`, every stage in order within its time limit, and
 * reports each. Never hangs: a stage that waits past its limit fails, and every connection it
 * opened is closed when it ends.
 */
export async function runScript(
  script: Script,
  target: Target,
  options: RunScriptOptions = {},
): Promise<CheckReport> {
  const lang = options.lang ?? "en";
  const started = performance.now();
  const words: Words = { run: crypto.randomUUID().slice(0, 8) };
  const stages: StageReport[] = [];
  let interrupted = false;
  for (const [index, stage] of script.stages.entries()) {
    if (options.signal?.aborted) {
      interrupted = true;
      break;
    }
    const run = new StageRun(target, stage, words, options.trace);
    const stop = () => run.closeAll();
    options.signal?.addEventListener("abort", stop, { once: true });
    const stageStarted = performance.now();
    let failure: Failure | undefined;
    try {
      await run.steps(stage.steps, (name) => name, words);
    } catch (error) {
      if (!(error instanceof StepFailure)) throw error;
      failure = error.failure;
    } finally {
      options.signal?.removeEventListener("abort", stop);
      run.closeAll();
    }
    if (options.signal?.aborted) {
      interrupted = true;
      break;
    }
    stages.push({
      number: index + 1,
      title: localized(stage.title, lang),
      points: stage.points,
      passed: failure === undefined,
      ms: performance.now() - stageStarted,
      ...(failure ? { failure } : {}),
      ...(stage.hint ? { hint: localized(stage.hint, lang) } : {}),
      transcript: run.transcript,
    });
  }
  const passed = stages.filter((stage) => stage.passed);
  return {
    exercise: script.name,
    title: localized(script.title, lang),
    target: targetName(target),
    stages,
    passed: passed.length,
    failed: stages.length - passed.length,
    points: passed.reduce((sum, stage) => sum + stage.points, 0),
    total: script.stages.reduce((sum, stage) => sum + stage.points, 0),
    ms: performance.now() - started,
    interrupted,
  };
}
