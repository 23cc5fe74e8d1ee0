/**
 * The scaling run of `deno task bench` as a Markdown table, for README's Performance section.
 *
 * @module
 */
import type { Scaling } from "./bench_scaling.ts";

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
  const widths = head.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length))
  );
  const format = (row: string[]) =>
    `| ${
      row.map((text, column) =>
        column === 0 ? text.padEnd(widths[column]) : text.padStart(widths[column])
      ).join(" | ")
    } |`;
  const rule = `| ${
    widths.map((width, column) => column === 0 ? "-".repeat(width) : "-".repeat(width - 1) + ":")
      .join(" | ")
  } |`;
  return [format(head), rule, ...rows.map(format)].join("\n");
}
