import type { CommonOptions, Mode } from "../cli/spec.ts";
import { bench } from "./perf/bench.ts";
import { chatClient } from "./apps/chat-client.ts";
import { chatServer } from "./apps/chat-server.ts";
import { dbClient } from "./db/db-client.ts";
import { fileReceive } from "./apps/file-receive.ts";
import { fileSend } from "./apps/file-send.ts";
import { httpServer } from "./apps/http-server.ts";
import { interfaces } from "./tools/interfaces.ts";
import { probe } from "./tools/probe.ts";
import { check } from "./tools/check.ts";
import { diagram } from "./tools/diagram.ts";
import { dbRace } from "./db/db-race.ts";
import { dbServer } from "./db/db-server.ts";
import { demo } from "./demo.ts";
import { echoClient } from "./echo/echo-client.ts";
import { echoServer } from "./echo/echo-server.ts";
import { tcpClient } from "./tcp/tcp-client.ts";
import { tcpServer } from "./tcp/tcp-server.ts";
import { textClient } from "./text/text-client.ts";
import { textServer } from "./text/text-server.ts";
import { udpClient } from "./udp/udp-client.ts";
import { udpServer } from "./udp/udp-server.ts";

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
  check,
  diagram,
  bench,
  demo,
];
