import { dbClient } from "./db-client.ts";
import { dbRace } from "./db-race.ts";
import { dbServer } from "./db-server.ts";
import { dbLessons } from "./lessons.ts";
import { lessonManifest } from "../../run/manifest.ts";

/** The shared database of people: adding, removing, errors, locking. */
export const manifest = lessonManifest({
  id: "db",
  title: "help.group.db",
  modes: [dbServer, dbClient, dbRace],
  lessons: dbLessons,
});
