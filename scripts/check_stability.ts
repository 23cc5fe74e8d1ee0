/**
 * `deno task check-stability`: grades each exercise twenty times (`--runs N`) against servers
 * written as students write them — correct ones made deliberately slow with a listen backlog of
 * one, in-process; the course's Python servers (one-shot, a thread per client with listen(1),
 * socketserver, asyncio), a Node server, and the lock-free database that must fail every time —
 * and prints, for each, the grades it got. Exit 1 when a server got two different grades, or not
 * the one it deserves. Outside CI: a full run takes several minutes (`--only TEXT` narrows it).
 *
 * @module
 */
// A developer's tool, not a mode: it talks to the developer directly.
// deno-lint-ignore-file no-console
import { parseArgs } from "@std/cli/parse-args";
import { check, type CheckResult } from "../check.ts";
import { marks } from "../tests/grades.ts";
import { SLOW_STUDENTS } from "../tests/slow_students.ts";
import { canRun, withNode, withPython } from "../tests/student_programs.ts";
import { database, withStudentServer } from "../tests/students.ts";

/** A server, the exercise it is graded by, and the stages it deserves to pass (✓) or fail (✗). */
interface Case {
  readonly exercise: string;
  readonly server: string;
  readonly want: string;
  readonly grade: () => Promise<CheckResult>;
}

const all = (count: number, ...rest: string[]) => [...Array(count).fill("✓"), ...rest].join(" ");

function inProcess(): Case[] {
  const slow = SLOW_STUDENTS.map((student): Case => ({
    exercise: student.exercise,
    server: `Deno: ${student.server}, listen(1)`,
    want: student.exercise === "text-service" ? all(5, "✗mismatch") : "",
    grade: () =>
      withStudentServer(
        student.style,
        student.handler(),
        ({ port }) => check(student.exercise, { port }),
        student.options,
      ),
  }));
  return [
    ...slow,
    {
      exercise: "db-locking",
      server: "Deno: a database without a lock, a pause between read and write",
      want: "✓ ✗number ✓",
      grade: () =>
        withStudentServer(
          "threads",
          database("none"),
          ({ port }) => check("db-locking", { port }),
          {
            backlog: 1,
          },
        ),
    },
  ];
}

function python(): Case[] {
  const program = (
    exercise: string,
    file: string,
    args: string[],
    want = "",
  ): Case => ({
    exercise,
    server: `Python: ${[file, ...args].join(" ")}`,
    want,
    grade: () => withPython(file, args, (port) => check(exercise, { port })),
  });
  return [
    program("hello", "hello_once.py", []),
    program("upper", "upper_once.py", []),
    program("until-crlf", "until_crlf_once.py", []),
    program("concurrent", "echo_threads.py", []),
    program("concurrent", "echo_threads.py", ["--delay", "0.02"]),
    program("concurrent", "echo_socketserver.py", []),
    program("concurrent", "echo_asyncio.py", []),
    program("echo", "echo_threads.py", []),
    program("echo", "echo_threads.py", ["--delay", "0.02"]),
    program("echo", "echo_asyncio.py", []),
    program("upper-many", "upper_many_two_writes.py", []),
    program("upper-many", "upper_many_lines.py", []),
    program("db", "db_threads.py", []),
    program("db-locking", "db_threads.py", []),
    program("db-locking", "db_threads.py", ["--no-lock"], "✓ ✗number ✓"),
    program("text-service", "text_service.py", [], all(5, "✗mismatch")),
  ];
}

function node(): Case[] {
  return ["concurrent", "echo"].map((exercise) => ({
    exercise,
    server: "Node: echo_server.js",
    want: "",
    grade: () => withNode("echo_server.js", (port) => check(exercise, { port })),
  }));
}

const args = parseArgs(Deno.args, { string: ["runs", "only"], default: { runs: "20" } });
const runs = Number(args.runs);
const cases = [
  ...inProcess(),
  ...(canRun("python3") ? python() : []),
  ...(canRun("node") ? node() : []),
].filter((one) => !args.only || `${one.exercise} ${one.server}`.includes(args.only));
if (!canRun("python3")) console.log("python3 is not installed: the Python servers are left out");
if (!canRun("node")) console.log("node is not installed: the Node server is left out");

let unstable = 0;
const started = performance.now();
for (const one of cases) {
  const grades = new Map<string, number>();
  let want = one.want;
  for (let run = 0; run < runs; run++) {
    const report = await one.grade();
    // An empty `want` is every stage passed.
    want ||= all(report.stages.length);
    const grade = `${marks(report).join(" ")} (${report.points}/${report.total})`;
    grades.set(grade, (grades.get(grade) ?? 0) + 1);
  }
  const seen = [...grades].map(([grade, count]) => `${grade} ×${count}`).join(", ");
  const fine = grades.size === 1 && [...grades.keys()][0].startsWith(want + " (");
  if (!fine) unstable++;
  console.log(`${fine ? "ok  " : "FAIL"} ${one.exercise.padEnd(12)} ${one.server}: ${seen}`);
}
const seconds = ((performance.now() - started) / 1000).toFixed(0);
console.log(
  `${
    cases.length - unstable
  } of ${cases.length} servers got the grade they deserve in all ${runs} runs (${seconds} s)`,
);
Deno.exit(unstable === 0 ? 0 : 1);
