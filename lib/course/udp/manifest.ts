import { udpClient } from "./udp-client.ts";
import { udpServer } from "./udp-server.ts";
import { udpLessons } from "./lessons.ts";
import { lessonManifest } from "../../run/manifest.ts";

/** UDP with acknowledgements, and what happens when datagrams are lost. */
export const manifest = lessonManifest({
  id: "udp",
  title: "help.group.udp",
  modes: [udpServer, udpClient],
  lessons: udpLessons,
  readme: {
    lessons: [
      {
        lesson: "UDP and its acknowledgement",
        commands: "`socklab udp-server` and `socklab udp-client`",
        watch:
          'No connection, no accept: the server learns the sender\'s address from each datagram and answers "Mensaje recibido … Gracias.".',
        source:
          "_Programación de sockets_; _Sistemas distribuidos: sockets en Python_ (Universidad de Cádiz)",
      },
      {
        lesson: "UDP does not guarantee delivery",
        commands:
          "`socklab udp-server --drop 0.3` and `socklab udp-client --count 10 --interval 200`, or `--retries 3` for one message",
        watch:
          'Sending always "works"; only the missing acknowledgement tells. The series reports how many were acknowledged and which were lost; `--seed` repeats the same losses.',
        source:
          "_Programación de sockets_; _Sistemas distribuidos: sockets en Python_ (Universidad de Cádiz)",
      },
    ],
    modes: {
      "udp-server":
        "Prints each datagram with its sender and acknowledges it (`--no-ack` not); `--drop P` loses that share on purpose; `--once`.",
      "udp-client":
        "Sends `--message`, waits `--timeout` (2 s) for the acknowledgement; `--retries N`, `--no-wait`, `--count N --interval MS`.",
    },
  },
});
