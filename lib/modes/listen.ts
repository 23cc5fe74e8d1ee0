import type { CommonOptions } from "../cli/spec.ts";
import type { Io } from "../io.ts";
import { formatAddr } from "../transport/address.ts";
import { listenStream } from "../transport/endpoint.ts";
import type { ModeContext } from "./context.ts";
import { reachableLine } from "./reachable.ts";

/**
 * Opens a stream server's listener (TCP, or Unix with `--unix`) and announces it: where it
 * listens, where classmates can reach it on a wildcard host, a stale socket file it removed.
 * Then tells `io.listening`, so tests and the demo can connect.
 */
export async function openStreamServer(
  options: CommonOptions & { backlog?: number },
  ctx: ModeContext,
  io: Io,
): Promise<Deno.Listener> {
  const { t } = ctx;
  const listener = await listenStream({
    host: options.host,
    port: options.port,
    unix: options.unix,
    backlog: options.backlog,
    trace: ctx.trace,
    onStaleRemoved: () => ctx.say(t("net.staleRemoved", { path: options.unix ?? "" })),
  });
  const address = listener.addr;
  ctx.say(t("tcp.listening", { address: formatAddr(address) }));
  if (address.transport === "tcp") {
    const reachable = reachableLine(t, options.host, address.port);
    if (reachable) ctx.say(reachable);
  }
  io.listening?.(address);
  return listener;
}
