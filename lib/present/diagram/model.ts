/**
 * A sequence diagram made from socket events: one lifeline per socket, grouped by process; arrows
 * for connects, for each write to the read that got its last byte, for the end of a stream, and
 * for datagrams, lost ones ending in a cross; a client's wait in the listen backlog; long pauses
 * compressed but labelled; long runs of the same exchange collapsed with a count. Pure: events
 * in, a model out, which the renderers draw.
 *
 * @module
 */
import { languageOf, type Translate } from "../catalogue.ts";
import { formatNumber } from "../units.ts";
import { causalOrder } from "./order.ts";
import type { TraceEntry } from "./records.ts";

/** One socket's lifeline. */
export interface Lifeline {
  /** Its column, from 0. */
  readonly index: number;
  /** The process it belongs to (its `process` field), "" for a socket no trace covers. */
  readonly process: string;
  /** `server`, `client 1`… and the mode: what the heading's first line says. */
  readonly owner: string;
  /** The socket: its local endpoint, and for a connection the other end. */
  readonly endpoint: string;
  /** A socket seen only from the other side: no trace of its own. */
  readonly untraced: boolean;
  /** Whether its process serves (it listens, or is a `-server`/`-receive` mode). */
  readonly server: boolean;
}

/** Something drawn on the diagram, at one row or between two. */
export type Item =
  | {
    readonly kind: "message";
    readonly style: "connect" | "data" | "end" | "datagram";
    readonly from: number;
    readonly to: number;
    readonly fromRow: number;
    readonly toRow: number;
    readonly label: string;
    /** The datagram never arrived (`lost`) or was dropped on purpose (`dropped`). */
    readonly fate?: "lost" | "dropped";
  }
  | { readonly kind: "note"; readonly on: number; readonly row: number; readonly text: string }
  | {
    readonly kind: "wait";
    readonly on: number;
    readonly fromRow: number;
    readonly toRow: number;
    readonly text: string;
  }
  | { readonly kind: "gap"; readonly row: number; readonly text: string };

/** The whole diagram, ready to lay out. */
export interface Diagram {
  readonly lifelines: readonly Lifeline[];
  readonly items: readonly Item[];
  /** How many rows, top to bottom. */
  readonly rows: number;
  /** The first and last row each lifeline is alive in. */
  readonly spans: readonly { readonly first: number; readonly last: number }[];
}

/** How far apart two processes' clocks may be: each stamps its own events. */
const SKEW_US = 5_000;
/** Pauses longer than this get a row of their own saying how long (time is not to scale). */
const GAP_US = 300_000;
/** A connect accepted later than this waited in the listen backlog: the diagram shows the wait. */
const WAIT_US = 100_000;
/** More identical exchanges than this in a row are drawn once, with a count. */
export const COLLAPSE_AFTER = 20;
/** An arrow's label is cut to this many characters. */
const LABEL_CHARS = 48;

function port(endpoint: string): string {
  return endpoint.slice(endpoint.lastIndexOf(":") + 1);
}

function host(endpoint: string): string {
  return endpoint.slice(0, endpoint.lastIndexOf(":")).replace(/^\[|\]$/g, "");
}

/** A connection's two ends, the other end's host left out when it is this end's: `127.0.0.1:8000 ↔ :53422`. */
function connectionName(local: string, remote: string): string {
  return host(local) === host(remote) ? `${local} ↔ :${port(remote)}` : `${local} ↔ ${remote}`;
}

/** Microseconds as seconds in `t`'s language: two decimals below ten seconds. */
function seconds(us: number, t: Translate): string {
  return formatNumber(us / 1e6, languageOf(t), us >= 10e6 ? 0 : 2);
}

function cut(label: string): string {
  return label.length > LABEL_CHARS ? label.slice(0, LABEL_CHARS - 1) + "…" : label;
}

