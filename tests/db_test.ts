import { assert, assertEquals, assertMatch, assertRejects } from "@std/assert";
import { join } from "@std/path";
import { StoreError } from "../lib/errors.ts";
import { dbClient, prettyReply } from "../lib/course/db/db-client.ts";
import { dbRace } from "../lib/course/db/db-race.ts";
import { dbServer } from "../lib/course/db/db-server.ts";
import { type Translate, translator } from "../lib/present/catalogue.ts";
import { describeError } from "../lib/present/describe.ts";
import { modeHelp } from "../lib/cli/help.ts";
import { Database, DB_VERBS, type Locking } from "../lib/course/db/protocol.ts";
import { writeReply } from "../lib/transport/line_server.ts";
import { MemoryStore, SqliteStore } from "../lib/course/db/store.ts";
import { RUN_PERMISSIONS, UNSTABLE_FLAGS } from "../scripts/permissions.ts";
import {
  connectWhenUp,
  freePort,
  MAIN,
  optionsFor,
  runMode,
  startServer,
  withServer,
} from "./helpers.ts";

const en = translator("en");
const es = translator("es");

/** The language each test database's replies are written in, as its server would write them. */
const languageOf = new WeakMap<Database, Translate>();

function database(locking: Locking = "record", latencyMs = 0, t = en): Database {
  const db = new Database(new MemoryStore(), { locking, latencyMs });
  languageOf.set(db, t);
  return db;
}

/** The reply to a request, as the server writes it on the wire. */
async function answer(db: Database, line: string): Promise<string> {
  return writeReply(await db.answer(line), languageOf.get(db) ?? en);
}

/** The replies to requests sent one after another. */
async function replies(db: Database, ...lines: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const line of lines) out.push(await answer(db, line));
  return out;
}

Deno.test("add, look up, change, delete and list, with the English verbs", async () => {
  assertEquals(
    await replies(
      database(),
      'ADD ana {"name":"Ana","age":30}',
      "GET ana",
      'UPDATE ana {"age":31,"email":"ana@example.org"}',
      'ADD bea {"name":"Bea"}',
      "LIST",
      "DEL ana",
      "LIST",
    ),
    [
      "OK",
      'OK {"name":"Ana","age":30}',
      'OK {"name":"Ana","age":31,"email":"ana@example.org"}',
      "OK",
      'OK ["ana","bea"]',
      "OK",
      'OK ["bea"]',
    ],
  );
});

Deno.test("the same with the Spanish verbs, in any case", async () => {
  assertEquals(
    await replies(
      database("global", 0, es),
      'alta ana {"nombre":"Ana","saldo":10}',
      "Consulta ana",
      'MODIFICA ana {"saldo":20}',
      "SUMA ana saldo 5",
      "LISTA a",
      "BAJA ana",
      "CONSULTA ana",
    ),
    [
      "OK",
      'OK {"nombre":"Ana","saldo":10}',
      'OK {"nombre":"Ana","saldo":20}',
      "OK 25",
      'OK ["ana"]',
      "OK",
      "ERR not-found no existe ningún registro con clave «ana»",
    ],
  );
});

Deno.test("LIST gives the keys sorted, filtered by a prefix", async () => {
  const db = database();
  for (const key of ["luis", "ana", "lola", "bea"]) await db.answer(`ADD ${key} {}`);
  assertEquals(await replies(db, "LIST", "LIST l", "LIST x"), [
    'OK ["ana","bea","lola","luis"]',
    'OK ["lola","luis"]',
    "OK []",
  ]);
});

Deno.test("INCR adds to a numeric field, counting a missing one as 0", async () => {
  const db = database();
  await db.answer('ADD ana {"saldo": 1.5}');
  assertEquals(await replies(db, "INCR ana saldo 2", "INCR ana saldo -0.5", "INCR ana visitas 1"), [
    "OK 3.5",
    "OK 3",
    "OK 1",
  ]);
  assertEquals(await answer(db, "GET ana"), 'OK {"saldo":3,"visitas":1}');
});

