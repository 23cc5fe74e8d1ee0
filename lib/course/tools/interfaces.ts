import { defineMode } from "../../cli/define.ts";
import type { Translate } from "../../present/catalogue.ts";
import { formatAddress, isLoopback } from "../../transport/address.ts";
import { modeContext } from "../../run/context.ts";
import { padColumns, textWidth } from "../../present/columns.ts";
import { PORTS } from "../../run/ports.ts";

/** Interface names of virtual networks (containers, VMs, VPNs): not where a classmate is. */
const VIRTUAL = /^(docker|br-|veth|virbr|vmnet|vboxnet|tun|tap|utun|lxc|cni|flannel|zt)/i;

function isLinkLocal(address: string): boolean {
  return /^fe80:/i.test(address) || address.startsWith("169.254.");
}

function isPrivate(address: string): boolean {
  return /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(address);
}

/**
 * The address a classmate on the same network would most likely use: an IPv4 address that is
 * not loopback or link-local, on a real interface, a private (home or school network) one first.
 */
export function likelyAddress(
  interfaces: readonly Deno.NetworkInterfaceInfo[],
): Deno.NetworkInterfaceInfo | undefined {
  const candidates = interfaces.filter((info) =>
    info.family === "IPv4" && !isLoopback(info.address) && !isLinkLocal(info.address)
  );
  const score = (info: Deno.NetworkInterfaceInfo) =>
    (VIRTUAL.test(info.name) ? 0 : 2) + (isPrivate(info.address) ? 1 : 0);
  return candidates.sort((a, b) => score(b) - score(a))[0];
}

/** What `socklab interfaces` prints for these interfaces and port. */
export function describeInterfaces(
  interfaces: readonly Deno.NetworkInterfaceInfo[],
  port: number,
  t: Translate,
): string[] {
  const width = Math.max(...interfaces.map((info) => textWidth(info.name)), 4);
  const lines = [t("interfaces.heading")];
  for (const info of interfaces) {
    const note = isLoopback(info.address)
      ? t("interfaces.loopback")
      : isLinkLocal(info.address)
      ? t("interfaces.linkLocal")
      : "";
    const cidr = info.cidr || info.address;
    lines.push(
      `  ${padColumns(info.name, width)}  ${info.family}  ${cidr.padEnd(28)}${
        note ? `  (${note})` : ""
      }`
        .trimEnd(),
    );
  }
  const best = likelyAddress(interfaces);
  lines.push(
    best
      ? t("interfaces.use", { address: formatAddress(best.address, port), name: best.name })
      : t("interfaces.none"),
  );
  lines.push(t("interfaces.firewall", { port }));
  return lines;
}

/**
 * This machine's addresses, the one a classmate would use to reach a server here, and what else
 * must be true for that to work: listening on 0.0.0.0, the port open.
 */
export const interfaces = defineMode({
  name: "interfaces",
  port: PORTS.chat,
  role: "local",
  examples: ["socklab interfaces --port 5555", "socklab chat-server --host 0.0.0.0"],
  options: {},
  run(options, io): Promise<number> {
    const ctx = modeContext(options, io);
    for (const line of describeInterfaces(Deno.networkInterfaces(), options.port, ctx.t)) {
      // On a terminal, a row's note goes on under its own text; a sentence two columns in.
      const note = line.startsWith("  ") ? line.indexOf("  (") : -1;
      ctx.result(line, " ".repeat(note < 0 ? 2 : textWidth(line.slice(0, note + 3))));
    }
    return Promise.resolve(0);
  },
});
