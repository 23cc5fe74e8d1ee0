import { tcpClient } from "./tcp-client.ts";
import { tcpServer } from "./tcp-server.ts";
import { tcpLessons } from "./lessons.ts";
import { lessonManifest } from "../../run/manifest.ts";

/** Blocking TCP: one message, a reply, reading in chunks. */
export const manifest = lessonManifest({
  id: "tcp",
  title: "help.group.tcp",
  modes: [tcpServer, tcpClient],
  lessons: tcpLessons,
  readme: {
    lessons: [
      {
        lesson: "Blocking TCP, one message",
        commands:
          "`socklab tcp-client` first, then `socklab tcp-server --once` and `socklab tcp-client`",
        watch:
          'Started before the server, the client fails with _connection refused_. Then: "Servidor escuchando en 127.0.0.1:8080", "Conexión aceptada de …", "Mensaje recibido: Hola, servidor!". Add `--trace` to see listen, accept, connect, each read and write.',
        source: "_Sockets orientados a conexiones bloqueantes_",
      },
      {
        lesson: "The server answers",
        commands:
          "`socklab tcp-server --reply 'Hola, cliente, soy el servidor'` and `socklab tcp-client --message 'Hola, servidor'`",
        watch:
          "The client half-closes after sending (shutdown SHUT_WR) and still reads the answer.",
        source:
          "_Programación de sockets_; _Sistemas distribuidos: sockets en Python_ (Universidad de Cádiz)",
      },
      {
        lesson: "Reading in chunks until a delimiter",
        commands:
          "`socklab tcp-server --chunk 2 --until '\\r\\n' --reply 'Gracias por su Mensaje\\n'` and `socklab tcp-client --message 'Hola Mundo\\r\\n'`",
        watch:
          "Each `recv(2)` prints \"Data leida: b'Ho'\"… until the data ends in `\\r\\n`, then \"Toda la data leida: b'Hola Mundo\\r\\n'\". A recv returns what has arrived, 2 bytes at most. Typed into `socklab tcp-client --stdin --crlf` (Enter sends `\\r\\n`, as `nc -C` does), a line arrives whole at Enter: a 1-byte read is its odd last byte (`Hola Mundo!`: b'!\\r', b'\\n'), or what Ctrl+D sends mid-line (`Hol`: b'Ho', b'l').",
        source: "_Sockets bloqueantes_",
      },
      {
        lesson: "One client at a time",
        commands:
          "`socklab tcp-server --reply 'ok\\n'`, then two `socklab tcp-client --stdin` in two terminals",
        watch:
          "The server is sequential: the second client waits in the listen backlog (`--backlog`, 1 as in the course) until the first is done.",
        source:
          "_Sockets bloqueantes_; _Sistemas distribuidos: sockets en Python_ (Universidad de Cádiz)",
      },
    ],
    modes: {
      "tcp-server":
        "Accepts clients one after another (`--once`: only one), reads up to `--buffer` bytes, or in `--chunk N` reads `--until` a delimiter; `--reply TEXT` answers after the whole message. Ctrl+C prints a summary.",
      "tcp-client":
        'Connects, sends `--message` (default "Hola, servidor!") or standard input with `--stdin` (like nc), half-closes, prints the answer until the server closes.',
    },
  },
});
