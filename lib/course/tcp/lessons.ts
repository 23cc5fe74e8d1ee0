import { bytesLiteral } from "../../present/bytes_literal.ts";
import { tcpClient } from "./tcp-client.ts";
import { tcpServer } from "./tcp-server.ts";
import { type Lesson, pairLesson } from "../../run/lesson.ts";

const encoder = new TextEncoder();

/** The blocking TCP lessons: one message, the server's reply, reading in chunks until a delimiter. */
export const tcpLessons: readonly Lesson[] = [
  pairLesson({
    id: "tcp-message",
    title: "lesson.tcp-message",
    server: { mode: tcpServer, args: ["--once"] },
    client: { mode: tcpClient, args: [] },
    serverEndsAlone: true,
    expect: (t) => ({
      server: [t("tcp.received", { text: "Hola, servidor!" })],
      client: [t("tcp.sent", { text: "Hola, servidor!" }), t("tcp.noAnswer")],
    }),
  }),
  pairLesson({
    id: "tcp-reply",
    title: "lesson.tcp-reply",
    server: { mode: tcpServer, args: ["--reply", "Hola, cliente, soy el servidor", "--once"] },
    client: { mode: tcpClient, args: ["--message", "Hola, servidor"] },
    serverEndsAlone: true,
    expect: (t) => ({
      server: [t("tcp.received", { text: "Hola, servidor" })],
      client: [t("tcp.answer", { text: "Hola, cliente, soy el servidor" })],
    }),
  }),
  pairLesson({
    id: "tcp-chunks",
    title: "lesson.tcp-chunks",
    server: {
      mode: tcpServer,
      args: ["--chunk", "2", "--until", "\\r\\n", "--reply", "Gracias por su Mensaje\\n", "--once"],
    },
    client: { mode: tcpClient, args: ["--message", "Hola Mundo\\r\\n"] },
    serverEndsAlone: true,
    expect: (t) => ({
      server: [
        ...["Ho", "la", " M", "un", "do", "\r\n"].map((piece) =>
          t("stream.chunk", { bytes: bytesLiteral(encoder.encode(piece)) })
        ),
        t("stream.allData", { bytes: bytesLiteral(encoder.encode("Hola Mundo\r\n")) }),
      ],
      client: [t("tcp.answer", { text: "Gracias por su Mensaje" })],
    }),
  }),
];
