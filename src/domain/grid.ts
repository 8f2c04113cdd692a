/**
 * The plain form every workbook is read into, by ExcelJS (src/xlsx) or Office.js (src/excel):
 * values as the user sees them — formulas' cached results, rich text flattened, merged cells filled,
 * dates as ISO date strings (YYYY-MM-DD), numbers stored as text kept as text.
 */
export type CellValue = string | number | boolean | null;

export interface SheetGrid {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** rows[r][c] is the cell at row r+1, column c+1; rows may be ragged. */
  rows: CellValue[][];
  /** Merged ranges as A1 references ("A3:A9"); their cells are already filled with the top-left value. */
  merges: string[];
  /** The sheet's data ended before its end (a file cut short): the rows are those read before the cut. */
  incomplete?: boolean;
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
  /** docProps modified / created times as ISO date-times, when the file records them. */
  modified?: string;
  created?: string;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index0: number): string {
  let n = index0 + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (row0, col0) → "B3". */
export function cellAddress(row0: number, col0: number): string {
  return `${columnLetter(col0)}${row0 + 1}`;
}

/** "B3" → { row0: 2, col0: 1 }. */
export function parseAddress(address: string): { row0: number; col0: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new Error(`not an A1 address: ${address}`);
  return { row0: Number(match[2]) - 1, col0: columnIndex(match[1]) };
}

/** The text of a cell as a user reads it; numbers keep their plain form. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

export function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  return !row || row.every((value) => cellText(value).trim() === '');
}

/** Fills every cell of each merged range ("A3:A9") with its top-left value, growing the rows to hold the range. */
export function fillMerges(rows: CellValue[][], merges: readonly string[]): void {
  for (const merge of merges) {
    const [from, to] = merge.split(':');
    const start = parseAddress(from);
    const end = parseAddress(to ?? from);
    const value = rows[start.row0]?.[start.col0] ?? null;
    for (let r = start.row0; r <= end.row0; r += 1) {
      while (rows.length <= r) rows.push([]);
      for (let c = start.col0; c <= end.col0; c += 1) {
        while (rows[r].length <= c) rows[r].push(null);
        rows[r][c] = value;
      }
    }
  }
}
