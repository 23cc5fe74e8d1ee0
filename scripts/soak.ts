/**
 * `deno task soak`: about a minute of hard use, outside CI. Each server runs in its own process while
 * 2,000 clients connect, talk and leave, again and again; afterwards its memory and open file
 * descriptors must be back near where they started (Linux: /proc/<pid>/status and /proc/<pid>/fd).
 * Then a db-server with a store is stopped with Ctrl+C (SIGINT) while 500 clients are busy: it
 * must exit 0 within 2 s, print its summary, and, restarted, hold every write it answered OK.
 *
 * @module
 */
// A developer's tool, not a mode: it talks to the developer directly.
// deno-lint-ignore-file no-console
import { delay } from "@std/async/delay";
import { fromFileUrl, join } from "@std/path";
import { RUN_PERMISSIONS, UNSTABLE_FLAGS } from "./permissions.ts";

const ROOT = fromFileUrl(new URL("..", import.meta.url));
const CLIENTS = Number(Deno.env.get("SOAK_CLIENTS") ?? 2000);
const SECONDS_EACH = Number(Deno.env.get("SOAK_SECONDS") ?? 4);
const encoder = new TextEncoder();
const decoder = new TextDecoder();

function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const { port } = listener.addr;
  listener.close();
  return port;
}

/** A socklab server in its own process, with room for thousands of descriptors. */
async function startServer(args: string[], port: number) {
  const argv = [
    Deno.execPath(),
    "run",
    ...UNSTABLE_FLAGS,
    ...RUN_PERMISSIONS,
    join(ROOT, "main.ts"),
    ...args,
    "--port",
    String(port),
    "--lang",
    "en",
  ];
  const quoted = argv.map((arg) => `'${arg}'`).join(" ");
  const child = new Deno.Command("bash", {
    args: ["-c", `ulimit -n $(ulimit -Hn) 2>/dev/null; exec ${quoted}`],
    stdin: "null",
    stdout: "piped",
    stderr: "null",
  }).spawn();
  // Its output is read as it comes: a pipe nobody reads would fill and stop the server.
  let output = "";
  const collecting = (async () => {
    for await (const chunk of child.stdout.pipeThrough(new TextDecoderStream())) output += chunk;
  })();
  for (let tries = 0;; tries++) {
    try {
      (await Deno.connect({ hostname: "127.0.0.1", port })).close();
      break;
    } catch {
      if (tries > 400) throw new Error(`${args[0]} did not start`);
      await delay(25);
    }
  }
  return {
    pid: child.pid,
    /** Stops it with Ctrl+C; resolves to its exit code and everything it printed. */
    async interrupt(): Promise<{ code: number; output: string }> {
      child.kill("SIGINT");
      const { code } = await child.status;
      await collecting;
      return { code, output };
    },
  };
}

async function rssKb(pid: number): Promise<number> {
  return Number(/VmRSS:\s+(\d+)/.exec(await Deno.readTextFile(`/proc/${pid}/status`))?.[1] ?? NaN);
}

async function openFds(pid: number): Promise<number> {
  let count = 0;
  for await (const _ of Deno.readDir(`/proc/${pid}/fd`)) count++;
  return count;
}

/** Reads from a connection until `done` says the answer is complete (or the end). */
async function readUntil(conn: Deno.Conn, done: (text: string) => boolean): Promise<string> {
  const buffer = new Uint8Array(4096);
  let text = "";
  while (!done(text)) {
    const n = await conn.read(buffer);
    if (n === null) break;
    text += decoder.decode(buffer.subarray(0, n));
  }
  return text;
}

/** One client's visit to each kind of server: connect, talk a little, leave. */
const VISITS: Record<string, (conn: Deno.Conn, id: number) => Promise<void>> = {
  "echo-server": async (conn) => {
    await conn.write(encoder.encode("hola\n"));
    await readUntil(conn, (text) => text.length >= 5);
  },
  "text-server": async (conn) => {
    await conn.write(encoder.encode("MAYUS hola\nINVERTIR hola\n"));
    await readUntil(conn, (text) => text.split("\n").length > 2);
  },
  "db-server": async (conn, id) => {
    await conn.write(
      encoder.encode(`ALTA k${id} {"n":1}\nSUMA k${id} n 1\nCONSULTA k${id}\nBAJA k${id}\n`),
    );
    await readUntil(conn, (text) => text.split("\n").length > 4);
  },
  "chat-server": async (conn, id) => {
    await conn.write(encoder.encode(`n${id}-${crypto.randomUUID().slice(0, 6)}\nhola\n/quit\n`));
    await readUntil(conn, () => false);
  },
  "http-server": async (conn) => {
    await conn.write(encoder.encode("GET /soak HTTP/1.1\r\nHost: x\r\n\r\n"));
    await readUntil(conn, () => false);
  },
};

