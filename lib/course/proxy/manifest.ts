import { lessonManifest } from "../../run/manifest.ts";
import { proxy } from "./proxy.ts";

/** Faults on demand: a proxy between any client and server. */
export const manifest = lessonManifest({
  id: "proxy",
  title: "help.group.proxy",
  modes: [proxy],
  readme: {
    lessons: [{
      lesson: "recv returns whatever has arrived",
      commands:
        "`socklab tcp-server --chunk 1024 --until '\\r\\n'`, `socklab proxy --to 127.0.0.1:8080 --slice 1 --slice-delay 50` and `socklab tcp-client --port 8081 --message 'Hola Mundo\\r\\n'`",
      watch:
        "On loopback a recv gets the whole message; through the proxy each recv gets one byte, and the server's loop still puts the message together until `\\r\\n`. A server that calls recv once per message breaks here.",
      source: "_Sockets bloqueantes_",
    }],
    modes: {
      proxy:
        "Relays each connection to `--to HOST:PORT`, half-closing as its peers do, with faults on demand: `--slice N` bytes per write `--slice-delay MS` apart, `--delay MS` per piece and up to `--jitter MS` more (`--seed N` repeats them), `--bandwidth RATE` (`64k`, `1M` bytes/s), `--close-after BYTES` (a clean close), `--hold-after BYTES` (silence); `--up` or `--down` for one direction. Every server guard applies.",
    },
  },
});