/** Builds the lifelines: a server's first, each process's sockets in the order they appear. */
class Lifelines {
  readonly list: Lifeline[] = [];
  readonly #byKey = new Map<string, number>();
  /** The first lifeline of each pair of ends (local, remote): a connection's socket. */
  readonly #byEnds = new Map<string, number>();
  /** UDP sockets (and listeners) by port and host: the first of each process, in order. */
  readonly #byPort = new Map<string, { process: string; index: number }[]>();
  readonly #udp = new Map<string, Set<string>>();
  readonly #owners = new Map<string, string>();
  readonly #servers = new Set<string>();

  constructor(entries: readonly TraceEntry[], t: Translate) {
    const processes = new Map<string, { process: string; mode: string; server: boolean }>();
    for (const entry of entries) {
      let known = processes.get(entry.process);
      if (!known) {
        known = { process: entry.process, mode: entry.mode, server: false };
        processes.set(entry.process, known);
      }
      if (entry.event === "listen" || /-(server|receive)$/.test(entry.mode)) known.server = true;
      if (entry.event === "bind") {
        const bound = this.#udp.get(entry.process) ?? new Set();
        bound.add(entry.local);
        this.#udp.set(entry.process, bound);
      }
    }
    let clients = 0;
    const servers = [...processes.values()].filter((p) => p.server);
    const others = [...processes.values()].filter((p) => !p.server);
    for (const [n, p] of [...servers, ...others].entries()) {
      const who = p.server
        ? servers.length > 1 ? t("diagram.serverN", { n: n + 1 }) : t("diagram.server")
        : t("diagram.client", { n: ++clients });
      this.#owners.set(p.process, `${who} · ${p.mode}`);
      if (p.server) this.#servers.add(p.process);
    }
    // Columns in the owners' order, each process's sockets as they first appear.
    const order = [...this.#owners.keys()];
    const sockets = new Map<string, TraceEntry[]>();
    for (const entry of entries) {
      const list = sockets.get(entry.process) ?? [];
      list.push(entry);
      sockets.set(entry.process, list);
    }
    for (const process of order) {
      for (const entry of sockets.get(process) ?? []) this.of(entry);
    }
  }

  /** Whether `local` is a UDP socket of `process`. */
  isUdp(process: string, local: string): boolean {
    return this.#udp.get(process)?.has(local) ?? false;
  }

  /** The lifeline of the socket an event happened on, made on first sight. */
  of(entry: TraceEntry): number {
    const single = entry.event === "listen" || entry.event === "bind" ||
      this.isUdp(entry.process, entry.local);
    return this.#get(entry.process, entry.local, single ? "" : entry.remote);
  }

  #get(process: string, local: string, remote: string): number {
    const key = JSON.stringify([process, local, remote]);
    const known = this.#byKey.get(key);
    if (known !== undefined) return known;
    return this.#add(key, process, local, remote, {
      owner: this.#owners.get(process) ?? "",
      endpoint: remote ? connectionName(local, remote) : local,
      untraced: false,
      server: this.#servers.has(process),
    });
  }

  /** A new lifeline, indexed by its key, its ends, and (a lone socket) its port and host. */
  #add(
    key: string,
    process: string,
    local: string,
    remote: string,
    line: Pick<Lifeline, "owner" | "endpoint" | "untraced" | "server">,
  ): number {
    const index = this.list.length;
    this.list.push({ index, process, ...line });
    this.#byKey.set(key, index);
    const ends = JSON.stringify([local, remote]);
    if (!this.#byEnds.has(ends)) this.#byEnds.set(ends, index);
    if (remote === "" && this.isUdp(process, local)) {
      const at = JSON.stringify([port(local), host(local)]);
      const list = this.#byPort.get(at) ?? [];
      list.push({ process, index });
      this.#byPort.set(at, list);
    }
    return index;
  }

  /** The traced connected socket with these ends, if a trace has it. */
  connection(local: string, remote: string): number | undefined {
    return this.#byEnds.get(JSON.stringify([local, remote]));
  }

  /** The traced UDP socket a datagram to `target` reaches, other than the sender's process. */
  datagramSocket(target: string, except: string): number | undefined {
    // A datagram reaches a socket bound to its target's host or to a wildcard, on its port. The
    // first such socket made is it; each process has one lifeline per local address, so a list's
    // first or second is the one not of the sender.
    let first: number | undefined;
    for (const at of new Set([host(target), "0.0.0.0", "::", ""])) {
      const found = this.#byPort.get(JSON.stringify([port(target), at]))
        ?.find((socket) => socket.process !== except);
      if (found && (first === undefined || found.index < first)) first = found.index;
    }
    return first;
  }

  /** A lifeline for an endpoint no trace covers: what the traced side talked to. */
  untraced(endpoint: string, t: Translate): number {
    const key = JSON.stringify(["", endpoint, ""]);
    const known = this.#byKey.get(key);
    if (known !== undefined) return known;
    return this.#add(key, "", endpoint, "", {
      owner: t("diagram.untraced"),
      endpoint,
      untraced: true,
      server: false,
    });
  }
}