Deno.test("HELP lists the verbs; QUIT says goodbye and closes", async () => {
  const db = database();
  assertEquals(
    await answer(db, "HELP"),
    `OK one request per line; keys have no spaces, values are JSON objects; ${DB_VERBS.usage()}`,
  );
  // The reply is data: the words are named, for the server to write in its language.
  assertEquals(await db.answer("salir"), {
    ok: true,
    said: { key: "text.bye" },
    close: true,
    verb: "SALIR",
    key: "",
  });
});

Deno.test("every mistake gets its own error code, and the data stays as it was", async () => {
  const db = database();
  await db.answer('ADD ana {"name":"Ana","saldo":1}');
  const cases: [string, string][] = [
    [
      'ADD ana {"name":"Otra"}',
      "ERR exists there is already a record with key 'ana'; change it with UPDATE",
    ],
    ["GET nadie", "ERR not-found there is no record with key 'nadie'"],
    ['UPDATE nadie {"a":1}', "ERR not-found there is no record with key 'nadie'"],
    ["DEL nadie", "ERR not-found there is no record with key 'nadie'"],
    ["INCR nadie saldo 1", "ERR not-found there is no record with key 'nadie'"],
    ["GET ana extra", "ERR bad-request the form is: GET|CONSULTA key"],
    ["ADD bea", "ERR bad-request the form is: ADD|ALTA key {json}"],
    ["INCR ana saldo uno", "ERR bad-request the form is: INCR|SUMA key field n"],
    ["INCR ana saldo", "ERR bad-request the form is: INCR|SUMA key field n"],
    ["LIST a b", "ERR bad-request the form is: LIST|LISTA [prefix]"],
    ["GET", "ERR bad-key a key is 1 to 128 characters with no spaces"],
    [`GET ${"k".repeat(129)}`, "ERR bad-key a key is 1 to 128 characters with no spaces"],
    [
      'ADD bea {"name":',
      'ERR bad-json the value is not valid JSON, e.g. {"name": "Ana", "age": 30}',
    ],
    [
      "ADD bea [1,2]",
      'ERR not-an-object the value must be a JSON object, between braces: {"age": 30}',
    ],
    [
      "ADD bea null",
      'ERR not-an-object the value must be a JSON object, between braces: {"age": 30}',
    ],
    [
      "ADD bea 42",
      'ERR not-an-object the value must be a JSON object, between braces: {"age": 30}',
    ],
    [
      "INCR ana name 1",
      "ERR not-a-number the field 'name' does not hold a number (or the sum is out of range)",
    ],
    [
      `ADD ana ${"{}"}`,
      "ERR exists there is already a record with key 'ana'; change it with UPDATE",
    ],
  ];
  for (const [request, expected] of cases) {
    assertEquals(await answer(db, request), expected, request);
  }
  assertEquals(
    await answer(db, "FOO x"),
    `ERR unknown-verb unknown verb 'FOO'; the verbs are ${DB_VERBS.usage()}`,
  );
  assertEquals(await answer(db, "GET ana"), 'OK {"name":"Ana","saldo":1}');
  assertEquals(await replies(db, "LIST"), ['OK ["ana"]']);
  assertEquals(db.lockedKeys, 0);
});

Deno.test("a key of exactly 128 characters, even accented ones or emoji, is fine; 129 is not", async () => {
  const key = "ñ".repeat(128);
  assertEquals(await replies(database(), `ADD ${key} {}`, `GET ${key}`), ["OK", "OK {}"]);
  // Characters, not UTF-16 units: 128 emoji are 256 units and still one key.
  const emoji = "😀".repeat(128);
  assertEquals(await replies(database(), `ADD ${emoji} {}`, `GET ${emoji}`), ["OK", "OK {}"]);
  assertEquals(
    await replies(database(), `GET ${emoji}😀`),
    ["ERR bad-key a key is 1 to 128 characters with no spaces"],
  );
});

Deno.test("a __proto__ field is stored as data and reaches no prototype", async () => {
  const db = database();
  await db.answer('ADD ana {"name":"Ana"}');
  assertEquals(
    await answer(db, 'UPDATE ana {"__proto__":{"admin":true}}'),
    'OK {"name":"Ana","__proto__":{"admin":true}}',
  );
  assertEquals(
    (await answer(db, "INCR ana __proto__ 1")).startsWith("ERR not-a-number"),
    true,
  );
  assertEquals(({} as Record<string, unknown>).admin, undefined);
});

