/**
 * `socklab check` against programs written the way the course's students write them — Python with
 * a thread per client and listen(1), socketserver, asyncio, Node: a correct one gets every point, a
 * wrong one fails at the stage that names its mistake. Those with a small backlog, slow or not,
 * and the lock-free database are graded three times (`deno task check-stability`: twenty).
 * Skipped where python3 or node is not installed (the Windows lane).
 */
import { assertEquals, assertMatch } from "@std/assert";
import { check, type CheckResult } from "../check.ts";
import { marks } from "./grades.ts";
import { canRun, withNode, withPython } from "./student_programs.ts";

const RUNS = 3;
const python = canRun("python3");
const node = canRun("node");

/** Grades `exercise` `runs` times, a new server process each run (one-shot servers exit). */
async function everyRun(
  file: string,
  args: readonly string[],
  exercise: string,
  expect: (report: CheckResult, run: number) => void,
  { stageSeconds, runs = 1 }: { stageSeconds?: number; runs?: number } = {},
): Promise<void> {
  const options = stageSeconds === undefined ? {} : { stageSeconds };
  for (let run = 1; run <= runs; run++) {
    await withPython(file, args, async (port) => {
      expect(await check(exercise, { port, ...options }), run);
    });
  }
}

/** Every point, every run. */
const full = (report: CheckResult, run: number) =>
  assertEquals(report.points, report.total, `run ${run}: ${report.transcript}`);

Deno.test({
  name: "the course's one-shot Python servers get every point, run after run (needs python3)",
  ignore: !python,
  async fn() {
    // listen(1) and listen(): small backlogs.
    await everyRun("hello_once.py", [], "hello", full, { runs: RUNS });
    await everyRun("upper_once.py", [], "upper", full, { runs: RUNS });
    await everyRun("until_crlf_once.py", [], "until-crlf", full, { runs: RUNS });
  },
});

Deno.test({
  name:
    "a Python thread per client with listen(1) passes concurrent and echo, also when slow, run after run (needs python3)",
  ignore: !python,
  async fn() {
    await everyRun("echo_threads.py", [], "concurrent", (report, run) => {
      full(report, run);
      const notes = report.stages[1].notes.map((note) => note.kind);
      assertEquals(notes, ["text", "backlog"], `run ${run}: listen(1) earns its note`);
    }, { runs: RUNS });
    await everyRun("echo_threads.py", ["--delay", "0.02"], "concurrent", full, { runs: RUNS });
    await everyRun("echo_threads.py", [], "echo", full);
    await everyRun("echo_threads.py", ["--delay", "0.02"], "echo", full, { runs: RUNS });
  },
});

Deno.test({
  name:
    "socketserver's ThreadingTCPServer and an asyncio server pass concurrent and echo (needs python3)",
  ignore: !python,
  async fn() {
    for (const file of ["echo_socketserver.py", "echo_asyncio.py"]) {
      await everyRun(file, [], "concurrent", full);
      await everyRun(file, [], "echo", full);
    }
  },
});

Deno.test({
  name: "a Node server passes concurrent and echo (needs node)",
  ignore: !node,
  async fn() {
    await withNode("echo_server.js", async (port) => {
      full(await check("concurrent", { port }), 1);
      full(await check("echo", { port }), 1);
    });
  },
});

Deno.test({
  name:
    "upper-many: a reply and its \\n in two sendall, and a server reading lines, get every point (needs python3)",
  ignore: !python,
  async fn() {
    await everyRun("upper_many_two_writes.py", [], "upper-many", full);
    await everyRun("upper_many_lines.py", [], "upper-many", (report, run) => {
      full(report, run);
      assertEquals(report.stages[0].notes, [{ kind: "line" }]);
    });
    await everyRun("upper_threads_server.py", [], "upper-many", full);
  },
});

Deno.test({
  name:
    "§1.5's server looped around accept passes upper, and upper-many fails where it reads once (needs python3)",
  ignore: !python,
  async fn() {
    await everyRun("upper_server.py", [], "upper", full);
    await everyRun("upper_server.py", [], "upper-many", (report) => {
      assertEquals(report.stages[0].failure?.problem, "ended");
      assertMatch(report.stages[0].hint!, /answered once and stopped/);
    }, { stageSeconds: 1 });
  },
});

Deno.test({
  name:
    "the Python database: with its lock every point; without it, a print between read and write fails db-locking every run (needs python3)",
  ignore: !python,
  async fn() {
    await everyRun("db_threads.py", [], "db", full);
    await everyRun("db_threads.py", [], "db-locking", full, { runs: RUNS });
    await everyRun("db_threads.py", ["--no-lock"], "db-locking", (report, run) => {
      assertEquals(marks(report), ["✓", "✗number", "✓"], `run ${run}: ${report.transcript}`);
    }, { runs: RUNS });
  },
});

Deno.test({
  name:
    "the Python text service gets every point with [::-1]; a split()[0] on a blank request loses that stage (needs python3)",
  ignore: !python,
  async fn() {
    await everyRun("text_service.py", [], "text-service", (report, run) => {
      assertEquals(marks(report), ["✓", "✓", "✓", "✓", "✓", "✗mismatch"], `run ${run}`);
      full(report, run);
    });
    await everyRun("text_service.py", ["--crash-on-blank"], "text-service", (report) => {
      assertEquals(report.stages[4].passed, false);
      assertMatch(report.stages[4].hint!, /IndexError/);
      assertEquals(report.points, 4);
    }, { stageSeconds: 1 });
  },
});
