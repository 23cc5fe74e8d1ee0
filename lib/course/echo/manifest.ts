import { echoClient } from "./echo-client.ts";
import { echoServer } from "./echo-server.ts";
import { echoLessons } from "./lessons.ts";
import { lessonManifest } from "../../run/manifest.ts";

/** Echo servers: the loop that stalls, and a task per client. */
export const manifest = lessonManifest({
  id: "echo",
  title: "help.group.echo",
  modes: [echoServer, echoClient],
  lessons: echoLessons,
});
