import type { PlainKey } from "../present/catalogue.ts";

/** The lessons the modes are grouped under in `socklab --help`, in course order. */
export const LESSON_GROUPS = {
  tcp: "help.group.tcp",
  echo: "help.group.echo",
  text: "help.group.text",
  db: "help.group.db",
  udp: "help.group.udp",
  apps: "help.group.apps",
  tools: "help.group.tools",
  perf: "help.group.perf",
  tour: "help.group.tour",
} as const satisfies Record<string, PlainKey>;

export type LessonGroupId = keyof typeof LESSON_GROUPS;
