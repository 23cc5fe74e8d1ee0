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
