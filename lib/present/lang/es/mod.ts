import type { Catalogue } from "../keys.ts";
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
 * Spanish, the course's own language: the texts of the course's documents where they have one.
 * The type checker proves it has every key English has.
 */
export const es = {
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
} as const satisfies Catalogue;
