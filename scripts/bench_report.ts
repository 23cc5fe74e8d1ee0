/**
 * What `deno task bench` makes of its measurements: the table it prints, the targets it checks,
 * and the SVG bar chart the README shows. Pure functions of the results.
 *
 * @module
 */

/** The workloads of the suite, in the order they are reported. */
export const WORKLOADS = {
  bulk: { label: "bulk echo, 1 connection", unit: "MiB/s", higherIsBetter: true },
  requests: { label: "64 B request/response, 50 connections", unit: "req/s", higherIsBetter: true },
  p99: { label: "  p99 latency of the above", unit: "ms", higherIsBetter: false },
  cpu: { label: "  server CPU time per request", unit: "µs", higherIsBetter: false },
  text: { label: "text-server UPPER, 50 connections", unit: "req/s", higherIsBetter: true },
  db: { label: "db-server GET, 50 connections", unit: "req/s", higherIsBetter: true },
  udp: { label: "UDP 64 B echo, 32 in flight", unit: "dgram/s", higherIsBetter: true },
  idle: { label: "RSS per idle connection", unit: "bytes", higherIsBetter: false },
  burst: { label: "10,000 connects back to back, all accepted", unit: "s", higherIsBetter: false },
  loadgen: {
    label: "load generators against the C server, 64 B, 50 connections",
    unit: "req/s",
    higherIsBetter: true,
  },
} as const;

export type Workload = keyof typeof WORKLOADS;

/** Each workload's figure per server, one per round (index = round; NaN where not measured). */
export type Samples = Partial<Record<Workload, Record<string, number[]>>>;

/** Each workload's figure per server: the median of its rounds. */
export type Results = Partial<Record<Workload, Record<string, number>>>;

/**
 * A target of the issue: socklab's figure against a peer's (or socklab's own other workload) by a
 * ratio, or, without `against`, a bound on socklab's figure itself.
 */
export interface Target {
  readonly name: string;
  readonly workload: Workload;
  readonly against?: { readonly server: string; readonly workload?: Workload };
  /** The median ratio (or figure) must be at least this (at most, for lower-is-better figures). */
  readonly bound: number;
  /** No round's ratio below this. */
  readonly everyRound?: number;
  /**
   * Met too when socklab is within 5 % of this peer on the same workload: the runtime's floor,
   * shown by the plainest loop written for it.
   */
  readonly orFloor?: string;
}

/** The targets of the performance issue, in its numbering. */
export const TARGETS: readonly Target[] = [
  {
    name: "0. 64 B request/response ≥ 0.9 × C epoll (no round < 0.8)",
    workload: "requests",
    against: { server: "c-epoll" },
    bound: 0.9,
    everyRound: 0.8,
    orFloor: "deno-minimal",
  },
  {
    name: "0. 64 B request/response ≥ 1.3 × Node net",
    workload: "requests",
    against: { server: "node" },
    bound: 1.3,
    orFloor: "deno-minimal",
  },
  {
    name: "1. UDP echo ≥ 1.3 × Node dgram",
    workload: "udp",
    against: { server: "node" },
    bound: 1.3,
    orFloor: "deno-minimal",
  },
  {
    name: "2. RSS per idle connection ≤ 4 KB",
    workload: "idle",
    bound: 4000,
    orFloor: "deno-minimal",
  },
  { name: "3. 10,000 back-to-back connects accepted ≤ 1.5 s", workload: "burst", bound: 1.5 },
  {
    name: "4. text-server UPPER ≥ 0.9 × echo-server",
    workload: "text",
    against: { server: "socklab", workload: "requests" },
    bound: 0.9,
  },
  {
    name: "4. db-server GET ≥ 0.8 × echo-server",
    workload: "db",
    against: { server: "socklab", workload: "requests" },
    bound: 0.8,
  },
  {
    name: "5. socklab bench ≥ 0.9 × the C client",
    workload: "loadgen",
    against: { server: "c-epoll" },
    bound: 0.9,
    orFloor: "deno-minimal",
  },
];

