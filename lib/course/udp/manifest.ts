import { udpClient } from "./udp-client.ts";
import { udpServer } from "./udp-server.ts";
import { udpLessons } from "./lessons.ts";
import { lessonManifest } from "../../run/manifest.ts";

/** UDP with acknowledgements, and what happens when datagrams are lost. */
export const manifest = lessonManifest({
  id: "udp",
  title: "help.group.udp",
  modes: [udpServer, udpClient],
  lessons: udpLessons,
});
