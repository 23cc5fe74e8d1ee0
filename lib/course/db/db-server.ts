import { defineMode } from "../../cli/define.ts";
import { shortBytesLiteral } from "../../present/bytes_literal.ts";
import { safeText } from "../../present/printable.ts";
import { Database, DB_VERBS, LOCKINGS } from "./protocol.ts";
import { MemoryStore, SqliteStore, type Store } from "./store.ts";
import { serveLineProtocol } from "../../transport/line_server.ts";
import { modeContext } from "../../run/context.ts";
import { runStreamServer } from "../../run/stream_server.ts";
import { maxLineOption } from "../../run/shared_options.ts";
import { verbsHelp } from "../../run/verbs_help.ts";
import { PORTS } from "../../run/ports.ts";

/**
 * The course's shared person database: every client on its own task, all of them
 * reading and changing the same records, with the locking chosen by `--locking`.
 */
export const dbServer = defineMode({
  name: "db-server",
  port: PORTS.db,
  role: "stream-server",
  protocol: verbsHelp(
    DB_VERBS,
    "help.db-server.protocol",
    "help.db-server.errors",
  ),
  examples: [
    "socklab db-server --store personas.db",
    'socklab db-client --request \'ALTA ana {"nombre": "Ana", "saldo": 100}\' --request \'CONSULTA ana\'',
  ],
  options: {
    locking: { kind: "choice", choices: LOCKINGS, default: "record", placeholder: "KIND" },
    latency: { kind: "integer", default: 0, range: [0, 60000], placeholder: "MS" },
    store: { kind: "string", placeholder: "PATH" },
    maxLine: maxLineOption,
  },
  async run(options, io): Promise<number> {
    const ctx = modeContext(options, io);
    const { t } = ctx;
    // The store opens first: a bad --store fails before any socket is listening.
    const store: Store = options.store ? new SqliteStore(options.store) : new MemoryStore();
    try {
      const database = new Database(store, {
        locking: options.locking,
        latencyMs: options.latency,
        // A record, or a LIST, may be as long as a request line and no longer.
        maxRecord: options.maxLine,
      });
      return await runStreamServer(options, ctx, io, {
        concurrency: "concurrent",
        intro: t("db.serving", {
          locking: options.locking,
          latency: options.latency,
          where: options.store ? t("db.inFile", { path: options.store }) : t("db.inMemory"),
        }),
        handle: (stream) =>
          serveLineProtocol(stream, database, {
            maxLine: options.maxLine,
            t,
            onRequest: ctx.quiet ? undefined : (exchange) =>
              ctx.say(t("db.request", {
                peer: stream.peer,
                // A verb with no key (LIST) leaves no double space behind.
                request: exchange.ok
                  ? [exchange.reply.verb, exchange.reply.key].filter(Boolean).map(safeText).join(
                    " ",
                  )
                  : shortBytesLiteral(exchange.bytes),
                outcome: exchange.reply.ok ? "OK" : `ERR ${exchange.reply.code}`,
              })),
          }),
      });
    } finally {
      store.close();
    }
  },
});
