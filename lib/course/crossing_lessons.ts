/**
 * The lessons that use modes of more than one lesson folder: the course's own servers and clients
 * with `socklab proxy` between them. They live with the registry, which alone may know every
 * folder.
 *
 * @module
 */
import { bytesLiteral } from "../present/bytes_literal.ts";
import { type Lesson, pairLesson } from "../run/lesson.ts";
import { proxy } from "./proxy/proxy.ts";
import { tcpClient } from "./tcp/tcp-client.ts";
import { tcpServer } from "./tcp/tcp-server.ts";

const encoder = new TextEncoder();

/** Lessons across folders, in course order. */
export const CROSSING_LESSONS: readonly Lesson[] = [
  pairLesson({
    id: "proxy-slices",
    title: "lesson.proxy-slices",
    server: {
      mode: tcpServer,
      args: ["--chunk", "1024", "--until", "\\r\\n", "--reply", "ok", "--once"],
    },
    proxy: { mode: proxy, args: ["--slice", "1", "--slice-delay", "20", "--up"] },
    client: { mode: tcpClient, args: ["--message", "Hola\\r\\n"] },
    serverEndsAlone: true,
    expect: (t) => ({
      // Each recv(1024) gets the one byte that has arrived; the loop goes on until \r\n.
      server: [
        ...["H", "o", "l", "a", "\r", "\n"].map((piece) =>
          t("stream.chunk", { bytes: bytesLiteral(encoder.encode(piece)) })
        ),
        t("stream.allData", { bytes: bytesLiteral(encoder.encode("Hola\r\n")) }),
      ],
      client: [t("tcp.answer", { text: "ok" })],
    }),
  }),
];
