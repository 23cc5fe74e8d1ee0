/**
 * Servers written the way students write them, in Deno, for `socklab check` to grade in-process:
 * a socket used as Python's is (`recv(1024)` returns what has arrived, `send` may send only part),
 * one recv per message, no lock unless the exercise is about locks; and the course's three ways to
 * serve: one client and exit, one client at a time, or a task per client — with the listen backlog
 * the student chose.
 */
import { delay } from "@std/async/delay";
import { concat } from "@std/bytes/concat";
import { endsWith } from "@std/bytes/ends-with";
import { writeAll } from "./helpers.ts";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A connected socket with Python's calls. */
export class StudentSocket {
  #closed = false;

  constructor(
    readonly conn: Deno.Conn,
    readonly stopped: Promise<void>,
    /** A slow server: each send waits this long first. */
    readonly replyDelayMs = 0,
  ) {}

  /** What has arrived, at most `size` bytes: empty once the client has closed. */
  async recv(size: number): Promise<Uint8Array> {
    const buffer = new Uint8Array(size);
    const n = await this.conn.read(buffer);
    return n === null ? new Uint8Array(0) : buffer.subarray(0, n);
  }

  /** One write: the OS may take only part of it. */
  async send(bytes: Uint8Array): Promise<number> {
    if (this.replyDelayMs > 0) await delay(this.replyDelayMs);
    return await this.conn.write(bytes);
  }

  /** Every byte, in as many writes as it takes. */
  async sendall(bytes: Uint8Array | string): Promise<void> {
    if (this.replyDelayMs > 0) await delay(this.replyDelayMs);
    await writeAll(this.conn, typeof bytes === "string" ? encoder.encode(bytes) : bytes);
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    try {
      this.conn.close();
    } catch {
      // Closed already.
    }
  }
}

/** What a student's server does with one client. */
export type Handler = (socket: StudentSocket) => Promise<void>;

/**
 * How the server serves: `one-shot` accepts one client and exits (the course's first servers);
 * `one-at-a-time` serves each client to its end before the next accept (the loop that stalls);
 * `threads` gives each accepted client its own task and accepts again at once.
 */
export type Style = "one-shot" | "one-at-a-time" | "threads";

/** A student's server in this process, on a free loopback port. */
export interface StudentServer {
  readonly port: number;
  /** Clients accepted so far. */
  readonly accepted: () => number;
}

/** How the server is set up beyond its style. */
export interface StudentServerOptions {
  /** `listen(backlog)`. @default {the OS's} */
  readonly backlog?: number;
  /** A slow server: every reply waits this long. @default {0} */
  readonly replyDelayMs?: number;
  /** A slow server: every accept waits this long (the backlog fills meanwhile). @default {0} */
  readonly acceptDelayMs?: number;
}

/**
 * Runs `handler` as a server of `style` while `body` runs, then stops it: the listener and every
 * client's socket closed, every handler ended. A handler that throws ends its client, as a thread
 * that dies with an exception does (its socket is collected and closed).
 */
export async function withStudentServer<T>(
  style: Style,
  handler: Handler,
  body: (server: StudentServer) => Promise<T>,
  { backlog, replyDelayMs = 0, acceptDelayMs = 0 }: StudentServerOptions = {},
): Promise<T> {
  const listener = Deno.listen({
    hostname: "127.0.0.1",
    port: 0,
    ...(backlog === undefined ? {} : { tcpBacklog: backlog }),
  });
  const { promise: stopped, resolve: stop } = Promise.withResolvers<void>();
  const sockets = new Set<StudentSocket>();
  const serving: Promise<void>[] = [];
  let accepted = 0;
  let listening = true;
  const closeListener = () => {
    if (!listening) return;
    listening = false;
    listener.close();
  };
  const serve = async (conn: Deno.Conn) => {
    const socket = new StudentSocket(conn, stopped, replyDelayMs);
    sockets.add(socket);
    try {
      await handler(socket);
    } catch {
      // The thread died; its socket goes with it.
    } finally {
      socket.close();
      sockets.delete(socket);
    }
  };
  const accepting = (async () => {
    try {
      for (;;) {
        if (acceptDelayMs > 0) await delay(acceptDelayMs);
        const conn = await listener.accept();
        accepted++;
        if (style === "threads") {
          serving.push(serve(conn));
          continue;
        }
        await serve(conn);
        if (style === "one-shot") return closeListener();
      }
    } catch {
      // The listener was closed.
    }
  })();
  try {
    return await body({ port: listener.addr.port, accepted: () => accepted });
  } finally {
    stop();
    closeListener();
    for (const socket of sockets) socket.close();
    await accepting;
    await Promise.all(serving);
  }
}

