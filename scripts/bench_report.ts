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
} as const;

export type Workload = keyof typeof WORKLOADS;

/** Each workload's measured value per server (the median of the rounds). */
export type Results = Partial<Record<Workload, Record<string, number>>>;

/** A target of the issue: socklab's figure against another's, by a ratio. */
export interface Target {
  readonly name: string;
  readonly workload: Workload;
  /** The server (or socklab workload) compared against. */
  readonly against: { readonly server: string; readonly workload?: Workload };
  /** At least this ratio (or, for lower-is-better figures, at most). */
  readonly ratio: number;
}

export const TARGETS: readonly Target[] = [
  {
    name: "64 B request/response ≥ 1.25 × Node net",
    workload: "requests",
    against: { server: "node" },
    ratio: 1.25,
  },
  { name: "bulk echo ≥ 1.2 × Node net", workload: "bulk", against: { server: "node" }, ratio: 1.2 },
  { name: "UDP echo ≥ 1.2 × Node dgram", workload: "udp", against: { server: "node" }, ratio: 1.2 },
  {
    name: "text-server UPPER ≥ 0.85 × echo-server",
    workload: "text",
    against: { server: "socklab", workload: "requests" },
    ratio: 0.85,
  },
  {
    name: "db-server GET ≥ 0.75 × echo-server",
    workload: "db",
    against: { server: "socklab", workload: "requests" },
    ratio: 0.75,
  },
  {
    name: "RSS per idle connection ≤ 3 KB",
    workload: "idle",
    against: { server: "" },
    ratio: 3000,
  },
];

/** How a target came out: the measured ratio (or figure), and whether it is met. */
export interface TargetOutcome {
  readonly target: Target;
  readonly measured?: number;
  readonly met?: boolean;
}

export function checkTargets(results: Results): TargetOutcome[] {
  return TARGETS.map((target) => {
    const ours = results[target.workload]?.socklab;
    if (ours === undefined) return { target };
    if (target.against.server === "") return { target, measured: ours, met: ours <= target.ratio };
    const theirs = results[target.against.workload ?? target.workload]?.[target.against.server];
    if (theirs === undefined || theirs === 0) return { target };
    const measured = ours / theirs;
    return { target, measured, met: measured >= target.ratio };
  });
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
  if (unit === "ms" || unit === "µs") return value.toFixed(2);
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
  const widths = header.map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) =>
    row.map((cell, column) =>
      column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])
    ).join("  ")
  ).join("\n");
}

/** The targets as lines: each with what was measured and whether it is met. */
export function renderTargets(outcomes: readonly TargetOutcome[]): string {
  return outcomes.map(({ target, measured, met }) => {
    if (measured === undefined) return `  ?  ${target.name}: not measured`;
    const value = target.against.server === ""
      ? `${Math.round(measured)} bytes`
      : `${measured.toFixed(2)}×`;
    return `  ${met ? "ok" : "NO"}  ${target.name}: ${value}`;
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
