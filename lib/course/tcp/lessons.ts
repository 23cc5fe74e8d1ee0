import { bytesLiteral } from "../../present/bytes_literal.ts";
import { tcpClient } from "./tcp-client.ts";
import { tcpServer } from "./tcp-server.ts";
import { type Lesson, pairLesson } from "../../run/lesson.ts";

const encoder = new TextEncoder();

/** The blocking TCP lessons: seed 000's one message, 002/004's reply, 001's chunked reads. */
export const tcpLessons: readonly Lesson[] = [
  pairLesson({
    id: "tcp-message",
    title: {
      en: "Blocking TCP: a client sends one message",
      es: "TCP bloqueante: un cliente envía un mensaje",
    },
    seeds: "seed 000",
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
    title: {
      en: "TCP: the server answers",
      es: "TCP: el servidor responde",
    },
    seeds: "seeds 002, 004",
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
    title: {
      en: "Reading in 2-byte chunks until \\r\\n, then replying",
      es: "Leer en trozos de 2 bytes hasta \\r\\n y después responder",
    },
    seeds: "seed 001",
    server: {
      mode: tcpServer,
      args: ["--chunk", "2", "--until", "\\r\\n", "--reply", "Gracias por su Mensaje\\n", "--once"],
    },
    client: { mode: tcpClient, args: ["--message", "Hola Mundo\\r\\n"] },
    serverEndsAlone: true,
    expect: (t) => ({
      server: [
        ...["Ho", "la", " M", "un", "do", "\r\n"].map((piece) =>
          t("tcp.chunk", { bytes: bytesLiteral(encoder.encode(piece)) })
        ),
        t("tcp.allData", { bytes: bytesLiteral(encoder.encode("Hola Mundo\r\n")) }),
      ],
      client: [t("tcp.answer", { text: "Gracias por su Mensaje" })],
    }),
  }),
];
