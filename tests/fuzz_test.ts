/**
 * Fuzzing every protocol: random bytes, cut and oversized frames, invalid UTF-8, abrupt
 * disconnects. After each batch the server must still answer a valid request correctly, and the
 * sanitizers check that nothing leaked. Bounded and repeatable: FUZZ_SEED=n repeats a run, and a
 * failure names its seed.
 *
 * @module
 */
import { assert, assertEquals } from "@std/assert";
import { createHash } from "node:crypto";
import { deadline } from "@std/async/deadline";
import { join } from "@std/path";
import { chatServer } from "../lib/course/apps/chat-server.ts";
import { dbServer } from "../lib/course/db/db-server.ts";
import { fileReceive } from "../lib/course/apps/file-receive.ts";
import { fileSend } from "../lib/course/apps/file-send.ts";
import { httpServer } from "../lib/course/apps/http-server.ts";
import { textServer } from "../lib/course/text/text-server.ts";
import { udpClient } from "../lib/course/udp/udp-client.ts";
import { udpServer } from "../lib/course/udp/udp-server.ts";
import { DelimitedReader } from "../lib/framing/delimited.ts";
import { repeatableRandom } from "../lib/random.ts";
import { headerLine } from "../lib/course/apps/file_protocol.ts";
import { closeQuietly } from "../lib/transport/net_errors.ts";
import { bytes, connectTo, optionsFor, readAll, runMode, withServer, writeAll } from "./helpers.ts";

const SEED = Number(Deno.env.get("FUZZ_SEED") ?? 20261121);
const BATCHES = 2;
const PER_BATCH = 40;

/** Runs a fuzz test body, naming its seed if it fails so the run can be repeated. */
function repeatable(name: string, body: (random: () => number) => Promise<void>) {
  Deno.test(`fuzz: ${name}`, async () => {
    try {
      await body(repeatableRandom(SEED));
    } catch (error) {
      throw new Error(
        `fuzz "${name}" failed with FUZZ_SEED=${SEED}: ${(error as Error).message}`,
        {
          cause: error,
        },
      );
    }
  });
}

/** Something nasty to send: which kind is drawn at random, and its content too. */
function nastyInput(random: () => number, valid: string, limit: number): Uint8Array {
  const pick = (n: number) => Math.floor(random() * n);
  const randomBytes = (length: number) => Uint8Array.from({ length }, () => pick(256));
  switch (pick(7)) {
    case 0: // Random bytes of any length.
      return randomBytes(pick(3000));
    case 1: // A valid request cut short.
      return bytes(valid).subarray(0, pick(valid.length));
    case 2: // A frame far over the limit.
      return new Uint8Array(limit + 1 + pick(limit)).fill(0x61);
    case 3: // Invalid UTF-8 in an otherwise plausible line.
      return new Uint8Array([...bytes(valid.split(" ")[0] + " "), 0xc3, 0x28, 0xff, 0xfe, 0x0a]);
    case 4: // Control characters and empty lines.
      return Uint8Array.from({ length: pick(200) }, () => [0, 7, 8, 9, 10, 13, 27, 127][pick(8)]);
    case 5: // Many requests at once, some valid.
      return bytes(Array.from({ length: pick(50) }, () => pick(2) ? valid : "%%%").join(""));
    default: // Printable nonsense, line by line.
      return bytes(
        Array.from({ length: pick(20) }, () => String.fromCharCode(32 + pick(95)).repeat(pick(40)))
          .join("\n") + "\n",
      );
  }
}

/**
 * Sends one input and either hangs up at once (abruptly, maybe with data unread) or closes its
 * side and reads what comes back, for at most a moment.
 */
async function throwAt(address: Deno.Addr, input: Uint8Array, abrupt: boolean): Promise<void> {
  const conn = await connectTo(address);
  try {
    await writeAll(conn, input).catch(() => {});
    if (abrupt) return;
    await conn.closeWrite().catch(() => {});
    // What comes back, for at most half a second; closing the connection ends the read.
    await deadline(readAll(conn), 500).catch(() => "");
  } finally {
    // Reading to the end has closed it already.
    closeQuietly(conn);
  }
}

/** Batches of nasty inputs, each followed by `check` (a valid request, correctly answered). */
async function fuzzStream(
  random: () => number,
  address: Deno.Addr,
  valid: string,
  limit: number,
  check: () => Promise<void>,
) {
  for (let batch = 0; batch < BATCHES; batch++) {
    await Promise.all(
      Array.from(
        { length: PER_BATCH },
        () => throwAt(address, nastyInput(random, valid, limit), random() < 0.3),
      ),
    );
    await check();
  }
}

/** Sends one line on a fresh connection and returns the first line of the answer. */
async function ask(address: Deno.Addr, line: string): Promise<string> {
  using conn = await connectTo(address);
  await writeAll(conn, bytes(line + "\n"));
  const reader = new DelimitedReader(conn, bytes("\n"), { maxMessage: 1 << 20 });
  const reply = await reader.next();
  return reply ? new TextDecoder().decode(reply.bytes).trimEnd() : "";
}

