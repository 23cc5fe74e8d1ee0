import { bench } from "./bench.ts";
import { lessonManifest } from "../../run/manifest.ts";

/** Measuring servers: requests per second, latency, throughput. */
export const manifest = lessonManifest({
  id: "perf",
  title: "help.group.perf",
  modes: [bench],
});
