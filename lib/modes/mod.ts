import type { CommonOptions, Mode } from "../cli/spec.ts";
import { bench } from "./bench.ts";
import { chatClient } from "./chat-client.ts";
import { chatServer } from "./chat-server.ts";
import { dbClient } from "./db-client.ts";
import { fileReceive } from "./file-receive.ts";
import { fileSend } from "./file-send.ts";
import { httpServer } from "./http-server.ts";
import { interfaces } from "./interfaces.ts";
import { probe } from "./probe.ts";
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
  chatServer,
  chatClient,
  fileReceive,
  fileSend,
  httpServer,
  probe,
  interfaces,
  bench,
  demo,
];
