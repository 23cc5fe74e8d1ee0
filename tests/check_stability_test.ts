/**
 * The same grade on every rerun: each exercise graded three times against a correct server that is
 * deliberately slow (it waits before each reply and before each accept) and has a listen backlog
 * of one. `deno task check-stability` does the same twenty times, with Python servers too.
 */
import { assertEquals } from "@std/assert";
import { check } from "../check.ts";
import { EXERCISES } from "../lib/check/exercises.ts";
import { textServer } from "../lib/course/text/text-server.ts";
import { optionsFor, withServer } from "./helpers.ts";
import { SLOW_STUDENTS } from "./slow_students.ts";
import { withStudentServer } from "./students.ts";

const RUNS = 3;

Deno.test("every TCP exercise has a slow, small-backlog student server in this test", () => {
  const tcp = [...EXERCISES].filter(([, script]) => script.transport === "tcp");
  assertEquals(
    SLOW_STUDENTS.map((student) => student.exercise).sort(),
    tcp.map(([name]) => name).sort(),
  );
});

for (const student of SLOW_STUDENTS) {
  Deno.test(`${student.exercise}: ${student.server} gets the same full grade ${RUNS} runs of ${RUNS}`, async () => {
    for (let run = 1; run <= RUNS; run++) {
      const report = await withStudentServer(
        student.style,
        student.handler(),
        ({ port }) => check(student.exercise, { port }),
        student.options,
      );
      assertEquals(
        [report.points, report.failed],
        [report.total, 0],
        `run ${run}: ${report.transcript}`,
      );
    }
  });
}

Deno.test(`upper-many: socklab's raw text-server gets the same full grade ${RUNS} runs of ${RUNS}`, async () => {
  await withServer(
    textServer,
    optionsFor(textServer, ["--raw", "upper", "--quiet"]),
    async (server) => {
      for (let run = 1; run <= RUNS; run++) {
        const report = await check("upper-many", { port: server.port });
        assertEquals(report.points, report.total, `run ${run}: ${report.transcript}`);
      }
    },
  );
});
