import { udpClient } from "./udp-client.ts";
import { udpServer } from "./udp-server.ts";
import { repeatableRandom } from "../../random.ts";
import { type Lesson, pairLesson } from "../../run/lesson.ts";

const LOSS_SEED = 7;
const LOSS_RATE = 0.3;
const LOSS_COUNT = 10;

/** How many of `count` datagrams `udp-server --drop rate --seed state` drops. */
export function expectedDrops(state: number, rate: number, count: number): number {
  const random = repeatableRandom(state);
  return Array.from({ length: count }, random).filter((draw) => draw < rate).length;
}

/** The UDP lessons: an acknowledged datagram, then datagrams lost. */
export const udpLessons: readonly Lesson[] = [
  pairLesson({
    id: "udp-ack",
    title: "lesson.udp-ack",
    server: { mode: udpServer, args: ["--once"] },
    client: { mode: udpClient, args: [] },
    serverEndsAlone: true,
    expect: (t) => ({
      server: [],
      client: [
        t("udp.ackReceived", { text: t("udp.ackText", { text: "Hola, soy un cliente UDP" }) }),
      ],
    }),
  }),
  pairLesson({
    id: "udp-loss",
    title: "lesson.udp-loss",
    server: {
      mode: udpServer,
      args: ["--drop", String(LOSS_RATE), "--seed", String(LOSS_SEED)],
    },
    client: {
      mode: udpClient,
      args: ["--count", String(LOSS_COUNT), "--interval", "0", "--timeout", "0.5"],
    },
    serverEndsAlone: false,
    expect: (t) => {
      const lost = expectedDrops(LOSS_SEED, LOSS_RATE, LOSS_COUNT);
      return {
        client: [t("udp.seriesSummary", {
          sent: LOSS_COUNT,
          acked: LOSS_COUNT - lost,
          lost,
          percent: Math.round((lost / LOSS_COUNT) * 100),
        })],
      };
    },
  }),
];