const upperCased = (bytes: Uint8Array) => encoder.encode(decoder.decode(bytes).toUpperCase());

/** Reads until everything read ends with `\n` (a line), or the end: empty then. */
async function readLine(socket: StudentSocket, pending: { bytes: Uint8Array }): Promise<string> {
  for (;;) {
    const at = pending.bytes.indexOf(0x0a);
    if (at >= 0) {
      const line = pending.bytes.subarray(0, at);
      pending.bytes = pending.bytes.slice(at + 1);
      return decoder.decode(line).replace(/\r$/, "") + "\n";
    }
    const data = await socket.recv(1024);
    if (data.length === 0) return "";
    pending.bytes = concat([pending.bytes, data]);
  }
}

/** The handlers, each named after what the student wrote. */
export const students = {
  /** The first document's server, with the reply the exercise asks for: one recv, one reply. */
  hello: async (socket: StudentSocket) => {
    await socket.recv(1024);
    await socket.sendall("Hola, cliente\n");
  },
  /** §1.5: one recv, its upper case sent back with send. */
  upperOnce: async (socket: StudentSocket) => {
    const request = await socket.recv(1024);
    await socket.send(upperCased(request));
  },
  /** §2.1: recv and send in a loop until recv returns b''. */
  upperLoop: async (socket: StudentSocket) => {
    for (let data = await socket.recv(1024); data.length > 0; data = await socket.recv(1024)) {
      await socket.sendall(upperCased(data));
    }
  },
  /** §2.1, the reply and its line end written by two sendall calls. */
  upperLoopTwoWrites: async (socket: StudentSocket) => {
    for (let data = await socket.recv(1024); data.length > 0; data = await socket.recv(1024)) {
      await socket.sendall(upperCased(data));
      await delay(5);
      await socket.sendall("\n");
    }
  },
  /** §2.1 with the lines the course's line lessons teach: a request is a line, so is a reply. */
  upperLines: async (socket: StudentSocket) => {
    const pending = { bytes: new Uint8Array(0) };
    for (let line = await readLine(socket, pending); line; line = await readLine(socket, pending)) {
      await socket.sendall(line.toUpperCase());
    }
  },
  /** The course's reading until `\r\n`, two bytes per recv, and its reply. */
  untilCrlf: async (socket: StudentSocket) => {
    let buffer = new Uint8Array(0);
    while (!endsWith(buffer, encoder.encode("\r\n"))) {
      const data = await socket.recv(2);
      if (data.length === 0) break;
      buffer = concat([buffer, data]);
    }
    await socket.sendall("Gracias por su Mensaje\n");
  },
  /** An echo: recv(1024) and sendall in a loop until the client leaves. */
  echo: async (socket: StudentSocket) => {
    for (let data = await socket.recv(1024); data.length > 0; data = await socket.recv(1024)) {
      await socket.sendall(data);
    }
  },
  /** An echo that answers each message with one recv and stops: 1,024 bytes at most. */
  echoOnce: async (socket: StudentSocket) => {
    await socket.sendall(await socket.recv(1024));
  },
  /** An echo that adds a line end to what it sends back. */
  echoAddsNewline: async (socket: StudentSocket) => {
    for (let data = await socket.recv(1024); data.length > 0; data = await socket.recv(1024)) {
      await socket.sendall(concat([data, encoder.encode("\n")]));
    }
  },
};

