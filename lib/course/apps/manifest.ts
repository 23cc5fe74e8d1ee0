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
  readme: {
    lessons: [
      {
        lesson: "Chat",
        commands:
          "`socklab chat-server`, then `socklab chat-client --nick ana` and `socklab chat-client --nick bea` (or `nc 127.0.0.1 5555`)",
        watch:
          "Every line goes to everyone else as `[nick] text`; `/who`, `/nick`, `/quit`. The server shows everything. A client that stops reading is dropped with the reason; nobody else waits for it.",
        source: "_Sockets orientados a conexiones bloqueantes_; _Programación de sockets_",
      },
      {
        lesson: "Reliable file transfer",
        commands: "`socklab file-receive --dir recibidos` and `socklab file-send apuntes.pdf`",
        watch:
          "Name, size and SHA-256 first, then the bytes; the file takes its name only once everything matched. Cut the connection halfway: no file appears.",
        source: "_Sockets orientados a conexiones bloqueantes_",
      },
      {
        lesson: "A web request is text",
        commands:
          "`socklab http-server`, then open http://127.0.0.1:8000/hola in a browser, and `curl http://127.0.0.1:8000/hola`",
        watch:
          "The page shows the exact bytes of the request: a request line, headers, a blank line, each line ending in `\\r\\n`. A browser sends far more headers than curl.",
        source: "_Sockets orientados a conexiones bloqueantes_; _Sockets bloqueantes_",
      },
    ],
    modes: {
      "chat-server":
        "Nicknames (a taken one is refused), every line to everyone else, join and leave notices, `/who` `/nick` `/quit` `/help`; `--message-limit` (4 KiB), `--queue-limit` per client (256 KiB).",
      "chat-client":
        "Reads the keyboard and the socket at once; `--nick NAME`; says so when the server goes away.",
      "file-receive":
        "`--dir DIR` (.), `--overwrite`, `--max-size` (1 GiB, checked before any byte is written), `--once`. Writes to a temporary file and puts it in place only after size and SHA-256 match, never over a file of that name without `--overwrite` (one of two senders of a name wins); names reduced to a safe base name.",
      "file-send":
        "`socklab file-send PATH`: name, size and SHA-256, then the bytes, with a progress bar; exits 1 unless the receiver kept the file whole. Memory stays flat, whatever the file's size.",
      "http-server":
        "Answers every request with a page of the exact bytes that arrived (HTML for browsers, text for curl). Heads over 16 KiB get 431. Serves no files.",
    },
  },
});
