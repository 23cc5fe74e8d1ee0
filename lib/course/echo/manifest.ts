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
  readme: {
    lessons: [
      {
        lesson: "The echo that stalls",
        commands:
          "`socklab echo-server --blocking`, then `socklab echo-client --stdin` in two more terminals: type a line in the first, then in the second",
        watch:
          "The course's loop, one turn per new client: it waits in `accept()`, then reads every client so far, in turn, until `\\r\\n`, echoing each. The first client's line comes back at once. When the second connects, the loop reads the first again, so the second's line waits until the first types another (or leaves: Ctrl+D); then both come back. Then the loop waits in `accept()` again: the next line from either client comes back only when a third client connects. Step by step, and with `nc`, below the table.",
        source: "_Sockets bloqueantes_",
      },
      {
        lesson: "One task per client",
        commands: "`socklab echo-server`, the same two clients",
        watch:
          "Both are answered at once. `socklab demo --lesson echo-stall` plays both servers side by side.",
        source: "the UCM practical §2.3",
      },
    ],
    modes: {
      "echo-server":
        "Concurrent by default: every client served at once, bytes echoed as they arrive (`--until DELIM`: whole messages). `--blocking`: the course's loop, reading each client in `--chunk` reads (2) until `\\r\\n`.",
      "echo-client":
        "Sends each `--message` (repeatable) or each line of standard input (`--stdin`), waits for its echo and prints it with its round-trip time; `--count N` repeats and prints min/median/max.",
    },
  },
});
