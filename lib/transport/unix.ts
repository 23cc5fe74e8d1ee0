import { NetError } from "../errors.ts";
import { Trace } from "../present/trace.ts";
import { closeQuietly, toNetError } from "./net_errors.ts";
import { Stream } from "./stream.ts";

/** What {@linkcode listenUnix} found at the socket's path before listening. */
export type SocketFileState = "absent" | "stale" | "in-use" | "not-a-socket";

function unixError(kind: "unix-in-use" | "not-a-socket", path: string): NetError {
  return new NetError(kind, { host: path, port: 0, address: path });
}

/**
 * What is at `path`: nothing, a socket nobody answers on (left by a server that crashed), a
 * socket a server answers on, or something else.
 */
export async function socketFileState(path: string): Promise<SocketFileState> {
  let info: Deno.FileInfo;
  try {
    info = await Deno.lstat(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return "absent";
    throw toNetError(error, { host: path, port: 0 }, "listen");
  }
  if (!info.isSocket) return "not-a-socket";
  try {
    closeQuietly(await Deno.connect({ transport: "unix", path }));
    return "in-use";
  } catch (error) {
    if (error instanceof Deno.errors.ConnectionRefused || error instanceof Deno.errors.NotFound) {
      return "stale";
    }
    throw toNetError(error, { host: path, port: 0 }, "connect");
  }
}

/**
 * Listens on a Unix domain socket at `path`. A stale socket file is removed first (and
 * `onStaleRemoved` told), but never a socket a server answers on, nor anything that is not a
 * socket. Closing the listener removes the file.
 */
export async function listenUnix(
  path: string,
  options: { trace?: Trace; onStaleRemoved?: () => void } = {},
): Promise<Deno.UnixListener> {
  const state = await socketFileState(path);
  if (state === "in-use") throw unixError("unix-in-use", path);
  if (state === "not-a-socket") throw unixError("not-a-socket", path);
  if (state === "stale") {
    await Deno.remove(path);
    options.onStaleRemoved?.();
  }
  let listener: Deno.UnixListener;
  try {
    listener = Deno.listen({ transport: "unix", path });
  } catch (error) {
    throw toNetError(error, { host: path, port: 0 }, "listen");
  }
  (options.trace ?? Trace.off).event("listen", path, "", "unix");
  return listener;
}

/** Connects to a Unix domain socket, or throws a {@linkcode NetError} that says why it could not. */
export async function connectUnix(
  path: string,
  options: { trace?: Trace; timeoutSeconds?: number } = {},
): Promise<Stream> {
  let conn: Deno.UnixConn;
  try {
    conn = await Deno.connect({ transport: "unix", path });
  } catch (error) {
    throw toNetError(error, { host: path, port: 0 }, "connect");
  }
  const stream = new Stream(conn, options);
  (options.trace ?? Trace.off).event("connect", stream.local, stream.peer, "unix");
  return stream;
}
