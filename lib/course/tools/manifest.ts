import { check } from "./check.ts";
import { diagram } from "./diagram.ts";
import { interfaces } from "./interfaces.ts";
import { probe } from "./probe.ts";
import { lessonManifest } from "../../run/manifest.ts";

/** Tools: probing ports, this machine's interfaces, grading a server, drawing a trace. */
export const manifest = lessonManifest({
  id: "tools",
  title: "help.group.tools",
  modes: [probe, interfaces, check, diagram],
});
