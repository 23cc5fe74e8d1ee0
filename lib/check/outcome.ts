/**
 * What a check found, as data: each stage's outcome (passed, failed with its problem, or skipped),
 * its notes, and what was said and heard. The reports (report.ts) put it into words.
 *
 * @module
 */
import type { TranscriptEntry } from "./connections.ts";
import type { Expected } from "./judge.ts";
import type { Problem } from "./script.ts";

export type { Target, TranscriptEntry } from "./connections.ts";
export type { Expected } from "./judge.ts";
export type { Problem } from "./script.ts";

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
  /** The network failure behind `error`, `refused`, `stopped` or `no-connection`. */
  readonly cause?: unknown;
  /** For `number`: the number the reply carried, and the one expected. */
  readonly number?: { readonly got: number; readonly expected: number };
  /** For an echo: the first byte where the reply differs from what was sent. */
  readonly differsAt?: number;
}

/** Something the report says about a stage besides passing or failing. */
export type Note =
  /** What the stage's pass proves, and what it cannot (the script's own words, filled in). */
  | { readonly kind: "text"; readonly text: string }
  /** Connections that waited a second or more, or were refused, while others got in. */
  | { readonly kind: "backlog"; readonly waited: number; readonly of: number }
  /** Requests got no reply until they ended in `\n`: from then on they were sent that way. */
  | { readonly kind: "line" }
  /** UDP: a reply came from the target's address but another port (`from`, `host:port`). */
  | { readonly kind: "port"; readonly from: string; readonly port: number }
  /** UDP: datagrams from another address (`from`, the first one's) were dropped, `count` of them. */
  | { readonly kind: "stranger"; readonly from: string; readonly count: number };

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
  /** Not run: nothing listened at the first stage. Not passed, and not counted as failed. */
  readonly skipped: boolean;
  /** Worth no points, and not failing the check when it fails. */
  readonly optional: boolean;
  /** How long the stage took, in milliseconds. */
  readonly ms: number;
  /** Why it failed, when it did. */
  readonly failure?: Failure;
  /** The script's hint for this failure (its step's, else its stage's), when it is for it. */
  readonly hint?: string;
  /** What else the report says of it. */
  readonly notes: readonly Note[];
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
  /** Each stage, in order: run, or skipped. */
  readonly stages: readonly StageReport[];
  /** Stages that passed. */
  readonly passed: number;
  /** Stages that failed, optional ones left out: any fails the check. */
  readonly failed: number;
  /** Optional stages that did not pass (they cost nothing). */
  readonly optionalFailed: number;
  /** Stages not run (nothing listened at the first). */
  readonly skipped: number;
  /** Points of the stages that passed. */
  readonly points: number;
  /** Points of every stage. */
  readonly total: number;
  /** How long the whole check took, in milliseconds. */
  readonly ms: number;
  /** Stopped by Ctrl+C (the stages after it did not run). */
  readonly interrupted: boolean;
}
