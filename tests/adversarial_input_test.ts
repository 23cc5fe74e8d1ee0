/**
 * Attacks through what a peer sends rather than how much: terminal escapes, spoofed chat lines,
 * look-alike nicknames, a foreign database, hostile file names, and the smaller breaks. Each is
 * replayed on loopback, bounded.
 */
import { deadline } from "@std/async/deadline";
import { assert, assertEquals, assertMatch } from "@std/assert";
import { join } from "@std/path";
import { DatabaseSync } from "node:sqlite";
import { chatServer } from "../lib/course/apps/chat-server.ts";
import { fileReceive, receiveFile } from "../lib/course/apps/file-receive.ts";
import { fileSend } from "../lib/course/apps/file-send.ts";
import { safeFileName } from "../lib/course/apps/file_protocol.ts";
import { dbServer } from "../lib/course/db/db-server.ts";
import { SqliteStore, STORE_APPLICATION_ID } from "../lib/course/db/store.ts";
import { httpServer } from "../lib/course/apps/http-server.ts";
import { textClient } from "../lib/course/text/text-client.ts";
import { textServer } from "../lib/course/text/text-server.ts";
import { udpServer } from "../lib/course/udp/udp-server.ts";
import { StoreError } from "../lib/errors.ts";
import { translator } from "../lib/present/catalogue.ts";
import { modeContext } from "../lib/run/context.ts";
import { reachableLine } from "../lib/run/reachable.ts";
import { Stream } from "../lib/transport/stream.ts";
import { captureIo } from "../lib/capture.ts";
import {
  bytes,
  connectTo,
  eventually,
  optionsFor,
  readAll,
  runMode,
  withServer,
  writeAll,
} from "./helpers.ts";

/** Whether any printed text carries a raw control character that could drive a terminal. */
// deno-lint-ignore no-control-regex
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

/** Sends `request` on a new connection to `address` and reads what comes back until it closes. */
async function ask(address: Deno.Addr, request: string): Promise<string> {
  using conn = await connectTo(address);
  await writeAll(conn, bytes(request));
  await conn.closeWrite();
  return await readAll(conn).catch(() => "");
}

Deno.test("text-server logs a request full of escapes escaped: it cannot clear the operator's screen", async () => {
  await withServer(textServer, optionsFor(textServer, [], {}, "en"), async (server) => {
    await ask(server.address, "UPPER \x1b[2J\x1b]0;pwned\x07hola\x00\n");
    await eventually(() => server.io.stdoutText().includes("UPPER"));
    assert(!RAW_CONTROL.test(server.io.stdoutText()), JSON.stringify(server.io.stdoutText()));
    assert(server.io.stdoutText().includes("\\x1b[2J"));
  });
});

Deno.test("db-server logs a verb and a key with escapes in them escaped", async () => {
  await withServer(dbServer, optionsFor(dbServer, [], {}, "en"), async (server) => {
    await ask(server.address, "ALTA \x1b[31mclave\u202e {}\nGET\x1b[2J x\n");
    await eventually(() => server.io.stdoutLines().length >= 4);
    assert(!RAW_CONTROL.test(server.io.stdoutText()), JSON.stringify(server.io.stdoutText()));
  });
});

Deno.test("http-server logs a request path with escapes in it escaped", async () => {
  await withServer(httpServer, optionsFor(httpServer, [], {}, "en"), async (server) => {
    await ask(server.address, "GET /\x1b[2J\x1b[H HTTP/1.1\r\nHost: x\r\n\r\n");
    await eventually(() => server.io.stdoutText().includes("GET"));
    assert(!RAW_CONTROL.test(server.io.stdoutText()), JSON.stringify(server.io.stdoutText()));
  });
});

Deno.test("text-client shows a hostile server's escape sequences escaped", async () => {
  using listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const hostile = (async () => {
    using conn = await listener.accept();
    await conn.read(new Uint8Array(1024));
    await writeAll(conn, bytes("OK \x1b]0;pwned\x07\x1b[2J\u202eolleh\n"));
  })();
  const { io } = await runMode(
    textClient,
    optionsFor(textClient, ["--request", "UPPER x"], { port: listener.addr.port }, "en"),
  );
  await hostile;
  assert(!RAW_CONTROL.test(io.stdoutText()), JSON.stringify(io.stdoutText()));
  assertEquals(io.stdoutLines().at(-1), "OK \\x1b]0;pwned\\x07\\x1b[2J\\u202eolleh");
});

