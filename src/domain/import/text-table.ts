/**
 * A Word table pasted or saved as plain text with its cells separated by '|' or by runs of spaces
 * (or tabs inside a line) — rewritten into the tab-indented form the table reader reads (each cell
 * on a line of its own starting with a tab), from the header row (first cell 序号) on. A text
 * without such a header is returned unchanged.
 */
import { classifyHeader, headerMatch, isExactHeader } from './headers.js';

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


/** How well header fragments joined into one header read: a synonym, a known word, or nothing. */
function headerScore(fragments: readonly string[]): number {
  const text = fragments.join('');
  const match = headerMatch(text);
  const known = match === 'exact' ? 3 : match === 'synonym' ? 2 : match === 'words' ? 1 : 0;
  // A lone fragment of one or two characters (责任, 任务) is most likely half a header.
  return known - (fragments.length === 1 && [...text].length <= 2 ? 2 : 0);
}

/** The header fragments cut into `width` headers, the cut that reads best (責任 + 领导 → 责任领导). */
function groupHeader(fragments: readonly string[], width: number): string[] | null {
  const n = fragments.length;
  if (n < width || width === 0) return null;
  // best[i][k]: the best score of the first i fragments as k headers, and where the last header starts.
  const best: { score: number; from: number }[][] = Array.from({ length: n + 1 }, () => Array.from({ length: width + 1 }, () => ({ score: -Infinity, from: -1 })));
  best[0][0] = { score: 0, from: -1 };
  for (let i = 1; i <= n; i += 1) {
    for (let k = 1; k <= Math.min(width, i); k += 1) {
      for (let from = k - 1; from < i; from += 1) {
        const score = best[from][k - 1].score + headerScore(fragments.slice(from, i));
        if (score > best[i][k].score) best[i][k] = { score, from };
      }
    }
  }
  const headers: string[] = [];
  for (let i = n, k = width; k > 0; k -= 1) {
    const { from } = best[i][k];
    headers.unshift(fragments.slice(from, i).join(''));
    i = from;
  }
  return headers;
}

/**
 * A table published one cell a line with no separators at all (序号 / 重点工作 / 责任 / 领导 … 1 / …):
 * rows start at consecutive numbers, every row has as many lines, and the header lines (words may
 * be broken over lines) are cut into that many headers. Null when the text is not laid out so.
 */
function cellPerLineTable(lines: readonly string[]): string[] | null {
  const texts = lines.map((line) => line.trim());
  const start = texts.findIndex((text) => classifyHeader(text) === 'seq' && isExactHeader(text));
  if (start < 0) return null;
  const firstRow = texts.findIndex((text, i) => i > start && text === '1');
  if (firstRow < 0) return null;
  const fragments = texts.slice(start + 1, firstRow).filter((text) => text !== '');
  const rows: { at: number; cells: string[] }[] = [];
  let expected = 1;
  for (let i = firstRow; i < texts.length; i += 1) {
    if (texts[i] === String(expected)) {
      rows.push({ at: i, cells: [] });
      expected += 1;
    } else if (texts[i] !== '') rows.at(-1)?.cells.push(texts[i]);
  }
  const width = rows[0]?.cells.length ?? 0;
  if (rows.length === 0 || width < 2 || rows.some((row) => row.cells.length !== width)) return null;
  const headers = groupHeader(fragments, width);
  if (!headers || headers.filter((header) => classifyHeader(header) !== null).length < 2) return null;
  return [...lines.slice(0, start), `\t${texts[start]}\t${headers.join('\t')}`, '', ...rows.flatMap((row) => [`\t${rows.indexOf(row) + 1}\t${row.cells.join('\t')}`, ''])];
}

export function tabbedTable(lines: readonly string[]): string[] {
  if (lines.some((line) => line.startsWith('\t') && classifyHeader(line.split('\t')[1] ?? '') === 'seq')) return [...lines];
  const start = lines.findIndex((line) => headerSeparator(line) !== null);
  if (start < 0) return cellPerLineTable(lines) ?? [...lines];
  const separator = headerSeparator(lines[start]) as RegExp;
  return lines.map((line, i) => {
    if (i < start || !separator.test(line)) return line;
    const cells = cellsOf(line, separator);
    // A cell left empty between separators is kept: it is a blank category or unit cell.
    return cells.length === 0 ? '' : `\t${cells.join('\t')}`;
  });
}
