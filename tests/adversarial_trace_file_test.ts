/**
 * Attacks through `--trace-file`, each replayed in bounded form: remote traffic filling the disk
 * the trace is written on (a real 64 KiB tmpfs where Linux lets a test mount one, else a writer
 * that fails as a full disk does), the trace file growing without end (`--trace-max`), and a FIFO
 * with no reader given as the trace file, whose open() would block the server for good.
 */
import { assert, assertEquals, assertMatch, assertStringIncludes } from "@std/assert";
import { join } from "@std/path";
import { TextLineStream } from "@std/streams/text-line-stream";
import { captureIo } from "../lib/capture.ts";
import { echoServer } from "../lib/course/echo/echo-server.ts";
import { translator } from "../lib/present/catalogue.ts";
import { Trace, TraceFile, type TraceFileHandle } from "../lib/present/trace.ts";
import { Stream } from "../lib/transport/stream.ts";
import { main } from "../main.ts";
import { RUN_PERMISSIONS, UNSTABLE_FLAGS } from "../scripts/permissions.ts";
import { bytes, connectTo, MAIN, optionsFor, readAll, withServer, writeAll } from "./helpers.ts";

const ENV = { SOCKLAB_LANG: "", LANG: "en_US.UTF-8", LC_ALL: "", LC_MESSAGES: "", NO_COLOR: "1" };
const FILE = { mode: "echo-server", process: "1.1" };

/** What a full disk throws on a write: ENOSPC, as the runtime words it. */
function diskFull(): Error {
  return new Error("No space left on device (os error 28)");
}

/** A trace file handle that takes nothing: every write fails as on a full disk. */
function fullDisk(opened: { count: number } = { count: 0 }): (path: string) => TraceFileHandle {
  return () => {
    opened.count++;
    return {
      writeSync: () => {
        throw diskFull();
      },
      statSync: () => ({ size: 0, isFile: true }),
      close: () => {},
    };
  };
}

/** A connected loopback pair whose server end is traced by `trace`. */
async function tracedPair(trace: Trace) {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const [accepted, client] = await Promise.all([
    listener.accept(),
    Deno.connect({ hostname: "127.0.0.1", port: listener.addr.port }),
  ]);
  listener.close();
  return { server: new Stream(accepted, { trace }), client };
}

Deno.test("closing a connection whose trace file cannot be written closes the socket and throws nothing", async () => {
  // A folder cannot be appended to: the write fails inside close(), as a full disk's does.
  const folder = await Deno.makeTempDir();
  try {
    const trace = new Trace(null, { file: { path: folder, ...FILE } });
    const { server, client } = await tracedPair(trace);
    server.close();
    // The peer sees the end of the stream: the socket was closed, not left open.
    assertEquals(await readAll(client), "");
  } finally {
    await Deno.remove(folder, { recursive: true });
  }
});

Deno.test("a trace file on a full disk is said once, then left alone, and the connection still closes", async () => {
  const warnings: string[] = [];
  const opened = { count: 0 };
  const writer = new TraceFile("traza.jsonl", {
    open: fullDisk(opened),
    voice: { t: translator("es"), warn: (line) => warnings.push(line) },
  });
  const trace = new Trace(null, { file: { path: "traza.jsonl", ...FILE, writer } });
  const { server, client } = await tracedPair(trace);
  for (let i = 0; i < 100; i++) trace.event("read", "a", "b");
  server.close();
  assertEquals(await readAll(client), "");
  assertEquals(warnings.length, 1);
  assertMatch(warnings[0], /^--trace-file: traza\.jsonl: el disco está lleno/);
  assertStringIncludes(warnings[0], "socklab sigue");
  assert(writer.stopped);
  assertEquals(opened.count, 1);
});

Deno.test("a trace file is opened once for all its lines, not once per line", () => {
  const opened = { count: 0 };
  const lines: string[] = [];
  const writer = new TraceFile("traza.jsonl", {
    open: () => {
      opened.count++;
      return {
        writeSync: (data) => (lines.push(new TextDecoder().decode(data)), data.length),
        statSync: () => ({ size: 0, isFile: true }),
        close: () => {},
      };
    },
  });
  for (let i = 0; i < 1000; i++) writer.append(`{"n":${i}}\n`);
  assertEquals(lines.length, 1000);
  assertEquals(opened.count, 1);
});

