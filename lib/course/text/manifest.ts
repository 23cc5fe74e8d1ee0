import { textClient } from "./text-client.ts";
import { textServer } from "./text-server.ts";
import { textLessons } from "./lessons.ts";
import { lessonManifest } from "../../run/manifest.ts";

/** Text services: many requests per connection, many clients at once. */
export const manifest = lessonManifest({
  id: "text",
  title: "help.group.text",
  modes: [textServer, textClient],
  lessons: textLessons,
});
