import { assert, assertEquals, assertMatch, assertRejects } from "@std/assert";
import { FileError } from "../lib/errors.ts";
import { describeError } from "../lib/present/describe.ts";
import { translator } from "../lib/present/catalogue.ts";
import { captureIo, main } from "../main.ts";
import { join } from "@std/path";
import { fileReceive } from "../lib/course/apps/file-receive.ts";
import { fileSend } from "../lib/course/apps/file-send.ts";
import {
  FILE_ERRORS,
  type FileErrorCode,
  type FileReply,
  headerLine,
  parseHeader,
  parseReply,
  replyLine,
  safeFileName,
} from "../lib/course/apps/file_protocol.ts";
import { DelimitedReader } from "../lib/framing/delimited.ts";
import {
  bytes,
  connectTo,
  listing,
  optionsFor,
  readAll,
  runMode,
  sha256,
  withServer,
  writeAll,
} from "./helpers.ts";

/** Runs `body` with a fresh directory of files to send and one to receive into, removed after. */
async function withDirs(body: (dirs: { from: string; into: string }) => Promise<void>) {
  const root = await Deno.makeTempDir({ prefix: "socklab-files-" });
  const dirs = { from: join(root, "from"), into: join(root, "into") };
  await Deno.mkdir(dirs.from);
  await Deno.mkdir(dirs.into);
  try {
    await body(dirs);
  } finally {
    await Deno.remove(root, { recursive: true });
  }
}

function random(size: number): Uint8Array {
  const data = new Uint8Array(size);
  for (let offset = 0; offset < size; offset += 65536) {
    crypto.getRandomValues(data.subarray(offset, Math.min(offset + 65536, size)));
  }
  return data;
}

/** Sends `data` as `name` through file-send to a file-receive started for it. */
async function transfer(
  dirs: { from: string; into: string },
  name: string,
  data: Uint8Array,
  receiveArgs: string[] = [],
) {
  await Deno.writeFile(join(dirs.from, name), data);
  return await withServer(
    fileReceive,
    optionsFor(fileReceive, ["--dir", dirs.into, "--once", ...receiveArgs]),
    async (server) => {
      const sender = await runMode(
        fileSend,
        optionsFor(fileSend, [join(dirs.from, name)], { port: server.port }),
      );
      await server.finished;
      return { sender, server };
    },
  );
}

Deno.test("files of 0 B, 1 B and 5 MiB arrive byte for byte, their SHA-256 checked", () =>
  withDirs(async (dirs) => {
    for (
      const [name, data] of [["vacio.bin", new Uint8Array()], ["uno.bin", new Uint8Array([7])], [
        "grande.bin",
        random(5 * 1024 * 1024),
      ]] as const
    ) {
      const { sender, server } = await transfer(dirs, name, data);
      assertEquals(sender.code, 0, name);
      assertEquals(
        sender.io.stdoutLines().at(-1),
        `El receptor guardó ${name}: tamaño y SHA-256 coinciden`,
      );
      const received = await Deno.readFile(join(dirs.into, name));
      assertEquals(received.length, data.length);
      assertEquals(sha256(received), sha256(data));
      assert(
        server.io.stdoutLines().some((line) =>
          line.startsWith(`Guardado ${join(dirs.into, name)}`)
        ),
      );
    }
    assertEquals(await listing(dirs.into), ["grande.bin", "uno.bin", "vacio.bin"]);
  }));

