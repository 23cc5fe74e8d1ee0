import { dbClient } from "./db-client.ts";
import { dbRace } from "./db-race.ts";
import { dbServer } from "./db-server.ts";
import { type Lesson, pairLesson, soloLesson } from "../../run/lesson.ts";

/** The person database lessons: adding, changing and deleting with its errors, then the races. */
export const dbLessons: readonly Lesson[] = [
  pairLesson({
    id: "db-crud",
    title: "lesson.db-crud",
    server: { mode: dbServer, args: [] },
    client: {
      mode: dbClient,
      args: [
        "--request",
        'ALTA ana {"nombre": "Ana", "edad": 30, "saldo": 100}',
        "--request",
        'MODIFICA ana {"edad": 31}',
        "--request",
        "SUMA ana saldo 50",
        "--request",
        "CONSULTA ana",
        "--request",
        "BAJA ana",
        "--request",
        "BAJA ana",
      ],
    },
    serverEndsAlone: false,
    // The last request deletes a record that is gone: an ERR, so the client exits 1.
    clientExitCode: 1,
    expect: (t) => ({
      client: [
        '  "edad": 31,',
        "OK 150",
        '  "saldo": 150',
        `ERR not-found ${t("db.errNotFound", { key: "ana" })}`,
      ],
    }),
  }),
  soloLesson({
    id: "db-race",
    title: "lesson.db-race",
    side: { mode: dbRace, args: ["--clients", "10", "--ops", "10", "--latency", "2"] },
    expect: (t) => [
      t("db.race.exact", { locking: "global" }),
      t("db.race.exact", { locking: "record" }),
    ],
  }),
];
