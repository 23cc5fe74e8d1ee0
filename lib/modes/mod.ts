import type { CommonOptions, Mode } from "../cli/spec.ts";
import { dbClient } from "./db-client.ts";
import { dbRace } from "./db-race.ts";
import { dbServer } from "./db-server.ts";
import { demo } from "./demo.ts";
import { echoClient } from "./echo-client.ts";
import { echoServer } from "./echo-server.ts";
import { tcpClient } from "./tcp-client.ts";
import { tcpServer } from "./tcp-server.ts";
import { textClient } from "./text-client.ts";
import { textServer } from "./text-server.ts";
import { udpClient } from "./udp-client.ts";
import { udpServer } from "./udp-server.ts";

/** Every mode, in course order. A new lesson's mode is added here. */
export const MODES: readonly Mode<CommonOptions>[] = [
  tcpServer,
  tcpClient,
  echoServer,
  echoClient,
  textServer,
  textClient,
  dbServer,
  dbClient,
  dbRace,
  udpServer,
  udpClient,
  demo,
];