/** `clients` concurrent loops of `ops` requests each, as many connections would send them. */
async function concurrently(
  db: Database,
  clients: number,
  ops: number,
  request: (client: number) => string,
) {
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, async (_, client) => {
    for (let op = 0; op < ops; op++) await db.answer(request(client));
  }));
  return performance.now() - started;
}

async function balanceAfterRace(locking: Locking): Promise<{ balance: number; db: Database }> {
  const db = database(locking, 1);
  await db.answer('ADD cuenta {"saldo": 0}');
  await concurrently(db, 50, 20, () => "INCR cuenta saldo 1");
  const balance = JSON.parse((await answer(db, "GET cuenta")).slice(3)).saldo;
  return { balance, db };
}

Deno.test("50 clients × 20 INCR on one record: locking keeps all 1000, none loses updates", async () => {
  for (const locking of ["record", "global"] as const) {
    const { balance, db } = await balanceAfterRace(locking);
    assertEquals(balance, 1000, locking);
    assertEquals(db.lockedKeys, 0, "the lock table is empty after the run");
  }
  const { balance } = await balanceAfterRace("none");
  assert(balance < 1000, `none kept ${balance}`);
});

Deno.test("on distinct records, record locking runs clients in parallel while global queues them", async () => {
  const timed = async (locking: Locking) => {
    const db = database(locking, 5);
    for (let client = 0; client < 10; client++) await db.answer(`ADD c${client} {"saldo": 0}`);
    const ms = await concurrently(db, 10, 5, (client) => `INCR c${client} saldo 1`);
    assertEquals(db.lockedKeys, 0);
    return ms;
  };
  const global = await timed("global");
  const record = await timed("record");
  assert(record < global, `record took ${record.toFixed(0)} ms, global ${global.toFixed(0)} ms`);
});

Deno.test("db-server serves the protocol over TCP and logs each operation", async () => {
  const server = await startServer(dbServer, optionsFor(dbServer, [], {}, "en"));
  const client = await runMode(
    dbClient,
    optionsFor(dbClient, [
      "--request",
      'ADD ana {"age":30}',
      "--request",
      "GET ana",
      "--request",
      "DEL bea",
      "--request",
      "LIST",
    ], {
      port: server.port,
    }, "en"),
  );
  assertEquals(client.code, 1, "one reply is an ERR");
  assertEquals(client.io.stdoutLines().slice(1), [
    "OK",
    "OK",
    "{",
    '  "age": 30',
    "}",
    "ERR not-found there is no record with key 'bea'",
    "OK",
    "[",
    '  "ana"',
    "]",
  ]);
  await server.stop();
  const log = server.io.stdoutLines();
  assertEquals(
    log[1],
    "Person database, record locking, 0 ms of storage latency, records in memory",
  );
  assertMatch(log[2], /^127\.0\.0\.1:\d+ ADD ana → OK$/);
  assertMatch(log[3], /^127\.0\.0\.1:\d+ GET ana → OK$/);
  assertMatch(log[4], /^127\.0\.0\.1:\d+ DEL bea → ERR not-found$/);
  assertMatch(log[5], /^127\.0\.0\.1:\d+ LIST → OK$/, "no double space without a key");
});

Deno.test("bad bytes and over-long lines get their errors over the wire, too", async () => {
  await withServer(
    dbServer,
    optionsFor(dbServer, ["--max-line", "32", "--quiet"], {}, "en"),
    async (server) => {
      const client = await runMode(
        dbClient,
        optionsFor(dbClient, ["--request", "GET \\xff", "--request", `GET ${"x".repeat(40)}`], {
          port: server.port,
        }, "en"),
      );
      assertEquals(client.io.stdoutLines().slice(1), [
        "ERR bad-utf8 the line is not valid UTF-8",
        "ERR too-long the line is longer than 32 bytes; closing the connection",
      ]);
    },
  );
});

