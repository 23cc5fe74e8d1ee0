/**
 * What one lesson folder of the course gives the whole (`lib/course/<lesson>/manifest.ts`): the
 * group `socklab --help` lists its modes under, its modes, the lessons `socklab demo` runs. The
 * registry (`lib/course/course.ts`) gathers the manifests: nothing else lists modes or lessons.
 *
 * @module
 */
import type { CommonOptions, Mode } from "../cli/spec.ts";
import type { PlainKey } from "../present/catalogue.ts";
import type { Lesson } from "./lesson.ts";

/** A row of README's table of lessons (English, Markdown). */
export interface ReadmeLesson {
  /** What README calls the lesson. */
  readonly lesson: string;
  /** The commands that run it. */
  readonly commands: string;
  /** What to watch for. */
  readonly watch: string;
  /** The course documents it comes from. */
  readonly source: string;
}

/** What README's generated tables say of a lesson folder (`deno task docs` writes them). */
export interface Readme {
  /** Its rows of the table of lessons, in course order. */
  readonly lessons: readonly ReadmeLesson[];
  /** One sentence or two on each of its modes, by name, for the table of modes. */
  readonly modes: Readonly<Record<string, string>>;
}

/** One lesson folder: its group, its modes in course order and the demo's lessons. */
export interface LessonManifest<Id extends string = string> {
  /** The group's name, unique in the course (`tcp`, `echo`…). */
  readonly id: Id;
  /** The group's heading in `socklab --help`. */
  readonly title: PlainKey;
  /** Its modes, servers before their clients, as `--help` lists them. */
  readonly modes: readonly Mode<CommonOptions>[];
  /** What `socklab demo` runs of it, in order. @default {[]} */
  readonly lessons?: readonly Lesson[];
  /** Its rows of README's tables. */
  readonly readme: Readme;
}

/**
 * `manifest` as a lesson folder declares it: its id kept as a literal type, so that the registry
 * can name the course's groups.
 *
 * @example
 * ```ts ignore
 * export const manifest = lessonManifest({
 *   id: "tcp",
 *   title: "help.group.tcp",
 *   modes: [tcpServer, tcpClient],
 *   lessons: tcpLessons,
 * });
 * ```
 */
export function lessonManifest<const Id extends string>(
  manifest: LessonManifest<Id>,
): LessonManifest<Id> {
  return manifest;
}
