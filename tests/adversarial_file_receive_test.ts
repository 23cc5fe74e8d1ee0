/**
 * Attacks on file-receive, each replayed in bounded form on loopback: senders racing for one
 * name, a name dressed as socklab's own temporary files, and bodies trickled a byte at a time to
 * hold the server's slots.
 */
import { assert, assertEquals, assertMatch } from "@std/assert";
import { delay } from "@std/async/delay";
import { join } from "@std/path";
import { fileReceive, receiveFile, Receiver } from "../lib/course/apps/file-receive.ts";
import { fileSend } from "../lib/course/apps/file-send.ts";
import { headerLine } from "../lib/course/apps/file_protocol.ts";
import { captureIo } from "../lib/capture.ts";
import { DelimitedReader } from "../lib/framing/delimited.ts";
import { modeContext } from "../lib/run/context.ts";
import { Stream } from "../lib/transport/stream.ts";
import {
  bytes,
  connectTo,
  listing,
  optionsFor,
  runMode,
  sha256,
  withServer,
  writeAll,
} from "./helpers.ts";

const decoder = new TextDecoder();

async function withDir<T>(body: (dir: string) => Promise<T>): Promise<T> {
  const dir = await Deno.makeTempDir({ prefix: "socklab-adversarial-files-" });
  try {
    return await body(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

/** A sender talking the protocol by hand: its connection, and the receiver's lines one by one. */
async function rawSender(address: Deno.Addr) {
  const conn = await connectTo(address);
  const replies = new DelimitedReader(conn, bytes("\n"), { maxMessage: 4096 });
  return {
    conn,
    /** The receiver's next line, or "" when it closed. */
    next: async () => {
      const line = await replies.next().catch(() => null);
      return line ? decoder.decode(line.bytes) : "";
    },
  };
}

Deno.test("of ten senders of the same name at once, one is told OK, the others ERR exists, and one file remains", () =>
  withDir(async (dir) => {
    const options = optionsFor(fileReceive, ["--dir", dir, "--quiet"], {}, "en");
    await withServer(fileReceive, options, async (server) => {
      const senders = await Promise.all(
        Array.from({ length: 10 }, () => rawSender(server.address)),
      );
      const bodies = senders.map((_, i) => bytes(`from sender ${i}\n`.repeat(2000)));
      // Every header first, so that all ten are announced before any body is whole.
      await Promise.all(senders.map((sender, i) =>
        writeAll(
          sender.conn,
          bytes(
            headerLine({ name: "same.txt", size: bodies[i].length, sha256: sha256(bodies[i]) }),
          ),
        )
      ));
      const first = await Promise.all(senders.map((sender) => sender.next()));
      // Those told GO send all but the last byte, then every last byte at once.
      const going = first.flatMap((reply, i) => reply === "GO\n" ? [i] : []);
      await Promise.all(going.map((i) => writeAll(senders[i].conn, bodies[i].subarray(0, -1))));
      await Promise.all(going.map((i) => writeAll(senders[i].conn, bodies[i].subarray(-1))));
      const answers = await Promise.all(
        senders.map((sender, i) => first[i] === "GO\n" ? sender.next() : first[i]),
      );
      for (const sender of senders) sender.conn.close();
      const saved = answers.flatMap((answer, i) => answer === "OK same.txt\n" ? [i] : []);
      assertEquals(saved.length, 1, answers.join(""));
      for (const answer of answers) {
        if (answer !== "OK same.txt\n") assertMatch(answer, /^ERR exists same\.txt /);
      }
      assertEquals(await listing(dir), ["same.txt"]);
      assertEquals(await Deno.readFile(join(dir, "same.txt")), bodies[saved[0]]);
    });
  }));

Deno.test("a file named like socklab's own temporary files is refused, so no start deletes it", () =>
  withDir(async (dir) => {
    const options = optionsFor(fileReceive, ["--dir", dir, "--quiet"], {}, "en");
    const body = bytes("mine");
    for (
      const name of [
        `.socklab-${crypto.randomUUID()}.part`,
        `.SOCKLAB-${crypto.randomUUID().toUpperCase()}.PART`,
        "../.socklab-x.part. ",
      ]
    ) {
      await withServer(fileReceive, options, async (server) => {
        const sender = await rawSender(server.address);
        await writeAll(
          sender.conn,
          bytes(headerLine({ name, size: body.length, sha256: sha256(body) })),
        );
        assertMatch(
          await sender.next(),
          /^ERR bad-name '.+' is how socklab names the files it is still receiving; send it under another name\n$/,
        );
        sender.conn.close();
      });
      assertEquals(await listing(dir), [], name);
    }
  }));

Deno.test("a body trickled slower than the pace is cut and its sender told why; one at the pace is kept", () =>
  withDir(async (dir) => {
    // A pace of 400 B in every 400 ms, small enough to replay within a second.
    const receiver = new Receiver({ windowMs: 400, minBytesPerSecond: 1000 });
    const options = optionsFor(fileReceive, ["--dir", dir, "--quiet"], {}, "en");
    const io = captureIo();
    const ctx = modeContext(options, io);
    using listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
    const receiving = (async () => {
      for (let i = 0; i < 2; i++) {
        const stream = new Stream(await listener.accept());
        try {
          await receiveFile(stream, options, ctx, io, undefined, receiver);
        } finally {
          stream.close();
        }
      }
    })();
    /** Sends `size` bytes in pieces of `piece`, one every `everyMs`, until the receiver answers. */
    const send = async (name: string, size: number, piece: number, everyMs: number) => {
      const body = new Uint8Array(size).fill(0x61);
      const sender = await rawSender(listener.addr);
      await writeAll(sender.conn, bytes(headerLine({ name, size, sha256: sha256(body) })));
      assertEquals(await sender.next(), "GO\n");
      let answered: string | undefined;
      const answer = sender.next().then((line) => answered = line);
      const began = Date.now();
      for (let sent = 0; sent < size && answered === undefined; sent += piece) {
        await writeAll(sender.conn, body.subarray(sent, sent + piece)).catch(() => {});
        await delay(everyMs);
        // Bounded: on a receiver with no pace, the trickle gives up after 3 s.
        if (Date.now() - began > 3000) break;
      }
      sender.conn.close();
      return answered ?? await Promise.race([answer, delay(100).then(() => "(no answer)")]);
    };
    // 1 byte every 50 ms (20 B/s) of 100 kB: cut at the end of the first window.
    assertMatch(
      await send("slow.bin", 100_000, 1, 50),
      /^ERR too-slow the file came slower than 1000 B\/s for 0\.4 s, and was cut; nothing was kept\n$/,
    );
    // 500 B every 50 ms (10 kB/s) of 10 kB: kept.
    assertEquals(await send("steady.bin", 10_000, 500, 50), "OK steady.bin\n");
    await receiving;
    assertEquals(await listing(dir), ["steady.bin"]);
    assertMatch(io.stderrText(), /Refused a file from 127\.0\.0\.1:\d+: the file came slower/);
  }));

Deno.test("a full server frees the slot of the slowest body for a newcomer, whose file is saved", () =>
  withDir(async (dir) => {
    const into = join(dir, "into");
    const file = join(dir, "notas.txt");
    await Deno.writeTextFile(file, "apuntes");
    const options = optionsFor(
      fileReceive,
      ["--dir", into, "--quiet", "--max-connections", "2"],
      {},
      "en",
    );
    await withServer(fileReceive, options, async (server) => {
      // Two senders hold both slots, announcing 100 kB and trickling a byte every 100 ms.
      const tricklers = await Promise.all([0, 1].map(async (i) => {
        const sender = await rawSender(server.address);
        const body = new Uint8Array(100_000);
        await writeAll(
          sender.conn,
          bytes(headerLine({ name: `slow-${i}.bin`, size: body.length, sha256: sha256(body) })),
        );
        assertEquals(await sender.next(), "GO\n");
        return sender;
      }));
      let trickling = true;
      const trickle = Promise.all(tricklers.map(async (sender) => {
        while (trickling) {
          await writeAll(sender.conn, new Uint8Array(1)).catch(() => {});
          await delay(100);
        }
      }));
      // A body's pace is known after its first second; and the server has looked at each twice,
      // so none passes for silent.
      await delay(2200);
      const sent = await runMode(
        fileSend,
        optionsFor(fileSend, [file, "--quiet"], { port: server.port }, "en"),
      );
      trickling = false;
      await trickle;
      // Each says what it was told: the one closed for the newcomer, and the other, that its
      // file is incomplete once it stops.
      const told = await Promise.all(tricklers.map(async (sender) => {
        await sender.conn.closeWrite().catch(() => {});
        return await sender.next();
      }));
      for (const sender of tricklers) sender.conn.close();
      assertEquals(sent.code, 0, sent.io.stderrText());
      assertEquals(await Deno.readTextFile(join(into, "notas.txt")), "apuntes");
      assert(
        told.some((line) =>
          line.startsWith("Closed: the server is full, and this connection had been silent longest")
        ),
        told.join(""),
      );
      assertMatch(
        server.io.stderrText(),
        /Closed 127\.0\.0\.1:\d+, silent longest or sending slowest, to make room/,
      );
    });
    // The closed body left nothing behind, not even its temporary file.
    assertEquals(await listing(into), ["notas.txt"]);
  }));
