import { tcpClient } from "./tcp-client.ts";
import { tcpServer } from "./tcp-server.ts";
import { tcpLessons } from "./lessons.ts";
import { lessonManifest } from "../../run/manifest.ts";

/** Blocking TCP: one message, a reply, reading in chunks. */
export const manifest = lessonManifest({
  id: "tcp",
  title: "help.group.tcp",
  modes: [tcpServer, tcpClient],
  lessons: tcpLessons,
});
