/**
 * A diagram as a standalone SVG: no script, no external font (a monospace every OS has), readable
 * in any browser or embedded in a page.
 *
 * @module
 */
import { CHAR_WIDTH, FONT_SIZE, type Layout, layOut } from "./layout.ts";
import type { Diagram, Item } from "./model.ts";

/**
 * Text safe inside XML: `&`, `<`, `>` and quotes escaped, and characters XML 1.0 cannot hold (C0
 * controls but tab and newlines, U+FFFE, U+FFFF, lone surrogates) replaced by U+FFFD.
 */
export function xmlText(text: string): string {
  return text
    // deno-lint-ignore no-control-regex -- finding control characters is the point
    .replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g, "\uFFFD")
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const COLORS = {
  connect: "#1f5fbf",
  data: "#1b1b1b",
  end: "#6b6b6b",
  datagram: "#1d7a3a",
  lost: "#c0262d",
} as const;

const FONTS = "Menlo, Consolas, 'DejaVu Sans Mono', 'Liberation Mono', monospace";

function arrow(item: Extract<Item, { kind: "message" }>, layout: Layout): string {
  const x1 = layout.columns[item.from];
  const y1 = layout.rowY(item.fromRow);
  const fate = item.fate;
  const x2 = layout.columns[item.to];
  const y2 = layout.rowY(item.toRow);
  const color = fate ? COLORS.lost : COLORS[item.style];
  const dash = item.style === "end" || fate === "lost" ? ' stroke-dasharray="6 4"' : "";
  const line =
    `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${color}" stroke-width="1.5"${dash}`;
  if (!fate) return `${line} marker-end="url(#head-${item.style})"/>`;
  // A cross where the datagram ended: never arrived, or dropped by the receiver.
  const s = 5;
  return `${line}/><path d="M${x2 - s},${y2 - s}L${x2 + s},${y2 + s}M${x2 - s},${y2 + s}L${
    x2 + s
  },${y2 - s}" stroke="${COLORS.lost}" stroke-width="2"/>`;
}

/** The SVG of a diagram, with `title` for screen readers and the browser's tab. */
export function renderSvg(diagram: Diagram, title: string): string {
  const layout = layOut(diagram);
  const parts: string[] = [];
  const markers = (["connect", "data", "end", "datagram"] as const).map((style) =>
    `<marker id="head-${style}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="${
      COLORS[style]
    }"/></marker>`
  );
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="${FONTS}" font-size="${FONT_SIZE}" role="img">`,
    `<title>${xmlText(title)}</title>`,
    `<defs>${markers.join("")}</defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
  );
  // Headings and lifelines.
  for (const line of diagram.lifelines) {
    const x = layout.columns[line.index];
    const left = x - layout.columnWidth / 2 + 4;
    const fill = line.untraced ? "#f4f4f4" : line.server ? "#e8eefb" : "#eef7ee";
    parts.push(
      `<rect x="${left}" y="16" width="${
        layout.columnWidth - 8
      }" height="38" rx="4" fill="${fill}" stroke="#9aa4b2"${
        line.untraced ? ' stroke-dasharray="4 3"' : ""
      }/>`,
    );
    const span = diagram.spans[line.index];
    parts.push(
      `<line x1="${x}" y1="${layout.rowY(span.first) - 12}" x2="${x}" y2="${
        layout.rowY(span.last) + 12
      }" stroke="#9aa4b2" stroke-dasharray="${line.untraced ? "2 4" : "4 3"}"/>`,
    );
    parts.push(
      `<line x1="${x}" y1="54" x2="${x}" y2="${
        layout.rowY(span.first) - 12
      }" stroke="#d5dae1" stroke-dasharray="1 4"/>`,
    );
  }
  // Waits and pauses under everything else.
  for (const item of diagram.items) {
    if (item.kind === "wait") {
      const x = layout.columns[item.on];
      const top = layout.rowY(item.fromRow - 1);
      parts.push(
        `<rect x="${x - 5}" y="${top}" width="10" height="${
          layout.rowY(item.toRow) - top
        }" fill="#f3c969" fill-opacity="0.7" stroke="#c9962a"/>`,
      );
    } else if (item.kind === "gap") {
      const y = layout.rowY(item.row);
      parts.push(
        `<line x1="${layout.columns[0] - layout.columnWidth / 2}" y1="${y}" x2="${
          layout.width - 16
        }" y2="${y}" stroke="#c6ccd4" stroke-dasharray="2 6"/>`,
      );
    }
  }
  for (const item of diagram.items) {
    if (item.kind === "message") parts.push(arrow(item, layout));
    if (item.kind === "note") {
      const x = layout.columns[item.on];
      const y = layout.rowY(item.row);
      const width = [...item.text].length * CHAR_WIDTH + 10;
      parts.push(
        `<rect x="${x - width / 2}" y="${
          y - 9
        }" width="${width}" height="17" rx="3" fill="#fffbe6" stroke="#d9c77a"/>`,
      );
    }
  }
  for (const text of layout.texts) {
    parts.push(
      `<text x="${text.x}" y="${text.y}" text-anchor="${text.anchor}" fill="#1b1b1b">${
        xmlText(text.text)
      }</text>`,
    );
  }
  parts.push("</svg>");
  return parts.join("\n") + "\n";
}