/** Lists by key, each taken from its front, in the order added. */
class Queues<T> {
  readonly #lists = new Map<string, { items: T[]; next: number }>();

  add(key: string, item: T): void {
    const list = this.#lists.get(key) ?? { items: [], next: 0 };
    list.items.push(item);
    this.#lists.set(key, list);
  }

  /** The first item of `key` not taken yet, taken. */
  take(key: string): T | undefined {
    const list = this.#lists.get(key);
    return list && list.next < list.items.length ? list.items[list.next++] : undefined;
  }
}

/** The first number of the ascending `list` greater than `after`. */
function firstAfter(list: readonly number[], after: number): number | undefined {
  let [low, high] = [0, list.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle] > after) high = middle;
    else low = middle + 1;
  }
  return list[low];
}

/** A message found between two events, before rows are given. */
interface Pending {
  readonly style: "connect" | "data" | "end" | "datagram";
  readonly from: number;
  readonly to: number;
  /** Index of the event it starts at, and of the one it ends at (the same when it never arrived). */
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly fate?: "lost" | "dropped";
}

/** The trace being drawn: its entries, its lifelines, and each entry's lifeline. */
interface Trace {
  readonly entries: readonly TraceEntry[];
  readonly t: Translate;
  readonly lines: Lifelines;
  /** The lifeline of each entry, by its index. */
  readonly on: readonly number[];
}

/** A note beside an event on one lifeline. */
interface Note {
  readonly entry: number;
  readonly on: number;
  readonly text: string;
}

