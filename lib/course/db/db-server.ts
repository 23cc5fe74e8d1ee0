import { defineMode } from "../../cli/define.ts";
import { shortBytesLiteral } from "../../present/bytes_literal.ts";
import { Database, DB_VERBS, LOCKINGS } from "./protocol.ts";
import { MemoryStore, SqliteStore, type Store } from "./store.ts";
import { serveLineProtocol } from "../../transport/line_server.ts";
import { modeContext } from "../../run/context.ts";
import { runStreamServer } from "../../run/open.ts";
import { maxLineOption } from "../../run/line_options.ts";
import { verbsHelp } from "../../run/verbs_help.ts";

const SHOWN_BYTES = 64;

/**
 * The shared person database of seed 003 §2.4–§2.5: every client on its own task, all of them
 * reading and changing the same records, with the locking chosen by `--locking`.
 */
export const dbServer = defineMode({
  name: "db-server",
  group: "db",
  port: 5050,
  stream: true,
  server: "stream",
  summary: {
    en: "shared person database: add, look up, change, delete; locking none, global or per record",
    es:
      "base de datos de personas compartida: alta, consulta, modificación, baja; bloqueo ninguno, global o por registro",
  },
  protocol: verbsHelp(
    DB_VERBS,
    {
      en:
        'One request per line, one reply line each: OK [result] or ERR code words. Keys: 1 to 128 characters, no spaces. Values: JSON objects, e.g. {"name": "Ana", "age": 30, "saldo": 100}. The verbs, in any case:',
      es:
        'Una petición por línea, una línea de respuesta por petición: OK [resultado] o ERR código palabras. Claves: de 1 a 128 caracteres, sin espacios. Valores: objetos JSON, p. ej. {"nombre": "Ana", "edad": 30, "saldo": 100}. Los verbos, en mayúsculas o minúsculas:',
    },
    {
      en:
        "Error codes: exists, not-found, bad-request, bad-key, bad-json, not-an-object, not-a-number, unknown-verb, too-long, bad-utf8; after any of them the connection stays usable (but too-long, which closes it).",
      es:
        "Códigos de error: exists, not-found, bad-request, bad-key, bad-json, not-an-object, not-a-number, unknown-verb, too-long, bad-utf8; tras cualquiera la conexión sigue abierta (salvo too-long, que la cierra).",
    },
  ),
  watch: {
    en:
      "Every operation reads, waits --latency ms as a slow disk would, then writes. With --locking none, two clients that INCR the same record at once both read the old value, and one update is lost (socklab db-race shows how many). global makes everyone wait their turn; record makes only those on the same record wait, as a bank does.",
    es:
      "Cada operación lee, espera --latency ms como lo haría un disco lento y luego escribe. Con --locking none, dos clientes que hacen SUMA sobre el mismo registro a la vez leen ambos el valor antiguo y se pierde una actualización (socklab db-race muestra cuántas). global hace esperar a todos su turno; record solo a los que tocan el mismo registro, como hace un banco.",
  },
  examples: [
    "socklab db-server --store personas.db",
    'socklab db-client --request \'ALTA ana {"nombre": "Ana", "saldo": 100}\' --request \'CONSULTA ana\'',
  ],
  options: {
    locking: {
      kind: "choice",
      choices: LOCKINGS,
      default: "record",
      placeholder: "KIND",
      help: {
        en:
          "none: read, wait, write with no lock (updates get lost); global: one operation at a time; record: one lock per key",
        es:
          "none: lee, espera y escribe sin bloqueo (se pierden actualizaciones); global: una operación cada vez; record: un bloqueo por clave",
      },
    },
    latency: {
      kind: "integer",
      default: 0,
      min: 0,
      max: 60000,
      placeholder: "MS",
      help: {
        en: "simulated storage latency of each operation, between its read and its write",
        es:
          "latencia de almacenamiento simulada de cada operación, entre su lectura y su escritura",
      },
    },
    store: {
      kind: "string",
      placeholder: "PATH",
      help: {
        en:
          "keep the records in this SQLite file (made if missing): every write acknowledged is on disk (default: in memory, as in the seed)",
        es:
          "guarda los registros en este archivo SQLite (se crea si no existe): cada escritura confirmada está en disco (por defecto: en memoria, como en el seed)",
      },
    },
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
                verb: exchange.ok
                  ? exchange.reply.verb
                  : shortBytesLiteral(exchange.bytes, SHOWN_BYTES),
                key: exchange.ok ? exchange.reply.key : "",
                outcome: exchange.reply.ok ? "OK" : `ERR ${exchange.reply.code}`,
              })),
          }),
      });
    } finally {
      store.close();
    }
  },
});