repeatable("the text service", async (random) => {
  const options = optionsFor(textServer, ["--quiet", "--max-line", "2048"]);
  await withServer(textServer, options, async (server) => {
    await fuzzStream(random, server.address, "MAYUS hola\n", 2048, async () => {
      assertEquals(await ask(server.address, "MAYUS hola"), "OK HOLA");
    });
  });
});

repeatable("the person database: nothing sent can change a stored record", async (random) => {
  const options = optionsFor(dbServer, ["--quiet", "--max-line", "2048"]);
  await withServer(dbServer, options, async (server) => {
    assertEquals(await ask(server.address, 'ALTA ana {"saldo":100}'), "OK");
    await fuzzStream(random, server.address, 'MODIFICA x {"a":1}\n', 2048, async () => {
      assertEquals(await ask(server.address, "CONSULTA ana"), 'OK {"saldo":100}');
    });
  });
});

repeatable("the chat", async (random) => {
  const options = optionsFor(chatServer, ["--quiet", "--message-limit", "1024"], {}, "en");
  await withServer(chatServer, options, async (server) => {
    await fuzzStream(random, server.address, "hola a todos\n", 1024, async () => {
      using listener = await connectTo(server.address);
      using speaker = await connectTo(server.address);
      const heard = new DelimitedReader(listener, bytes("\n"), { maxMessage: 1 << 20 });
      const nick = `l${Math.floor(random() * 1e9)}`;
      await writeAll(listener, bytes(nick + "\n"));
      // Welcome, then the hello that says the listener is in.
      await heard.next();
      await heard.next();
      await writeAll(speaker, bytes(`s${nick}\nhola ${nick}\n`));
      for (let line = await heard.next(); line; line = await heard.next()) {
        if (new TextDecoder().decode(line.bytes).trimEnd() === `[s${nick}] hola ${nick}`) return;
      }
      throw new Error("the listener never heard the speaker");
    });
  });
});

repeatable("the HTTP mirror", async (random) => {
  const options = optionsFor(httpServer, ["--quiet", "--max-head", "2048"]);
  await withServer(httpServer, options, async (server) => {
    await fuzzStream(
      random,
      server.address,
      "GET / HTTP/1.1\r\nHost: x\r\n\r\n",
      2048,
      async () => {
        const response = await fetch(`http://127.0.0.1:${server.port}/fuzz`);
        assertEquals(response.status, 200);
        assert((await response.text()).includes("GET /fuzz HTTP/1.1\\r\\n"));
      },
    );
  });
});

repeatable("the file receiver: nothing but the good file is ever left", async (random) => {
  const dir = await Deno.makeTempDir({ prefix: "socklab-fuzz-" });
  try {
    await Deno.mkdir(join(dir, "in"));
    const good = new Uint8Array(1000).fill(7);
    await Deno.writeFile(join(dir, "good.bin"), good);
    const options = optionsFor(fileReceive, ["--dir", join(dir, "in"), "--overwrite", "--quiet"]);
    await withServer(fileReceive, options, async (server) => {
      const header = headerLine({
        name: "x.bin",
        size: 10,
        sha256: createHash("sha256").update(new Uint8Array(10)).digest("hex"),
      });
      await fuzzStream(random, server.address, header, 4096, async () => {
        const sender = await runMode(
          fileSend,
          optionsFor(fileSend, [join(dir, "good.bin"), "--quiet"], { port: server.port }),
        );
        assertEquals(sender.code, 0);
        for await (const entry of Deno.readDir(join(dir, "in"))) {
          // A fuzzed header may name any file; what arrives whole and checked may stay, but no
          // temporary file may be left behind.
          assert(!entry.name.endsWith(".part"), `a temporary file was left: ${entry.name}`);
        }
        assertEquals((await Deno.readFile(join(dir, "in", "good.bin"))).length, 1000);
      });
    });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

repeatable(
  "the UDP server: odd datagrams and bursts never stop its receive loop",
  async (random) => {
    await withServer(
      udpServer,
      optionsFor(udpServer, ["--quiet", "--buffer", "512"]),
      async (server) => {
        const socket = Deno.listenDatagram({ hostname: "127.0.0.1", port: 0, transport: "udp" });
        try {
          const target: Deno.NetAddr = {
            transport: "udp",
            hostname: "127.0.0.1",
            port: server.port,
          };
          for (let batch = 0; batch < BATCHES; batch++) {
            for (let i = 0; i < PER_BATCH * 5; i++) {
              const size = random() < 0.1
                ? 8000 + Math.floor(random() * 50000)
                : Math.floor(random() * 600);
              await socket.send(
                Uint8Array.from({ length: size }, () => Math.floor(random() * 256)),
                target,
              );
            }
            const client = await runMode(
              udpClient,
              optionsFor(udpClient, ["--retries", "3", "--timeout", "0.5"], { port: server.port }),
            );
            assertEquals(client.code, 0);
          }
        } finally {
          socket.close();
        }
      },
    );
  },
);
