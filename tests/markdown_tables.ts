/**
 * Finds rows of Markdown tables that a renderer would cut: a row with more or fewer cells
 * than its header (an unescaped `|` in a cell ends it, even inside backticks on GitHub), or
 * a cell whose code span never closes (what a formatter leaves after cutting such a row).
 */
export function tableProblems(markdown: string): string[] {
  const problems: string[] = [];
  let columns = 0;
  let inFence = false;
  markdown.split("\n").forEach((line, index) => {
    if (line.startsWith("```")) inFence = !inFence;
    if (inFence || !line.startsWith("|")) {
      columns = 0;
      return;
    }
    const cells = cellsOf(line);
    if (columns === 0) columns = cells.length;
    const where = `line ${index + 1}`;
    if (cells.length !== columns) {
      problems.push(`${where}: ${cells.length} cells where the header has ${columns}`);
    }
    for (const cell of cells) {
      const ticks = cell.replaceAll("\\`", "").split("`").length - 1;
      if (ticks % 2 !== 0) problems.push(`${where}: a code span left open in "${cell.trim()}"`);
    }
  });
  return problems;
}

function cellsOf(row: string): string[] {
  const inner = row.trim().replace(/^\|/, "").replace(/\|$/, "");
  return inner.split(/(?<!\\)\|/);
}