Deno.test("db-client lays out JSON replies over several lines, and leaves others alone", () => {
  assertEquals(prettyReply('OK {"a":1}'), 'OK\n{\n  "a": 1\n}');
  assertEquals(prettyReply('OK ["a","b"]'), 'OK\n[\n  "a",\n  "b"\n]');
  assertEquals(prettyReply("OK 5"), "OK 5");
  assertEquals(prettyReply("OK {not json"), "OK {not json");
  assertEquals(prettyReply('ERR bad-json {"x"'), 'ERR bad-json {"x"');
});

Deno.test("db-race against in-process servers: none loses updates, global and record none", async () => {
  const { code, io } = await runMode(
    dbRace,
    optionsFor(dbRace, ["--clients", "20", "--ops", "10", "--latency", "2"], {}, "en"),
  );
  assertEquals(code, 0);
  const lines = io.stdoutLines();
  assertEquals(
    lines[0],
    "20 clients × 10 INCR on one shared record: 200 increments expected per run",
  );
  assertEquals(lines[1], "locking   expected  actual    lost      time");
  assertMatch(lines[2], /^none {6}200 {7}\d+ +\d+ +\d+\.\d\d s$/);
  assertMatch(lines[3], /^global {4}200 {7}200 {7}0 {9}\d+\.\d\d s$/);
  assertMatch(lines[4], /^record {4}200 {7}200 {7}0 {9}\d+\.\d\d s$/);
  assert(lines.includes("global: no update lost"));
  assert(lines.includes("record: no update lost"));
});

Deno.test("db-race against a running server reports that one server", async () => {
  await withServer(dbServer, optionsFor(dbServer, ["--quiet"]), async (server) => {
    const { code, io } = await runMode(
      dbRace,
      optionsFor(dbRace, ["--clients", "5", "--ops", "4", "--keys", "distinct"], {
        port: server.port,
      }, "en"),
    );
    assertEquals(code, 0);
    assertMatch(io.stdoutLines()[2], /^unknown +20 +20 +0 +/);
    assertEquals(
      io.stdoutLines()[3],
      "no update lost: the server locks, or its clients never overlapped (a storage latency, --latency on the server, widens the gap)",
    );
    // The race cleans up after itself.
    const list = await runMode(
      dbClient,
      optionsFor(dbClient, ["--request", "LISTA"], { port: server.port }),
    );
    assertEquals(list.io.stdoutLines().slice(1), ["OK", "[]"]);
  });
});

Deno.test("db-race against a running server without locks reports the lost updates as its finding and exits 0", async () => {
  // The pair its own help suggests: db-server --locking none --latency 2, then db-race --port P.
  await withServer(
    dbServer,
    optionsFor(dbServer, ["--quiet", "--locking", "none", "--latency", "2"]),
    async (server) => {
      const { code, io } = await runMode(
        dbRace,
        optionsFor(dbRace, ["--clients", "10", "--ops", "5"], { port: server.port }, "en"),
      );
      assertEquals(io.stderrText(), "");
      assertEquals(code, 0);
      const lines = io.stdoutLines();
      assertEquals(lines[1], "locking   expected  actual    lost      time");
      const row = lines[2].split(/ +/);
      assertEquals(row.slice(0, 2), ["unknown", "50"]);
      const lost = Number(row[3]);
      assert(lost > 0, `10 clients on one record with 2 ms between read and write lost nothing`);
      assertEquals(
        lines[3],
        `${lost} of 50 updates ${
          lost === 1 ? "was" : "were"
        } lost: this server does not lock between reading a balance and writing it back`,
      );
    },
  );
});

