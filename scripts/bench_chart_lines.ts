/**
 * The line charts of the suite's scaling run: a figure (requests/s, p99 latency) against the number
 * of connections, one line per server, connections on a log scale. A pure function of the figures.
 *
 * @module
 */

/** One server's line: its figure at each number of connections (NaN where not measured). */
export interface Line {
  readonly name: string;
  readonly values: readonly number[];
}

export interface LineChart {
  readonly title: string;
  readonly caption: string;
  /** The numbers of connections, ascending: the x axis, on a log scale. */
  readonly connections: readonly number[];
  readonly unit: string;
  readonly lines: readonly Line[];
  /** A log scale for the figure too (latencies span orders of magnitude). @default {false} */
  readonly logScale?: boolean;
}

const COLORS = ["#2b6cb0", "#dd6b20", "#38a169", "#805ad5", "#d53f8c", "#718096"];
const WIDTH = 640;
const HEIGHT = 380;
const PLOT = { left: 80, right: 150, top: 60, bottom: 50 };

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A short label for an axis value: 1.5k, 120k, 0.25. */
export function tickLabel(value: number): string {
  if (value >= 1e6) return `${+(value / 1e6).toPrecision(3)}M`;
  if (value >= 1e3) return `${+(value / 1e3).toPrecision(3)}k`;
  return `${+value.toPrecision(2)}`;
}

/** Round values for the figure's axis between `low` and `high`: powers of ten on a log scale. */
function ticks(low: number, high: number, log: boolean): number[] {
  if (log) {
    const out = [];
    for (let power = Math.floor(Math.log10(low)); power <= Math.ceil(Math.log10(high)); power++) {
      out.push(10 ** power);
    }
    return out;
  }
  const step = 10 ** Math.floor(Math.log10(high / 4 || 1));
  const nice = [1, 2, 5, 10].map((k) => k * step).find((size) => high / size <= 6) ?? step * 10;
  const out = [];
  for (let value = 0; value <= high + nice / 2; value += nice) out.push(value);
  return out;
}

/** The chart as an SVG document. */
export function renderLineChart(chart: LineChart): string {
  const { connections, lines, logScale = false } = chart;
  const measured = lines.flatMap((line) => line.values.filter((v) => Number.isFinite(v) && v > 0));
  const yTicks = ticks(
    measured.length ? Math.min(...measured) : 1,
    measured.length ? Math.max(...measured) : 1,
    logScale,
  );
  const [yLow, yHigh] = [yTicks[0], yTicks.at(-1)!];
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const xLow = Math.log10(connections[0]);
  const xSpan = Math.log10(connections.at(-1)!) - xLow || 1;
  const x = (n: number) => PLOT.left + ((Math.log10(n) - xLow) / xSpan) * plotWidth;
  const y = (value: number) => {
    const share = logScale
      ? (Math.log10(value) - Math.log10(yLow)) / (Math.log10(yHigh) - Math.log10(yLow) || 1)
      : (value - yLow) / (yHigh - yLow || 1);
    return PLOT.top + plotHeight * (1 - share);
  };
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="10" y="22" font-size="15" font-weight="bold">${escapeXml(chart.title)}</text>`,
    `<text x="10" y="40" fill="#555">${escapeXml(chart.caption)}</text>`,
  ];
  for (const value of yTicks) {
    const at = y(value).toFixed(1);
    parts.push(
      `<line x1="${PLOT.left}" y1="${at}" x2="${PLOT.left + plotWidth}" y2="${at}" stroke="#ddd"/>`,
      `<text x="${PLOT.left - 6}" y="${at}" dy="4" text-anchor="end">${tickLabel(value)}</text>`,
    );
  }
  for (const n of connections) {
    const at = x(n).toFixed(1);
    parts.push(
      `<line x1="${at}" y1="${PLOT.top}" x2="${at}" y2="${PLOT.top + plotHeight}" stroke="#eee"/>`,
      `<text x="${at}" y="${PLOT.top + plotHeight + 16}" text-anchor="middle">${
        n.toLocaleString("en-US")
      }</text>`,
    );
  }
  parts.push(
    `<text x="${PLOT.left + plotWidth / 2}" y="${
      HEIGHT - 10
    }" text-anchor="middle">connections (log scale)</text>`,
    `<text transform="translate(16 ${
      PLOT.top + plotHeight / 2
    }) rotate(-90)" text-anchor="middle">${
      escapeXml(chart.unit + (logScale ? " (log scale)" : ""))
    }</text>`,
  );
  lines.forEach((line, i) => {
    const color = COLORS[i % COLORS.length];
    const points = line.values.flatMap((value, k) =>
      Number.isFinite(value) && value > 0 ? [[x(connections[k]), y(value)]] : []
    );
    if (points.length > 1) {
      parts.push(
        `<polyline fill="none" stroke="${color}" stroke-width="2" points="${
          points.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(" ")
        }"/>`,
      );
    }
    for (const [px, py] of points) {
      parts.push(`<circle cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="3" fill="${color}"/>`);
    }
    const legendY = PLOT.top + 10 + i * 18;
    parts.push(
      `<rect x="${WIDTH - PLOT.right + 16}" y="${
        legendY - 9
      }" width="12" height="12" fill="${color}"/>`,
      `<text x="${WIDTH - PLOT.right + 34}" y="${legendY + 1}">${escapeXml(line.name)}</text>`,
    );
  });
  parts.push("</svg>");
  return parts.join("\n") + "\n";
}