/** How a target came out over the rounds. */
export interface TargetOutcome {
  readonly target: Target;
  /** The median over the rounds of the ratio (or of the figure, for a bound). */
  readonly measured?: number;
  /** The worst round: its lowest ratio (or highest figure, when lower is better). */
  readonly worst?: number;
  /** socklab against the runtime's floor (the median ratio), when the target names one. */
  readonly floor?: number;
  readonly met?: boolean;
  /** Met only by matching the runtime's floor. */
  readonly atFloor?: boolean;
}

/** The ratio of two series round by round, over the rounds where both were measured. */
function ratios(ours: readonly number[], theirs: readonly number[]): number[] {
  return ours.flatMap((value, round) =>
    Number.isFinite(value) && Number.isFinite(theirs[round]) && theirs[round] > 0
      ? [value / theirs[round]]
      : []
  );
}

/** Checks each target against the rounds' figures: the median ratio, and the worst round. */
export function checkTargets(samples: Samples): TargetOutcome[] {
  return TARGETS.map((target) => {
    const higher = WORKLOADS[target.workload].higherIsBetter;
    const ours = samples[target.workload]?.socklab?.filter(Number.isFinite) ?? [];
    const series = target.against
      ? ratios(
        samples[target.workload]?.socklab ?? [],
        samples[target.against.workload ?? target.workload]?.[target.against.server] ?? [],
      )
      : ours;
    if (series.length === 0) return { target };
    const measured = median(series);
    const worst = higher ? Math.min(...series) : Math.max(...series);
    const floorSeries = target.orFloor
      ? ratios(
        samples[target.workload]?.socklab ?? [],
        samples[target.workload]?.[target.orFloor] ?? [],
      )
      : [];
    const floor = floorSeries.length ? median(floorSeries) : undefined;
    const within = (value: number, bound: number) => higher ? value >= bound : value <= bound;
    const metItself = within(measured, target.bound) &&
      (target.everyRound === undefined || within(worst, target.everyRound));
    const atFloor = !metItself && floor !== undefined && (higher ? floor >= 0.95 : floor <= 1.05);
    return { target, measured, worst, floor, met: metItself || atFloor, atFloor };
  });
}

/** Each workload's median figure per server. */
export function mediansOf(samples: Samples): Results {
  const results: Results = {};
  for (
    const [workload, servers] of Object.entries(samples) as [Workload, Record<string, number[]>][]
  ) {
    results[workload] = Object.fromEntries(
      Object.entries(servers)
        .map(([name, values]) => [name, values.filter(Number.isFinite)] as const)
        .filter(([, values]) => values.length > 0)
        .map(([name, values]) => [name, median(values)]),
    );
  }
  return results;
}

/** The servers that appear in the results, socklab first. */
export function serversOf(results: Results): string[] {
  const names = new Set<string>();
  for (const values of Object.values(results)) {
    for (const name of Object.keys(values ?? {})) names.add(name);
  }
  return ["socklab", ...[...names].filter((name) => name !== "socklab").sort()];
}

function figure(value: number | undefined, unit: string): string {
  if (value === undefined) return "—";
  if (unit === "ms" || unit === "µs" || unit === "s") return value.toFixed(2);
  return Math.round(value).toLocaleString("en-US");
}

/** The table of every workload and server, with socklab's ratio to each. */
export function renderTable(results: Results): string {
  const servers = serversOf(results);
  const header = [
    "workload",
    "unit",
    ...servers.flatMap((name) => name === "socklab" ? [name] : [name, "ratio"]),
  ];
  const rows: string[][] = [header];
  for (
    const [workload, info] of Object.entries(WORKLOADS) as [
      Workload,
      (typeof WORKLOADS)[Workload],
    ][]
  ) {
    const values = results[workload];
    if (!values) continue;
    const ours = values.socklab;
    const row: string[] = [info.label, info.unit];
    for (const name of servers) {
      row.push(figure(values[name], info.unit));
      if (name === "socklab") continue;
      const theirs = values[name];
      row.push(ours !== undefined && theirs ? `${(ours / theirs).toFixed(2)}×` : "—");
    }
    rows.push(row);
  }
  return alignColumns(rows, 2).map((row) => row.join("  ")).join("\n");
}

