/**
 * The course: every lesson folder's manifest, in course order. Everything that lists lessons or
 * modes — `socklab --help`, the demo, the mode table — is built from here.
 *
 * @module
 */
import { manifest as apps } from "./apps/manifest.ts";
import { manifest as db } from "./db/manifest.ts";
import { manifest as echo } from "./echo/manifest.ts";
import { manifest as perf } from "./perf/manifest.ts";
import { manifest as proxy } from "./proxy/manifest.ts";
import { manifest as tcp } from "./tcp/manifest.ts";
import { manifest as text } from "./text/manifest.ts";
import { manifest as tools } from "./tools/manifest.ts";
import { manifest as udp } from "./udp/manifest.ts";
import type { Lesson } from "../run/lesson.ts";
import { CROSSING_LESSONS } from "./crossing_lessons.ts";

/** Every lesson folder, in course order. A new lesson folder is one line here. */
export const LESSON_FOLDERS = [tcp, echo, text, db, udp, apps, proxy, tools, perf] as const;

/** Every lesson, in course order: what `socklab demo` runs (those across folders last). */
export const LESSONS: readonly Lesson[] = [
  ...LESSON_FOLDERS.flatMap((folder) => folder.lessons ?? []),
  ...CROSSING_LESSONS,
];
