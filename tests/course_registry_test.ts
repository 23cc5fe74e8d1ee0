/**
 * The course is gathered from its lesson folders' manifests: every mode, demo lesson and group
 * comes from one of them, once; a port is written once, in the table of ports, and check's
 * exercises take theirs from the lesson they grade.
 */
import { assertEquals } from "@std/assert";
import { join } from "@std/path";
import { EXERCISE_SOURCES, EXERCISES } from "../lib/check/exercises.ts";
import { LESSON_FOLDERS, LESSONS } from "../lib/course/course.ts";
import { CROSSING_LESSONS } from "../lib/course/crossing_lessons.ts";
import { GROUPS, MODES } from "../lib/course/modes.ts";
import { PORTS } from "../lib/run/ports.ts";
import { captureIo, main } from "../main.ts";
import { ROOT } from "./helpers.ts";

Deno.test("every mode and demo lesson comes from exactly one lesson folder's manifest (or, across folders, the registry), in course order", () => {
  const names = MODES.map((mode) => mode.name);
  assertEquals(new Set(names).size, names.length);
  assertEquals(GROUPS.flatMap((group) => group.modes.map((mode) => mode.name)), names);
  assertEquals(LESSONS, [
    ...LESSON_FOLDERS.flatMap((folder) => folder.lessons ?? []),
    ...CROSSING_LESSONS,
  ]);
  assertEquals(new Set(LESSONS.map((lesson) => lesson.id)).size, LESSONS.length);
  assertEquals(GROUPS.map((group) => group.id), [
    "tcp",
    "echo",
    "text",
    "db",
    "udp",
    "apps",
    "proxy",
    "tools",
    "perf",
    "tour",
  ]);
  for (const group of GROUPS) assertEquals(group.title, `help.group.${group.id}`);
});

Deno.test("no built-in exercise writes its port: each takes its lesson's, and --show prints it filled in", async () => {
  const graded: Record<string, number> = {
    hello: PORTS.tcp,
    "udp-ack": PORTS.udp,
    "udp-send": PORTS.udp,
    "until-crlf": PORTS.echo,
    echo: PORTS.echo,
    upper: PORTS.text,
    "upper-many": PORTS.text,
    "text-service": PORTS.text,
    concurrent: PORTS.echo,
    db: PORTS.db,
    "db-locking": PORTS.db,
  };
  assertEquals(Object.keys(EXERCISE_SOURCES), Object.keys(graded));
  for (const [name, port] of Object.entries(graded)) {
    const written = await Deno.readTextFile(join(ROOT, "lib/check/exercises", `${name}.json`));
    assertEquals("port" in JSON.parse(written), false, `${name}.json writes no port`);
    assertEquals(EXERCISES.get(name)!.port, port, name);
    const io = captureIo();
    assertEquals(await main(["check", "--show", name], io, "en"), 0);
    const shown = JSON.parse(io.stdoutText());
    assertEquals(shown.port, port, name);
    // Where a teacher's copy has it: after the title and transport, before the stages.
    const keys = Object.keys(shown);
    assertEquals(keys.indexOf("port"), keys.indexOf("stages") - 1, name);
  }
});
