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
  readme: {
    lessons: [
      {
        lesson: "A server that upper-cases",
        commands:
          "`socklab text-server --raw upper` and `socklab text-client --raw upper --message Hola` (or the course's own Python client)",
        watch:
          "\"Según el servidor, 'Hola' en mayúsculas es 'HOLA'.\" No framing: whatever one `recv` gets is transformed and sent back.",
        source: "the UCM practical §1.5",
      },
      {
        lesson: "Many requests, three services",
        commands:
          "`socklab text-server` and `socklab text-client` (type `MAYUS hola`, `INVERTIR hola`, `SALIR`)",
        watch:
          "One connection carries many requests, one line each; the replies come back in order. Open several text-clients at once: each has its own task on the server and its own answers.",
        source: "the UCM practical §2.1–§2.3",
      },
    ],
    modes: {
      "text-server":
        "The text service below, every client on its own task; prints who asked what. `--raw upper|lower|reverse`: the course's first server, no lines, each chunk transformed and sent back.",
      "text-client":
        "Interactive: a prompt at a terminal, or piped lines; `--request LINE` (repeatable) for scripts, exit 1 if a reply is an ERR. `--raw OP --message TEXT` prints the course's sentence.",
    },
  },
});
