import { bench } from "./bench.ts";
import { chat } from "./chat.ts";
import { cli } from "./cli.ts";
import { db } from "./db.ts";
import { demo } from "./demo.ts";
import { echo } from "./echo.ts";
import { errors } from "./errors.ts";
import { files } from "./files.ts";
import { groups } from "./groups.ts";
import { guard } from "./guard.ts";
import { http } from "./http.ts";
import { network } from "./network.ts";
import { options } from "./options.ts";
import { tcp } from "./tcp.ts";
import { stream } from "./stream.ts";
import { text } from "./text.ts";
import { tools } from "./tools.ts";
import { udp } from "./udp.ts";
import { usage } from "./usage.ts";

/**
 * English: every text socklab shows, by key, one file per topic. It is the reference: every other
 * language must have each of its keys, with the same placeholders.
 */
export const en = {
  ...cli,
  ...usage,
  ...options,
  ...groups,
  ...errors,
  ...network,
  ...guard,
  ...stream,
  ...tcp,
  ...udp,
  ...echo,
  ...text,
  ...db,
  ...chat,
  ...files,
  ...http,
  ...tools,
  ...bench,
  ...demo,
} as const;
