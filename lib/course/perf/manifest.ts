import { bench } from "./bench.ts";
import { lessonManifest } from "../../run/manifest.ts";

/** Measuring servers: requests per second, latency, throughput. */
export const manifest = lessonManifest({
  id: "perf",
  title: "help.group.perf",
  modes: [bench],
  readme: {
    lessons: [],
    modes: {
      "bench":
        "Loads a running server and measures it: requests/s, errors, latency percentiles and histogram, or bulk MB/s; `--json`. See Performance below.",
    },
  },
});