/**
 * Every row's cells padded to their column's width: the first `left` columns to the left (names),
 * the others to the right (figures).
 */
export function alignColumns(rows: readonly (readonly string[])[], left: number): string[][] {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) =>
    row.map((cell, column) =>
      column < left ? cell.padEnd(widths[column]) : cell.padStart(widths[column])
    )
  );
}

/** The targets as lines: each with its median, its worst round, and whether it is met. */
export function renderTargets(outcomes: readonly TargetOutcome[]): string {
  return outcomes.map(({ target, measured, worst, floor, met, atFloor }) => {
    if (measured === undefined || worst === undefined) return `  ?   ${target.name}: not measured`;
    const show = (value: number) =>
      target.against ? `${value.toFixed(2)}×` : figure(value, WORKLOADS[target.workload].unit) +
        ` ${WORKLOADS[target.workload].unit}`;
    const worstWord = WORKLOADS[target.workload].higherIsBetter ? "lowest" : "highest";
    const floorText = floor === undefined
      ? ""
      : `; ${floor.toFixed(2)}× the minimal Deno loop${atFloor ? ": at the runtime's floor" : ""}`;
    return `  ${met ? "ok" : "NO"}  ${target.name}: median ${show(measured)}, ${worstWord} ${
      show(worst)
    }${floorText}`;
  }).join("\n");
}

const COLORS = ["#2b6cb0", "#dd6b20", "#38a169", "#805ad5", "#d53f8c", "#718096"];

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * A bar chart of every workload: one group of bars per workload, one bar per server, each scaled
 * to the largest in its group and labelled with its figure.
 */
export function renderSvg(results: Results, caption: string): string {
  const servers = serversOf(results);
  const groups = (Object.entries(WORKLOADS) as [Workload, (typeof WORKLOADS)[Workload]][])
    .filter(([workload]) => workload !== "p99" && workload !== "cpu" && results[workload]);
  const barHeight = 16;
  const labelWidth = 290;
  const chartWidth = 420;
  const groupHeight = servers.length * barHeight + 28;
  const height = 70 + groups.length * groupHeight + 20;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${
      labelWidth + chartWidth + 120
    }" height="${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="10" y="22" font-size="15" font-weight="bold">socklab and its peers (higher is better, but for RSS)</text>`,
    `<text x="10" y="40" fill="#555">${escapeXml(caption)}</text>`,
  ];
  servers.forEach((name, i) => {
    parts.push(
      `<rect x="${10 + i * 130}" y="50" width="12" height="12" fill="${
        COLORS[i % COLORS.length]
      }"/>`,
      `<text x="${26 + i * 130}" y="60">${escapeXml(name)}</text>`,
    );
  });
  groups.forEach(([workload, info], g) => {
    const top = 75 + g * groupHeight;
    const values = results[workload]!;
    const largest = Math.max(...Object.values(values), 1);
    parts.push(
      `<text x="10" y="${top + 12}" font-weight="bold">${
        escapeXml(`${info.label} (${info.unit})`)
      }</text>`,
    );
    servers.forEach((name, i) => {
      const value = values[name];
      if (value === undefined) return;
      const y = top + 18 + i * barHeight;
      const width = Math.max(1, (value / largest) * chartWidth);
      parts.push(
        `<text x="${labelWidth - 8}" y="${y + 11}" text-anchor="end">${escapeXml(name)}</text>`,
        `<rect x="${labelWidth}" y="${y}" width="${width.toFixed(1)}" height="${
          barHeight - 3
        }" fill="${COLORS[i % COLORS.length]}"/>`,
        `<text x="${labelWidth + width + 6}" y="${y + 11}">${
          escapeXml(figure(value, info.unit))
        }</text>`,
      );
    });
  });
  parts.push("</svg>");
  return parts.join("\n") + "\n";
}

/** The middle of some numbers (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
