/**
 * For each TCP exercise, a correct student server made deliberately slow — it waits before each
 * reply and before each accept — with a listen backlog of one: the grade it gets must not depend
 * on timing. Used by the stability test and `deno task check-stability`.
 */
import {
  database,
  type Handler,
  students,
  type StudentServerOptions,
  type Style,
  textService,
} from "./students.ts";

/** A slow student's server and the grade it deserves. */
export interface SlowStudent {
  readonly exercise: string;
  /** What the server is, for a test's name. */
  readonly server: string;
  readonly style: Style;
  /** A new handler for each run (a database keeps its records). */
  readonly handler: () => Handler;
  readonly options: StudentServerOptions;
}

const slow: StudentServerOptions = { backlog: 1, replyDelayMs: 30, acceptDelayMs: 30 };

/** One per TCP exercise. */
export const SLOW_STUDENTS: readonly SlowStudent[] = [
  {
    exercise: "hello",
    server: "a slow one-shot server",
    style: "one-shot",
    handler: () => students.hello,
    options: slow,
  },
  {
    exercise: "until-crlf",
    server: "a slow one-shot server reading two bytes at a time",
    style: "one-shot",
    handler: () => students.untilCrlf,
    options: slow,
  },
  {
    exercise: "echo",
    server: "a slow echo, a task per client",
    style: "threads",
    handler: () => students.echo,
    // 64 KiB come back in 64 replies of 1 KiB: each waits less, for the run's sake.
    options: { ...slow, replyDelayMs: 10 },
  },
  {
    exercise: "upper",
    server: "a slow one-shot upper-case server",
    style: "one-shot",
    handler: () => students.upperOnce,
    options: slow,
  },
  {
    exercise: "upper-many",
    server: "a slow upper-case loop, a task per client",
    style: "threads",
    handler: () => students.upperLoop,
    options: slow,
  },
  {
    exercise: "text-service",
    server: "a slow text service reversing by code points",
    style: "threads",
    handler: () => textService(),
    options: slow,
  },
  {
    exercise: "concurrent",
    server: "a slow echo, a task per client",
    style: "threads",
    handler: () => students.echo,
    options: slow,
  },
  {
    exercise: "db",
    server: "a slow database with its lock",
    style: "threads",
    handler: () => database("with"),
    options: slow,
  },
  {
    exercise: "db-locking",
    server: "a slow database with its lock",
    style: "threads",
    handler: () => database("with"),
    options: { backlog: 1, replyDelayMs: 5, acceptDelayMs: 5 },
  },
];
