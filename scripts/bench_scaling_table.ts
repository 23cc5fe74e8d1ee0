/**
 * The scaling run of `deno task bench` as a Markdown table, for README's Performance section.
 *
 * @module
 */
import type { Scaling } from "./bench_scaling.ts";
import { alignColumns } from "./bench_report.ts";

/** A figure for the table: rounded to `digits`, with thousands separated; "—" when missing. */
function cell(value: number, digits = 0): string {
  if (!Number.isFinite(value)) return "—";
  return value.toLocaleString("en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/**
 * The scaling run as a Markdown table, a row per server and number of connections: what README's
 * Performance section shows.
 */
export function renderScalingTable(scaling: Scaling): string {
  const head = [
    "server",
    "connections",
    "req/s",
    "p99 ms",
    "mean ms",
    "unanswered",
    "CPU s per M req",
    "RSS MB",
  ];
  const rows = Object.entries(scaling.servers).flatMap(([server, line]) =>
    scaling.connections.map((connections, i) => [
      server,
      cell(connections),
      cell(line.requestsPerSecond[i]),
      cell(line.p99[i], 2),
      cell(line.meanLatency[i], 2),
      cell(line.unanswered[i]),
      cell(line.cpuSecondsPerMillion[i], 1),
      cell(line.rss[i] / 1e6),
    ])
  );
  const [aligned, ...lines] = alignColumns([head, ...rows], 1);
  // Markdown: the figures' columns aligned to the right.
  const rule = aligned.map((cell, column) =>
    column === 0 ? "-".repeat(cell.length) : "-".repeat(cell.length - 1) + ":"
  );
  return [aligned, rule, ...lines].map((row) => `| ${row.join(" | ")} |`).join("\n");
}