Deno.test("the sender shows its progress on stderr, in plain lines when it is not a terminal", () =>
  withDirs(async (dirs) => {
    const { sender } = await transfer(dirs, "p.bin", random(200 * 1024));
    const lines = sender.io.stderrLines();
    assertMatch(lines.at(-1) ?? "", /^\[#{24}\] 100% {2}200 KiB \/ 200 KiB {2}.+\/s$/);
  }));

/** Talks the protocol by hand, as a sender that misbehaves would. */
async function rawSend(
  port: number,
  header: string,
  body: Uint8Array | null,
): Promise<string> {
  using conn = await connectTo({ transport: "tcp", hostname: "127.0.0.1", port });
  const replies = new DelimitedReader(conn, bytes("\n"), { maxMessage: 4096 });
  await writeAll(conn, bytes(header));
  const first = await replies.next();
  const go = first ? new TextDecoder().decode(first.bytes) : "";
  if (go !== "GO\n" || body === null) return go + new TextDecoder().decode(replies.takeBuffered());
  await writeAll(conn, body);
  await conn.closeWrite();
  const last = await replies.next();
  return last ? new TextDecoder().decode(last.bytes) : "";
}

Deno.test("a transfer cut off halfway leaves no file behind, not even a temporary one", () =>
  withDirs(async (dirs) => {
    const data = random(100_000);
    const options = optionsFor(fileReceive, ["--dir", dirs.into, "--once"], {}, "en");
    await withServer(fileReceive, options, async (server) => {
      using conn = await connectTo(server.address);
      const replies = new DelimitedReader(conn, bytes("\n"), { maxMessage: 4096 });
      await writeAll(
        conn,
        bytes(headerLine({ name: "a.bin", size: data.length, sha256: sha256(data) })),
      );
      assertEquals(new TextDecoder().decode((await replies.next())?.bytes), "GO\n");
      await writeAll(conn, data.subarray(0, 40_000));
      conn.close();
      await server.finished;
      assertMatch(
        server.io.stderrText(),
        /A file from 127\.0\.0\.1:\d+ was cut off: the connection ended after 39\.1 KiB of 97\.7 KiB; nothing was kept/,
      );
    });
    assertEquals(await listing(dirs.into), []);
  }));

Deno.test("bytes that do not match the announced SHA-256 are refused and not kept", () =>
  withDirs(async (dirs) => {
    const options = optionsFor(fileReceive, ["--dir", dirs.into, "--once"], {}, "en");
    await withServer(fileReceive, options, async (server) => {
      const reply = await rawSend(
        server.port,
        headerLine({ name: "mal.txt", size: 4, sha256: sha256(bytes("hola")) }),
        bytes("HOLA"),
      );
      assertEquals(
        reply,
        "ERR corrupt the SHA-256 of what arrived does not match the sender's; nothing was kept\n",
      );
    });
    assertEquals(await listing(dirs.into), []);
  }));

Deno.test("../../etc/passwd is stored as passwd, inside the receiving directory", () =>
  withDirs(async (dirs) => {
    const options = optionsFor(fileReceive, ["--dir", dirs.into, "--once"], {}, "en");
    await withServer(fileReceive, options, async (server) => {
      const reply = await rawSend(
        server.port,
        headerLine({ name: "../../etc/passwd", size: 4, sha256: sha256(bytes("root")) }),
        bytes("root"),
      );
      assertEquals(reply, "OK passwd\n");
    });
    assertEquals(await listing(dirs.into), ["passwd"]);
    assertEquals(await Deno.readTextFile(join(dirs.into, "passwd")), "root");
  }));

Deno.test("an existing file is not overwritten, unless the receiver says --overwrite", () =>
  withDirs(async (dirs) => {
    await Deno.writeTextFile(join(dirs.into, "notas.txt"), "original");
    const refused = await transfer(dirs, "notas.txt", bytes("nueva"));
    assertEquals(refused.sender.code, 1);
    assertEquals(
      refused.sender.io.stderrText(),
      "El receptor no guardó el archivo: ERR exists notas.txt ya existe; el receptor necesita --overwrite para sustituirlo\n",
    );
    assertEquals(await Deno.readTextFile(join(dirs.into, "notas.txt")), "original");
    const replaced = await transfer(dirs, "notas.txt", bytes("nueva"), ["--overwrite"]);
    assertEquals(replaced.sender.code, 0);
    assertEquals(await Deno.readTextFile(join(dirs.into, "notas.txt")), "nueva");
  }));

Deno.test("a file over --max-size is refused before any byte of it is sent", () =>
  withDirs(async (dirs) => {
    const { sender, server } = await transfer(dirs, "big.bin", new Uint8Array(11), [
      "--max-size",
      "10",
    ]);
    assertEquals(sender.code, 1);
    assertEquals(
      sender.io.stderrText(),
      "El receptor no guardó el archivo: ERR too-large 11 B supera los 10 B permitidos (--max-size)\n",
    );
    assertEquals(server.io.stdoutLines().some((line) => line.includes("envía big.bin")), false);
    assertEquals(await listing(dirs.into), []);
  }));

Deno.test("a header that is not the protocol's is refused with the reason", () =>
  withDirs(async (dirs) => {
    const options = optionsFor(fileReceive, ["--dir", dirs.into, "--once"], {}, "en");
    await withServer(fileReceive, options, async (server) => {
      assertEquals(
        await rawSend(server.port, "hola, soy un archivo\n", null),
        'ERR bad-header the header is not {"name", "size", "sha256"} JSON\n',
      );
    });
    await withServer(fileReceive, options, async (server) => {
      assertEquals(
        await rawSend(
          server.port,
          headerLine({ name: "..", size: 0, sha256: sha256(new Uint8Array()) }),
          null,
        ),
        "ERR bad-name '..' leaves no usable file name\n",
      );
    });
  }));

Deno.test("file-send says in the user's language why a file cannot be sent, before connecting", async () => {
  await withDirs(async ({ from }) => {
    const cases: [string, string][] = [
      [
        join(from, "nada.pdf"),
        "no existe; revisa el nombre, y que estás en la carpeta que lo contiene",
      ],
      [from, "es una carpeta, no un archivo"],
    ];
    for (const [path, problem] of cases) {
      // Port 1 has no server: a file problem must be found before any connect is tried.
      const error = await assertRejects(() =>
        runMode(fileSend, optionsFor(fileSend, [path], { port: 1 }))
      );
      assert(error instanceof FileError, String(error));
      assertEquals(describeError(error, translator("es")), `${path}: ${problem}`);
    }
  });
});

Deno.test("main prints a missing file as one translated error line, with no OS wording, and exits 1", async () => {
  const io = captureIo();
  assertEquals(await main(["file-send", "no-existe.pdf", "--port", "1"], io, "es"), 1);
  assertEquals(
    io.stderrText(),
    "socklab: error: no-existe.pdf: no existe; revisa el nombre, y que estás en la carpeta que lo contiene\n",
  );
});

Deno.test("file-receive makes a --dir that does not exist, and says so", () =>
  withDirs(async ({ into }) => {
    const dir = join(into, "recibidos", "clase");
    await withServer(fileReceive, optionsFor(fileReceive, ["--dir", dir]), async (server) => {
      assertEquals(server.io.stdoutLines()[0], `Creada la carpeta ${dir} para recibir en ella`);
      assert((await Deno.stat(dir)).isDirectory);
    });
  }));

Deno.test("file-receive refuses a --dir that is a file, in one translated line", () =>
  withDirs(async ({ into }) => {
    const file = join(into, "notas.txt");
    await Deno.writeTextFile(file, "apuntes");
    const error = await assertRejects(() =>
      runMode(fileReceive, optionsFor(fileReceive, ["--dir", file]))
    );
    assertEquals(describeError(error, translator("es")), `${file}: existe y no es una carpeta`);
  }));

Deno.test("names are reduced to a safe base name", () => {
  assertEquals(safeFileName("../../etc/passwd"), "passwd");
  assertEquals(safeFileName("C:\\Users\\ana\\notas.txt"), "notas.txt");
  assertEquals(safeFileName("  informe final.pdf "), "informe final.pdf");
  assertEquals(safeFileName("mal\u0000vado\n.txt"), "malvado.txt");
  assertEquals(safeFileName("/"), undefined);
  assertEquals(safeFileName(".."), undefined);
  assertEquals(safeFileName("a".repeat(256)), undefined);
  assertEquals(safeFileName("ñ".repeat(127)), "ñ".repeat(127));
});

Deno.test("a header carries a name, a whole size and a SHA-256, or it is not one", () => {
  const hash = sha256(new Uint8Array());
  assertEquals(parseHeader(headerLine({ name: "a", size: 3, sha256: hash })), {
    name: "a",
    size: 3,
    sha256: hash,
  });
  for (
    const bad of [
      "nope",
      "[]",
      JSON.stringify({ name: "a", size: -1, sha256: hash }),
      JSON.stringify({ name: "a", size: 1.5, sha256: hash }),
      JSON.stringify({ name: "a", size: 1, sha256: "abc" }),
      JSON.stringify({ name: 7, size: 1, sha256: hash }),
    ]
  ) {
    assertEquals(parseHeader(bad), undefined, bad);
  }
});

Deno.test("the receiver reads nothing more than the announced size", () =>
  withDirs(async (dirs) => {
    const options = optionsFor(fileReceive, ["--dir", dirs.into, "--once"], {}, "en");
    await withServer(fileReceive, options, async (server) => {
      using conn = await connectTo(server.address);
      await writeAll(
        conn,
        bytes(headerLine({ name: "a.txt", size: 2, sha256: sha256(bytes("ok")) })),
      );
      await writeAll(conn, bytes("ok, and more"));
      await conn.closeWrite();
      assertEquals(await readAll(conn), "GO\nOK a.txt\n");
    });
    assertEquals(await Deno.readTextFile(join(dirs.into, "a.txt")), "ok");
  }));

Deno.test("the receiver's replies are data: each reads back as it was written, every error code among them", () => {
  const replies: FileReply[] = [
    { kind: "go" },
    { kind: "ok", name: "notas de clase.txt" },
    ...Object.keys(FILE_ERRORS).map((code) => ({
      kind: "err" as const,
      code: code as FileErrorCode,
      reason: "el motivo: con espacios",
    })),
  ];
  for (const reply of replies) assertEquals(parseReply(replyLine(reply)), reply);
  assertEquals(
    replyLine({ kind: "err", code: "exists", reason: "ya existe" }),
    "ERR exists ya existe",
  );
  // What is not a reply of the protocol is none: an unknown code, a bare OK, anything else.
  for (const line of ["ERR nope because", "OK", "go", "GO ", "", "HTTP/1.1 200 OK"]) {
    assertEquals(parseReply(line), undefined, line);
  }
});