/** Runs `body` with the path of a store file in a fresh temporary directory, removed after. */
async function withStorePath(body: (path: string) => Promise<void>): Promise<void> {
  const dir = await Deno.makeTempDir({ prefix: "socklab-db-" });
  try {
    await body(join(dir, "personas.db"));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

Deno.test("with --store the records survive a restart of the server", () =>
  withStorePath(async (path) => {
    for (const request of ['ALTA ana {"saldo": 7}', "SUMA ana saldo 1"]) {
      await withServer(
        dbServer,
        optionsFor(dbServer, ["--store", path, "--quiet"]),
        async (server) => {
          const client = await runMode(
            dbClient,
            optionsFor(dbClient, ["--request", request], { port: server.port }),
          );
          assertEquals(client.code, 0);
        },
      );
    }
    await withServer(
      dbServer,
      optionsFor(dbServer, ["--store", path, "--quiet"]),
      async (server) => {
        const client = await runMode(
          dbClient,
          optionsFor(dbClient, ["--request", "CONSULTA ana", "--quiet"], { port: server.port }),
        );
        assertEquals(client.io.stdoutText(), 'OK\n{\n  "saldo": 8\n}\n');
      },
    );
  }));

Deno.test("a record answered OK survives the server being killed with SIGKILL right after", () =>
  withStorePath(async (path) => {
    // A real process, killed as hard as the OS can (TerminateProcess on Windows).
    const port = freePort();
    const server = new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        ...UNSTABLE_FLAGS,
        ...RUN_PERMISSIONS,
        MAIN,
        "db-server",
        "--port",
        String(port),
        "--store",
        path,
        "--quiet",
      ],
      stdout: "null",
      stderr: "null",
      stdin: "null",
    }).spawn();
    try {
      using conn = await connectWhenUp(port);
      await conn.write(new TextEncoder().encode('ALTA ana {"saldo": 100}\n'));
      const buffer = new Uint8Array(64);
      const n = await conn.read(buffer);
      assertEquals(new TextDecoder().decode(buffer.subarray(0, n ?? 0)), "OK\n");
    } finally {
      server.kill("SIGKILL");
      await server.status;
    }
    const store = new SqliteStore(path);
    try {
      assertEquals(store.get("ana"), '{"saldo":100}');
    } finally {
      store.close();
    }
  }));

Deno.test("a store file with garbage in it gives a clear error, before any socket opens", () =>
  withStorePath(async (path) => {
    await Deno.writeTextFile(
      path,
      "esto no es una base de datos, son apuntes de clase ".repeat(10),
    );
    const error = await assertRejects(
      () => runMode(dbServer, optionsFor(dbServer, ["--store", path])),
      StoreError,
    );
    assertEquals(
      describeError(error, es),
      `no se puede usar ${path} como almacén: no es una base de datos SQLite; indica en --store un archivo nuevo o uno SQLite creado por socklab`,
    );
  }));

Deno.test("without storage latency a read is answered at once, with the same replies as with latency", async () => {
  const quick = database("record", 0);
  const slow = database("record", 1);
  for (const db of [quick, slow]) await db.answer('ADD ana {"edad": 30}');
  for (const line of ["GET ana", "GET nadie", "GET", "GET a b", "LIST", "HELP", "FOO ana"]) {
    const now = quick.answer(line);
    assert(!(now instanceof Promise), `${line}: answered at once`);
    assertEquals(now, await slow.answer(line), line);
  }
  // What takes a lock, or waits the latency, is still a promise, and still answers the same.
  const global = database("global", 0);
  await global.answer('ADD ana {"edad": 30}');
  const locked = global.answer("GET ana");
  assert(locked instanceof Promise);
  assertEquals(await locked, quick.answer("GET ana"));
  const waiting = slow.answer("GET ana");
  assert(waiting instanceof Promise);
  await waiting;
});

for (const against of ["its own servers", "a running server"] as const) {
  Deno.test(`Ctrl+C during db-race against ${against} says it was interrupted, blames no server, and exits 130`, async () => {
    const race = async (args: string[]) => {
      const ctrlC = new AbortController();
      const run = await runMode(
        dbRace,
        optionsFor(dbRace, ["--clients", "5", "--ops", "1000", ...args], { port: 0 }),
        // Ctrl+C once the race is under way.
        { signal: ctrlC.signal, onLine: () => ctrlC.abort() },
      );
      return run;
    };
    const { code, io } = against === "its own servers"
      ? await race(["--latency", "2"])
      : await withServer(dbServer, optionsFor(dbServer, ["--quiet"]), (server) =>
        race(["--port", String(server.port)]));
    assertEquals(code, 130);
    assertEquals(io.stderrLines(), ["Interrumpido (Ctrl+C)"]);
  });
}

