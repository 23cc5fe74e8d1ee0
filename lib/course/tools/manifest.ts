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
  readme: {
    lessons: [
      {
        lesson: "Reaching a classmate",
        commands:
          "`socklab interfaces`, a server with `--host 0.0.0.0`, then `socklab probe 192.168.1.20 5555` from the other machine",
        watch:
          "Which address to give, and why it may still fail: _closed_ means nobody listens there; _no answer_ usually means a firewall.",
        source:
          "the UCM practical §1.4; _Sistemas distribuidos: sockets en Python_ (Universidad de Cádiz)",
      },
    ],
    modes: {
      "probe":
        "`socklab probe HOST PORTS` (`8080`, `8000-8010`, `22,80,443`, at most 1024): open, closed or no answer, with times; `--timeout` (1 s), `--concurrency` (64).",
      "interfaces":
        "This machine's addresses, the one a classmate would use, and what the firewall needs.",
      "check":
        "Grades a running server exercise by exercise (`--list`, `--script FILE`), with points, `--json` and `--junit FILE`. See Checking your own server.",
      "diagram":
        "Draws the sequence diagram of `--trace-file` traces: `-o out.svg`, `out.html` (legend and events) or `out.md` (Mermaid).",
    },
  },
});