/** `CLIENTS` clients visiting a server again and again for `seconds`. */
async function visitFor(mode: string, port: number, seconds: number) {
  const until = performance.now() + seconds * 1000;
  let visits = 0;
  let failures = 0;
  await Promise.all(Array.from({ length: CLIENTS }, async (_, id) => {
    while (performance.now() < until) {
      try {
        const conn = await Deno.connect({ hostname: "127.0.0.1", port });
        try {
          await VISITS[mode](conn, id);
          visits++;
        } finally {
          conn.close();
        }
      } catch {
        failures++;
      }
    }
  }));
  // Time for the server to notice the last ones leave.
  await delay(2000);
  return { visits, failures };
}

/**
 * The soak runs twice. A server's memory is taken after the first run (the JavaScript heap has
 * grown to its working size for this load, and the runtime keeps it) and after the second: a leak
 * would keep it growing. Open descriptors must be back where they were before any client came.
 */
async function soak(mode: string): Promise<string[]> {
  const port = freePort();
  const server = await startServer([mode, "--quiet"], port);
  await delay(500);
  const coldFds = await openFds(server.pid);
  const warm = await visitFor(mode, port, SECONDS_EACH);
  const warmRss = await rssKb(server.pid);
  const { visits, failures } = await visitFor(mode, port, SECONDS_EACH);
  const endRss = await rssKb(server.pid);
  const endFds = await openFds(server.pid);
  await server.interrupt();
  const near = endRss <= warmRss * 1.15 + 10_000 && endFds <= coldFds + 2;
  return [
    mode,
    String(warm.visits + visits),
    String(warm.failures + failures),
    `${warmRss} → ${endRss} kB`,
    `${coldFds} → ${endFds}`,
    near ? "ok" : "NOT ok",
  ];
}

/** Ctrl+C on a db-server busy with 500 clients: a quick, clean stop, and no acknowledged write lost. */
async function interrupt(): Promise<string[]> {
  const dir = await Deno.makeTempDir({ prefix: "socklab-soak-" });
  const store = join(dir, "store.db");
  try {
    const port = freePort();
    const server = await startServer(["db-server", "--store", store], port);
    const acknowledged: string[] = [];
    let stopping = false;
    const clients = Array.from({ length: 500 }, async (_, id) => {
      let conn: Deno.Conn | undefined;
      try {
        conn = await Deno.connect({ hostname: "127.0.0.1", port });
        for (let n = 0; !stopping || n < 1; n++) {
          const key = `c${id}-${n}`;
          await conn.write(encoder.encode(`ALTA ${key} {"n":${n}}\n`));
          const reply = await readUntil(conn, (text) => text.includes("\n"));
          if (reply.startsWith("OK")) acknowledged.push(key);
          else break;
        }
      } catch {
        // The server went away mid-request: that write was never acknowledged.
      } finally {
        conn?.close();
      }
    });
    await delay(3000);
    const started = performance.now();
    const { code, output } = await server.interrupt();
    const seconds = (performance.now() - started) / 1000;
    stopping = true;
    await Promise.all(clients);
    const summary = output.trim().split("\n").at(-1) ?? "";
    // Restarted on the same store, every acknowledged write must be there.
    const again = await startServer(["db-server", "--store", store, "--quiet"], port);
    const conn = await Deno.connect({ hostname: "127.0.0.1", port });
    await conn.write(encoder.encode("LISTA c\n"));
    const listed = await readUntil(conn, (text) => text.endsWith("\n"));
    conn.close();
    await again.interrupt();
    const stored = new Set<string>(JSON.parse(listed.slice(3)));
    const missing = acknowledged.filter((key) => !stored.has(key)).length;
    return [
      `exit ${code} in ${seconds.toFixed(2)} s ${code === 0 && seconds <= 2 ? "(ok)" : "(NOT ok)"}`,
      `summary: ${summary.startsWith("Server stopped.") ? "printed (ok)" : "MISSING"}`,
      `${acknowledged.length} writes acknowledged, ${missing} missing after restart ${
        missing === 0 ? "(ok)" : "(NOT ok)"
      }`,
    ];
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

if (Deno.build.os !== "linux") {
  console.log("The soak reads /proc: it runs on Linux only.");
  Deno.exit(0);
}
console.log(`Soak: ${CLIENTS} clients against each server for ${SECONDS_EACH} s`);
const rows = [[
  "server",
  "visits",
  "failed",
  "RSS warm → after",
  "open fds before → after",
  "back near",
]];
for (const mode of Object.keys(VISITS)) {
  rows.push(await soak(mode));
  console.log(`  ${mode} done`);
}
const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
console.log(rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i])).join("  ")).join("\n"));
console.log("\nCtrl+C while 500 clients write to a db-server with a store:");
for (const line of await interrupt()) console.log(`  ${line}`);