Deno.test("a number a double cannot hold as written is refused, naming its field, and nothing is stored", async () => {
  const db = database();
  assertEquals(await replies(db, 'ALTA x {"a":1e400}', "CONSULTA x"), [
    "ERR bad-value 1e400 in 'a' would be stored as null: a number here is a 64-bit double (integers exact up to 2^53); to keep it as written, send it as text, in quotes",
    "ERR not-found there is no record with key 'x'",
  ]);
  const refused: [string, string, string, string][] = [
    ['{"a":-1e400}', "-1e400", "a", "null"],
    ['{"a":1e-400}', "1e-400", "a", "0"],
    ['{"a":9007199254740993}', "9007199254740993", "a", "9007199254740992"],
    ['{"a":0.30000000000000000001}', "0.30000000000000000001", "a", "0.3"],
    ['{"a":{"b":[1,2,1e999]}}', "1e999", "a.b[2]", "null"],
    ['{"a b":[{}, "x", true, {"":2e308}]}', "2e308", '["a b"][3][""]', "null"],
  ];
  for (const [json, number, field, stored] of refused) {
    assertEquals(
      await answer(db, `ALTA x ${json}`),
      `ERR bad-value ${number} in '${field}' would be stored as ${stored}: a number here is a 64-bit double (integers exact up to 2^53); to keep it as written, send it as text, in quotes`,
      json,
    );
  }
  assertEquals(await replies(db, "LISTA"), ["OK []"]);
  // What a double holds exactly is kept, however it is written.
  assertEquals(
    await replies(
      db,
      'ALTA x {"max":9007199254740992,"a":1.0,"b":-0,"c":1E2,"d":0.1,"e":1.5e300,"f":"1e400"}',
      "CONSULTA x",
    ),
    ["OK", 'OK {"max":9007199254740992,"a":1,"b":0,"c":100,"d":0.1,"e":1.5e+300,"f":"1e400"}'],
  );
});

Deno.test("text with half a surrogate pair is refused, in a value or in a field's name, with where it is", async () => {
  const db = database("record", 0, es);
  assertEquals(await replies(db, 'ALTA x {"a":{"b":[1,2,"\\ud800"]}}', 'ALTA x {"\\udc00":1}'), [
    "ERR bad-value «a.b[2]» tiene \\ud800, media pareja sustituta de UTF-16 sin su otra mitad: eso no es texto Unicode y no se puede guardar",
    'ERR bad-value «["\\udc00"]» tiene \\udc00, media pareja sustituta de UTF-16 sin su otra mitad: eso no es texto Unicode y no se puede guardar',
  ]);
  // A whole pair is a character, and is kept.
  assertEquals(await replies(db, 'ALTA x {"a":"\\ud83d\\ude00"}', "CONSULTA x"), [
    "OK",
    'OK {"a":"😀"}',
  ]);
});

Deno.test("UPDATE with a value that would not be kept leaves the record as it was", async () => {
  const db = database();
  assertEquals(
    await replies(db, 'ADD ana {"id":1}', 'UPDATE ana {"id":12345678901234567890}', "GET ana"),
    [
      "OK",
      "ERR bad-value 12345678901234567890 in 'id' would be stored as 12345678901234567000: a number here is a 64-bit double (integers exact up to 2^53); to keep it as written, send it as text, in quotes",
      'OK {"id":1}',
    ],
  );
});

Deno.test("INCR keeps integers exact: an n or a sum a double cannot hold is refused, the record kept", async () => {
  const db = database();
  assertEquals(
    await replies(
      db,
      'ADD big {"n":9007199254740991,"x":0.5}',
      "INCR big n 9007199254740993",
      "INCR big n 1",
      "INCR big n 1",
      "INCR big x 0.25",
      "GET big",
    ),
    [
      "OK",
      "ERR bad-value 9007199254740993 in 'n' would be stored as 9007199254740992: a number here is a 64-bit double (integers exact up to 2^53); to keep it as written, send it as text, in quotes",
      "OK 9007199254740992",
      "ERR not-a-number the field 'n' does not hold a number (or the sum is out of range)",
      "OK 0.75",
      'OK {"n":9007199254740992,"x":0.75}',
    ],
  );
});