/** Joins the chat on a raw connection under `nick`; resolves once the server greeted it. */
async function rawMember(address: Deno.Addr, nick: string) {
  const conn = await connectTo(address);
  await writeAll(conn, bytes(nick + "\n"));
  const decoder = new TextDecoder();
  let seen = "";
  const buffer = new Uint8Array(4096);
  /** What arrived until `text` did, or until two seconds passed: a test never hangs on it. */
  const readUntil = async (text: string) => {
    const reading = (async () => {
      while (!seen.includes(text)) {
        const n = await conn.read(buffer).catch(() => null);
        if (n === null) break;
        seen += decoder.decode(buffer.subarray(0, n), { stream: true });
      }
    })();
    await deadline(reading, 2000).catch(() => {});
    return seen;
  };
  return { conn, readUntil };
}

Deno.test("a CR inside a chat message cannot forge a server notice: it arrives escaped", async () => {
  await withServer(chatServer, optionsFor(chatServer, [], {}, "en"), async (server) => {
    const ana = await rawMember(server.address, "ana");
    await ana.readUntil("Hello, ana!");
    const eve = await rawMember(server.address, "eve");
    await eve.readUntil("Hello, eve!");
    await writeAll(eve.conn, bytes("innocent text\r* admin joined\n"));
    const seen = await ana.readUntil("innocent");
    assert(seen.includes("[eve] innocent text\\r* admin joined"), JSON.stringify(seen));
    assert(!seen.includes("\r"), "a raw CR reached a client");
    await eventually(() => server.io.stdoutText().includes("innocent"));
    assert(!server.io.stdoutText().includes("\r"));
    ana.conn.close();
    eve.conn.close();
  });
});

Deno.test("look-alike nicknames are refused or taken: invisible characters, mixed scripts, case and width", async () => {
  await withServer(chatServer, optionsFor(chatServer, [], {}, "en"), async (server) => {
    const ana = await rawMember(server.address, "ana");
    await ana.readUntil("Hello, ana!");
    for (const fake of ["ana\u200b", "\u0430na", "ANA", "\uff41\uff4e\uff41"]) {
      const impostor = await rawMember(server.address, fake);
      const answer = await impostor.readUntil("; ");
      assertMatch(answer, /is taken|a nickname is/, fake);
      assert(!answer.includes("Hello,"), `${JSON.stringify(fake)} got in`);
      impostor.conn.close();
    }
    ana.conn.close();
  });
});

Deno.test("chat-server with --quiet prints no message: a busy room cannot fill its terminal", async () => {
  await withServer(chatServer, optionsFor(chatServer, ["--quiet"], {}, "en"), async (server) => {
    const ana = await rawMember(server.address, "ana");
    await ana.readUntil("Hello, ana!");
    const bea = await rawMember(server.address, "bea");
    await bea.readUntil("Hello, bea!");
    await writeAll(bea.conn, bytes("hola\n"));
    await ana.readUntil("[bea] hola");
    assertEquals(server.io.stdoutText(), "");
    ana.conn.close();
    bea.conn.close();
  });
});