/** How a student's database keeps two clients apart. */
export type Locking =
  /** No lock, and a moment between reading a balance and writing it (a print, a sleep). */
  | "none"
  /** A lock taken with acquire and released after the work: an error in between keeps it. */
  | "acquire"
  /** A lock held from the read to the write, released whatever happens. */
  | "with";

/**
 * The person database of §2.4, as a student writes it: a dictionary shared by every client's
 * task, one request per recv, and the locking asked for. With `keyErrors`, a BAJA of a missing key
 * throws (Python's `del datos[clave]` unchecked) and ends the client's task.
 */
export function database(
  locking: Locking,
  { keyErrors = false }: { keyErrors?: boolean } = {},
): Handler {
  const records = new Map<string, Record<string, unknown>>();
  let held: Promise<void> = Promise.resolve();
  /** Runs `work` holding the one lock; with "acquire", an error leaves the lock held forever. */
  const locked = async <T>(work: () => Promise<T>, stopped: Promise<void>): Promise<T> => {
    if (locking === "none") return await work();
    const previous = held;
    let release!: () => void;
    held = new Promise((resolve) => release = resolve);
    await Promise.race([previous, stopped]);
    if (locking === "with") {
      try {
        return await work();
      } finally {
        release();
      }
    }
    const result = await work();
    release();
    return result;
  };
  return async (socket) => {
    for (let data = await socket.recv(1024); data.length > 0; data = await socket.recv(1024)) {
      const [verb, key, ...rest] = decoder.decode(data).trim().split(" ");
      const value = rest.join(" ");
      const reply = await locked(async () => {
        switch (verb) {
          case "ALTA":
            if (records.has(key)) return "ERR exists ya existe";
            records.set(key, JSON.parse(value));
            return "OK";
          case "CONSULTA":
            return records.has(key)
              ? `OK ${JSON.stringify(records.get(key))}`
              : "ERR not-found no existe";
          case "MODIFICA":
            Object.assign(records.get(key)!, JSON.parse(value));
            return `OK ${JSON.stringify(records.get(key))}`;
          case "SUMA": {
            const [field, amount] = rest;
            const record = records.get(key)!;
            const balance = Number(record[field] ?? 0);
            if (locking === "none") await delay(0);
            record[field] = balance + Number(amount);
            return `OK ${record[field]}`;
          }
          case "BAJA":
            if (records.delete(key)) return "OK";
            if (keyErrors) throw new Error(`KeyError: ${key}`);
            return "ERR not-found no existe";
          default:
            return "ERR unknown-verb";
        }
      }, socket.stopped);
      await socket.sendall(reply + "\n");
    }
  };
}

/**
 * The text service of §2.2 in socklab's line protocol, one request per recv: MAYUS, MINUS,
 * INVERTIR. `reverse` is how the text is reversed (by code points, as Python's [::-1]); with
 * `crashOnBlank`, a blank request ends the client's task, as `texto.split()[0]` does; with
 * `closeAfterReply`, the client is served one request.
 */
export function textService(
  { reverse = "code-points", crashOnBlank = false, closeAfterReply = false }: {
    reverse?: "code-points" | "bytes";
    crashOnBlank?: boolean;
    closeAfterReply?: boolean;
  } = {},
): Handler {
  return async (socket) => {
    for (let data = await socket.recv(1024); data.length > 0; data = await socket.recv(1024)) {
      const line = decoder.decode(data).replace(/\r?\n$/, "");
      const verb = crashOnBlank ? line.split(/\s+/).filter(Boolean)[0].toUpperCase() : line
        .trim().split(" ")[0].toUpperCase();
      const text = line.slice(line.indexOf(" ") + 1);
      const reversed = reverse === "bytes"
        ? decoder.decode(encoder.encode(text).reverse())
        : [...text].reverse().join("");
      const reply = verb === "MAYUS"
        ? `OK ${text.toUpperCase()}`
        : verb === "MINUS"
        ? `OK ${text.toLowerCase()}`
        : verb === "INVERTIR"
        ? `OK ${reversed}`
        : verb === ""
        ? "ERR empty no hay petición"
        : `ERR unknown-verb no conozco ${verb}`;
      await socket.sendall(reply + "\n");
      if (closeAfterReply) return;
    }
  };
}
