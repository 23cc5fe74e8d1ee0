import { appLessons } from "./apps/lessons.ts";
import { dbLessons } from "./db/lessons.ts";
import { echoLessons } from "./echo/lessons.ts";
import type { Lesson } from "../run/lesson.ts";
import { tcpLessons } from "./tcp/lessons.ts";
import { textLessons } from "./text/lessons.ts";
import { udpLessons } from "./udp/lessons.ts";

/** Every lesson, in course order: what `socklab demo` runs. A new lesson file adds its list here. */
export const LESSONS: readonly Lesson[] = [
  ...tcpLessons,
  ...echoLessons,
  ...textLessons,
  ...dbLessons,
  ...udpLessons,
  ...appLessons,
];