/** A SQLite file in a fresh folder, made by `make`; removed after `body`. */
async function withDatabase(
  make: (db: DatabaseSync) => void,
  body: (path: string) => Promise<void>,
): Promise<void> {
  const dir = await Deno.makeTempDir({ prefix: "socklab-store-" });
  const path = join(dir, "otra.db");
  const db = new DatabaseSync(path);
  make(db);
  db.close();
  try {
    await body(path);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

Deno.test("another program's SQLite database given as --store is refused, and left untouched", async () => {
  await withDatabase(
    (db) =>
      db.exec(
        "CREATE TABLE notas (id INTEGER PRIMARY KEY, texto TEXT); INSERT INTO notas VALUES (1, 'x')",
      ),
    async (path) => {
      const before = await Deno.readFile(path);
      let refused: unknown;
      try {
        new SqliteStore(path).close();
      } catch (error) {
        refused = error;
      }
      assert(refused instanceof StoreError && refused.foreign === "notas", String(refused));
      assertEquals(await Deno.readFile(path), before);
      const files = [...Deno.readDirSync(join(path, ".."))].map((entry) => entry.name);
      assertEquals(files, ["otra.db"]);
    },
  );
});

Deno.test("a store made before stores were stamped is adopted, and stamped", async () => {
  await withDatabase(
    (db) =>
      db.exec(`CREATE TABLE people (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
        INSERT INTO people VALUES ('ana', '{"saldo":1}')`),
    (path) => {
      const store = new SqliteStore(path);
      assertEquals(store.get("ana"), '{"saldo":1}');
      store.close();
      const db = new DatabaseSync(path);
      const { application_id } = db.prepare("PRAGMA application_id").get() as {
        application_id: number;
      };
      db.close();
      assertEquals(application_id, STORE_APPLICATION_ID);
      return Promise.resolve();
    },
  );
});

Deno.test("a received file's name never keeps C1 controls or bidirectional overrides", () => {
  assertEquals(safeFileName("factura\u202efdp.exe"), "facturafdp.exe");
  assertEquals(safeFileName("\x85nombre\u2066.txt"), "nombre.txt");
  assertEquals(safeFileName("\u202e"), undefined);
});

Deno.test("file-receive removes on start the unfinished files a killed receiver left", async () => {
  const dir = await Deno.makeTempDir({ prefix: "socklab-parts-" });
  try {
    const part = join(dir, `.socklab-${crypto.randomUUID()}.part`);
    await Deno.writeTextFile(part, "a medias");
    await Deno.writeTextFile(join(dir, "apuntes.txt"), "entero");
    await withServer(fileReceive, optionsFor(fileReceive, ["--dir", dir], {}, "en"), (server) => {
      assertMatch(server.io.stdoutText(), /Removed 1 unfinished file/);
      return Promise.resolve();
    });
    assertEquals([...Deno.readDirSync(dir)].map((entry) => entry.name), ["apuntes.txt"]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("on a full disk the sender is told why, not just that the connection closed", async () => {
  const dir = await Deno.makeTempDir({ prefix: "socklab-full-" });
  try {
    const path = join(dir, "grande.bin");
    await Deno.writeFile(path, new Uint8Array(3 * 1024 * 1024));
    using listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
    const io = captureIo();
    await Deno.mkdir(join(dir, "in"));
    const options = optionsFor(fileReceive, ["--dir", join(dir, "in"), "--quiet"], {}, "en");
    const ctx = modeContext(options, io);
    // A disk that fills after the first write.
    let writes = 0;
    const full = () =>
      Promise.resolve(
        new WritableStream<Uint8Array>({
          write: () => {
            if (writes++ > 0) throw new Error("No space left on device (os error 28)");
          },
        }),
      );
    const receiving = (async () => {
      const stream = new Stream(await listener.accept());
      try {
        await receiveFile(stream, options, ctx, io, full);
      } finally {
        stream.close();
      }
    })();
    const sender = await runMode(
      fileSend,
      optionsFor(fileSend, [path, "--quiet"], { port: listener.addr.port }, "en"),
    );
    await receiving;
    assertEquals(sender.code, 1);
    assertMatch(sender.io.stderrText(), /ERR disk could not write the file: the disk is full/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("every spelling of the wildcard address says where classmates can connect", () => {
  const t = translator("en");
  const interfaces = (): Deno.NetworkInterfaceInfo[] => [
    {
      family: "IPv4",
      name: "eth0",
      address: "192.168.1.20",
      netmask: "255.255.255.0",
      scopeid: null,
      cidr: "192.168.1.20/24",
      mac: "00:00:00:00:00:00",
    },
  ];
  for (const host of ["0", "0.0.0.0", "::", "::0", "0:0:0:0:0:0:0:0", "[::]"]) {
    assertMatch(reachableLine(t, host, 8080, interfaces) ?? "", /192\.168\.1\.20:8080/, host);
  }
  assertEquals(reachableLine(t, "127.0.0.1", 8080, interfaces), undefined);
});

Deno.test("a UDP acknowledgement quotes at most 64 characters: no amplification, always sent", async () => {
  await withServer(
    udpServer,
    optionsFor(udpServer, ["--buffer", "65535"], {}, "en"),
    async (server) => {
      const socket = Deno.listenDatagram({ hostname: "127.0.0.1", port: 0, transport: "udp" });
      try {
        const target: Deno.NetAddr = { transport: "udp", hostname: "127.0.0.1", port: server.port };
        for (const payload of [new Uint8Array(1000), new Uint8Array(60_000).fill(0x61)]) {
          await socket.send(payload, target);
          const [ack] = await socket.receive(new Uint8Array(65536));
          assert(ack.length < 200, `an ack of ${ack.length} bytes for ${payload.length}`);
        }
      } finally {
        socket.close();
      }
      assertEquals(server.io.stderrText(), "");
    },
  );
});
