/**
 * Where everything of a {@linkcode Diagram} goes on the page: a column per lifeline, a row per
 * event, and a box for every text, so that renderers draw from coordinates and tests can check
 * that no two texts overlap.
 *
 * @module
 */
import type { Diagram } from "./model.ts";

/** The page's measures, in pixels. */
export const FONT_SIZE = 12;
/** The advance of one character of the monospace font at {@linkcode FONT_SIZE}. */
export const CHAR_WIDTH = 7.3;
const ROW = 24;
const MARGIN = 16;
/** The left gutter, where pauses say how long they were. */
const GUTTER = 120;
const HEADER = 44;
const MIN_COLUMN = 150;

/** A text on the page: where it is anchored and the box it takes. */
export interface TextBox {
  readonly text: string;
  readonly x: number;
  /** The baseline. */
  readonly y: number;
  readonly anchor: "start" | "middle";
  /** Its box: left, top, right, bottom. */
  readonly box: readonly [number, number, number, number];
}

/** A diagram laid out. */
export interface Layout {
  readonly width: number;
  readonly height: number;
  /** The x of each lifeline. */
  readonly columns: readonly number[];
  readonly columnWidth: number;
  /** The y of a row's line (arrows are drawn on it; texts sit just above). */
  rowY(row: number): number;
  /** Every text of the diagram, in drawing order (headers first). */
  readonly texts: readonly TextBox[];
  /** The y where lifelines start (under their headers). */
  readonly top: number;
}

/** How wide a text is drawn, in pixels. */
export function textWidth(text: string): number {
  return [...text].length * CHAR_WIDTH;
}

function textBox(text: string, x: number, y: number, anchor: "start" | "middle"): TextBox {
  const width = textWidth(text);
  const left = anchor === "middle" ? x - width / 2 : x;
  return { text, x, y, anchor, box: [left, y - FONT_SIZE, left + width, y + 3] };
}

/** Lays out `diagram`: columns wide enough for every heading, a row per event. */
export function layOut(diagram: Diagram): Layout {
  // No spread (`Math.max(...list)`): a list of a hundred thousand overflows the stack.
  let columnWidth = MIN_COLUMN;
  for (const line of diagram.lifelines) {
    columnWidth = Math.max(columnWidth, textWidth(line.owner) + 16, textWidth(line.endpoint) + 16);
  }
  const columns = diagram.lifelines.map((_, i) => MARGIN + GUTTER + columnWidth * (i + 0.5));
  const top = MARGIN + HEADER;
  const rowY = (row: number) => top + ROW * (row + 1);
  const texts: TextBox[] = [];
  for (const line of diagram.lifelines) {
    texts.push(textBox(line.owner, columns[line.index], MARGIN + 16, "middle"));
    texts.push(textBox(line.endpoint, columns[line.index], MARGIN + 32, "middle"));
  }
  for (const item of diagram.items) {
    switch (item.kind) {
      case "message": {
        // Over the arrow's start, pointing the way it goes.
        const [a, b] = [columns[item.from], columns[item.to]];
        texts.push(textBox(item.label, (a + b) / 2, rowY(item.fromRow) - 5, "middle"));
        break;
      }
      case "note":
        texts.push(textBox(item.text, columns[item.on], rowY(item.row) + 4, "middle"));
        break;
      case "wait":
        texts.push(textBox(item.text, columns[item.on] + 10, rowY(item.fromRow) + 4, "start"));
        break;
      case "gap":
        texts.push(textBox(item.text, MARGIN, rowY(item.row) + 4, "start"));
        break;
    }
  }
  let right = MARGIN + GUTTER + columnWidth * diagram.lifelines.length;
  let left = 0;
  for (const text of texts) {
    right = Math.max(right, text.box[2]);
    left = Math.min(left, text.box[0] - MARGIN);
  }
  right += MARGIN;
  // A label wider than the page on the left moves everything right.
  const shift = -left;
  const moved = shift === 0 ? texts : texts.map((text) => ({
    ...text,
    x: text.x + shift,
    box: [text.box[0] + shift, text.box[1], text.box[2] + shift, text.box[3]] as const,
  }));
  return {
    width: Math.ceil(right + shift),
    height: rowY(diagram.rows) + MARGIN,
    columns: columns.map((x) => x + shift),
    columnWidth,
    rowY,
    texts: moved,
    top,
  };
}

/** Pairs of texts whose boxes overlap: what a good layout never has. */
export function overlaps(layout: Layout): [TextBox, TextBox][] {
  const found: [TextBox, TextBox][] = [];
  const texts = layout.texts;
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const [a, b] = [texts[i].box, texts[j].box];
      if (a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]) {
        found.push([texts[i], texts[j]]);
      }
    }
  }
  return found;
}
