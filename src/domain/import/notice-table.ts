/**
 * The attachment table of a notice written as tab-indented lines (a Word table saved as text):
 * every cell starts on a line beginning with a TAB, and runs on over the following lines that do
 * not (wrapped text, blank lines between paragraphs of the cell). A row starts with the cell of its
 * 序号. Several cells may also share one line, separated by tabs.
 */
import { classifyHeader, TABLE_NOTE } from './headers.js';
import { cellLines } from './notice-fields.js';

export interface RawCell {
  /** The cell's lines as written: the first without its tab, then its continuation lines. */
  lines: string[];
  /** 1-based line number where the cell starts. */
  line: number;
}

export interface RawRow {
  seq: number;
  line: number;
  /** The cells after the 序号 cell, in column order. */
  cells: RawCell[];
}

export interface RawTable {
  /** 1-based line number of the header's first cell. */
  headerLine: number;
  /** Header texts after 序号, joined from their lines. */
  headers: string[];
  rows: RawRow[];
}

const NUMBER_LINE = /^[\s\u3000]*(\d+)[\s\u3000]*$/;

/** Where the header starts: the first tab cell that reads 序号 (or 编号); -1 when there is none. */
export function findHeader(lines: readonly string[]): number {
  return lines.findIndex((line) => line.startsWith('\t') && classifyHeader(line.split('\t')[1]) === 'seq');
}

/**
 * Reads the cells from the header to the end of the table (the text's end or a 注： note after a
 * complete row). A number on a line of its own without a tab still starts a row when the current
 * row is complete and the number is the next 序号. A header repeated inside the table (a page
 * break) is skipped.
 */
export function readTable(lines: readonly string[]): RawTable | null {
  const start = findHeader(lines);
  if (start < 0) return null;
  const header: RawCell[] = [];
  const rows: RawRow[] = [];
  const at: { row: RawRow | null; cell: RawCell | null; inRepeatedHeader: boolean } = {
    row: null,
    cell: null,
    inRepeatedHeader: false,
  };
  const rowComplete = () => at.row !== null && at.row.cells.length >= header.length - 1;
  const isNextSeq = (text: string) => at.row !== null && Number(text.trim()) === at.row.seq + 1;

  const open = (text: string, line: number) => {
    if (NUMBER_LINE.test(text) && (at.row === null || rowComplete() || isNextSeq(text))) {
      at.row = { seq: Number(text.trim()), line, cells: [] };
      rows.push(at.row);
      at.cell = null;
      at.inRepeatedHeader = false;
      return;
    }
    if (rowComplete() && classifyHeader(text) === 'seq') at.inRepeatedHeader = true;
    at.cell = { lines: [text], line };
    if (at.inRepeatedHeader) return;
    if (at.row === null) header.push(at.cell);
    else at.row.cells.push(at.cell);
  };

  for (let i = start; i < lines.length; i += 1) {
    const text = lines[i];
    if (text.startsWith('\t')) {
      const parts = text.split('\t').slice(1);
      if (rowComplete() && TABLE_NOTE.test(parts[0])) break;
      for (const part of parts) open(part, i + 1);
    } else if (rowComplete() && TABLE_NOTE.test(text)) {
      break;
    } else if (rowComplete() && NUMBER_LINE.test(text) && isNextSeq(text)) {
      open(text, i + 1);
    } else if (at.cell !== null) {
      at.cell.lines.push(text);
    }
  }
  return {
    headerLine: start + 1,
    headers: header.slice(1).map((h) => cellLines(h.lines).join('')),
    rows,
  };
}
