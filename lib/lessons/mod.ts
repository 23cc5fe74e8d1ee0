import { appLessons } from "./apps.ts";
import { dbLessons } from "./db.ts";
import { echoLessons } from "./echo.ts";
import type { Lesson } from "./lesson.ts";
import { tcpLessons } from "./tcp.ts";
import { textLessons } from "./text.ts";
import { udpLessons } from "./udp.ts";

/** Every lesson, in course order: what `socklab demo` runs. A new lesson file adds its list here. */
export const LESSONS: readonly Lesson[] = [
  ...tcpLessons,
  ...echoLessons,
  ...textLessons,
  ...dbLessons,
  ...udpLessons,
  ...appLessons,
];
