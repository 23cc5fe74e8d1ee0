/**
 * A diagram as one HTML page: the SVG, a legend saying how to read it, and the table of the
 * events it was drawn from. No script, nothing loaded from elsewhere.
 *
 * @module
 */
import type { Translate } from "../catalogue.ts";
import type { Diagram } from "./model.ts";
import type { TraceEntry } from "./records.ts";
import { renderSvg, xmlText } from "./svg.ts";
import { traceDetail, traceEventName } from "../trace.ts";

const LEGEND = [
  "diagram.legend.lifelines",
  "diagram.legend.data",
  "diagram.legend.end",
  "diagram.legend.lost",
  "diagram.legend.wait",
  "diagram.legend.gap",
] as const;

const STYLE = [
  "body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1b1b}",
  "figure{margin:0;overflow-x:auto}",
  "table{border-collapse:collapse;font-size:.85rem}",
  "th,td{border:1px solid #d5dae1;padding:.2rem .5rem;text-align:left;vertical-align:top}",
  "td.data{font-family:Menlo,Consolas,monospace;white-space:pre-wrap;overflow-wrap:anywhere}",
].join("");

/** What the data column says of an event with no payload: its detail, or a read's end of stream. */
function dataDetail(entry: TraceEntry, t: Translate): string {
  return entry.event === "read" && entry.bytes === 0 ? t("trace.eof") : traceDetail(entry, t);
}

/** The page of a diagram, in `lang`, titled `title`, with the events it shows. */
export function renderHtml(
  diagram: Diagram,
  entries: readonly TraceEntry[],
  title: string,
  lang: string,
  t: Translate,
): string {
  const columns = t("diagram.columns").split("|");
  const rows = entries.map((entry) =>
    "<tr>" + [
      entry.time.slice(11, 26),
      entry.process,
      entry.mode,
      traceEventName(entry.event, t),
      entry.local,
      entry.remote,
      entry.bytes === undefined ? "" : String(entry.bytes),
    ].map((cell) => `<td>${xmlText(cell)}</td>`).join("") +
    `<td class="data">${xmlText(entry.data ?? dataDetail(entry, t))}</td></tr>`
  );
  return [
    "<!doctype html>",
    `<html lang="${xmlText(lang)}">`,
    '<meta charset="utf-8">',
    `<title>${xmlText(title)}</title>`,
    `<style>${STYLE}</style>`,
    `<h1>${xmlText(title)}</h1>`,
    `<figure>${renderSvg(diagram, title)}</figure>`,
    `<h2>${xmlText(t("diagram.legend"))}</h2>`,
    "<ul>",
    ...LEGEND.map((key) => `<li>${xmlText(t(key))}</li>`),
    "</ul>",
    `<h2>${xmlText(t("diagram.events"))}</h2>`,
    "<table>",
    `<tr>${columns.map((column) => `<th>${xmlText(column)}</th>`).join("")}</tr>`,
    ...rows,
    "</table>",
    "",
  ].join("\n");
}
