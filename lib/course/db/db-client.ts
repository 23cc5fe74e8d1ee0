import { defineMode } from "../../cli/define.ts";
import { DB_VERBS } from "./protocol.ts";
import { runLineSession, sessionExitCode } from "../../run/line_client.ts";
import { requestOption } from "../../run/shared_options.ts";
import { runStreamClient } from "../../run/stream_client.ts";
import { PORTS } from "../../run/ports.ts";

/**
 * The person database's client: requests typed at a prompt, piped, or given with --request; each
 * reply shown, JSON pretty-printed.
 */
export const dbClient = defineMode({
  name: "db-client",
  port: PORTS.db,
  role: "stream-client",
  examples: [
    "socklab db-server",
    'socklab db-client --request \'ALTA ana {"nombre": "Ana", "edad": 30}\' --request \'BAJA nadie\'',
  ],
  options: {
    request: requestOption,
  },
  run(options, io): Promise<number> {
    return runStreamClient(options, io, async (stream, ctx) => {
      const result = await runLineSession(
        stream,
        {
          requests: options.request,
          isQuit: (line) => DB_VERBS.verbOf(line) === "quit",
          format: prettyReply,
        },
        ctx,
        io,
      );
      return sessionExitCode(result, io);
    });
  },
});

/** `OK {…}` and `OK […]` with their JSON laid out over several lines; other replies as they are. */
export function prettyReply(reply: string): string {
  if (!/^OK [{[]/.test(reply)) return reply;
  try {
    return "OK\n" + JSON.stringify(JSON.parse(reply.slice(3)), null, 2);
  } catch {
    return reply;
  }
}