/** A wait between two events (a connect in the backlog), said in words under the first. */
interface Wait {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** What the phases of {@linkcode buildDiagram} find, each adding to it. */
interface Found {
  readonly messages: Pending[];
  readonly notes: Note[];
  readonly waits: Wait[];
  /** Events drawn as the end of an arrow or a note: each gets a row. */
  readonly shown: Set<number>;
  /** Cause before effect: a write before every read of its bytes, and so on. */
  readonly causes: [number, number][];
}

/**
 * Builds the diagram of merged trace entries, with its words in `t`'s language: connects, then
 * streams, then datagrams, then what happens on one socket alone, each phase adding its arrows
 * and notes; then the events in causal order, given rows.
 */
export function buildDiagram(entries: readonly TraceEntry[], t: Translate): Diagram {
  const lines = new Lifelines(entries, t);
  const trace: Trace = { entries, t, lines, on: entries.map((entry) => lines.of(entry)) };
  const found: Found = { messages: [], notes: [], waits: [], shown: new Set(), causes: [] };
  findConnects(trace, found);
  findStreams(trace, found);
  findDatagrams(trace, found);
  findLoneEvents(trace, found);
  for (const message of found.messages) {
    if (message.start !== message.end) found.causes.push([message.start, message.end]);
  }
  const order = causalOrder(entries, found.causes);
  return collapse(layoutRows({ entries, order, lifelines: lines.list, ...found }, t));
}

/** Connects: each to the first accept not yet taken of the same connection (the accepts of each peer and port queue up in order, so no connect looks through all events); an accept no connect reached is a note. */
function findConnects(
  { entries, t, lines, on }: Trace,
  { messages, notes, waits, shown }: Found,
): void {
  const accepted = new Set<number>();
  const accepts = new Queues<number>();
  entries.forEach((entry, i) => {
    if (entry.event === "accept") accepts.add(JSON.stringify([entry.remote, port(entry.local)]), i);
  });
  entries.forEach((entry, i) => {
    if (entry.event !== "connect") return;
    const accept = accepts.take(JSON.stringify([entry.local, port(entry.remote)])) ?? -1;
    shown.add(i);
    if (accept < 0) {
      messages.push({
        style: "connect",
        from: on[i],
        to: lines.untraced(entry.remote, t),
        start: i,
        end: i,
        label: t("diagram.connect"),
      });
      return;
    }
    accepted.add(accept);
    shown.add(accept);
    messages.push({
      style: "connect",
      from: on[i],
      to: on[accept],
      start: i,
      end: accept,
      label: t("diagram.connect"),
    });
    const waited = entries[accept].us - entry.us;
    if (waited > WAIT_US) {
      waits.push({
        start: i,
        end: accept,
        text: t("diagram.backlogWait", { seconds: seconds(waited, t) }),
      });
    }
  });
  entries.forEach((entry, i) => {
    if (entry.event === "accept" && !accepted.has(i)) {
      shown.add(i);
      notes.push({ entry: i, on: on[i], text: t("diagram.accept") });
    }
  });
}

/** One direction of one TCP connection: its writes, the reads at the other end, and its ends. */
interface Flow {
  readonly from: string;
  readonly to: string;
  readonly writes: number[];
  readonly reads: number[];
  readonly ends: number[];
}

/** Streams: each write to the read that got its last byte; the end of a stream to its EOF read. */
function findStreams(trace: Trace, found: Found): void {
  const { entries, lines } = trace;
  const flows = new Map<string, Flow>();
  const flow = (from: string, to: string) => {
    const key = JSON.stringify([from, to]);
    const known = flows.get(key) ?? { from, to, writes: [], reads: [], ends: [] };
    flows.set(key, known);
    return known;
  };
  entries.forEach((entry, i) => {
    if (lines.isUdp(entry.process, entry.local)) return;
    if (entry.event === "write") flow(entry.local, entry.remote).writes.push(i);
    else if (entry.event === "read") flow(entry.remote, entry.local).reads.push(i);
    else if (entry.event === "half-close" || entry.event === "close") {
      flow(entry.local, entry.remote).ends.push(i);
    }
  });
  for (const each of flows.values()) {
    const dataReads = each.reads.filter((i) => (entries[i].bytes ?? 0) > 0);
    findWrites(trace, found, each, dataReads);
    findUntracedReads(trace, found, each, dataReads);
    findEnds(trace, found, each);
  }
}

/** Each write of `flow` to the read that got its last byte, and as a cause of every read of it. */
function findWrites(
  { entries, t, lines, on }: Trace,
  { messages, shown, causes }: Found,
  { from, to, writes }: Flow,
  dataReads: readonly number[],
): void {
  const receiver = () => lines.connection(to, from) ?? lines.untraced(to, t);
  const readEnds: number[] = [];
  let total = 0;
  for (const i of dataReads) readEnds.push(total += entries[i].bytes ?? 0);
  let sent = 0;
  let readAt = 0;
  /** The first read that got a byte past what earlier writes sent: bytes only move forward. */
  let firstPiece = 0;
  for (const i of writes) {
    const start = sent;
    sent += entries[i].bytes ?? 0;
    while (readAt < readEnds.length && readEnds[readAt] < sent) readAt++;
    while (firstPiece < readEnds.length && readEnds[firstPiece] <= start) firstPiece++;
    shown.add(i);
    const arrived = readAt < readEnds.length ? dataReads[readAt] : undefined;
    let pieces = 0;
    // The reads that got some of this write's bytes: from the first ending past its start, up
    // to the last starting before its end.
    for (
      let r = firstPiece;
      r < dataReads.length && (r === 0 ? 0 : readEnds[r - 1]) < sent;
      r++
    ) {
      pieces++;
      causes.push([i, dataReads[r]]);
    }
    const data = entries[i].data ?? "";
    const label = arrived !== undefined && pieces > 1
      ? `${cut(data)} ${t("diagram.reads", { count: pieces })}`
      : cut(data);
    if (arrived !== undefined) shown.add(arrived);
    messages.push({
      style: "data",
      from: on[i],
      to: arrived !== undefined ? on[arrived] : receiver(),
      start: i,
      end: arrived ?? i,
      label,
    });
  }
}

/** Bytes from a peer no trace covers (a browser, nc): each read is an arrow from it. */
function findUntracedReads(
  { entries, t, lines, on }: Trace,
  { messages, shown }: Found,
  { from, to, writes }: Flow,
  dataReads: readonly number[],
): void {
  if (writes.length === 0 && lines.connection(from, to) === undefined) {
    for (const i of dataReads) {
      shown.add(i);
      messages.push({
        style: "data",
        from: lines.untraced(from, t),
        to: on[i],
        start: i,
        end: i,
        label: cut(entries[i].data ?? ""),
      });
    }
  }
}

/** The end of `flow` to the read that saw it (b''), as an arrow; its other ends as notes. */
function findEnds(
  { entries, t, on }: Trace,
  { messages, notes, shown }: Found,
  { reads, ends }: Flow,
): void {
  const eof = reads.find((i) => entries[i].bytes === 0);
  const first = ends[0];
  if (first !== undefined && eof !== undefined) {
    shown.add(first);
    shown.add(eof);
    messages.push({
      style: "end",
      from: on[first],
      to: on[eof],
      start: first,
      end: eof,
      label: t(entries[first].event === "half-close" ? "diagram.halfClose" : "diagram.close"),
    });
  }
  for (const i of ends) {
    // The end that the other side read as b'' is drawn as its arrow; the rest as notes.
    if (i === first && eof !== undefined) continue;
    shown.add(i);
    notes.push({
      entry: i,
      on: on[i],
      text: t(entries[i].event === "half-close" ? "diagram.halfClose" : "diagram.close"),
    });
  }
}

/** Datagrams: each to the first read of its size from its sender after it, if a trace has one. Reads queue up by socket, sender and size; every event of a socket about a peer, by both. */
function findDatagrams(
  { entries, t, lines, on }: Trace,
  { messages, shown }: Found,
): void {
  const taken = new Set<number>();
  const datagramReads = new Map<string, { list: number[]; next: number }>();
  const aboutPeer = new Map<string, number[]>();
  entries.forEach((entry, i) => {
    const peer = JSON.stringify([on[i], entry.remote]);
    const list = aboutPeer.get(peer) ?? [];
    list.push(i);
    aboutPeer.set(peer, list);
    if (entry.event !== "read") return;
    const key = JSON.stringify([on[i], entry.remote, entry.bytes]);
    const reads = datagramReads.get(key) ?? { list: [], next: 0 };
    reads.list.push(i);
    datagramReads.set(key, reads);
  });
  entries.forEach((entry, i) => {
    if (entry.event !== "write" || !lines.isUdp(entry.process, entry.local)) return;
    shown.add(i);
    const socket = lines.datagramSocket(entry.remote, entry.process);
    // Stamped by another process, its read may carry a time a little before the write's. Writes
    // come in time order, so a read too early for this one, or taken, is so for every later one.
    const reads = socket === undefined
      ? undefined
      : datagramReads.get(JSON.stringify([socket, entry.local, entry.bytes]));
    let read = -1;
    if (reads) {
      const { list } = reads;
      while (
        reads.next < list.length &&
        (taken.has(list[reads.next]) || entries[list[reads.next]].us < entry.us - SKEW_US)
      ) reads.next++;
      if (reads.next < list.length) read = list[reads.next];
    }
    const label = cut(entry.data ?? "");
    if (read < 0) {
      messages.push({
        style: "datagram",
        from: on[i],
        to: socket ?? lines.untraced(entry.remote, t),
        start: i,
        end: i,
        label: `${label} ${t("diagram.lost")}`,
        fate: "lost",
      });
      return;
    }
    taken.add(read);
    shown.add(read);
    // Dropped on purpose when the receiver's next event about this sender is a drop.
    const next = firstAfter(aboutPeer.get(JSON.stringify([socket, entry.local])) ?? [], read);
    const dropped = next !== undefined && entries[next].event === "drop";
    messages.push({
      style: "datagram",
      from: on[i],
      to: on[read],
      start: i,
      end: read,
      ...(dropped
        ? { label: `${label} ${t("diagram.dropped")}`, fate: "dropped" as const }
        : { label }),
    });
  });
}

/** What happens on one socket alone: listen, bind, a timeout, a line too long, a UDP socket closed. */
function findLoneEvents(
  { entries, t, lines, on }: Trace,
  { notes, shown }: Found,
): void {
  entries.forEach((entry, i) => {
    const word = entry.event === "listen"
      ? "diagram.listen"
      : entry.event === "bind"
      ? "diagram.bind"
      : entry.event === "timeout"
      ? "diagram.timeout"
      : entry.event === "too-long"
      ? "diagram.tooLong"
      : entry.event === "close" && lines.isUdp(entry.process, entry.local)
      ? "diagram.close"
      : undefined;
    if (!word) return;
    shown.add(i);
    notes.push({ entry: i, on: on[i], text: t(word) });
  });
}

/** Gives every shown event a row, with a row for each long pause, and the items their rows. */
function layoutRows(
  { entries, order, lifelines, shown, messages, notes, waits }: {
    readonly entries: readonly TraceEntry[];
    /** The entries' indexes in the order they are drawn. */
    readonly order: readonly number[];
    readonly lifelines: readonly Lifeline[];
    readonly shown: ReadonlySet<number>;
    readonly messages: readonly Pending[];
    readonly notes: readonly Note[];
    readonly waits: readonly Wait[];
  },
  t: Translate,
): Diagram {
  const rowOf = new Map<number, number>();
  const items: Item[] = [];
  let rows = 0;
  let last: number | undefined;
  const waitsAt = new Map(waits.map((wait) => [wait.start, wait]));
  for (const i of order) {
    if (!shown.has(i)) continue;
    if (last !== undefined && entries[i].us - entries[last].us > GAP_US) {
      const pause = seconds(entries[i].us - entries[last].us, t);
      items.push({ kind: "gap", row: rows++, text: t("diagram.gap", { seconds: pause }) });
    }
    rowOf.set(i, rows++);
    // A wait's words get a row of their own under the connect that starts it.
    if (waitsAt.has(i)) rows++;
    last = i;
  }
  for (const message of messages) {
    items.push({
      kind: "message",
      style: message.style,
      from: message.from,
      to: message.to,
      fromRow: rowOf.get(message.start)!,
      toRow: rowOf.get(message.end)!,
      label: message.label,
      ...(message.fate ? { fate: message.fate } : {}),
    });
  }
  for (const note of notes) {
    items.push({ kind: "note", on: note.on, row: rowOf.get(note.entry)!, text: note.text });
  }
  const startsAt = new Map<number, number>();
  for (const message of messages) {
    if (!startsAt.has(message.start)) startsAt.set(message.start, message.from);
  }
  for (const wait of waits) {
    const start = rowOf.get(wait.start)!;
    const from = startsAt.get(wait.start)!;
    items.push({
      kind: "wait",
      on: from,
      fromRow: start + 1,
      toRow: rowOf.get(wait.end)!,
      text: wait.text,
    });
  }
  items.sort((a, b) => firstRow(a) - firstRow(b));
  return { lifelines, items, rows, spans: spansOf(lifelines, items) };
}

function firstRow(item: Item): number {
  return item.kind === "message" || item.kind === "wait" ? item.fromRow : item.row;
}

function lastRow(item: Item): number {
  return item.kind === "message" || item.kind === "wait" ? item.toRow : item.row;
}

function spansOf(lifelines: readonly Lifeline[], items: readonly Item[]) {
  const spans = lifelines.map(() => ({ first: Infinity, last: -Infinity }));
  const touch = (line: number, row: number) => {
    spans[line].first = Math.min(spans[line].first, row);
    spans[line].last = Math.max(spans[line].last, row);
  };
  for (const item of items) {
    if (item.kind === "message") {
      touch(item.from, item.fromRow);
      touch(item.to, item.toRow);
    } else if (item.kind === "note") touch(item.on, item.row);
    else if (item.kind === "wait") {
      touch(item.on, item.fromRow);
      touch(item.on, item.toRow);
    }
  }
  return spans.map((span) => Number.isFinite(span.first) ? span : { first: 0, last: 0 });
}

/** What makes two items the same step of an exchange: kind, ends and words, not rows. */
function signature(item: Item): string {
  switch (item.kind) {
    case "message":
      return `m${item.style}${item.from}>${item.to}:${item.label}:${item.fate ?? ""}`;
    case "note":
      return `n${item.on}:${item.text}`;
    case "wait":
      return `w${item.on}`;
    case "gap":
      return "g";
  }
}

/**
 * More than {@linkcode COLLAPSE_AFTER} repetitions in a row of the same exchange (one to four
 * items, the same each time) are drawn once, their labels saying how many; the rows of the rest
 * are taken out.
 */
export function collapse(diagram: Diagram): Diagram {
  const items = [...diagram.items];
  const signatures = items.map(signature);
  const removed = new Set<number>();
  const counts = new Map<number, number>();
  for (let i = 0; i < items.length;) {
    let best = { period: 0, times: 1 };
    for (let period = 1; period <= 4; period++) {
      let times = 1;
      while (
        i + (times + 1) * period <= items.length &&
        signatures.slice(i + times * period, i + (times + 1) * period).join("\n") ===
          signatures.slice(i, i + period).join("\n")
      ) times++;
      if (times > COLLAPSE_AFTER && times * period > best.times * best.period) {
        best = { period, times };
      }
    }
    if (best.period === 0) {
      i++;
      continue;
    }
    for (let k = 0; k < best.period; k++) counts.set(i + k, best.times);
    for (let k = best.period; k < best.times * best.period; k++) removed.add(i + k);
    i += best.times * best.period;
  }
  if (removed.size === 0) return diagram;
  // The rows only removed items used are taken out; the rest move up.
  const used = new Set<number>();
  items.forEach((item, i) => {
    if (removed.has(i)) return;
    for (let row = firstRow(item); row <= lastRow(item); row++) used.add(row);
  });
  const newRow = new Map<number, number>();
  let next = 0;
  for (let row = 0; row < diagram.rows; row++) if (used.has(row)) newRow.set(row, next++);
  const move = (row: number) => newRow.get(row) ?? 0;
  const kept: Item[] = [];
  items.forEach((item, i) => {
    if (removed.has(i)) return;
    const times = counts.get(i);
    switch (item.kind) {
      case "message":
        kept.push({
          ...item,
          fromRow: move(item.fromRow),
          toRow: move(item.toRow),
          label: times ? `${item.label} × ${times}` : item.label,
        });
        break;
      case "note":
        kept.push({
          ...item,
          row: move(item.row),
          text: times ? `${item.text} × ${times}` : item.text,
        });
        break;
      case "wait":
        kept.push({ ...item, fromRow: move(item.fromRow), toRow: move(item.toRow) });
        break;
      case "gap":
        kept.push({ ...item, row: move(item.row) });
        break;
    }
  });
  return { ...diagram, items: kept, rows: next, spans: spansOf(diagram.lifelines, kept) };
}
