import { textClient } from "./text-client.ts";
import { textServer } from "./text-server.ts";
import { type Lesson, pairLesson } from "../../run/lesson.ts";

const GREETING = "¡Hola, señor! 👍🏽";

/** The text service lessons of seed 003: §1.5's one-shot upper-caser, then §2.1–§2.3's service. */
export const textLessons: readonly Lesson[] = [
  pairLesson({
    id: "text-raw",
    title: {
      en: "A server that upper-cases what it receives",
      es: "Un servidor que pasa a mayúsculas lo que recibe",
    },
    seeds: "seed 003 §1.5",
    server: { mode: textServer, args: ["--raw", "upper"] },
    client: { mode: textClient, args: ["--raw", "upper", "--message", "Hola"] },
    serverEndsAlone: false,
    expect: (t) => ({ client: [t("text.seed.upper", { request: "Hola", reply: "HOLA" })] }),
  }),
  pairLesson({
    id: "text-service",
    title: {
      en: "Several requests on one connection, three services",
      es: "Varias peticiones en una conexión, tres servicios",
    },
    seeds: "seed 003 §2.1–§2.3",
    server: { mode: textServer, args: [] },
    client: {
      mode: textClient,
      args: [
        "--request",
        `MAYUS ${GREETING}`,
        "--request",
        "minus ¡HOLA, SEÑOR!",
        "--request",
        `INVERTIR ${GREETING}`,
        "--request",
        "SALIR",
      ],
    },
    serverEndsAlone: false,
    expect: (t) => ({
      client: [
        "OK ¡HOLA, SEÑOR! 👍🏽",
        "OK ¡hola, señor!",
        "OK 👍🏽 !roñes ,aloH¡",
        `OK ${t("text.bye")}`,
      ],
    }),
  }),
];
