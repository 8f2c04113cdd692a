/**
 * A Word table pasted or saved as plain text with its cells separated by '|' or by runs of spaces
 * (or tabs inside a line) — rewritten into the tab-indented form the table reader reads (each cell
 * on a line of its own starting with a tab), from the header row (first cell 序号) on. A text
 * without such a header is returned unchanged.
 */
import { classifyHeader } from './headers.js';

const PIPE = /[|｜]/;
const SPACED = /[ \u3000]{2,}|\t/;

function cellsOf(line: string, separator: RegExp): string[] {
  const cells = line.split(separator).map((cell) => cell.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''));
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  while (cells.length > 0 && cells[0] === '') cells.shift();
  return cells;
}

/** The separator of a header row: its first cell is 序号 and the others name known columns. */
function headerSeparator(line: string): RegExp | null {
  if (line.startsWith('\t')) return null;
  for (const separator of [PIPE, SPACED]) {
    if (!separator.test(line)) continue;
    const cells = cellsOf(line, separator);
    if (cells.length === 0 || classifyHeader(cells[0]) !== 'seq') continue;
    // A header cut into one cell a line (序号 |) continues on the following lines.
    if (cells.length === 1 || cells.slice(1).filter((cell) => classifyHeader(cell) !== null).length >= 2) return separator;
  }
  return null;
}

export function tabbedTable(lines: readonly string[]): string[] {
  if (lines.some((line) => line.startsWith('\t') && classifyHeader(line.split('\t')[1] ?? '') === 'seq')) return [...lines];
  const start = lines.findIndex((line) => headerSeparator(line) !== null);
  if (start < 0) return [...lines];
  const separator = headerSeparator(lines[start]) as RegExp;
  return lines.map((line, i) => {
    if (i < start || !separator.test(line)) return line;
    const cells = cellsOf(line, separator);
    // A cell left empty between separators is kept: it is a blank category or unit cell.
    return cells.length === 0 ? '' : `\t${cells.join('\t')}`;
  });
}
