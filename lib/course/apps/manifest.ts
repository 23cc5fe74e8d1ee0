import { chatClient } from "./chat-client.ts";
import { chatServer } from "./chat-server.ts";
import { fileReceive } from "./file-receive.ts";
import { fileSend } from "./file-send.ts";
import { httpServer } from "./http-server.ts";
import { appLessons } from "./lessons.ts";
import { lessonManifest } from "../../run/manifest.ts";

/** Applications on sockets: chat, files, a browser's request. */
export const manifest = lessonManifest({
  id: "apps",
  title: "help.group.apps",
  modes: [chatServer, chatClient, fileReceive, fileSend, httpServer],
  lessons: appLessons,
});
