/**
 * A diagram as Mermaid's `sequenceDiagram`, for a Markdown file or a README on GitHub, which draws
 * it. Mermaid draws arrows level, so an arrow goes at the row of its write; a wait and a pause are
 * notes.
 *
 * @module
 */
import type { Diagram, Item } from "./model.ts";
import { xmlText } from "./svg.ts";

/**
 * Text safe in a Mermaid label: the characters Mermaid reads as syntax (`;`, `#`, `<`, `>`, `"`,
 * `:` and newlines) written as its entity codes, control characters as U+FFFD.
 */
export function mermaidText(text: string): string {
  // One pass: the `;` of an entity just written must not be escaped again.
  // deno-lint-ignore no-control-regex -- finding control characters is the point
  return text.replace(/[\x00-\x1F\x7F;#<>":]/g, (char) => ENTITIES[char] ?? "\uFFFD");
}

const ENTITIES: Readonly<Record<string, string>> = {
  ";": "#59;",
  "#": "#35;",
  "<": "#lt;",
  ">": "#gt;",
  '"': "#quot;",
  ":": "#58;",
  "\n": " ",
  "\r": " ",
};

function arrow(item: Extract<Item, { kind: "message" }>): string {
  if (item.fate) return "-x";
  return item.style === "end" ? "-->>" : "->>";
}

/** The Mermaid text of a diagram, fenced for Markdown, under a heading saying what it shows. */
export function renderMermaid(diagram: Diagram, title: string): string {
  // The title holds file names, which may be anything: escaped as in HTML (Markdown passes HTML
  // through), and Markdown's own marks (links, emphasis, code, a closing #) backslashed.
  const heading = xmlText(title.replace(/[\r\n]/g, " ")).replace(/[\\`*_[\]()!~|#]/g, "\\$&");
  const lines = [`## ${heading}`, "", "```mermaid", "sequenceDiagram"];
  for (const line of diagram.lifelines) {
    lines.push(`  participant P${line.index} as ${mermaidText(`${line.owner} ${line.endpoint}`)}`);
  }
  const last = `P${diagram.lifelines.length - 1}`;
  for (const item of diagram.items) {
    switch (item.kind) {
      case "message":
        lines.push(`  P${item.from}${arrow(item)}P${item.to}: ${mermaidText(item.label)}`);
        break;
      case "note":
        lines.push(`  Note over P${item.on}: ${mermaidText(item.text)}`);
        break;
      case "wait":
        lines.push(`  Note right of P${item.on}: ${mermaidText(item.text)}`);
        break;
      case "gap":
        lines.push(`  Note over P0,${last}: ${mermaidText(item.text)}`);
        break;
    }
  }
  lines.push("```", "");
  return lines.join("\n");
}
