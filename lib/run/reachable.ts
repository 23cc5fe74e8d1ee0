import type { Translate } from "../present/catalogue.ts";
import { describeError } from "../present/describe.ts";
import { isWildcard, reachableAddresses } from "../transport/address.ts";

/**
 * What a server on `host` says about where classmates can reach it: nothing on a specific host;
 * on 0.0.0.0 or :: the machine's other addresses (from `listInterfaces`, which needs
 * `--allow-sys=networkInterfaces`), or why they could not be listed.
 */
export function reachableLine(
  t: Translate,
  host: string,
  port: number,
  listInterfaces: () => Deno.NetworkInterfaceInfo[] = Deno.networkInterfaces,
): string | undefined {
  if (!isWildcard(host)) return undefined;
  let addresses: string[];
  try {
    addresses = reachableAddresses(listInterfaces(), host, port);
  } catch (error) {
    return t("net.reachableUnknown", { reason: describeError(error, t) });
  }
  return addresses.length > 0
    ? t("net.reachable", { addresses: addresses.join(", ") })
    : t("net.reachableNone");
}