Deno.test("a request may start with spaces or tabs; a line with none but those has no verb", async () => {
  const db = database("record", 0, es);
  const noVerb =
    "ERR unknown-verb la línea no tiene verbo; los verbos son ADD|ALTA clave {json}, " +
    "GET|CONSULTA clave, UPDATE|MODIFICA clave {json}, DEL|BAJA clave, LIST|LISTA [prefijo], " +
    "INCR|SUMA clave campo n, HELP|AYUDA, QUIT|SALIR";
  assertEquals(
    await replies(db, '  ALTA ana {"edad":30}', "\t consulta ana", "   ", ""),
    ["OK", 'OK {"edad":30}', noVerb, noVerb],
  );
});

Deno.test("the db's replies name a verb's arguments as its --help does, in each language", async () => {
  for (const [t, language] of [[es, "es"], [en, "en"]] as const) {
    const db = database("record", 0, t);
    // Wide enough that no line of the help is broken.
    const help = modeHelp(dbServer, language, 10_000);
    const forms = [
      (await answer(db, "SUMA ana saldo")).replace(/^.*: /, ""),
      (await answer(db, "LISTA a b")).replace(/^.*: /, ""),
      (await answer(db, "ALTA ana")).replace(/^.*: /, ""),
    ];
    assertEquals(
      forms,
      language === "es"
        ? ["INCR|SUMA clave campo n", "LIST|LISTA [prefijo]", "ADD|ALTA clave {json}"]
        : ["INCR|SUMA key field n", "LIST|LISTA [prefix]", "ADD|ALTA key {json}"],
    );
    for (const form of forms) assert(help.includes(`${form}: `), `${language}: ${form}`);
    const listed = (await answer(db, "AYUDA")).replace(/^.*; /, "").split(", ");
    for (const form of listed) assert(help.includes(`${form}: `), `${language}: ${form}`);
    assert((await answer(db, "NADA")).endsWith(listed.join(", ")));
  }
});

Deno.test("an error that quotes what a client sent shows tabs and control characters escaped", async () => {
  const db = database("record", 0, es);
  const [verb, key] = await replies(db, "FOO\tBAR x", "CONSULTA a\x1b[2Jb\x07");
  assert(verb.startsWith("ERR unknown-verb verbo desconocido «FOO\\tBAR»; "), verb);
  assertEquals(key, "ERR not-found no existe ningún registro con clave «a\\x1b[2Jb\\x07»");
});

Deno.test("the db quotes an unknown verb as the client wrote it, not upper-cased", async () => {
  const db = database("record", 0, es);
  const [tab, bell] = await replies(db, "ALTA\tk", "foo\x07bar x");
  assert(tab.startsWith("ERR unknown-verb verbo desconocido «ALTA\\tk»; "), tab);
  assert(bell.startsWith("ERR unknown-verb verbo desconocido «foo\\x07bar»; "), bell);
});

Deno.test("db-client: a JSON value pasted over several lines gets an error for each line that says what it holds", async () => {
  await withServer(dbServer, optionsFor(dbServer, ["--quiet"]), async (server) => {
    const client = await runMode(
      dbClient,
      optionsFor(dbClient, ["--quiet"], { port: server.port }),
      { stdin: 'ALTA ana {\n\t"nombre": "Ana",\n  "edad": 30\n}\n' },
    );
    assertEquals(client.code, 1);
    const lines = client.io.stdoutLines();
    assertEquals(lines.length, 4);
    assertMatch(lines[0], /^ERR bad-json /);
    assertMatch(
      lines[1],
      /^ERR unknown-verb verbo desconocido «"nombre":»; los verbos son ADD\|ALTA clave \{json\}, /,
    );
    assertMatch(lines[2], /^ERR unknown-verb verbo desconocido «"edad":»; /);
    assertMatch(lines[3], /^ERR unknown-verb verbo desconocido «}»; /);
  });
});
