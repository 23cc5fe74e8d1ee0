import { textClient } from "./text-client.ts";
import { textServer } from "./text-server.ts";
import { type Lesson, pairLesson } from "../../run/lesson.ts";

const GREETING = "¡Hola, señor! 👍🏽";

/** The text service lessons: a one-shot upper-caser with no framing, then the line service. */
export const textLessons: readonly Lesson[] = [
  pairLesson({
    id: "text-raw",
    title: "lesson.text-raw",
    server: { mode: textServer, args: ["--raw", "upper"] },
    client: { mode: textClient, args: ["--raw", "upper", "--message", "Hola"] },
    serverEndsAlone: false,
    expect: (t) => ({ client: [t("text.rawAnswer.upper", { request: "Hola", reply: "HOLA" })] }),
  }),
  pairLesson({
    id: "text-service",
    title: "lesson.text-service",
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
