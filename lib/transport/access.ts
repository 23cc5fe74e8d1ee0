/**
 * Who may connect: address ranges (`192.168.1.0/24`, `10.0.0.5`, `fd00::/8`), as ncat's --allow
 * and --deny take them.
 *
 * @module
 */

/** A CIDR range: an address of one family and how many leading bits must match. */
export interface AddressRange {
  readonly family: 4 | 6;
  readonly address: bigint;
  readonly prefix: number;
}

/** An IPv4 address as a number, or undefined. */
function parseIpv4(text: string): bigint | undefined {
  const parts = text.split(".");
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
    value = (value << 8n) | BigInt(part);
  }
  return value;
}

/** An IPv6 address as a number (`::` and a trailing IPv4 part understood), or undefined. */
function parseIpv6(text: string): bigint | undefined {
  const bare = text.replace(/%.*$/, "").replace(/^\[|\]$/g, "");
  if (!bare.includes(":")) return undefined;
  let head = bare;
  let tail: number[] = [];
  // A trailing dotted IPv4 part counts as two groups.
  const dotted = /:(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
  if (dotted) {
    const v4 = parseIpv4(dotted[1]);
    if (v4 === undefined) return undefined;
    head = bare.slice(0, dotted.index + 1) + "0:0";
    tail = [Number(v4 >> 16n), Number(v4 & 0xffffn)];
  }
  const halves = head.split("::");
  if (halves.length > 2) return undefined;
  const groups = (part: string) => part === "" ? [] : part.split(":");
  const left = groups(halves[0]);
  const right = halves.length === 2 ? groups(halves[1]) : [];
  const missing = 8 - left.length - right.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const all = [...left, ...Array(halves.length === 2 ? missing : 0).fill("0"), ...right];
  let value = 0n;
  for (const group of all) {
    if (!/^[0-9a-f]{1,4}$/i.test(group)) return undefined;
    value = (value << 16n) | BigInt(parseInt(group, 16));
  }
  if (tail.length === 2) {
    value = (value & ~0xffffffffn) | (BigInt(tail[0]) << 16n) | BigInt(tail[1]);
  }
  return value;
}

/** An address of either family, IPv4-mapped IPv6 (`::ffff:a.b.c.d`) taken as IPv4. */
export function parseAddress(text: string): { family: 4 | 6; address: bigint } | undefined {
  const v4 = parseIpv4(text);
  if (v4 !== undefined) return { family: 4, address: v4 };
  const v6 = parseIpv6(text);
  if (v6 === undefined) return undefined;
  if (v6 >> 32n === 0xffffn) return { family: 4, address: v6 & 0xffffffffn };
  return { family: 6, address: v6 };
}

/** A list like `10.0.0.0/8, 192.168.1.7, ::1, fd00::/8`, or undefined if any part is not one. */
export function parseAddressList(text: string): AddressRange[] | undefined {
  const ranges: AddressRange[] = [];
  for (const part of text.split(",")) {
    const match = /^\s*([^/\s]+)(?:\/(\d{1,3}))?\s*$/.exec(part);
    const parsed = match ? parseAddress(match[1]) : undefined;
    if (!match || !parsed) return undefined;
    const width = parsed.family === 4 ? 32 : 128;
    const prefix = match[2] === undefined ? width : Number(match[2]);
    if (prefix > width) return undefined;
    ranges.push({ ...parsed, prefix });
  }
  return ranges;
}

function contains(range: AddressRange, family: 4 | 6, address: bigint): boolean {
  if (range.family !== family) return false;
  const width = BigInt(family === 4 ? 32 : 128);
  const shift = width - BigInt(range.prefix);
  return (range.address >> shift) === (address >> shift);
}

/**
 * Whether a peer may come in: when there is an allow list, only addresses in it; never an address
 * in the deny list. Peers without an IP address (Unix sockets) are not judged.
 */
export class AccessPolicy {
  constructor(
    private readonly allow?: readonly AddressRange[],
    private readonly deny?: readonly AddressRange[],
  ) {}

  /** Whether this policy turns anyone away. */
  get active(): boolean {
    return (this.allow?.length ?? 0) > 0 || (this.deny?.length ?? 0) > 0;
  }

  permits(hostname: string): boolean {
    const parsed = parseAddress(hostname);
    if (!parsed) return true;
    const { family, address } = parsed;
    if (this.deny?.some((range) => contains(range, family, address))) return false;
    if (this.allow && this.allow.length > 0) {
      return this.allow.some((range) => contains(range, family, address));
    }
    return true;
  }
}

/** A server's --allow / --deny policy, or undefined when it has neither (nobody is turned away). */
export function accessPolicy(
  lists: { readonly allow?: readonly AddressRange[]; readonly deny?: readonly AddressRange[] },
): AccessPolicy | undefined {
  const policy = new AccessPolicy(lists.allow, lists.deny);
  return policy.active ? policy : undefined;
}
