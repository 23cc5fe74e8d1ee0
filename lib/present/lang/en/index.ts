/**
 * English: every text socklab shows, by key, one file per lesson or topic. It is the reference:
 * every other language must have each of its keys, with the same placeholders.
 *
 * @module
 */
import { cliTexts } from "./cli.ts";
import { errorTexts } from "./errors.ts";
import { serverTexts } from "./servers.ts";
import { tcpTexts } from "./tcp.ts";
import { udpTexts } from "./udp.ts";
import { echoTexts } from "./echo.ts";
import { textTexts } from "./text.ts";
import { dbTexts } from "./db.ts";
import { chatTexts } from "./chat.ts";
import { filesTexts } from "./files.ts";
import { httpTexts } from "./http.ts";
import { toolsTexts } from "./tools.ts";
import { benchTexts } from "./bench.ts";
import { demoTexts } from "./demo.ts";
import { checkTexts } from "./check.ts";
import { traceTexts } from "./trace.ts";
import { diagramTexts } from "./diagram.ts";
import { exerciseTexts } from "./exercises.ts";
import { proxyTexts } from "./proxy.ts";

/** Every English text, by key. */
export const en = {
  ...cliTexts,
  ...errorTexts,
  ...serverTexts,
  ...tcpTexts,
  ...udpTexts,
  ...echoTexts,
  ...textTexts,
  ...dbTexts,
  ...chatTexts,
  ...filesTexts,
  ...httpTexts,
  ...toolsTexts,
  ...benchTexts,
  ...demoTexts,
  ...checkTexts,
  ...traceTexts,
  ...diagramTexts,
  ...exerciseTexts,
  ...proxyTexts,
} as const;
