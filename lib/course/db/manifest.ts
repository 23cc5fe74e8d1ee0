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
  readme: {
    lessons: [
      {
        lesson: "A shared database",
        commands:
          '`socklab db-server` and `socklab db-client` (type `ALTA ana {"nombre": "Ana", "saldo": 100}`, `CONSULTA ana`, `BAJA nadie`)',
        watch:
          "Every client sees and changes the same records. Deleting a record that does not exist is an error the server answers (`ERR not-found`), never a crash.",
        source: "the UCM practical §2.4",
      },
      {
        lesson: "Locking",
        commands: "`socklab db-race`, then `socklab db-race --keys distinct`",
        watch:
          "50 clients add 1 to one balance 20 times each. Without locks (`none`) most updates are lost; `global` and `record` lose none. On distinct records `record` runs the clients in parallel while `global` still queues them.",
        source: "the UCM practical §2.4–§2.5",
      },
    ],
    modes: {
      "db-server":
        "The person database below; `--locking none|global|record` (record), `--latency MS` between each read and write, `--store PATH` to keep the records in a SQLite file.",
      "db-client":
        "Like text-client, with JSON replies laid out over several lines; `--request LINE` for scripts (exit 1 if a reply is an ERR).",
      "db-race":
        "The locking lesson: `--clients N --ops M` INCRs at once, against `--port` or in-process servers with each locking; prints expected vs actual total and time.",
    },
  },
});