Deno.test("a trace file stops at its size limit, saying so once, and never passes it", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const path = join(dir, "traza.jsonl");
    const warnings: string[] = [];
    const writer = new TraceFile(path, {
      maxBytes: 1000,
      voice: { t: translator("en"), warn: (line) => warnings.push(line) },
    });
    for (let i = 0; i < 1000; i++) writer.append(`${"x".repeat(99)}\n`);
    writer.close();
    assertEquals((await Deno.stat(path)).size, 1000);
    assertEquals(warnings, [
      `--trace-file ${path} reached --trace-max (1000 B); no more events are written to it, and socklab goes on`,
    ]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("--trace-max 1 keeps an echo server's trace file to 1 MiB while 1600 messages pass, and it serves on", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const path = join(dir, "traza.jsonl");
    const options = optionsFor(echoServer, ["--trace-file", path, "--trace-max", "1"]);
    await withServer(echoServer, options, async (server) => {
      // 1600 messages of 1 KiB, each echoed before the next: a read and a write of some 700 bytes
      // of trace each, past 2 MiB of trace in all.
      const message = new Uint8Array(1024).fill(0x61);
      const echo = new Uint8Array(1024);
      {
        using conn = await connectTo(server.address);
        for (let i = 0; i < 1600; i++) {
          await writeAll(conn, message);
          for (let got = 0; got < echo.length;) {
            const n = await conn.read(echo.subarray(got));
            assert(n !== null, `no echo for message ${i}`);
            got += n;
          }
        }
      }
      // It serves on: a new client gets its echo.
      const conn = await connectTo(server.address);
      const [echoed] = await Promise.all([
        readAll(conn),
        writeAll(conn, bytes("hola\n")).then(() => (conn as Deno.TcpConn).closeWrite()),
      ]);
      assertEquals(echoed, "hola\n");
      const said = server.io.stderrText().split("\n").filter((line) =>
        line.includes("--trace-max")
      );
      assertEquals(said.length, 1, server.io.stderrText());
      assertStringIncludes(said[0], "1 MiB");
      assertEquals(server.io.stderrText().includes("Uncaught"), false);
    });
    const size = (await Deno.stat(path)).size;
    assert(size <= 1024 * 1024 && size > 512 * 1024, `trace file of ${size} bytes`);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("a folder as trace file is refused before the server listens, in the user's language", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const io = captureIo();
    const code = await main(["echo-server", "--port", "0", "--trace-file", dir], io, "es");
    assertEquals(code, 2);
    assertEquals(io.stdoutText(), "");
    assertStringIncludes(io.stderrText(), `--trace-file ${dir}: no es un archivo normal`);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

/** socklab run as a student runs it, with `prefix` (a command) in front if given. */
function socklab(args: string[], prefix: string[] = []) {
  const deno = [Deno.execPath(), "run", "--no-prompt", ...UNSTABLE_FLAGS, ...RUN_PERMISSIONS];
  const [command, ...rest] = [...prefix, ...deno, MAIN, ...args];
  return new Deno.Command(command, {
    args: rest,
    env: ENV,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
}

Deno.test({
  name: "a FIFO with no reader as trace file is refused at once, not waited on",
  ignore: Deno.build.os === "windows", // Windows has no FIFOs in its file system.
  async fn() {
    const dir = await Deno.makeTempDir();
    try {
      const fifo = join(dir, "traza.jsonl");
      const made = await new Deno.Command("mkfifo", { args: [fifo] }).output();
      assert(made.success, "mkfifo failed");
      const child = socklab(["echo-server", "--port", "0", "--trace-file", fifo]);
      // Before, open() blocked for good: the server never listened nor heard Ctrl+C.
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      const { code, stdout, stderr } = await child.output();
      clearTimeout(timer);
      const text = new TextDecoder().decode(stderr);
      assertEquals(code, 2, `exit ${code}: ${text}`);
      assertEquals(new TextDecoder().decode(stdout), "");
      assertStringIncludes(text, `--trace-file ${fifo}: not a regular file`);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

/** Whether this Linux lets an unprivileged test mount a tmpfs of its own (`unshare -rm`). */
async function canMountTmpfs(): Promise<boolean> {
  if (Deno.build.os !== "linux") return false;
  const dir = await Deno.makeTempDir();
  try {
    const { success } = await new Deno.Command("unshare", {
      args: ["-rm", "sh", "-c", 'mount -t tmpfs -o size=64k tmpfs "$0"', dir],
      stdout: "null",
      stderr: "null",
    }).output();
    return success;
  } catch {
    return false;
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

const TMPFS = await canMountTmpfs();

/**
 * A server mode run with its trace file on a 64 KiB tmpfs, mounted over a temporary folder in the
 * server's own mount namespace (the network is shared): its port once it listens, and how it ended.
 */
async function onFullDisk(mode: string, args: string[] = []) {
  const dir = await Deno.makeTempDir();
  const child = socklab(
    [mode, "--port", "0", ...args, "--trace-file", join(dir, "traza.jsonl")],
    ["unshare", "-rm", "sh", "-c", 'mount -t tmpfs -o size=64k tmpfs "$0" && exec "$@"', dir],
  );
  const stderr = new Response(child.stderr).text();
  // Standard output is read to its end: a pipe closed early would fail the server's next line.
  const { promise: listening, resolve: heard } = Promise.withResolvers<number>();
  const stdout = (async () => {
    const lines = child.stdout.pipeThrough(new TextDecoderStream()).pipeThrough(
      new TextLineStream(),
    );
    for await (const line of lines) {
      const match = /listening on 127\.0\.0\.1:(\d+)/.exec(line);
      if (match) heard(Number(match[1]));
    }
    heard(0);
  })();
  const port = await listening;
  return {
    mode,
    address: { transport: "tcp", hostname: "127.0.0.1", port } as Deno.Addr,
    /** Stops it as SIGTERM does: its exit code and what it said on stderr. */
    async stop(): Promise<{ code: number; said: string }> {
      child.kill("SIGTERM");
      const { code } = await child.status;
      return { code, said: await stderr };
    },
    async [Symbol.asyncDispose]() {
      try {
        child.kill("SIGKILL");
      } catch { /* ended */ }
      await child.status;
      await stderr.catch(() => "");
      await stdout;
      await Deno.remove(dir, { recursive: true });
    },
  };
}

/** Its one line about the trace file, which says the disk is full; and nothing uncaught. */
function assertSaidOnce(said: string): void {
  assertEquals(said.split("\n").filter((line) => line.includes("--trace-file")).length, 1, said);
  assertStringIncludes(said, "the disk is full");
  assertEquals(said.includes("Uncaught"), false, said);
}

Deno.test({
  name: "an echo server tracing to a full disk warns once and serves on",
  // Needs a disk that fills: a 64 KiB tmpfs in a mount namespace of the test's own.
  ignore: !TMPFS,
  async fn() {
    await using server = await onFullDisk("echo-server");
    assert(server.address.transport === "tcp" && server.address.port > 0, "never listened");
    // About 1 MiB of traffic in 64 connections: far more trace than the 64 KiB the disk holds.
    for (let i = 0; i < 64; i++) {
      const conn = await connectTo(server.address);
      const data = new Uint8Array(16 * 1024).fill(0x61 + i % 26);
      const [echoed] = await Promise.all([
        new Response(conn.readable).arrayBuffer(),
        writeAll(conn, data).then(() => (conn as Deno.TcpConn).closeWrite()),
      ]);
      assertEquals(echoed.byteLength, data.length, `connection ${i}`);
    }
    const { code, said } = await server.stop();
    assertEquals(code, 0, said);
    assertSaidOnce(said);
  },
});

Deno.test({
  name:
    "text, db, chat, http and file-receive servers tracing to a full disk stay up as clients come and go",
  ignore: !TMPFS,
  async fn() {
    const dir = await Deno.makeTempDir();
    try {
      for (
        const [mode, args] of [
          ["text-server", []],
          ["db-server", []],
          ["chat-server", []],
          ["http-server", []],
          ["file-receive", ["--dir", dir]],
        ] as const
      ) {
        await using server = await onFullDisk(mode, [...args]);
        assert(server.address.transport === "tcp" && server.address.port > 0, mode);
        // An accept and a close are some 400 bytes of trace: 400 clients fill the 64 KiB.
        for (let i = 0; i < 400; i++) {
          const conn = await connectTo(server.address);
          await (conn as Deno.TcpConn).closeWrite();
          await new Response(conn.readable).arrayBuffer();
        }
        const { code, said } = await server.stop();
        assertEquals(code, 0, `${mode}: ${said}`);
        assertSaidOnce(said);
      }
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});
