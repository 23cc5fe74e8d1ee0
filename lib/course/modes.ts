/**
 * Every mode, grouped as `socklab --help` lists them: the lesson folders' (from the course), then
 * the tour of them all (`demo`, which runs the course's lessons).
 *
 * @module
 */
import type { CommonOptions, Mode } from "../cli/spec.ts";
import { lessonManifest } from "../run/manifest.ts";
import { LESSON_FOLDERS } from "./course.ts";
import { demo } from "./demo.ts";

/** The groups of modes, in course order, each with its heading. */
export const GROUPS = [
  ...LESSON_FOLDERS,
  lessonManifest({
    id: "tour",
    title: "help.group.tour",
    modes: [demo],
    readme: {
      lessons: [],
      modes: {
        demo:
          "Every lesson in one process on loopback, with PASS/FAIL; `--lesson NAME` for one; `--port P` puts every server on P, to watch the traffic in Wireshark; `--diagrams DIR` draws every lesson.",
      },
    },
  }),
] as const;

/** Every mode, in course order. */
export const MODES: readonly Mode<CommonOptions>[] = GROUPS.flatMap((group) => group.modes);
